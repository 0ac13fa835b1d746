/**
 * CloudFormation templates: each resource of a type the plugin knows becomes a
 * document of its kind, read from its `Properties` in CloudFormation's
 * PascalCase style (rules still ask for API names). A resource without
 * `Properties` is read as one with no properties (what CloudFormation creates:
 * every default), reported at its logical ID; one whose `Properties` is not an
 * object (an intrinsic) is left alone.
 *
 * This release reads the ECR resources; the other resource types join as their
 * capabilities land.
 */
import { absentObject, literalString, objectValue, restyle, type ObjectValue, type Value } from "../values/index.js";
import { ecrResourceDocuments, type EcrDocuments } from "./ecr.js";

export type CloudFormationDocuments = EcrDocuments;

/** A template: `Resources` is an object whose members have a `Type`. */
export function recognizeCloudFormation(root: Value, source: string): readonly CloudFormationDocuments[] {
  if (root.kind !== "object") return [];
  const resources = objectValue(root.getExact("Resources"));
  if (!resources) return [];
  const documents: CloudFormationDocuments[] = [];
  for (const resource of resources.entries) {
    const value = resource.value;
    if (value.kind !== "object") continue;
    const type = literalString(value.getExact("Type"));
    if (type === undefined || !type.startsWith("AWS::ECR::")) continue;
    const written = value.getExact("Properties");
    const properties = written === undefined ? absentObject(value, "cloudformation", resource) : objectValue(written);
    if (!properties) continue;
    documents.push(...ecrResourceDocuments(type, root, restyle(properties, "cloudformation") as ObjectValue, source));
  }
  return documents;
}
