/**
 * eksctl-private-networking: node groups in public subnets, and cluster API
 * endpoints open to the whole internet.
 *
 * - eksctl node groups (self-managed and managed) without `privateNetworking:
 *   true`: eksctl places them in the public subnets, which it creates with
 *   `MapPublicIpOnLaunch`, so every node has a public IP address. A group whose
 *   own `subnets` are not all listed in `vpc.subnets.public` is left alone (the
 *   linter cannot tell what they are). In a fully-private cluster
 *   (`privateCluster.enabled: true`) eksctl refuses such a group outright; the
 *   message says so.
 * - The Kubernetes API endpoint: eksctl's `vpc.clusterEndpoints.publicAccess`
 *   (true by default) with `vpc.publicAccessCIDRs` absent, empty or holding
 *   `0.0.0.0/0` (EKS's default); CloudFormation `AWS::EKS::Cluster`
 *   `ResourcesVpcConfig.EndpointPublicAccess` (true by default) with
 *   `PublicAccessCidrs` the same. A fully-private eksctl cluster (public access
 *   turned off once created) and a control plane on Outposts are exempt.
 *   Security Hub EKS.1. An endpoint restricted to listed networks is accepted.
 *
 * CloudFormation `AWS::EKS::Nodegroup` subnets cannot be judged from the
 * template: not read. Unknown values stay silent. The suggestion sets
 * `privateNetworking: true` (not a fix: the VPC needs private subnets with a NAT
 * gateway or VPC endpoints). Facts and sources: src/facts/eksctl.ts.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { ENDPOINT_PUBLIC_ACCESS_DEFAULT, OPEN_CIDRS, PRIVATE_CLUSTER_NODE_GROUP_ERROR } from "../facts/eksctl.js";
import { booleanValue, literalString, objectValue, present, setMember, yaml11Boolean, type ObjectValue, type Value } from "../values/index.js";
import type { ClusterConfigDocument, NodeGroup } from "../documents/eksctl.js";

type MessageIds = "publicNodes" | "privateCluster" | "setPrivateNetworking" | "publicEndpoint";

export default createRule<MessageIds>({
  name: "eksctl-private-networking",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require node groups in private subnets and a cluster API endpoint that is not open to the whole internet.",
      level: "strict",
      platforms: ["eks", "eksctl"],
      covers: "EKS best practices; Security Hub EKS.1",
    },
    messages: {
      publicNodes:
        "{{nodeGroup}} runs its nodes in the cluster's public subnets ({{reason}}), where subnets eksctl creates give every node a public IP address; set privateNetworking to true so that the nodes go to private subnets and reach out through a NAT gateway.",
      privateCluster:
        '{{nodeGroup}} does not set privateNetworking to true in a fully-private cluster (privateCluster.enabled), which eksctl refuses ("{{error}}"); set privateNetworking to true.',
      setPrivateNetworking: "Set privateNetworking to true (the VPC then needs private subnets with a NAT gateway or VPC endpoints).",
      publicEndpoint:
        "{{cluster}} serves its Kubernetes API on a public endpoint that every internet address may reach ({{reason}}); list only your own networks in {{cidrKey}}, or set {{publicKey}} to false (with {{privateKey}} true) and reach the API from inside the VPC.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        const privateCluster = fullyPrivate(document.root);
        if (privateCluster === undefined) return;
        checkNodeGroups(context, document, privateCluster);
        if (!privateCluster) checkEksctlEndpoint(context, document);
      },
      "eks-cluster"(document) {
        const object = document.object;
        // A local cluster on Outposts has a private endpoint only.
        if (present(object.get("outpostConfig")) !== undefined) return;
        const config = objectValue(object.get("resourcesVpcConfig"));
        if (!config) return;
        const publicAccess = present(config.get("endpointPublicAccess"));
        const open = publicAccess === undefined ? ENDPOINT_PUBLIC_ACCESS_DEFAULT : booleanValue(publicAccess);
        if (open !== true) return;
        const keys = {
          cidrKey: `${object.keyName("resourcesVpcConfig")}.${config.keyName("publicAccessCidrs")}`,
          publicKey: `${object.keyName("resourcesVpcConfig")}.${config.keyName("endpointPublicAccess")}`,
          privateKey: `${object.keyName("resourcesVpcConfig")}.${config.keyName("endpointPrivateAccess")}`,
        };
        const at = openTo(config.get("publicAccessCidrs"));
        if (at === undefined) return;
        const data = { cluster: document.label, ...keys };
        if (at !== "default") context.report(at.value, "publicEndpoint", { ...data, reason: `${keys.cidrKey} lists ${JSON.stringify(at.cidr)}` });
        else {
          const reason = `${keys.cidrKey} is absent, and 0.0.0.0/0 by default`;
          const written = config.get("publicAccessCidrs");
          if (written !== undefined && written.kind !== "null") context.report(written, "publicEndpoint", { ...data, reason: `${keys.cidrKey} is empty, and 0.0.0.0/0 by default` });
          else if (publicAccess !== undefined) context.report(publicAccess, "publicEndpoint", { ...data, reason });
          else context.reportMissing(config, "publicEndpoint", { ...data, reason: `${keys.publicKey} is true by default and ${reason}` });
        }
      },
    };
  },
});

/** `privateCluster.enabled` as eksctl reads it: true, false (also when absent), or undefined when unknown. */
function fullyPrivate(root: ObjectValue): boolean | undefined {
  const section = present(root.get("privateCluster"));
  if (section === undefined) return false;
  if (section.kind !== "object") return undefined;
  const enabled = present(section.get("enabled"));
  return enabled === undefined ? false : yaml11Boolean(enabled);
}

function checkNodeGroups(context: RuleContext<MessageIds, []>, document: ClusterConfigDocument, privateCluster: boolean): void {
  let publicSubnets: PublicSubnets | undefined | null = null;
  for (const group of document.nodeGroups) {
    const object = group.object;
    const written = present(object.get("privateNetworking"));
    const value = written === undefined ? false : yaml11Boolean(written);
    if (value !== false) continue;
    if (!privateCluster) {
      // Own subnets: public only when each is one of vpc.subnets.public.
      const subnets = present(object.get("subnets"));
      if (subnets !== undefined) {
        if (publicSubnets === null) publicSubnets = publicSubnetsOf(document.root);
        if (!inPublicSubnets(subnets, publicSubnets)) continue;
      }
    }
    report(context, group, written, privateCluster);
  }
}

function report(context: RuleContext<MessageIds, []>, group: NodeGroup, written: Value | undefined, privateCluster: boolean): void {
  const suggest: Suggestion<MessageIds>[] = [{ messageId: "setPrivateNetworking", fix: setMember(group.object, "privateNetworking", true, context.source) }];
  const data: Record<string, string> = privateCluster
    ? { nodeGroup: group.label, error: `${groupPath(group)}${PRIVATE_CLUSTER_NODE_GROUP_ERROR}` }
    : { nodeGroup: group.label, reason: written === undefined ? "privateNetworking is absent, and false by default" : "privateNetworking is false" };
  const messageId = privateCluster ? "privateCluster" : "publicNodes";
  if (written === undefined) context.reportMissing(group.object, messageId, data, { suggest });
  else context.report(written, messageId, data, { suggest });
}

/** eksctl's path of a group in its errors: `nodeGroups[0]`, `managedNodeGroups[1]`. */
function groupPath(group: NodeGroup): string {
  const index = group.object.parent?.kind === "item" ? group.object.parent.index : 0;
  return `${group.managed ? "managedNodeGroups" : "nodeGroups"}[${index}]`;
}

/** The keys and IDs of `vpc.subnets.public`; undefined when it cannot be read. */
interface PublicSubnets {
  readonly names: ReadonlySet<string>;
}

function publicSubnetsOf(root: ObjectValue): PublicSubnets | undefined {
  const vpc = present(root.get("vpc"));
  if (vpc === undefined) return { names: new Set() };
  if (vpc.kind !== "object") return undefined;
  const subnets = present(vpc.get("subnets"));
  if (subnets === undefined) return { names: new Set() };
  if (subnets.kind !== "object") return undefined;
  const mapping = present(subnets.get("public"));
  if (mapping === undefined) return { names: new Set() };
  if (mapping.kind !== "object" || mapping.hasMerge) return undefined;
  const names = new Set<string>();
  for (const entry of mapping.entries) {
    names.add(entry.key);
    const id = literalString(objectValue(entry.value)?.get("id"));
    if (id !== undefined) names.add(id);
  }
  return { names };
}

/** True when every subnet of a group's `subnets` is known to be one of the public subnets. */
function inPublicSubnets(subnets: Value, publicSubnets: PublicSubnets | undefined): boolean {
  if (publicSubnets === undefined || subnets.kind !== "array" || subnets.items.length === 0) return false;
  return subnets.items.every((item) => {
    const name = literalString(item);
    return name !== undefined && publicSubnets.names.has(name);
  });
}

/**
 * Who may reach a public endpoint: `"default"` when no CIDR is listed (absent,
 * null or empty: EKS's 0.0.0.0/0), the listed item that opens it to every
 * address, or undefined when the list is restricted or cannot be read.
 */
function openTo(value: Value | undefined): "default" | { readonly value: Value; readonly cidr: string } | undefined {
  const written = present(value);
  if (written === undefined) return "default";
  if (written.kind !== "array") return undefined;
  if (written.items.length === 0) return "default";
  for (const item of written.items) {
    const cidr = literalString(item);
    if (cidr !== undefined && OPEN_CIDRS.includes(cidr.trim())) return { value: item, cidr };
  }
  return undefined;
}

function checkEksctlEndpoint(context: RuleContext<MessageIds, []>, document: ClusterConfigDocument): void {
  const root = document.root;
  // A control plane on Outposts has a private endpoint only.
  const outpost = present(root.get("outpost"));
  if (outpost !== undefined && (outpost.kind !== "object" || present(outpost.get("controlPlaneOutpostARN")) !== undefined)) return;
  const vpcValue = present(root.get("vpc"));
  if (vpcValue !== undefined && vpcValue.kind !== "object") return;
  const vpc = vpcValue;
  const endpointsValue = present(vpc?.get("clusterEndpoints"));
  if (endpointsValue !== undefined && endpointsValue.kind !== "object") return;
  const endpoints = endpointsValue;
  const publicAccess = present(endpoints?.get("publicAccess"));
  const open = publicAccess === undefined ? ENDPOINT_PUBLIC_ACCESS_DEFAULT : yaml11Boolean(publicAccess);
  if (open !== true) return;
  const at = openTo(vpc?.get("publicAccessCIDRs"));
  if (at === undefined) return;
  const data = { cluster: document.label, cidrKey: "vpc.publicAccessCIDRs", publicKey: "vpc.clusterEndpoints.publicAccess", privateKey: "vpc.clusterEndpoints.privateAccess" };
  if (at !== "default") {
    context.report(at.value, "publicEndpoint", { ...data, reason: `vpc.publicAccessCIDRs lists ${JSON.stringify(at.cidr)}` });
    return;
  }
  const written = vpc?.get("publicAccessCIDRs");
  if (written !== undefined && written.kind !== "null") {
    context.report(written, "publicEndpoint", { ...data, reason: "vpc.publicAccessCIDRs is empty, and 0.0.0.0/0 by default" });
    return;
  }
  const reason = "vpc.publicAccessCIDRs is absent, and 0.0.0.0/0 by default";
  if (publicAccess !== undefined) context.report(publicAccess, "publicEndpoint", { ...data, reason });
  else {
    const holder = endpoints ?? vpc ?? objectValue(root.get("metadata")) ?? root;
    context.reportMissing(holder, "publicEndpoint", { ...data, reason: `vpc.clusterEndpoints.publicAccess is true by default and ${reason}` });
  }
}
