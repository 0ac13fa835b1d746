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
 * Kubernetes: a Service of `type: LoadBalancer` with neither
 * `spec.loadBalancerClass` nor the `service.beta.kubernetes.io/aws-load-balancer-type`
 * annotation is reconciled by the in-tree AWS cloud provider, which makes a
 * Classic Load Balancer ("Leaving this field blank is equivalent to selecting
 * ELB": kubernetes/cloud-provider-aws `docs/service_controller.md`; EKS UG
 * network-load-balancing). The AWS Load Balancer Controller's Service webhook
 * (v2.5+, on by default) sets the class on such Services when it is installed,
 * which the manifest cannot show. reference/eks-facts.md §3.1.
 *
 * eksctl: a self-managed node group's `classicLoadBalancerNames` registers its
 * instances with Classic Load Balancers (eksctl `NodeGroup.ClassicLoadBalancerNames`,
 * "Associate load balancers with auto scaling group"); `targetGroupARNs` does the
 * same with ALB/NLB target groups (pkg/apis/eksctl.io/v1alpha5/types.go).
 *
 * CloudFormation's load balancer resources follow. No fix: the target group
 * (ECS, eksctl) or the load balancer settings (Kubernetes) are a choice.
 */
import { createRule } from "../create-rule.js";
import { AWSVPC_TARGET_TYPE, CLASSIC_LOAD_BALANCER_TYPE } from "../facts/ecs-capacity-provider-strategy.js";
import { INTERNAL_ANNOTATION, INTERNET_FACING_SCHEME, LBC_LOAD_BALANCER_CLASS, LOAD_BALANCER_TYPE, SCHEME_ANNOTATION, SERVICE_ANNOTATION_PREFIX } from "../facts/aws-load-balancer-annotations.js";
import { AWSVPC } from "../facts/network-modes.js";
import { literalString, objectItems, objectValue, present, removeMember, setMapMembers, setMember, UNEDITABLE, type Edit, type ObjectValue, type Value } from "../values/index.js";
import type { KubernetesServiceDocument, ServiceDocument } from "../documents/index.js";
import type { RuleContext, Suggestion } from "../create-rule.js";

type MessageIds =
  | "classic"
  | "classicAwsvpc"
  | "removeName"
  | "classicService"
  | "annotateForController"
  | "annotateForControllerPublic"
  | "setLoadBalancerClass"
  | "setLoadBalancerClassPublic"
  | "classicNodeGroup";

const TYPE_ANNOTATION = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-type`;
const TARGET_TYPE_ANNOTATION = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-nlb-target-type`;

export default createRule<MessageIds>({
  name: "no-classic-load-balancer",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Classic Load Balancers; put services behind an Application or Network Load Balancer target group.",
      level: "error",
      platforms: ["ecs", "eks", "eksctl"],
      covers: 'the notes ("don\'t use the classic load balancer")',
    },
    messages: {
      classic:
        'Load balancer "{{name}}" is a Classic Load Balancer ({{key}}), the previous generation, which registers whole instances instead of tasks; register the service with an Application or Network Load Balancer target group ({{targetKey}}) instead.',
      classicAwsvpc:
        'Load balancer "{{name}}" is a Classic Load Balancer ({{key}}), which services whose tasks use the awsvpc network mode (Fargate included) cannot use; register the service with an Application or Network Load Balancer target group of target type "{{targetType}}" ({{targetKey}}) instead.',
      removeName: "Remove {{key}} and keep {{targetKey}}.",
      classicService:
        "Service {{service}} has type LoadBalancer with neither spec.loadBalancerClass nor the {{typeKey}} annotation, so the in-tree AWS cloud provider makes a Classic Load Balancer for it (the AWS Load Balancer Controller's webhook, v2.5 and later, may turn it into a Network Load Balancer, but the manifest does not say so); have the AWS Load Balancer Controller make a Network Load Balancer with the annotations or the class.",
      annotateForController: "Add the annotations {{typeKey}}: \"external\" and {{targetKey}}: \"ip\".",
      annotateForControllerPublic:
        "Add the annotations {{typeKey}}: \"external\", {{targetKey}}: \"ip\" and {{schemeKey}}: \"internet-facing\" (the controller's default scheme is internal; the Classic Load Balancer faces the internet).",
      setLoadBalancerClass: "Set spec.loadBalancerClass to \"{{loadBalancerClass}}\".",
      setLoadBalancerClassPublic:
        "Set spec.loadBalancerClass to \"{{loadBalancerClass}}\" and add the annotation {{schemeKey}}: \"internet-facing\" (the controller's default scheme is internal; the Classic Load Balancer faces the internet).",
      classicNodeGroup:
        '{{nodeGroup}} registers its instances with Classic Load Balancer "{{name}}" (classicLoadBalancerNames), the previous generation, which sends traffic to whole nodes; expose workloads through the AWS Load Balancer Controller (an Ingress or a Service of type LoadBalancer), or register the nodes with an Application or Network Load Balancer target group (targetGroupARNs).',
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
      "kubernetes-service"(document) {
        checkKubernetesService(context, document);
      },
      "eksctl-cluster-config"(document) {
        for (const group of document.nodeGroups) {
          if (group.managed) continue;
          const names = group.object.get("classicLoadBalancerNames");
          if (names?.kind !== "array") continue;
          for (const item of names.items) {
            const name = literalString(item);
            if (name !== undefined && name.trim() !== "") context.report(item, "classicNodeGroup", { nodeGroup: group.label, name });
          }
        }
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

/**
 * A whole Service (not a patch, which may get its class or annotations from
 * its base) of type LoadBalancer with no class and no type annotation. An
 * unknown class, annotations object or metadata may hold either: not judged.
 */
function checkKubernetesService(context: RuleContext<MessageIds, []>, document: KubernetesServiceDocument): void {
  const spec = document.spec;
  const type = spec?.get("type");
  if (!spec || document.fragment || !document.builtIn || literalString(type) !== "LoadBalancer") return;
  const loadBalancerClass = present(spec.get("loadBalancerClass"));
  if (loadBalancerClass !== undefined) return;
  const metadata = document.metadata;
  const annotations = present(metadata?.get("annotations"));
  if (!metadata || (annotations !== undefined && annotations.kind !== "object") || present(document.annotation(TYPE_ANNOTATION)) !== undefined) return;
  // Without a scheme or internal annotation the Classic Load Balancer is public and the controller's would be internal: keep it public.
  const keepPublic = present(document.annotation(SCHEME_ANNOTATION)) === undefined && present(document.annotation(INTERNAL_ANNOTATION)) === undefined;
  const scheme: Record<string, string> = keepPublic ? { [SCHEME_ANNOTATION]: INTERNET_FACING_SCHEME } : {};
  const controllerAnnotations = { [TYPE_ANNOTATION]: LOAD_BALANCER_TYPE.external, [TARGET_TYPE_ANNOTATION]: "ip", ...scheme };
  const setClass = setMember(spec, "loadBalancerClass", LBC_LOAD_BALANCER_CLASS, context.source);
  const suggest: Suggestion<MessageIds>[] = [
    {
      messageId: keepPublic ? "annotateForControllerPublic" : "annotateForController",
      data: { typeKey: TYPE_ANNOTATION, targetKey: TARGET_TYPE_ANNOTATION, schemeKey: SCHEME_ANNOTATION },
      fix: setMapMembers(metadata, "annotations", controllerAnnotations, context.source) ?? UNEDITABLE,
    },
    keepPublic
      ? { messageId: "setLoadBalancerClassPublic", data: { loadBalancerClass: LBC_LOAD_BALANCER_CLASS, schemeKey: SCHEME_ANNOTATION }, fix: ([setClass] as Edit[]).concat(setMapMembers(metadata, "annotations", scheme, context.source) ?? UNEDITABLE) }
      : { messageId: "setLoadBalancerClass", data: { loadBalancerClass: LBC_LOAD_BALANCER_CLASS }, fix: setClass },
  ];
  context.report(type!, "classicService", { service: JSON.stringify(document.name ?? ""), typeKey: TYPE_ANNOTATION }, { suggest });
}

