/**
 * no-classic-load-balancer: ECS services behind a Classic Load Balancer
 * (`loadBalancers[].loadBalancerName`).
 *
 * A service names a Classic Load Balancer with `loadBalancerName` and an
 * Application or Network Load Balancer with `targetGroupArn` (API CreateService
 * `loadBalancers`). Classic Load Balancers are the previous generation: they
 * register whole instances rather than tasks, and services whose tasks use the
 * `awsvpc` network mode (Fargate included) cannot use them at all. Facts and
 * sources in src/facts/ecs-capacity-provider-strategy.ts.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html
 *
 * In a CloudFormation template, `LoadBalancerName: !Ref X` names a Classic Load
 * Balancer when X is an `AWS::ElasticLoadBalancing::LoadBalancer` resource of the
 * same template (a Ref to one gives its name); the message names X.
 *
 * This release covers ECS services; Kubernetes Services, eksctl and
 * CloudFormation's load balancer resources follow. No fix: the target group to
 * use is not in the file.
 */
import { createRule } from "../create-rule.js";
import { AWSVPC_TARGET_TYPE, CLASSIC_LOAD_BALANCER_TYPE } from "../facts/ecs-capacity-provider-strategy.js";
import { AWSVPC } from "../facts/network-modes.js";
import { literalString, objectItems, objectValue, present, removeMember, type ObjectValue, type Value } from "../values/index.js";
import type { ServiceDocument } from "../documents/index.js";
import type { RuleContext } from "../create-rule.js";

type MessageIds = "classic" | "classicAwsvpc" | "removeName";

export default createRule<MessageIds>({
  name: "no-classic-load-balancer",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Classic Load Balancers; put services behind an Application or Network Load Balancer target group.",
      level: "error",
      platforms: ["ecs"],
      covers: 'the notes ("don\'t use the classic load balancer")',
    },
    messages: {
      classic:
        'Load balancer "{{name}}" is a Classic Load Balancer ({{key}}), the previous generation, which registers whole instances instead of tasks; register the service with an Application or Network Load Balancer target group ({{targetKey}}) instead.',
      classicAwsvpc:
        'Load balancer "{{name}}" is a Classic Load Balancer ({{key}}), which services whose tasks use the awsvpc network mode (Fargate included) cannot use; register the service with an Application or Network Load Balancer target group of target type "{{targetType}}" ({{targetKey}}) instead.',
      removeName: "Remove {{key}} and keep {{targetKey}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-service"(document) {
        const balancers = objectItems(document.object.get("loadBalancers"));
        if (balancers.length === 0) return;
        const awsvpc = usesAwsvpc(context, document);
        for (const balancer of balancers) check(context, balancer, awsvpc, document.root);
      },
    };
  },
});

function check(context: RuleContext<MessageIds, []>, balancer: ObjectValue, awsvpc: boolean, root: Value): void {
  const value = balancer.get("loadBalancerName");
  if (value === undefined) return;
  // A (partly) literal name, or a Classic Load Balancer resource of the template named by `!Ref`.
  const name = value.kind === "string" ? (value.value.trim() === "" ? undefined : value.value) : classicLoadBalancerResource(value, root);
  if (name === undefined) return;
  const key = balancer.keyName("loadBalancerName");
  const targetKey = balancer.keyName("targetGroupArn");
  const entry = balancer.entry("loadBalancerName");
  // With a target group beside it, removing the name is the one edit that leaves a valid item.
  const suggest = entry && present(balancer.get("targetGroupArn")) !== undefined ? [{ messageId: "removeName" as const, data: { key, targetKey }, fix: removeMember(balancer, entry, context.source) }] : [];
  const data = { name, key, targetKey };
  if (awsvpc) context.report(value, "classicAwsvpc", { ...data, targetType: AWSVPC_TARGET_TYPE }, { suggest });
  else context.report(value, "classic", data, { suggest });
}

/** The logical ID a `Ref` names when it is a Classic Load Balancer resource of the same template. */
function classicLoadBalancerResource(value: Value, root: Value): string | undefined {
  const id = value.kind === "unknown" ? value.refersTo : undefined;
  if (id === undefined || root.kind !== "object") return undefined;
  const resource = objectValue(objectValue(root.getExact("Resources"))?.getExact(id));
  return literalString(resource?.getExact("Type")) === CLASSIC_LOAD_BALANCER_TYPE ? id : undefined;
}

/** True when the service's tasks are known to use awsvpc: Fargate, a VPC network configuration, or an awsvpc task definition. */
function usesAwsvpc(context: RuleContext<MessageIds, []>, document: ServiceDocument): boolean {
  if (document.fargate === true || document.awsvpcConfiguration !== undefined) return true;
  const reference = document.taskDefinitionReference;
  return reference !== undefined && context.related.taskDefinition(reference)?.serviceNetworkMode === AWSVPC;
}
