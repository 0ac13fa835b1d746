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
import type { KubernetesDocuments } from "../../documents/index.js";
import { kubernetesShape } from "../../facts/kubernetes-schema.js";
import type { StructSchema } from "../../facts/schema.js";
import { yaml11Boolean, yaml11Number, type StringValue } from "../../values/index.js";

/**
 * The table that judges an object: a built-in kind at a version that is modelled.
 * Custom resources, other kinds, removed versions and templated `apiVersion`s get none.
 */
export function kubernetesShapeOf(document: KubernetesDocuments): StructSchema | undefined {
  if (!document.builtIn || document.apiVersion === undefined) return undefined;
  return kubernetesShape(document.apiVersion, document.objectKind);
}

/** What Kubernetes reads a string the YAML 1.2 parser read as: a boolean or an integer (a plain YAML 1.1 scalar), else nothing (a string). */
export function yaml11Reading(value: StringValue): "a boolean" | "an integer" | undefined {
  if (value.syntax !== "yaml") return undefined;
  if (yaml11Boolean(value) !== undefined) return "a boolean";
  return yaml11Number(value) !== undefined ? "an integer" : undefined;
}
