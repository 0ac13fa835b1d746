/**
 * valid-schema's Kubernetes part: which table judges an object, and what
 * Kubernetes reads a plain YAML scalar as.
 *
 * Kubernetes decodes YAML as YAML 1.1 (sigs.k8s.io/yaml, go-yaml v2): a plain
 * `yes`, `on` or `y` is a boolean there, `1_000` or `0b101` an integer, though the
 * YAML 1.2 parser reads them as strings. Where Kubernetes wants a boolean or an
 * integer they are fine; where it wants a string (an environment value, a label)
 * the API server rejects them ("cannot unmarshal bool into Go struct field … of
 * type string"), just like an unquoted number.
 */
import { WorkloadDocument, type KubernetesDocuments } from "../../documents/index.js";
import { kubernetesShape } from "../../facts/kubernetes-schema.js";
import type { StructSchema } from "../../facts/schema.js";
import { present, yaml11Boolean, yaml11Number, type StringValue } from "../../values/index.js";

/**
 * The table that judges an object: a built-in kind at a version that is modelled.
 * Custom resources, other kinds, removed versions and templated `apiVersion`s get none.
 */
export function kubernetesShapeOf(document: KubernetesDocuments): StructSchema | undefined {
  if (!document.builtIn || document.apiVersion === undefined) return undefined;
  return kubernetesShape(document.apiVersion, document.objectKind);
}

/** Workloads whose API requires `spec.selector` (apps/v1). */
const SELECTOR_REQUIRED: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);

/**
 * A fragment: what the documents call one (a patch file, a strategic-merge
 * directive, containers without an image), or an apps/v1 workload with neither
 * the selector its API requires nor pod template labels — a whole object has both
 * (they must match), a kustomize overlay's patch often neither. Nothing in a
 * fragment is missing.
 */
export function isFragment(document: KubernetesDocuments): boolean {
  if (document.fragment) return true;
  if (!(document instanceof WorkloadDocument) || !SELECTOR_REQUIRED.has(document.objectKind)) return false;
  const spec = document.spec;
  if (spec === undefined || spec.hasMerge || present(spec.get("selector")) !== undefined) return false;
  const metadata = document.podMetadata;
  return metadata === undefined || (!metadata.hasMerge && present(metadata.get("labels")) === undefined);
}

/** What Kubernetes reads a string the YAML 1.2 parser read as: a boolean or an integer (a plain YAML 1.1 scalar), else nothing (a string). */
export function yaml11Reading(value: StringValue): "a boolean" | "an integer" | undefined {
  if (value.syntax !== "yaml") return undefined;
  if (yaml11Boolean(value) !== undefined) return "a boolean";
  return yaml11Number(value) !== undefined ? "an integer" : undefined;
}
