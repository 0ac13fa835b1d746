/**
 * eksctl-spot: Spot node groups that can use only one instance type.
 *
 * A Spot node group draws its instances from Spot capacity pools, one pool per
 * instance type and Availability Zone. With a single instance type every node
 * depends on the same few pools: one interruption wave or one shortage of that
 * type takes the whole group down and keeps it from scaling back. EKS "recommend[s]
 * specifying multiple values for instanceTypes" for Spot (API CreateNodegroup),
 * and the EKS best practices say to diversify instance types for Spot.
 *
 * - eksctl managed node groups: `spot: true` with one distinct type in
 *   `instanceTypes`, `instanceType` alone, a `launchTemplate` and no
 *   `instanceTypes` (eksctl then requires the template to set the type, and a
 *   launch template holds one), or nothing at all (eksctl's default, `m5.large`).
 *   `instanceSelector` lets eksctl pick many types: diverse.
 * - eksctl self-managed node groups: Spot comes from `instancesDistribution` with
 *   `onDemandPercentageAboveBaseCapacity` below 100 (absent is 100, all
 *   On-Demand); one distinct type in `instanceTypes` reports, and no type at
 *   all is what eksctl refuses ("at least two instance types have to be
 *   specified for mixed nodegroups" — it refuses only the empty list).
 * - CloudFormation `AWS::EKS::Nodegroup` with `CapacityType: SPOT`: one type in
 *   `InstanceTypes`, or none (then the launch template's single type, or
 *   `t3.medium`, EKS's default).
 *
 * Unknown values (placeholders, intrinsics, merge keys) stay silent. Facts and
 * sources: src/facts/eksctl.ts.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import {
  DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE,
  EKS_DEFAULT_NODEGROUP_INSTANCE_TYPE,
  EKSCTL_DEFAULT_INSTANCE_TYPE,
  MIN_SPOT_INSTANCE_TYPES,
  MIXED_INSTANCES_WITHOUT_TYPES_ERROR,
  SPOT_CAPACITY_TYPE,
} from "../facts/eksctl.js";
import { literalString, present, yaml11Boolean, yaml11Number, type ObjectValue, type Value } from "../values/index.js";
import type { NodeGroup } from "../documents/eksctl.js";

type MessageIds = "oneType" | "defaultType" | "launchTemplateType" | "noMixedTypes";

export default createRule<MessageIds>({
  name: "eksctl-spot",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Spot node groups to list at least two instance types.",
      level: "warn",
      platforms: ["eks", "eksctl"],
      covers: "EKS best practices",
    },
    messages: {
      oneType:
        '{{nodeGroup}} runs on Spot with the one instance type "{{type}}" ({{key}}), so an interruption or a shortage of that type takes all its nodes at once; list at least two instance types of similar size in {{key}}.',
      defaultType:
        '{{nodeGroup}} runs on Spot without {{key}}, so it gets the one instance type "{{type}}" ({{source}}), and an interruption or a shortage of that type takes all its nodes at once; list at least two instance types of similar size in {{key}}.',
      launchTemplateType:
        "{{nodeGroup}} runs on Spot without {{key}}, so it gets the one instance type its launch template sets{{fallback}}, and an interruption or a shortage of that type takes all its nodes at once; list at least two instance types of similar size in {{key}} instead.",
      noMixedTypes: '{{nodeGroup}} mixes in Spot instances without instancesDistribution.instanceTypes, which eksctl refuses ("{{error}}"); list at least two instance types of similar size there.',
    },
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        for (const group of document.nodeGroups) {
          if (group.managed) checkManaged(context, group);
          else checkSelfManaged(context, group);
        }
      },
      "eks-nodegroup"(document) {
        const object = document.object;
        const capacityType = object.get("capacityType");
        if (literalString(capacityType) !== SPOT_CAPACITY_TYPE) return;
        const key = object.keyName("instanceTypes");
        const types = distinctTypes(object.get("instanceTypes"));
        if (types === undefined || types.size >= MIN_SPOT_INSTANCE_TYPES) return;
        if (types.size === 1) {
          context.report(object.get("instanceTypes")!, "oneType", { nodeGroup: document.label, type: [...types][0]!, key });
          return;
        }
        const launchTemplate = present(object.get("launchTemplate"));
        if (launchTemplate !== undefined) {
          context.report(capacityType!, "launchTemplateType", { nodeGroup: document.label, key, fallback: ` (or ${EKS_DEFAULT_NODEGROUP_INSTANCE_TYPE}, EKS's default, when it sets none)` });
          return;
        }
        context.report(capacityType!, "defaultType", { nodeGroup: document.label, key, type: EKS_DEFAULT_NODEGROUP_INSTANCE_TYPE, source: "EKS's default" });
      },
    };
  },
});

/**
 * The distinct literal instance types of a list: an empty set when the list is
 * absent, null or empty; undefined when it cannot be read (unknown, not a list,
 * an item that is not a literal string).
 */
function distinctTypes(value: Value | undefined): ReadonlySet<string> | undefined {
  const written = present(value);
  if (written === undefined) return new Set();
  if (written.kind !== "array") return undefined;
  const types = new Set<string>();
  for (const item of written.items) {
    const type = literalString(item);
    if (type === undefined) return undefined;
    types.add(type);
  }
  return types;
}

/** True when `instanceSelector` has a criterion (eksctl then picks the types); undefined when unknown. */
function selectsInstances(group: ObjectValue): boolean | undefined {
  const selector = present(group.get("instanceSelector"));
  if (selector === undefined) return false;
  if (selector.kind !== "object" || selector.hasMerge) return undefined;
  // eksctl's `InstanceSelector.IsZero`: an empty selector selects nothing.
  return selector.entries.some((entry) => present(entry.value) !== undefined);
}

function checkManaged(context: RuleContext<MessageIds, []>, group: NodeGroup): void {
  const object = group.object;
  const spot = object.get("spot");
  if (yaml11Boolean(present(spot)) !== true) return;
  if (selectsInstances(object) !== false) return;
  const key = object.keyName("instanceTypes");
  const types = distinctTypes(object.get("instanceTypes"));
  if (types === undefined || types.size >= MIN_SPOT_INSTANCE_TYPES) return;
  if (types.size === 1) {
    context.report(object.get("instanceTypes")!, "oneType", { nodeGroup: group.label, type: [...types][0]!, key });
    return;
  }
  const instanceType = present(object.get("instanceType"));
  if (instanceType !== undefined) {
    const type = literalString(instanceType);
    if (type !== undefined) context.report(instanceType, "oneType", { nodeGroup: group.label, type, key });
    return;
  }
  if (present(object.get("launchTemplate")) !== undefined) {
    context.report(spot!, "launchTemplateType", { nodeGroup: group.label, key, fallback: "" });
    return;
  }
  context.report(spot!, "defaultType", { nodeGroup: group.label, key, type: EKSCTL_DEFAULT_INSTANCE_TYPE, source: "eksctl's default" });
}

function checkSelfManaged(context: RuleContext<MessageIds, []>, group: NodeGroup): void {
  const distribution = present(group.object.get("instancesDistribution"));
  if (distribution?.kind !== "object") return;
  const percentage = present(distribution.get("onDemandPercentageAboveBaseCapacity"));
  const onDemand = percentage === undefined ? DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE : yaml11Number(percentage);
  if (onDemand === undefined || onDemand >= 100) return;
  if (selectsInstances(group.object) !== false) return;
  const types = distinctTypes(distribution.get("instanceTypes"));
  if (types === undefined || types.size >= MIN_SPOT_INSTANCE_TYPES) return;
  if (types.size === 1) {
    context.report(distribution.get("instanceTypes")!, "oneType", { nodeGroup: group.label, type: [...types][0]!, key: "instancesDistribution.instanceTypes" });
    return;
  }
  // An empty list reads like an absent one: eksctl checks `len(instanceTypes) == 0`.
  context.reportMissing(distribution, "noMixedTypes", { nodeGroup: group.label, error: MIXED_INSTANCES_WITHOUT_TYPES_ERROR });
}
