/**
 * Whether a workload's pods run on AWS Fargate, as far as its manifest says: a
 * Fargate profile label, the `eks.amazonaws.com/compute-type: fargate` label,
 * a node selector or required node affinity on that compute type, or Fargate's
 * scheduler — or a Fargate profile seen in the same file or the project index
 * (eksctl `fargateProfiles`, `AWS::EKS::FargateProfile`) whose selector matches
 * the pods' namespace and labels. Rules that judge what Fargate refuses
 * (`eks-fargate-compatibility`, `no-s3-mount`) share it.
 *
 * Profiles of several clusters may sit in one index, and a manifest does not say
 * which cluster it is applied to: the pods are bound to Fargate only when every
 * cluster seen has a profile that selects them (one cluster, the usual case: any
 * of its profiles). A namespace left to apply time is matched only by `*`.
 * Sources: reference/eks-facts.md §3.3; src/facts/eks-fargate.ts; src/documents/eks.ts.
 */
import { COMPUTE_TYPE_LABEL, FARGATE_COMPUTE_TYPE, FARGATE_PROFILE_LABEL, FARGATE_SCHEDULER } from "../facts/eks-fargate.js";
import { literalString, objectItems, objectValue, path, present, type ObjectValue, type Value } from "../values/index.js";
import { profileSelects, type FargateProfile } from "./eks.js";
import type { WorkloadDocument } from "./kubernetes.js";
import type { RelatedDocuments } from "./related.js";

/** How the workload's pods are bound to Fargate, for messages; undefined when they are not (as far as the manifest says). */
export function fargateBinding(workload: WorkloadDocument, related?: RelatedDocuments): string | undefined {
  const labels = objectValue(workload.podMetadata?.get("labels"));
  if (present(labels?.getExact(FARGATE_PROFILE_LABEL)) !== undefined) return `label ${FARGATE_PROFILE_LABEL}`;
  if (literalString(labels?.getExact(COMPUTE_TYPE_LABEL)) === FARGATE_COMPUTE_TYPE) return `label ${COMPUTE_TYPE_LABEL}: ${FARGATE_COMPUTE_TYPE}`;
  const podSpec = workload.podSpec;
  if (podSpec === undefined) return undefined;
  const node = nodeRequirement(podSpec, [COMPUTE_TYPE_LABEL]);
  if (node && node.values.every((value) => value === FARGATE_COMPUTE_TYPE)) return `${node.how} ${COMPUTE_TYPE_LABEL}: ${FARGATE_COMPUTE_TYPE}`;
  if (literalString(podSpec.get("schedulerName")) === FARGATE_SCHEDULER) return `schedulerName ${FARGATE_SCHEDULER}`;
  const profile = related === undefined ? undefined : selectingProfile(related.fargateProfiles(), workload);
  return profile === undefined ? undefined : `${profile.label}${profile.cluster === undefined ? "" : ` of cluster ${JSON.stringify(profile.cluster)}`}`;
}

/** The profile that selects the workload's pods, when every cluster seen has one that does. */
function selectingProfile(profiles: readonly FargateProfile[], workload: WorkloadDocument): FargateProfile | undefined {
  if (profiles.length === 0) return undefined;
  const byCluster = new Map<string | undefined, FargateProfile[]>();
  for (const profile of profiles) {
    const list = byCluster.get(profile.cluster);
    if (list) list.push(profile);
    else byCluster.set(profile.cluster, [profile]);
  }
  let found: FargateProfile | undefined;
  for (const clusterProfiles of byCluster.values()) {
    // EKS takes the first matching profile by name; for the message any matching one will do.
    const match = clusterProfiles.find((profile) => profileSelects(profile, workload.namespace, workload.podLabels) === true);
    if (match === undefined) return undefined;
    found ??= match;
  }
  return found;
}

/**
 * The values a pod requires of a node label (any of `keys`): its nodeSelector
 * value, or the `In` values of required node affinity when every term has
 * one; `at` is where to report. Undefined when the pod requires none.
 */
export function nodeRequirement(podSpec: ObjectValue, keys: readonly string[]): { values: readonly string[]; at: Value; how: string } | undefined {
  const nodeSelector = objectValue(podSpec.get("nodeSelector"));
  for (const key of keys) {
    const value = nodeSelector?.getExact(key);
    const text = literalString(value);
    if (text !== undefined) return { values: [text], at: value!, how: "nodeSelector" };
  }
  const terms = objectItems(path(podSpec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"));
  const values: string[] = [];
  let at: Value | undefined;
  for (const term of terms) {
    const expression = objectItems(term.get("matchExpressions")).find((item) => keys.includes(literalString(item.get("key")) ?? "") && literalString(item.get("operator")) === "In");
    const list = expression?.get("values");
    if (list?.kind !== "array" || list.items.length === 0 || list.items.some((item) => literalString(item) === undefined)) return undefined;
    values.push(...list.items.map((item) => literalString(item)!));
    at ??= list;
  }
  return at === undefined ? undefined : { values, at, how: "node affinity" };
}
