/**
 * ecs-cluster-capacity-providers: clusters without capacity providers, and
 * clusters with providers but no default capacity provider strategy (RULES.md
 * Decisions: two messages). Without providers nothing adds EC2 instances when
 * tasks need them; without a default strategy, services and tasks that name
 * neither a launch type nor a strategy bypass the providers.
 * A cluster whose template shows no EC2 capacity (no Auto Scaling group,
 * launch template, instance or capacity provider, no service that may take
 * the EC2 launch type: `ec2Capacity` false) is a Fargate cluster: the message
 * says what it misses as one (audit 17, D2) — Fargate Spot is only reached
 * through a capacity provider strategy, and a service or task that names
 * neither a launch type nor a strategy gets EC2 (src/facts/ecs-placement.ts,
 * EC2_LAUNCH_TYPE), so each must name FARGATE.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { SUGGESTED_CLUSTER_PROVIDERS, SUGGESTED_DEFAULT_STRATEGY } from "../facts/ecs-placement.js";
import { literalString, present, setMember, type Edit } from "../values/index.js";

type MessageIds = "noCapacityProviders" | "noCapacityProvidersFargate" | "noDefaultStrategy" | "useFargate" | "addDefaultStrategy";

export default createRule<MessageIds>({
  name: "ecs-cluster-capacity-providers",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ECS clusters to have capacity providers and a default capacity provider strategy.",
      level: "warn",
      platforms: ["ecs"],
      covers: "the notes (capacity providers for cluster scaling)",
    },
    messages: {
      noCapacityProviders:
        "{{cluster}} has no capacity providers, so nothing adds EC2 instances when its tasks need them; add an Auto Scaling group capacity provider with managed scaling (or FARGATE and FARGATE_SPOT) and a default capacity provider strategy.",
      noCapacityProvidersFargate:
        "{{cluster}} has no capacity providers, so its services and tasks must each name a launch type (without one they get EC2) and none can use Fargate Spot; add FARGATE and FARGATE_SPOT with a default capacity provider strategy.",
      noDefaultStrategy:
        "{{cluster}} has capacity providers but no {{key}}, so services and tasks that name neither a launch type nor a strategy get the EC2 launch type and bypass them; set a default capacity provider strategy.",
      useFargate: 'Add the capacity providers "FARGATE" and "FARGATE_SPOT", with "FARGATE" as the default strategy.',
      addDefaultStrategy: "Make {{provider}} the default capacity provider strategy.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-cluster"(document) {
        const object = document.object;
        const cluster = document.label;
        const strategyKey = object.keyName("defaultCapacityProviderStrategy");
        const providers = present(object.get("capacityProviders"));

        // In a template, an AWS::ECS::ClusterCapacityProviderAssociations may set them (it is checked as a cluster of its own).
        if (providers === undefined && document.association !== undefined) return;
        if (providers === undefined || (providers.kind === "array" && providers.items.length === 0)) {
          const providersEdit = setMember(object, "capacityProviders", SUGGESTED_CLUSTER_PROVIDERS, context.source);
          const strategyEdit = setMember(object, "defaultCapacityProviderStrategy", SUGGESTED_DEFAULT_STRATEGY, context.source);
          const suggest: Suggestion<MessageIds>[] = [{ messageId: "useFargate", fix: combine(providersEdit, strategyEdit) }];
          const messageId = document.ec2Capacity === false ? "noCapacityProvidersFargate" : "noCapacityProviders";
          // On the empty list, else where the cluster is named (or its first key).
          if (providers) context.report(providers, messageId, { cluster }, { suggest });
          else context.reportMissing(object, messageId, { cluster }, { suggest });
          return;
        }
        if (providers.kind !== "array" || document.hasDefaultStrategy !== false) return;

        const first = literalString(providers.items[0]);
        const suggest: Suggestion<MessageIds>[] =
          first !== undefined
            ? [{ messageId: "addDefaultStrategy", data: { provider: JSON.stringify(first) }, fix: setMember(object, "defaultCapacityProviderStrategy", [{ capacityProvider: first, weight: 1 }], context.source) }]
            : [];
        const at = present(object.get("defaultCapacityProviderStrategy")) ?? object.entry("capacityProviders") ?? providers;
        context.report(at, "noDefaultStrategy", { cluster, key: strategyKey }, { suggest });
      },
    };
  },
});

/**
 * Two edits for one suggestion. Two members both added at the end of the
 * object are one insertion (each edit was made as if it were the only one).
 */
function combine(first: Edit, second: Edit): Edit[] {
  if (first.uneditable || second.uneditable) return [first, second];
  if (first.range[0] !== second.range[0] || first.range[1] !== second.range[1]) return [first, second];
  return first.range[0] === first.range[1] ? [{ range: first.range, text: `${first.text}${second.text}` }] : [first];
}
