/**
 * Amazon ECR shapes: CreateRepository input and the repository that
 * `describe-repositories` prints, registry scanning configuration, the
 * repository and registry policy inputs, PutLifecyclePolicy input, and the
 * lifecycle policy document itself (`lifecyclePolicyText`, which no API model
 * describes). `tests/facts/aws-schemas.test.ts` compares the API shapes with the
 * newest `@aws-sdk/client-ecr`.
 *
 * Sources: ECR model (botocore `ecr/2015-09-21/service-2.json`, 2026-08),
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html ,
 * API_PutRegistryScanningConfiguration.html, API_PutLifecyclePolicy.html,
 * API_SetRepositoryPolicy.html, API_PutRegistryPolicy.html ; reference/aws-facts.md §7.
 * Ranges are the model's `min`/`max`/`pattern` (patterns anchored: the service
 * matches the whole value).
 */
import { ECR_ENUMS, LIFECYCLE_POLICY_ENUMS } from "./ecr-enums.js";
import { boolean, integer, list, required, string, struct, timestamp, type StructSchema } from "./schema.js";

/**
 * `RepositoryName`: 2–256, lowercase, namespaces with `/`:
 * `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*` (aws-facts §7.1).
 */
export const REPOSITORY_NAME_PATTERN = {
  regex: /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/,
  description: 'lowercase letters and digits, separated by single dots, underscores or hyphens, with "/" between namespaces',
} as const;
const REPOSITORY_NAME = string({ minLength: 2, maxLength: 256, pattern: REPOSITORY_NAME_PATTERN });
/** `RegistryId`: the 12-digit account ID. */
const REGISTRY_ID = string({ pattern: { regex: /^[0-9]{12}$/, description: "a 12-digit AWS account ID" } });

/** `Tag`: Key and Value required; no lengths in the ECR model. */
const tag = struct("Tag", { Key: required(string()), Value: required(string()) });

/** `imageTagMutabilityExclusionFilters`: 1–5 WILDCARD filters, for the `*_WITH_EXCLUSION` modes. */
const exclusionFilters = list(
  struct("ImageTagMutabilityExclusionFilter", {
    filterType: required(string({ enum: ECR_ENUMS.ImageTagMutabilityExclusionFilterType })),
    filter: required(
      string({ minLength: 1, maxLength: 128, pattern: { regex: /^[0-9a-zA-Z._*-]{1,128}$/, description: 'up to 128 letters, digits, ".", "_", "-" and "*" wildcards' } }),
    ),
  }),
  { maxItems: 5 },
);

/** `scanOnPush` (default false); the parameter is deprecated in favour of registry-level scanning (API text). */
const imageScanningConfiguration = struct("ImageScanningConfiguration", { scanOnPush: boolean });

/** `kmsKey` (1–2048: key ID, alias or ARN, same Region) only with the KMS types; none ⇒ the AWS managed key. */
const encryptionConfiguration = struct("EncryptionConfiguration", {
  encryptionType: required(string({ enum: ECR_ENUMS.EncryptionType })),
  kmsKey: string({ minLength: 1, maxLength: 2048 }),
});

/** CreateRepository input. */
export const CREATE_REPOSITORY: StructSchema = struct("CreateRepositoryRequest", {
  repositoryName: required(REPOSITORY_NAME),
  registryId: REGISTRY_ID,
  tags: list(tag),
  imageTagMutability: string({ enum: ECR_ENUMS.ImageTagMutability }),
  imageTagMutabilityExclusionFilters: exclusionFilters,
  imageScanningConfiguration,
  encryptionConfiguration,
});

/** An item of `describe-repositories` output (`repositories[]`), and `create-repository` output's `repository`. */
export const REPOSITORY: StructSchema = struct("Repository", {
  repositoryArn: string(),
  registryId: REGISTRY_ID,
  repositoryName: REPOSITORY_NAME,
  repositoryUri: string(),
  createdAt: timestamp,
  imageTagMutability: string({ enum: ECR_ENUMS.ImageTagMutability }),
  imageTagMutabilityExclusionFilters: exclusionFilters,
  imageScanningConfiguration,
  encryptionConfiguration,
});

/** `rules`: 0–2; each with `scanFrequency` and 0–100 WILDCARD `repositoryFilters`. */
const registryScanningRules = list(
  struct("RegistryScanningRule", {
    scanFrequency: required(string({ enum: ECR_ENUMS.ScanFrequency })),
    repositoryFilters: required(
      list(
        struct("ScanningRepositoryFilter", {
          filter: required(
            string({
              minLength: 1,
              maxLength: 255,
              // AWS's pattern is `^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$`; written so, it backtracks
              // exponentially on a failing value (the long fuzz run hung on a 58-character one). This is
              // the same language without the ambiguity: a separator always comes between runs.
              pattern: { regex: /^[a-z0-9*]+(?:[._\-/][a-z0-9*]+)*$/, description: 'a repository name with "*" wildcards (lowercase)' },
            }),
          ),
          filterType: required(string({ enum: ECR_ENUMS.ScanningRepositoryFilterType })),
        }),
        { maxItems: 100 },
      ),
    ),
  }),
  { maxItems: 2 },
);

/** PutRegistryScanningConfiguration input. `scanType` is `BASIC` when unset. */
export const PUT_REGISTRY_SCANNING_CONFIGURATION: StructSchema = struct("PutRegistryScanningConfigurationRequest", {
  scanType: string({ enum: ECR_ENUMS.ScanType }),
  rules: registryScanningRules,
});

/** `get-registry-scanning-configuration` output's `scanningConfiguration`. */
export const REGISTRY_SCANNING_CONFIGURATION: StructSchema = struct("RegistryScanningConfiguration", {
  scanType: string({ enum: ECR_ENUMS.ScanType }),
  rules: registryScanningRules,
});

/** PutLifecyclePolicy input. `lifecyclePolicyText` (100–30720) is the JSON text of `LIFECYCLE_POLICY`. */
export const PUT_LIFECYCLE_POLICY: StructSchema = struct("PutLifecyclePolicyRequest", {
  repositoryName: required(REPOSITORY_NAME),
  lifecyclePolicyText: required(string({ minLength: 100, maxLength: 30720 })),
  registryId: REGISTRY_ID,
});

/** SetRepositoryPolicy input. `policyText` (0–10240) is an IAM policy document as JSON text. */
export const SET_REPOSITORY_POLICY: StructSchema = struct("SetRepositoryPolicyRequest", {
  repositoryName: required(REPOSITORY_NAME),
  policyText: required(string({ maxLength: 10240 })),
  registryId: REGISTRY_ID,
  force: boolean,
});

/** PutRegistryPolicy input. `policyText` (0–10240) is an IAM policy document as JSON text. */
export const PUT_REGISTRY_POLICY: StructSchema = struct("PutRegistryPolicyRequest", {
  policyText: required(string({ maxLength: 10240 })),
});

/* ---------------- the lifecycle policy document ---------------- */

/**
 * The lifecycle policy document (`lifecyclePolicyText`, or a `lifecycle-policy.json`
 * file): `{"rules": [{rulePriority, description?, selection, action}]}`.
 *
 * Sources: https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 * and the template on https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html ;
 * archived ECR user guide `LifecyclePolicies.md` (2023); aws-facts §7.3. Required members are
 * those the parameters page marks "Required: yes". What depends on other members is for rules,
 * not this table: `tagPatternList` or `tagPrefixList` with `tagged` and neither with
 * `untagged`; `countUnit` with the time-based count types only (and not with
 * `imageCountMoreThan`); `storageClass: archive` with `sinceImageTransitioned`;
 * `targetStorageClass` with `transition` (that pairing is stated only by third-party docs —
 * Pulumi's — so far); unique `rulePriority`, and the `any` rule last.
 */
export const LIFECYCLE_POLICY: StructSchema = struct("LifecyclePolicy", {
  rules: required(
    list(
      struct("LifecyclePolicyRule", {
        // An integer, unique in the policy; values need not be sequential.
        rulePriority: required(integer()),
        description: string(),
        selection: required(
          struct("LifecyclePolicySelection", {
            tagStatus: required(string({ enum: LIFECYCLE_POLICY_ENUMS.tagStatus })),
            // At most four `*` per pattern: judged by ecr-lifecycle-policy, which says why.
            tagPatternList: list(string()),
            tagPrefixList: list(string()),
            storageClass: string({ enum: LIFECYCLE_POLICY_ENUMS.storageClass }),
            countType: required(string({ enum: LIFECYCLE_POLICY_ENUMS.countType })),
            countUnit: string({ enum: LIFECYCLE_POLICY_ENUMS.countUnit }),
            // A positive integer (aws-facts §7.3): judged by ecr-lifecycle-policy, which says why.
            countNumber: required(integer()),
          }),
        ),
        action: required(
          struct("LifecyclePolicyAction", {
            type: required(string({ enum: LIFECYCLE_POLICY_ENUMS.actionType })),
            targetStorageClass: string({ enum: LIFECYCLE_POLICY_ENUMS.targetStorageClass }),
          }),
        ),
      }),
    ),
  ),
});
