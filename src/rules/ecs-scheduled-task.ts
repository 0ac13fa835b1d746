/**
 * ecs-scheduled-task: EventBridge targets (PutTargets input, a bare targets
 * list, list-targets-by-rule output) and EventBridge Scheduler schedules
 * (CreateSchedule input, get-schedule output) that run ECS tasks, with
 * `EcsParameters` that cannot start them: an EventBridge target without a role,
 * Fargate without awsvpc subnets, a public IP or a platform version off
 * Fargate, a launch type together with a capacity provider strategy, and a
 * platform version that is not a version number.
 *
 * What the API model requires or bounds — `TaskDefinitionArn`, Scheduler's
 * `RoleArn`, `awsvpcConfiguration.Subnets`, `TaskCount` (EventBridge ≥ 1,
 * Scheduler 1–10) — is `valid-schema`'s (src/facts/eventbridge-schema.ts).
 * Facts and sources: src/facts/ecs-scheduled-tasks.ts.
 */
import { createRule } from "../create-rule.js";
import { FARGATE_CAPACITY_PROVIDERS, SCHEDULE_TARGET_LABEL, targetLabel } from "../documents/index.js";
import { EVENTBRIDGE_ENUMS } from "../facts/eventbridge-enums.js";
import { EVENTBRIDGE_ROLE_PERMISSIONS, FARGATE_LAUNCH_TYPE, LATEST_PLATFORM_VERSION, PLATFORM_VERSION, PUBLIC_IP_ENABLED } from "../facts/ecs-scheduled-tasks.js";
import { isKnown, isMissing, literalString, objectItems, objectValue, present, type ObjectValue, type Value } from "../values/index.js";

/** Launch types both APIs know (the same three in EventBridge and Scheduler). */
const LAUNCH_TYPES: readonly string[] = EVENTBRIDGE_ENUMS.LaunchType;

export default createRule({
  name: "ecs-scheduled-task",
  meta: {
    type: "problem",
    docs: {
      description: "Require EventBridge and Scheduler targets that run ECS tasks to have a role, Fargate networking and launch settings that fit together.",
      level: "error",
      platforms: ["ecs"],
      covers: "— (no peer)",
    },
    messages: {
      missingRole: "{{subject}} runs ECS tasks but has no {{key}}, so EventBridge cannot start them; add a role EventBridge can assume, with {{permissions}}.",
      fargateWithoutNetwork: "{{subject}} launches on Fargate without {{key}}; Fargate tasks use awsvpc networking, so give the subnets they run in.",
      fargateWithoutSubnets: "{{subject}} launches on Fargate with an empty {{key}} list; give the subnets the tasks run in.",
      publicIpOffFargate: '{{key}} is "ENABLED" but {{launchTypeKey}} is "{{launchType}}"; only Fargate tasks can get a public IP, so set it to "DISABLED".',
      malformedPlatformVersion: '{{key}} "{{value}}" is not a platform version; give the numeric version, such as "1.4.0".',
      platformVersionOffFargate: '{{key}} only applies to Fargate tasks, but {{launchTypeKey}} is "{{launchType}}"; remove it.',
    },
  },
  create(context) {
    /** `awsvpcKey`: how the resource spells `awsvpcConfiguration` in messages. */
    function checkEcsParameters(subject: string, ecs: ObjectValue, awsvpcKey: (network: ObjectValue) => string): void {
      const launchTypeValue = ecs.get("LaunchType");
      const launchType = literalString(launchTypeValue);
      const launchTypeKey = ecs.keyName("LaunchType");
      const strategy = present(ecs.get("CapacityProviderStrategy"));

      // LaunchType beside a CapacityProviderStrategy is ecs-capacity-provider-strategy's, with the strategies' other rules.

      // A launch type the API knows, other than Fargate (misspelled ones are valid-schema's).
      const offFargate = launchType !== undefined && LAUNCH_TYPES.includes(launchType) && launchType !== FARGATE_LAUNCH_TYPE ? launchType : undefined;
      const onFargate = launchType === FARGATE_LAUNCH_TYPE || (isMissing(launchTypeValue) && fargateStrategy(strategy));

      const networkValue = ecs.get("NetworkConfiguration");
      const network = objectValue(networkValue);
      if (onFargate && isMissing(networkValue)) context.reportMissing(ecs, "fargateWithoutNetwork", { subject, key: ecs.keyName("NetworkConfiguration") });
      // `awsvpcConfiguration` is spelled in lower camel case in both APIs (its members in Pascal case); CloudFormation capitalizes it.
      const awsvpcValue = network?.get("awsvpcConfiguration");
      const awsvpc = objectValue(awsvpcValue);
      if (onFargate && network && isMissing(awsvpcValue) && !hasMisspelledAwsvpc(network)) {
        context.reportMissing(network, "fargateWithoutNetwork", { subject, key: awsvpcKey(network) });
      }
      if (awsvpc) {
        const subnets = awsvpc.getExact("Subnets");
        if (onFargate && subnets?.kind === "array" && subnets.items.length === 0) context.report(subnets, "fargateWithoutSubnets", { subject, key: "Subnets" });
        const publicIp = awsvpc.getExact("AssignPublicIp");
        if (publicIp && offFargate && literalString(publicIp) === PUBLIC_IP_ENABLED) {
          context.report(publicIp, "publicIpOffFargate", { key: "AssignPublicIp", launchTypeKey, launchType: offFargate });
        }
      }

      const platformEntry = ecs.entry("PlatformVersion");
      if (platformEntry) {
        const version = literalString(platformEntry.value);
        const key = platformEntry.key;
        if (version !== undefined && !PLATFORM_VERSION.test(version) && !LATEST_PLATFORM_VERSION.test(version)) {
          context.report(platformEntry.value, "malformedPlatformVersion", { key, value: version });
        }
        if (offFargate && isKnown(platformEntry.value)) context.report(platformEntry, "platformVersionOffFargate", { key, launchTypeKey, launchType: offFargate });
      }
    }

    return {
      "eventbridge-targets"(document) {
        for (const target of document.targets) {
          // A target whose EcsParameters cannot be read (a tag, a merge) still runs ECS tasks.
          const ecs = present(target.get("EcsParameters"));
          if (ecs === undefined) continue;
          const subject = targetLabel(target);
          if (isMissing(target.get("RoleArn"))) {
            const data = { subject, key: target.keyName("RoleArn"), permissions: EVENTBRIDGE_ROLE_PERMISSIONS };
            const idEntry = target.entry("Id");
            if (idEntry) context.report(idEntry, "missingRole", data);
            else context.reportMissing(target, "missingRole", data);
          }
          if (ecs.kind === "object") checkEcsParameters(subject, ecs, eventBridgeAwsvpcKey);
        }
      },
      "scheduler-schedule"(document) {
        const ecs = document.ecsParameters;
        if (ecs) checkEcsParameters(SCHEDULE_TARGET_LABEL, ecs, (network) => network.keyName("awsvpcConfiguration"));
      },
    };
  },
});

/**
 * `awsvpcConfiguration` in an EventBridge target: `AwsVpcConfiguration` in an
 * `AWS::Events::Rule` (the style's first spelling, `AwsvpcConfiguration`, is
 * the one of AWS::ECS::Service and AWS::Scheduler::Schedule).
 * Source: CloudFormation template reference, AWS::Events::Rule NetworkConfiguration
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-networkconfiguration.html).
 */
function eventBridgeAwsvpcKey(network: ObjectValue): string {
  return network.style === "cloudformation" ? (network.entry("awsvpcConfiguration")?.key ?? "AwsVpcConfiguration") : network.keyName("awsvpcConfiguration");
}

/** True when a capacity provider strategy is given and uses only the Fargate providers. */
function fargateStrategy(strategy: Value | undefined): boolean {
  if (strategy?.kind !== "array" || strategy.items.length === 0) return false;
  const items = objectItems(strategy);
  if (items.length !== strategy.items.length) return false;
  return items.every((item) => {
    const name = literalString(item.get("capacityProvider"));
    return name !== undefined && FARGATE_CAPACITY_PROVIDERS.has(name);
  });
}

/** `AwsvpcConfiguration` or another spelling of the key: valid-schema reports the spelling; no second report here. */
function hasMisspelledAwsvpc(network: ObjectValue): boolean {
  return network.hasMerge || network.entries.some((entry) => entry.key.toLowerCase() === "awsvpcconfiguration");
}
