/**
 * ecs-service-capacity-provider: services and tasks placed on EC2 through the
 * EC2 launch type instead of a capacity provider strategy.
 *
 * With `launchType: EC2` (or neither a launch type nor a strategy on a cluster
 * without a default strategy) ECS places tasks on whatever instances are
 * registered and nothing adds instances when tasks do not fit; a capacity
 * provider backed by an Auto Scaling group lets ECS scale the instances with the
 * tasks (cluster auto scaling). "When you use cluster auto scaling, you must
 * specify capacityProviderStrategy and not launchType." (API RunTask).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html
 *
 * Daemon services are exempt: ECS refuses a capacity provider strategy for them
 * (src/facts/ecs-capacity-provider-strategy.ts). The suggestion writes a one-item strategy
 * on the cluster's only EC2 capacity provider when the cluster is known (same
 * file or project index), else on a placeholder name to fill in.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { FARGATE_CAPACITY_PROVIDERS, type RunTaskDocument, type ServiceDocument } from "../documents/index.js";
import { CAPACITY_PROVIDER_PLACEHOLDER, SUGGESTED_WEIGHT } from "../facts/ecs-capacity-provider-strategy.js";
import { EC2_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { literalString, present, removeMember, renameKey, replaceValue, setMember, type Edit, type JsonValue } from "../values/index.js";

type MessageIds = "launchTypeEc2" | "noDefaultStrategy" | "useProvider" | "usePlaceholder";

export default createRule<MessageIds>({
  name: "ecs-service-capacity-provider",
  meta: {
    type: "suggestion",
    docs: {
      description: "Place EC2 services and tasks with a capacity provider strategy backed by an Auto Scaling group, not the EC2 launch type.",
      level: "warn",
      platforms: ["ecs"],
      covers: "the notes (use a capacity provider)",
    },
    messages: {
      launchTypeEc2:
        '{{subject}} uses {{launchType}} "EC2", so ECS places its tasks only on the instances already registered and cannot add instances when they do not fit; use a {{strategy}} with an Auto Scaling group capacity provider instead.',
      noDefaultStrategy:
        '{{subject}} sets neither {{launchType}} nor {{strategy}} and cluster "{{cluster}}" has no default capacity provider strategy, so its tasks use the EC2 launch type and ECS cannot add instances when they do not fit; add a {{strategy}} with an Auto Scaling group capacity provider.',
      useProvider: 'Use a {{strategy}} on capacity provider "{{provider}}".',
      usePlaceholder: 'Use a {{strategy}}, then replace "{{placeholder}}" with the name of your Auto Scaling group capacity provider.',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-service"(document) {
        // Daemon services cannot use a strategy; an unknown scheduling strategy may be DAEMON.
        if (document.schedulingStrategy !== "REPLICA") return;
        check(context, document, document.label);
      },
      "ecs-run-task"(document) {
        if (document.form === "run-task") check(context, document, document.label);
      },
    };
  },
});

function check(context: RuleContext<MessageIds, []>, document: ServiceDocument | RunTaskDocument, subject: string): void {
  // UpdateService has no launchType (valid-schema reports one) and keeps the service's placement when given none.
  if (document.form === "update" || document.hasStrategy !== false) return;
  const object = document.object;
  const launchTypeKey = object.keyName("launchType");
  const strategyKey = object.keyName("capacityProviderStrategy");
  const launchType = present(object.get("launchType"));

  if (launchType !== undefined) {
    if (literalString(launchType) !== EC2_LAUNCH_TYPE) return;
    const entry = object.entry("launchType");
    // An empty strategy beside the launch type (describe output writes one) takes the items; else the launch type becomes the strategy.
    const empty = object.entry("capacityProviderStrategy");
    const replace = (strategy: JsonValue): readonly Edit[] =>
      empty
        ? [replaceValue(empty.value, strategy, context.source), removeMember(object, entry!, context.source)]
        : [renameKey(entry!, strategyKey, object.syntax, context.source), replaceValue(launchType, strategy, context.source)];
    const suggest = entry ? [suggestion(context, document, strategyKey, replace)] : [];
    context.report(launchType, "launchTypeEc2", { subject, launchType: launchTypeKey, strategy: strategyKey }, { suggest });
    return;
  }

  // Neither given: the cluster's default strategy decides, when the cluster is known (describe output always says which).
  if (document.output) return;
  const clusterName = document.clusterName;
  const cluster = clusterName === undefined ? undefined : context.related.cluster(clusterName);
  if (cluster === undefined || cluster.hasDefaultStrategy !== false) return;
  // A task definition that cannot run on EC2 is another rule's problem, not a missing strategy.
  const reference = document.taskDefinitionReference;
  if (reference !== undefined && context.related.taskDefinition(reference)?.ec2 === false) return;
  const suggest = [suggestion(context, document, strategyKey, (strategy) => setMember(object, "capacityProviderStrategy", strategy, context.source))];
  const data = { subject, launchType: launchTypeKey, strategy: strategyKey, cluster: clusterName! };
  const site = object.entry("cluster") ?? object.entry("serviceName") ?? object.entry("taskDefinition");
  if (site) context.report(site, "noDefaultStrategy", data, { suggest });
  else context.reportMissing(object, "noDefaultStrategy", data, { suggest });
}

/** The suggested strategy: the cluster's only EC2 capacity provider, else a placeholder. */
function suggestion(
  context: RuleContext<MessageIds, []>,
  document: ServiceDocument | RunTaskDocument,
  strategyKey: string,
  edit: (strategy: JsonValue) => Edit | readonly Edit[],
): { messageId: MessageIds; data: Record<string, string>; fix: Edit | readonly Edit[] } {
  const provider = onlyEc2Provider(context, document);
  const item = (name: string): JsonValue => [{ capacityProvider: name, weight: SUGGESTED_WEIGHT }];
  if (provider !== undefined) return { messageId: "useProvider", data: { strategy: strategyKey, provider }, fix: edit(item(provider)) };
  return { messageId: "usePlaceholder", data: { strategy: strategyKey, placeholder: CAPACITY_PROVIDER_PLACEHOLDER }, fix: edit(item(CAPACITY_PROVIDER_PLACEHOLDER)) };
}

/**
 * The one capacity provider of the service's cluster that is not Fargate (and
 * not known to be a Managed Instances provider), when the cluster is known and
 * has exactly one.
 */
function onlyEc2Provider(context: RuleContext<MessageIds, []>, document: ServiceDocument | RunTaskDocument): string | undefined {
  const clusterName = document.clusterName;
  const providers = clusterName === undefined ? undefined : context.related.cluster(clusterName)?.capacityProviders;
  if (providers === undefined || providers === "unknown") return undefined;
  const candidates = providers.filter((name) => {
    if (FARGATE_CAPACITY_PROVIDERS.has(name)) return false;
    const provider = context.related.capacityProvider(name);
    return provider === undefined || provider.autoScalingGroupProvider !== undefined || provider.object.get("managedInstancesProvider") === undefined;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}
