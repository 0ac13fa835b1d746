/**
 * ecs-capacity-provider-managed-scaling: Auto Scaling group capacity providers
 * without managed scaling (absent, no `status`, or `DISABLED`: the group's
 * instances do not follow the tasks), and managed termination protection
 * turned on without managed scaling, where it does not work
 * (API AutoScalingGroupProvider.managedTerminationProtection; ECS.19's note).
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { MANAGED_SCALING_DEFAULT_STATUS, MANAGED_SCALING_ENABLED, MANAGED_TERMINATION_PROTECTION_ENABLED } from "../facts/ecs-placement.js";
import { isMissing, literalString, present, replaceValue, setMember } from "../values/index.js";

type MessageIds = "noManagedScaling" | "noStatus" | "disabled" | "terminationProtectionWithoutScaling" | "enableManagedScaling";

export default createRule<MessageIds>({
  name: "ecs-capacity-provider-managed-scaling",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require managed scaling on Auto Scaling group capacity providers, and on every provider that uses managed termination protection.",
      level: "warn",
      platforms: ["ecs"],
      covers: "ECS.19 (its note: managed termination protection needs managed scaling), the notes",
    },
    messages: {
      noManagedScaling:
        'Capacity provider {{name}} has no {{key}}, so managed scaling is off ("{{default}}" by default) and its Auto Scaling group does not grow or shrink with the tasks; turn it on with a {{key}} whose status is "ENABLED".',
      noStatus:
        '{{key}} of capacity provider {{name}} has no {{status}}, so managed scaling is off ("{{default}}" by default) although it is configured; set {{status}} to "ENABLED".',
      disabled:
        'Managed scaling is "{{value}}" for capacity provider {{name}}, so its Auto Scaling group does not grow or shrink with the tasks; set it to "ENABLED" unless the group is scaled some other way.',
      terminationProtectionWithoutScaling:
        'Capacity provider {{name}} turns on {{key}} without managed scaling, and managed termination protection does not work without it; turn managed scaling on, or set {{key}} to "DISABLED".',
      enableManagedScaling: 'Turn managed scaling on (status "ENABLED").',
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-capacity-provider"(document) {
        const provider = document.autoScalingGroupProvider;
        if (!provider) return;
        const name = document.label;
        const scalingKey = provider.keyName("managedScaling");
        const scaling = provider.get("managedScaling");

        // Is managed scaling on? true, false, or undefined when it cannot be read.
        let enabled: boolean | undefined;
        if (isMissing(scaling)) {
          enabled = false;
          const suggest: Suggestion<MessageIds>[] = [{ messageId: "enableManagedScaling", fix: setMember(provider, "managedScaling", { status: MANAGED_SCALING_ENABLED }, context.source) }];
          context.reportMissing(provider, "noManagedScaling", { name, key: scalingKey, default: MANAGED_SCALING_DEFAULT_STATUS }, { suggest });
        } else if (scaling?.kind === "object") {
          const statusKey = scaling.keyName("status");
          const status = scaling.get("status");
          if (isMissing(status)) {
            enabled = false;
            // The other settings say managed scaling is wanted: turning it on is the fix.
            const fix = setMember(scaling, "status", MANAGED_SCALING_ENABLED, context.source);
            context.reportMissing(scaling, "noStatus", { name, key: scalingKey, status: statusKey, default: MANAGED_SCALING_DEFAULT_STATUS }, { fix });
          } else {
            const value = literalString(status);
            enabled = value === undefined ? undefined : value === MANAGED_SCALING_ENABLED;
            if (value === MANAGED_SCALING_DEFAULT_STATUS) {
              const suggest: Suggestion<MessageIds>[] = [{ messageId: "enableManagedScaling", fix: replaceValue(status!, MANAGED_SCALING_ENABLED, context.source) }];
              context.report(status!, "disabled", { name, value }, { suggest });
            }
          }
        }

        const protection = present(provider.get("managedTerminationProtection"));
        if (enabled === false && literalString(protection) === MANAGED_TERMINATION_PROTECTION_ENABLED) {
          context.report(protection!, "terminationProtectionWithoutScaling", { name, key: provider.keyName("managedTerminationProtection") });
        }
      },
    };
  },
});
