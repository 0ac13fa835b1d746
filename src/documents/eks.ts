/**
 * EKS resources kept outside Kubernetes manifests, and what they tell the
 * Kubernetes rules about the pods:
 *
 * - CloudFormation `AWS::EKS::Cluster`, `AWS::EKS::Nodegroup`,
 *   `AWS::EKS::FargateProfile` and `AWS::EKS::PodIdentityAssociation` resources
 *   become documents (read by `src/documents/cloudformation.ts`, in
 *   CloudFormation key style: rules ask for API names);
 * - a **Fargate profile** (eksctl's `fargateProfiles[]` or the CloudFormation
 *   resource) says which pods run on Fargate: a pod whose namespace and labels
 *   match one of its selectors, as EKS matches them;
 * - a **pod role** (eksctl's `iam.serviceAccounts[]`, a Pod Identity
 *   association in eksctl or CloudFormation) gives a service account an IAM role
 *   that no manifest shows.
 *
 * Sources: https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html
 * ("Fargate profile wildcards": `*` and `?` in namespaces, label keys and label
 * values; "If a Pod matches multiple Fargate profiles … the first profile by
 * alphanumeric name"); https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html .
 */
import { literalString, objectItems, objectValue, present, type ObjectValue, type Value } from "../values/index.js";
import { ApiDocument, referenceName } from "./api-document.js";
import { wildcardMatches } from "../text.js";

/* ---------------- CloudFormation resources ---------------- */

/** `AWS::EKS::Cluster`: control-plane logging, secrets encryption, endpoint access. */
export class EksClusterDocument extends ApiDocument<"create"> {
  readonly kind = "eks-cluster";

  get name(): string | undefined {
    return this.literal("name");
  }

  /** How messages name it: `EKS cluster "prod"` (its name, else its logical ID). */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The EKS cluster" : `EKS cluster ${JSON.stringify(name)}`;
  }
}

/** `AWS::EKS::Nodegroup`: a managed node group. */
export class EksNodegroupDocument extends ApiDocument<"create"> {
  readonly kind = "eks-nodegroup";

  get label(): string {
    const name = this.literal("nodegroupName") ?? this.logicalId;
    return name === undefined ? "The node group" : `Managed node group ${JSON.stringify(name)}`;
  }
}

/** `AWS::EKS::FargateProfile`. */
export class EksFargateProfileDocument extends ApiDocument<"create"> {
  readonly kind = "eks-fargate-profile";

  get profile(): FargateProfile {
    return fargateProfileOf(this.object, "cloudformation", referenceName(this.object.get("clusterName")), this.logicalId);
  }
}

/** `AWS::EKS::PodIdentityAssociation`. */
export class EksPodIdentityAssociationDocument extends ApiDocument<"create"> {
  readonly kind = "eks-pod-identity-association";

  get role(): PodRole {
    return podRoleOf(this.object, "Pod Identity association", this.literal("serviceAccount"), this.literal("namespace"), referenceName(this.object.get("clusterName")));
  }
}

export type EksResourceDocuments = EksClusterDocument | EksNodegroupDocument | EksFargateProfileDocument | EksPodIdentityAssociationDocument;

/* ---------------- Fargate profiles ---------------- */

export interface FargateSelector {
  readonly object: ObjectValue;
  /** The namespace pattern (`*` and `?` are wildcards); undefined when absent or not literal. */
  readonly namespace: string | undefined;
  /** Label key and value patterns; "unknown" when any cannot be read. */
  readonly labels: ReadonlyMap<string, string> | "unknown";
}

export interface FargateProfile {
  readonly object: ObjectValue;
  readonly source: "eksctl" | "cloudformation";
  /** The cluster it belongs to (a name, or the logical ID a `Ref` names); undefined when unknown. */
  readonly cluster: string | undefined;
  readonly name: string | undefined;
  /** How messages name it: `Fargate profile "fp-default"`. */
  readonly label: string;
  readonly selectors: readonly FargateSelector[];
}

/**
 * A Fargate profile as written in eksctl (`name`, `selectors[].labels` a map) or
 * CloudFormation (`FargateProfileName`, `Selectors[].Labels` a list of `Key`/`Value`).
 */
export function fargateProfileOf(object: ObjectValue, source: FargateProfile["source"], cluster: string | undefined, fallbackName?: string): FargateProfile {
  const name = literalString(object.get(source === "eksctl" ? "name" : "fargateProfileName"));
  const shown = name ?? fallbackName;
  return {
    object,
    source,
    cluster,
    name,
    label: shown === undefined ? "A Fargate profile" : `Fargate profile ${JSON.stringify(shown)}`,
    selectors: objectItems(object.get("selectors")).map((selector) => ({ object: selector, namespace: literalString(selector.get("namespace")), labels: selectorLabels(selector.get("labels")) })),
  };
}

function selectorLabels(value: Value | undefined): ReadonlyMap<string, string> | "unknown" {
  const labels = new Map<string, string>();
  const written = present(value);
  if (written === undefined) return labels;
  if (written.kind === "object") {
    if (written.hasMerge) return "unknown";
    for (const entry of written.entries) {
      const text = literalString(entry.value);
      if (text === undefined) return "unknown";
      labels.set(entry.key, text);
    }
    return labels;
  }
  if (written.kind !== "array") return "unknown";
  for (const item of written.items) {
    const pair = objectValue(item);
    const key = literalString(pair?.get("key"));
    const text = literalString(pair?.get("value"));
    if (key === undefined || text === undefined) return "unknown";
    labels.set(key, text);
  }
  return labels;
}

/**
 * Whether a profile selects a pod in a namespace with labels: true, false, or
 * "unknown" (a selector or the pod's labels cannot be read, or the namespace is
 * left to apply time and the selector names one).
 */
export function profileSelects(profile: FargateProfile, namespace: string | undefined, labels: ReadonlyMap<string, string> | "unknown"): boolean | "unknown" {
  let result: boolean | "unknown" = false;
  for (const selector of profile.selectors) {
    const matched = selectorSelects(selector, namespace, labels);
    if (matched === true) return true;
    if (matched === "unknown") result = "unknown";
  }
  return result;
}

function selectorSelects(selector: FargateSelector, namespace: string | undefined, labels: ReadonlyMap<string, string> | "unknown"): boolean | "unknown" {
  if (selector.namespace === undefined) return present(selector.object.get("namespace")) === undefined ? false : "unknown";
  if (namespace === undefined) {
    if (selector.namespace !== "*") return "unknown";
  } else if (!wildcardMatches(selector.namespace, namespace)) return false;
  if (selector.labels === "unknown") return "unknown";
  if (selector.labels.size === 0) return true;
  if (labels === "unknown") return "unknown";
  for (const [key, value] of selector.labels) {
    if (![...labels].some(([podKey, podValue]) => wildcardMatches(key, podKey) && wildcardMatches(value, podValue))) return false;
  }
  return true;
}


/* ---------------- pod roles ---------------- */

/** A service account given an IAM role outside the manifests (IRSA by eksctl, or EKS Pod Identity). */
export interface PodRole {
  readonly object: ObjectValue;
  /** How the role is given, for messages: `iam.serviceAccounts`, `Pod Identity association`. */
  readonly how: string;
  /** The service account's name and namespace; undefined when not literal. */
  readonly serviceAccount: string | undefined;
  readonly namespace: string | undefined;
  readonly cluster: string | undefined;
}

export function podRoleOf(object: ObjectValue, how: string, serviceAccount: string | undefined, namespace: string | undefined, cluster: string | undefined): PodRole {
  return { object, how, serviceAccount, namespace, cluster };
}
