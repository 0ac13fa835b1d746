/**
 * Kubernetes facts the EKS workload rules share (`eks-resources`,
 * `eks-high-availability`, `eks-pod-disruption-budget`): how resource quantities
 * and IntOrString values are written, which topology keys spread pods across
 * Availability Zones, and which autoscalers own a workload's replica count.
 *
 * Sources:
 * - Quantities: `k8s.io/apimachinery/pkg/api/resource` `Quantity` ("<signedNumber><suffix>", suffixes
 *   Ki Mi Gi Ti Pi Ei, n u m k M G T P E, and decimal exponents `e3`/`E3`),
 *   https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 * - A container limit without a request: "If you specify a limit for a resource, but do not specify
 *   any request, and no admission-time mechanism has applied a default request for that resource,
 *   then Kubernetes copies the limit you specified and uses it as the requested value"
 *   https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 * - IntOrString: `k8s.io/apimachinery/pkg/util/intstr`; the disruption controller scales a
 *   percentage with `GetScaledValueFromIntOrPercent(…, roundUp=true)` for both `minAvailable` and
 *   `maxUnavailable` (`pkg/controller/disruption/disruption.go`, `getExpectedPodCount`).
 * - Zone label: `topology.kubernetes.io/zone` (well-known labels,
 *   https://kubernetes.io/docs/reference/labels-annotations-taints/#topologykubernetesiozone); the
 *   deprecated `failure-domain.beta.kubernetes.io/zone` is still set on EKS nodes.
 * - HorizontalPodAutoscaler `spec.minReplicas` defaults to 1 (autoscaling/v2 `HorizontalPodAutoscalerSpec`);
 *   a KEDA `ScaledObject` (keda.sh/v1alpha1) creates and drives an HPA for its `scaleTargetRef`
 *   (kind defaults to Deployment), https://keda.sh/docs/latest/reference/scaledobject-spec/
 */
import { present, yaml11Number, type Value } from "../values/index.js";

/* ---------- partial objects ---------- */


/* ---------- resource quantities ---------- */

/** A quantity: signed decimal number, then an optional binary/decimal suffix or exponent. */
const QUANTITY = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;

/**
 * Whether a resource value is set: "set" for a non-zero quantity (or a string this reader cannot
 * parse, which is left to schema checks), "zero" for a zero quantity (no request at all),
 * "unknown" for a placeholder, undefined when absent.
 */
export function quantityState(value: Value | undefined): "set" | "zero" | "unknown" | undefined {
  const item = present(value);
  if (item === undefined) return undefined;
  if (item.kind === "number") return item.value === 0 ? "zero" : "set";
  if (item.kind !== "string") return item.kind === "unknown" ? "unknown" : "set";
  if (item.literal === undefined) return "unknown";
  const match = QUANTITY.exec(item.literal.trim());
  return match && Number(match[1]) === 0 ? "zero" : "set";
}

/* ---------- IntOrString ---------- */

/** An IntOrString as Kubernetes reads it: an integer, or a percentage (`"25%"`); undefined otherwise. */
export type IntOrPercent = { readonly kind: "int"; readonly value: number } | { readonly kind: "percent"; readonly value: number };

export function intOrPercent(value: Value | undefined): IntOrPercent | undefined {
  const item = present(value);
  if (item === undefined) return undefined;
  if (item.kind === "string" && item.literal !== undefined) {
    const match = /^(\d+)%$/.exec(item.literal);
    if (match) return { kind: "percent", value: Number(match[1]) };
  }
  const number = yaml11Number(item);
  return number !== undefined && Number.isInteger(number) ? { kind: "int", value: number } : undefined;
}

/** A percentage of a pod count, rounded up as the disruption controller does. */
export function scaledUp(percent: number, count: number): number {
  return Math.ceil((percent * count) / 100);
}

/* ---------- spreading across zones ---------- */

/** Node labels that name an Availability Zone. */
export const ZONE_TOPOLOGY_KEYS: ReadonlySet<string> = new Set(["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]);

export const ZONE_TOPOLOGY_KEY = "topology.kubernetes.io/zone";

/* ---------- autoscalers ---------- */

/** Kind, the target kind when `scaleTargetRef.kind` is absent, the default minimum, and its key. */
export const AUTOSCALERS: readonly (readonly [string, string | undefined, number, string])[] = [
  ["HorizontalPodAutoscaler", undefined, 1, "minReplicas"],
  // KEDA: minReplicaCount defaults to 0 (https://keda.sh/docs/latest/reference/scaledobject-spec/#minreplicacount).
  ["ScaledObject", "Deployment", 0, "minReplicaCount"],
];
