/**
 * Amazon ECR documents.
 *
 * - `ecr-repository`: CreateRepository input (`create`), an item of
 *   `describe-repositories` output (`describe`), or an `AWS::ECR::Repository`
 *   resource (`cloudformation`, through `src/documents/cloudformation.ts`);
 * - `ecr-registry-scanning`: PutRegistryScanningConfiguration input (`put`),
 *   `get-registry-scanning-configuration` output (`get`), or an
 *   `AWS::ECR::RegistryScanningConfiguration` resource;
 * - `ecr-lifecycle-policy`: the policy JSON itself (`policy`), PutLifecyclePolicy
 *   input or GetLifecyclePolicy output whose `lifecyclePolicyText` holds the
 *   policy as a JSON string (`put`), or a repository resource's
 *   `LifecyclePolicy.LifecyclePolicyText` (`cloudformation`);
 * - `ecr-policy`: a repository or registry policy — an IAM policy document with
 *   ECR actions (`policy`), SetRepositoryPolicy/PutRegistryPolicy input or the
 *   get output with `policyText` as a JSON string (`set-policy`), or a
 *   resource's `RepositoryPolicyText` / `PolicyText` (`cloudformation`).
 *
 * Policies written as strings are parsed lazily (`embeddedJson`), with positions
 * in the outer file, so rules report inside the string.
 */
import { embeddedJson } from "../values/embedded.js";
import { arrayValue, literalString, objectItems, objectValue, present, type ObjectValue, type SourceLocation, type Value } from "../values/index.js";
import { CREATE_REPOSITORY, PUT_LIFECYCLE_POLICY, PUT_REGISTRY_POLICY, PUT_REGISTRY_SCANNING_CONFIGURATION, SET_REPOSITORY_POLICY } from "../facts/ecr-schema.js";
import { ApiDocument, describedItems, hasAnyKey, isCamelCaseApiObject, logicalIdOf, membersOf, onlyKeys } from "./api-document.js";

export class RepositoryDocument extends ApiDocument<"create" | "describe" | "cloudformation"> {
  readonly kind = "ecr-repository";

  get name(): string | undefined {
    return this.literal("repositoryName");
  }

  /** How messages name it: `Repository "web"`, `Repository "Repo"` (a template's logical ID), or `Repository`. */
  get label(): string {
    const name = this.name;
    if (name !== undefined) return `Repository ${JSON.stringify(name)}`;
    const logicalId = this.form === "cloudformation" ? logicalIdOf(this.object) : undefined;
    return logicalId === undefined ? "Repository" : `Repository ${JSON.stringify(logicalId)}`;
  }
}

export class RegistryScanningDocument extends ApiDocument<"put" | "get" | "cloudformation"> {
  readonly kind = "ecr-registry-scanning";
}

/** A policy that may be written as a JSON string: the parsed object, or why it could not be read. */
export type EmbeddedPolicy =
  | { readonly status: "object"; readonly policy: ObjectValue }
  | { readonly status: "invalid"; readonly message: string; readonly loc: SourceLocation; readonly range: readonly [number, number]; readonly holder: Value }
  | { readonly status: "unknown" };

abstract class PolicyHolder<Form extends string> extends ApiDocument<Form> {
  #policy: EmbeddedPolicy | undefined;

  constructor(
    root: Value,
    form: Form,
    object: ObjectValue,
    /** The policy as written: an object, or a string holding JSON. */
    readonly text: Value,
    private readonly source: string,
  ) {
    super(root, form, object);
  }

  /** The policy, parsed when it is a string. */
  get policy(): EmbeddedPolicy {
    this.#policy ??= readPolicy(this.text, this.source);
    return this.#policy;
  }
}

function readPolicy(text: Value, source: string): EmbeddedPolicy {
  if (text.kind === "object") return { status: "object", policy: text };
  if (text.kind !== "string") return { status: "unknown" };
  const parsed = embeddedJson(text, source);
  if (parsed === undefined) return { status: "unknown" };
  if (!parsed.ok) return { status: "invalid", message: parsed.message, loc: parsed.loc, range: parsed.range, holder: text };
  return parsed.value.kind === "object" ? { status: "object", policy: parsed.value } : { status: "unknown" };
}

export class LifecyclePolicyDocument extends PolicyHolder<"policy" | "put" | "cloudformation"> {
  readonly kind = "ecr-lifecycle-policy";
}

export class RepositoryPolicyDocument extends PolicyHolder<"policy" | "set-policy" | "cloudformation"> {
  readonly kind = "ecr-policy";
}

export type EcrDocuments = RepositoryDocument | RegistryScanningDocument | LifecyclePolicyDocument | RepositoryPolicyDocument;

/* ---------------- recognition ---------------- */

const CREATE_REPOSITORY_MEMBERS = membersOf(CREATE_REPOSITORY);
const REPOSITORY_SETTINGS = ["tags", "imageTagMutability", "imageTagMutabilityExclusionFilters", "imageScanningConfiguration", "encryptionConfiguration"];
const DESCRIBE_REPOSITORIES_RESPONSE = new Set(["nextToken", "ResponseMetadata"]);
/** PutLifecyclePolicy input, and GetLifecyclePolicy output (which adds `lastEvaluatedAt`). */
const LIFECYCLE_POLICY_REQUEST_MEMBERS = new Set([...membersOf(PUT_LIFECYCLE_POLICY), "lastEvaluatedAt"]);
/** SetRepositoryPolicy / PutRegistryPolicy input and the get outputs. */
const POLICY_REQUEST_MEMBERS = membersOf(SET_REPOSITORY_POLICY, PUT_REGISTRY_POLICY);
const SCANNING_MEMBERS = membersOf(PUT_REGISTRY_SCANNING_CONFIGURATION);

export function recognizeEcr(root: Value, source: string): readonly EcrDocuments[] {
  if (root.kind !== "object") return [];
  const described = describedItems(root, "repositories", ["repositoryArn", "repositoryUri"], DESCRIBE_REPOSITORIES_RESPONSE);
  if (described.length > 0) return described.map((item) => new RepositoryDocument(root, "describe", item));
  if (!isCamelCaseApiObject(root)) return [];
  if (root.entryExact("repositoryName") && hasAnyKey(root, REPOSITORY_SETTINGS) && onlyKeys(root, CREATE_REPOSITORY_MEMBERS)) return [new RepositoryDocument(root, "create", root)];
  const lifecycleText = root.entryExact("lifecyclePolicyText");
  if (lifecycleText && onlyKeys(root, LIFECYCLE_POLICY_REQUEST_MEMBERS)) return [new LifecyclePolicyDocument(root, "put", root, lifecycleText.value, source)];
  const policyText = root.entryExact("policyText");
  if (policyText && onlyKeys(root, POLICY_REQUEST_MEMBERS)) return [new RepositoryPolicyDocument(root, "set-policy", root, policyText.value, source)];
  if (isLifecyclePolicy(root)) return [new LifecyclePolicyDocument(root, "policy", root, root, source)];
  if (isEcrPolicy(root)) return [new RepositoryPolicyDocument(root, "policy", root, root, source)];
  if (isScanningConfiguration(root)) return [new RegistryScanningDocument(root, "put", root)];
  const wrapped = objectValue(root.getExact("scanningConfiguration"));
  if (wrapped && isScanningConfiguration(wrapped) && onlyKeys(root, new Set(["registryId", "scanningConfiguration"]))) return [new RegistryScanningDocument(root, "get", wrapped)];
  return [];
}

/** `{"rules": [...]}` whose items are lifecycle rules (`rulePriority`, `selection` or `action`). */
function isLifecyclePolicy(object: ObjectValue): boolean {
  const rules = arrayValue(object.getExact("rules"));
  if (!rules || !onlyKeys(object, new Set(["rules"]))) return false;
  const items = objectItems(rules);
  return items.length > 0 && items.every((rule) => hasAnyKey(rule, ["rulePriority", "selection", "action"]));
}

/** `{"scanType"?, "rules": [...]}` whose rules have `scanFrequency` or `repositoryFilters`. */
function isScanningConfiguration(object: ObjectValue): boolean {
  if (!onlyKeys(object, SCANNING_MEMBERS)) return false;
  const rules = present(object.getExact("rules"));
  if (rules === undefined) return object.entryExact("scanType") !== undefined;
  const items = objectItems(rules);
  return items.every((rule) => hasAnyKey(rule, ["scanFrequency", "repositoryFilters"]));
}

/** An IAM policy document (`Statement`, optionally `Version` and `Id`) with an ECR or ECR Public action. */
function isEcrPolicy(object: ObjectValue): boolean {
  const statement = present(object.getExact("Statement"));
  if (statement === undefined || !onlyKeys(object, new Set(["Version", "Id", "Statement"]))) return false;
  const statements = statement.kind === "array" ? objectItems(statement) : statement.kind === "object" ? [statement] : [];
  return statements.some((item) => mentionsEcr(item.getExact("Action")) || mentionsEcr(item.getExact("NotAction")));
}

function mentionsEcr(action: Value | undefined): boolean {
  const values = action?.kind === "array" ? action.items : action ? [action] : [];
  return values.some((value) => {
    const text = literalString(value)?.toLowerCase();
    return text !== undefined && (text.startsWith("ecr:") || text.startsWith("ecr-public:"));
  });
}

/* ---------------- CloudFormation resources (called by src/documents/cloudformation.ts) ---------------- */

/** The documents an ECR resource of a template holds, from its restyled `Properties`. */
export function ecrResourceDocuments(type: string, root: Value, properties: ObjectValue, source: string): readonly EcrDocuments[] {
  switch (type) {
    case "AWS::ECR::Repository": {
      const documents: EcrDocuments[] = [new RepositoryDocument(root, "cloudformation", properties)];
      const lifecycleText = present(objectValue(properties.get("lifecyclePolicy"))?.get("lifecyclePolicyText"));
      if (lifecycleText) documents.push(new LifecyclePolicyDocument(root, "cloudformation", properties, lifecycleText, source));
      const policyText = present(properties.get("repositoryPolicyText"));
      if (policyText) documents.push(new RepositoryPolicyDocument(root, "cloudformation", properties, policyText, source));
      return documents;
    }
    case "AWS::ECR::RegistryScanningConfiguration":
      return [new RegistryScanningDocument(root, "cloudformation", properties)];
    case "AWS::ECR::RegistryPolicy": {
      const policyText = present(properties.get("policyText"));
      return policyText ? [new RepositoryPolicyDocument(root, "cloudformation", properties, policyText, source)] : [];
    }
    default:
      return [];
  }
}
