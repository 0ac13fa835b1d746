/**
 * Kubernetes shapes every object shares: `ObjectMeta` (with `managedFields` and
 * `ownerReferences`, as `kubectl get -o yaml` prints them), label selectors and
 * object references, and the value types Kubernetes adds to JSON's:
 * `IntOrString` (a port number or name; a count or a percentage) and `Quantity`.
 *
 * Source: the Kubernetes API reference (https://kubernetes.io/docs/reference/kubernetes-api/),
 * generated from `kubernetes/api` and `kubernetes/apimachinery`
 * (`pkg/apis/meta/v1/types.go`, `pkg/util/intstr`, `pkg/api/resource/quantity.go`),
 * and the API server's validation (`k8s.io/apimachinery/pkg/util/validation`).
 * `tests/facts/kubernetes-schemas.test.ts` compares every Kubernetes table with the
 * `kubernetes-models` package (generated from the Kubernetes OpenAPI document).
 * Member names are JSON names; the tables list members alphabetically, as the
 * API reference does. `status` (and `fieldsV1`) is what the cluster reports: accepted, never judged.
 */
import { LABEL_SELECTOR_OPERATORS } from "./kubernetes-enums.js";
import { boolean, document, integer, list, map, required, string, struct, type StringSchema, type StructSchema } from "./schema.js";

/**
 * A port as `IntOrString` (`targetPort`, a probe's `port`): a number, or the name of
 * a container port. `ValidatePortNumOrName` → `IsValidPortName`: at most 15
 * characters of `[-a-z0-9]`, at least one letter, no leading, trailing or double
 * hyphen — so `"8080"`, a number in quotes, is rejected.
 */
export const portNumberOrName: StringSchema = string({
  numbers: "integer",
  pattern: { regex: /^(?=.{1,15}$)(?=.*[a-z])(?!.*--)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/, description: "a port number, or a port name of lower-case letters, digits and hyphens (at most 15, at least one letter)" },
});

/**
 * A count or a percentage as `IntOrString` (`maxUnavailable`, `maxSurge`,
 * `minAvailable`): `ValidatePositiveIntOrPercent` → `IsValidPercent` (`^[0-9]+%$`),
 * so `"25"` without its `%` is rejected.
 */
export const countOrPercent: StringSchema = string({ numbers: "integer", pattern: { regex: /^[0-9]+%$/, description: 'a whole number, or a percentage such as "25%"' } });

/**
 * A resource `Quantity` (`cpu: 500m`, `memory: 1Gi`, `cpu: 0.5`): a number, or a
 * number with a suffix — `n`, `u`, `m`, `k`, `M`, `G`, `T`, `P`, `E` (powers of 10),
 * `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of 2) or an exponent (`1e3`).
 * `ParseQuantity` rejects anything else (`1GB`, `1gi`, `512 Mi`).
 */
export const quantity: StringSchema = string({
  numbers: "any",
  pattern: { regex: /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]+)?$/, description: 'a quantity such as "500m", "0.5", "128Mi" or "2Gi"' },
});

export const MANAGED_FIELDS_ENTRY: StructSchema = struct("ManagedFieldsEntry", {
  apiVersion: string(),
  fieldsType: string(),
  fieldsV1: document,
  manager: string(),
  operation: string(),
  subresource: string(),
  time: string(),
});

export const OWNER_REFERENCE: StructSchema = struct("OwnerReference", {
  apiVersion: required(string()),
  blockOwnerDeletion: boolean,
  controller: boolean,
  kind: required(string()),
  name: required(string()),
  uid: required(string()),
});

export const OBJECT_META: StructSchema = struct("ObjectMeta", {
  annotations: map,
  creationTimestamp: string(),
  deletionGracePeriodSeconds: integer(),
  deletionTimestamp: string(),
  finalizers: list(string()),
  generateName: string(),
  generation: integer(),
  labels: map,
  managedFields: list(MANAGED_FIELDS_ENTRY),
  name: string(),
  namespace: string(),
  ownerReferences: list(OWNER_REFERENCE),
  resourceVersion: string(),
  selfLink: string(),
  uid: string(),
});

export const LABEL_SELECTOR_REQUIREMENT: StructSchema = struct("LabelSelectorRequirement", {
  key: required(string()),
  operator: required(string({ enum: LABEL_SELECTOR_OPERATORS })),
  values: list(string()),
});

export const LABEL_SELECTOR: StructSchema = struct("LabelSelector", {
  matchExpressions: list(LABEL_SELECTOR_REQUIREMENT),
  matchLabels: map,
});

export const LOCAL_OBJECT_REFERENCE: StructSchema = struct("LocalObjectReference", {
  name: string(),
});

export const OBJECT_REFERENCE: StructSchema = struct("ObjectReference", {
  apiVersion: string(),
  fieldPath: string(),
  kind: string(),
  name: string(),
  namespace: string(),
  resourceVersion: string(),
  uid: string(),
});
