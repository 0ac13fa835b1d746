/**
 * Amazon ECR enum values: the API's, by the name the ECR model (and
 * `@aws-sdk/client-ecr`) gives each enum, and the lifecycle policy document's
 * own (lowercase) values. `tests/facts/aws-enums.test.ts` compares every API
 * table with the newest SDK, and the lifecycle values with the SDK enums that
 * mirror them in upper case, so a value AWS adds shows up as a failing test,
 * not as a false report.
 *
 * Sources: ECR model, botocore `ecr/2015-09-21/service-2.json` (2026-08),
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/ ; reference/aws-facts.md §7.
 */
export const ECR_ENUMS = {
  /** `imageTagMutability`; default `MUTABLE`. The `*_WITH_EXCLUSION` modes take `imageTagMutabilityExclusionFilters` (2025). */
  ImageTagMutability: ["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE", "MUTABLE_WITH_EXCLUSION"],
  /** `imageTagMutabilityExclusionFilters[].filterType`. */
  ImageTagMutabilityExclusionFilterType: ["WILDCARD"],
  /** `encryptionConfiguration.encryptionType`; `kmsKey` only with the KMS types. */
  EncryptionType: ["AES256", "KMS", "KMS_DSSE"],
  /** Registry scanning `scanType`; `BASIC` when unset, `ENHANCED` is Amazon Inspector. */
  ScanType: ["BASIC", "ENHANCED"],
  /** Registry scanning `rules[].scanFrequency`: ENHANCED takes `SCAN_ON_PUSH`/`CONTINUOUS_SCAN`, BASIC `SCAN_ON_PUSH` (aws-facts §7.2). */
  ScanFrequency: ["CONTINUOUS_SCAN", "MANUAL", "SCAN_ON_PUSH"],
  /** Registry scanning `rules[].repositoryFilters[].filterType`. */
  ScanningRepositoryFilterType: ["WILDCARD"],
} as const satisfies Record<string, readonly string[]>;

export type EcrEnumName = keyof typeof ECR_ENUMS;

/**
 * The lifecycle policy document's values (the `lifecyclePolicyText` JSON, not an
 * API shape), by member name. Sources: the template on
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html
 * (`"storageClass": "standard"|"archive"`, `"countType": "imageCountMoreThan"|"sinceImagePushed"|"sinceImagePulled"|"sinceImageTransitioned"`,
 * `"type": "expire"|"transition"`, `"targetStorageClass": "archive"`) and
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 * (`tagStatus` "tagged, untagged, or any"; `countUnit` `days`); the ECR model's
 * `TagStatus`, `ImageActionType`, `LifecyclePolicyStorageClass` and
 * `LifecyclePolicyTargetStorageClass` enums carry the same values in upper case
 * (lifecycle policy preview output). aws-facts §7.3.
 */
export const LIFECYCLE_POLICY_ENUMS = {
  /** `selection.tagStatus`. */
  tagStatus: ["any", "tagged", "untagged"],
  /** `selection.countType`; `sinceImagePulled`/`sinceImageTransitioned` came with archiving (2025). */
  countType: ["imageCountMoreThan", "sinceImagePulled", "sinceImagePushed", "sinceImageTransitioned"],
  /** `selection.countUnit`, for the time-based count types only. */
  countUnit: ["days"],
  /** `selection.storageClass`; `standard` when unset; required (`archive`) with `sinceImageTransitioned`. */
  storageClass: ["archive", "standard"],
  /** `action.type`. */
  actionType: ["expire", "transition"],
  /** `action.targetStorageClass`, with `transition`. */
  targetStorageClass: ["archive"],
} as const satisfies Record<string, readonly string[]>;

/** The count types that count days (they take `countUnit`). Source: lifecycle_policy_parameters.html `countUnit`; aws-facts §7.3. */
export const LIFECYCLE_TIME_COUNT_TYPES = ["sinceImagePulled", "sinceImagePushed", "sinceImageTransitioned"] as const satisfies readonly (typeof LIFECYCLE_POLICY_ENUMS.countType)[number][];
