/**
 * eksctl-managed-node-groups: self-managed `nodeGroups` entries that
 * `managedNodeGroups` could hold.
 *
 * A managed node group is an EKS resource: EKS launches its nodes from the
 * EKS-optimized AMI, drains them before replacing them on updates and on Spot
 * rebalance notices, and updates them in place with `eksctl upgrade nodegroup`.
 * A self-managed group is an Auto Scaling group eksctl writes; updating or
 * draining its nodes is the user's work.
 * https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html
 *
 * Only groups that could move as they are are reported. A group stays silent
 * when it uses what only self-managed groups have (facts and sources in
 * src/facts/eksctl.ts): Local Zones (`localZones`, or `subnets` in a cluster
 * with `localZones`), Outposts (`outpostARN`, or the cluster's `outpost`), an
 * `instancesDistribution` that mixes On-Demand and Spot or caps the Spot price
 * (`maxPrice`), `overrideBootstrapCommand` (it runs eksctl's self-managed
 * bootstrap helper, and managed groups take it only with a custom AMI or
 * AL2023), a custom AMI of a family managed groups refuse (Windows) or with
 * `maxPodsPerNode`, and the members managed groups lack
 * (`SELF_MANAGED_ONLY_NODE_GROUP_MEMBERS`). Unknown values (placeholders, YAML
 * merges) count as present, so such a group is not reported.
 *
 * Reported on the group's `name`. No fix or suggestion: moving a group replaces
 * its nodes, and the move is the user's to plan.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import {
  CLUSTER_OUTPOST,
  CUSTOM_AMI_PREFIX,
  DEFAULT_ON_DEMAND_BASE_CAPACITY,
  DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE,
  managedCustomAmiFamily,
  NODE_GROUP_CONTAINER_RUNTIME,
  NODE_GROUP_LOCAL_ZONES,
  NODE_GROUP_OUTPOST_ARN,
  SELF_MANAGED_ONLY_NODE_GROUP_MEMBERS,
} from "../facts/eksctl.js";
import { literalString, present, yaml11Number, type ObjectValue, type Value } from "../values/index.js";
import type { ClusterConfigDocument, NodeGroup } from "../documents/eksctl.js";

type MessageIds = "selfManaged" | "selfManagedOnDemand" | "selfManagedSpot";

export default createRule<MessageIds>({
  name: "eksctl-managed-node-groups",
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer managed node groups (managedNodeGroups) to self-managed ones (nodeGroups) where eksctl allows either.",
      level: "warn",
      platforms: ["eksctl"],
      covers: "the notes (managed node groups)",
    },
    messages: {
      selfManaged:
        "{{nodeGroup}} is self-managed, so updating its AMI and draining its nodes is left to you, and nothing it sets needs a self-managed group; define it under managedNodeGroups{{withoutRuntime}} instead.",
      selfManagedOnDemand:
        "{{nodeGroup}} is self-managed, so updating its AMI and draining its nodes is left to you, and its instancesDistribution asks for On-Demand capacity only; define it under managedNodeGroups with its instance types in instanceTypes{{withoutRuntime}} instead.",
      selfManagedSpot:
        "{{nodeGroup}} is self-managed, so updating its AMI and draining its nodes is left to you, and its instancesDistribution asks for Spot capacity only; define it under managedNodeGroups with spot: true and its instance types in instanceTypes{{withoutRuntime}} instead.",
    },
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        let cluster: ClusterFacts | undefined;
        for (const group of document.nodeGroups) {
          if (group.managed) continue;
          cluster ??= clusterFacts(document);
          check(context, group, cluster);
        }
      },
    };
  },
});

interface ClusterFacts {
  /** The control plane may be on an Outpost (`outpost` present or unknown). */
  readonly outpost: boolean;
  /** The cluster may have Local Zone subnets (`localZones` present or unknown). */
  readonly localZones: boolean;
}

function clusterFacts(document: ClusterConfigDocument): ClusterFacts {
  return { outpost: present(document.root.get(CLUSTER_OUTPOST)) !== undefined, localZones: given(document.root.get(NODE_GROUP_LOCAL_ZONES)) };
}

/** Present, and not an empty list or mapping (an unknown value counts as given). */
function given(value: Value | undefined): boolean {
  const known = present(value);
  if (known === undefined) return false;
  if (known.kind === "array") return known.items.length > 0;
  if (known.kind === "object") return known.entries.length > 0 || known.hasMerge;
  return !(known.kind === "string" && known.literal === "");
}

function check(context: RuleContext<MessageIds, []>, group: NodeGroup, cluster: ClusterFacts): void {
  const object = group.object;
  if (cluster.outpost || given(object.get(NODE_GROUP_OUTPOST_ARN))) return;
  if (given(object.get(NODE_GROUP_LOCAL_ZONES)) || (cluster.localZones && given(object.get("subnets")))) return;
  for (const member of SELF_MANAGED_ONLY_NODE_GROUP_MEMBERS) if (given(object.get(member))) return;
  if (present(object.get("overrideBootstrapCommand")) !== undefined) return;
  if (!customAmiMovable(object)) return;
  const capacity = distribution(object);
  if (capacity === "mixed") return;
  const messageId = capacity === "on-demand" ? "selfManagedOnDemand" : capacity === "spot" ? "selfManagedSpot" : "selfManaged";
  // containerRuntime has no place in a managed group (eksctl would reject it there), though what it asks for is what managed nodes run.
  const withoutRuntime = present(object.get(NODE_GROUP_CONTAINER_RUNTIME)) === undefined ? "" : ", without containerRuntime (managed node groups do not take it; their nodes run containerd)";
  context.reportMissing(object, messageId, { nodeGroup: group.label, withoutRuntime });
}

/** False when the group's custom AMI could not be used by a managed group (or cannot be read). */
function customAmiMovable(group: ObjectValue): boolean {
  const ami = present(group.get("ami"));
  if (ami === undefined) return true;
  const id = literalString(ami);
  if (id === undefined) return false;
  if (!id.startsWith(CUSTOM_AMI_PREFIX)) return true; // `auto`, `auto-ssm`, `static`: eksctl resolves the EKS AMI.
  const family = literalString(group.get("amiFamily"));
  if (family === undefined || !managedCustomAmiFamily(family)) return false;
  return present(group.get("maxPodsPerNode")) === undefined;
}

/**
 * What `instancesDistribution` asks for: nothing (`none`), On-Demand capacity
 * only, Spot capacity only, or a mix (also a Spot price cap, or values the
 * linter cannot read).
 */
function distribution(group: ObjectValue): "none" | "on-demand" | "spot" | "mixed" {
  const value = present(group.get("instancesDistribution"));
  if (value === undefined) return "none";
  if (value.kind !== "object" || value.hasMerge || present(value.get("maxPrice")) !== undefined) return "mixed";
  const percentage = numberOr(value.get("onDemandPercentageAboveBaseCapacity"), DEFAULT_ON_DEMAND_PERCENTAGE_ABOVE_BASE);
  const base = numberOr(value.get("onDemandBaseCapacity"), DEFAULT_ON_DEMAND_BASE_CAPACITY);
  if (percentage === undefined || base === undefined) return "mixed";
  if (percentage >= 100) return "on-demand";
  return percentage <= 0 && base <= 0 ? "spot" : "mixed";
}

function numberOr(value: Value | undefined, fallback: number): number | undefined {
  const known = present(value);
  return known === undefined ? fallback : yaml11Number(known);
}
