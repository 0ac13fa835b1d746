/**
 * What the ECR repository and registry settings mean for the hardening rules
 * (`ecr-scan-on-push`, `ecr-immutable-tags`, `ecr-kms-encryption`): which values
 * are defaults, which scan, which use KMS. The value lists themselves are
 * `ECR_ENUMS` (src/facts/ecr-enums.ts); these tables pick from them.
 *
 * Sources: ECR API reference (botocore `ecr/2015-09-21/service-2.json`,
 * `@aws-sdk/client-ecr` model docs); reference/aws-facts.md §7.1–7.2.
 *
 * A repository's encryption is fixed when it is created: "the encryption
 * settings for a repository can't be changed once the repository is created"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-edit.html);
 * the CloudFormation resource schema lists `EncryptionConfiguration` among its
 * `createOnlyProperties` (aws-cloudformation/aws-cloudformation-resource-providers-ecr,
 * `aws-ecr-repository/aws-ecr-repository.json`), so changing it replaces the
 * repository — `ecr-kms-encryption` suggests, never fixes.
 */
import type { ECR_ENUMS } from "./ecr-enums.js";

type TagMutability = (typeof ECR_ENUMS.ImageTagMutability)[number];
type EncryptionType = (typeof ECR_ENUMS.EncryptionType)[number];
type ScanFrequency = (typeof ECR_ENUMS.ScanFrequency)[number];

/**
 * `imageTagMutability` when it is absent: `MUTABLE`.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 * ("If this parameter is omitted, the default setting of MUTABLE will be used"); aws-facts §7.1.
 */
export const DEFAULT_TAG_MUTABILITY: TagMutability = "MUTABLE";

/**
 * The modes where any tag can be overwritten. The `*_WITH_EXCLUSION` modes
 * (2025) are deliberate choices: `IMMUTABLE_WITH_EXCLUSION` keeps every tag but
 * the excluded ones (such as `latest`) immutable, `MUTABLE_WITH_EXCLUSION`
 * makes the excluded ones (release tags) immutable. (RULES.md, `ecr-immutable-tags`.)
 */
export const OVERWRITABLE_TAG_MODES: readonly TagMutability[] = ["MUTABLE"];

/** What the suggestion writes: every tag immutable. */
export const SUGGESTED_TAG_MUTABILITY: TagMutability = "IMMUTABLE";

/**
 * `encryptionConfiguration` when it is absent: `AES256` (server-side
 * encryption with Amazon S3-managed keys). API `EncryptionConfiguration`:
 * "By default, when no encryption configuration is set or the AES256 encryption
 * type is used, Amazon ECR uses server-side encryption with Amazon S3-managed
 * encryption keys"
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html
 */
export const DEFAULT_ENCRYPTION_TYPE: EncryptionType = "AES256";


/**
 * The encryption types that use a KMS key (the AWS managed `aws/ecr` key when
 * `kmsKey` is absent). `KMS_DSSE` is dual-layer; the user guide says it is only
 * available in the AWS GovCloud (US) Regions, so the suggestion writes `KMS`.
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
 */
export const KMS_ENCRYPTION_TYPES: readonly EncryptionType[] = ["KMS", "KMS_DSSE"];
export const SUGGESTED_ENCRYPTION_TYPE: EncryptionType = "KMS";

/**
 * The registry scanning frequencies that scan without anyone asking:
 * `SCAN_ON_PUSH` (BASIC or ENHANCED) and `CONTINUOUS_SCAN` (ENHANCED). `MANUAL`
 * is what a repository gets when no scan-on-push filter matches it: "Any
 * repositories not matching a basic scanning scan on push filter will be set to
 * the manual scan frequency which means to perform a scan, you must manually
 * trigger the scan."
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html ;
 * API `RegistryScanningRule.scanFrequency`; aws-facts §7.2.
 */
export const AUTOMATIC_SCAN_FREQUENCIES: readonly ScanFrequency[] = ["SCAN_ON_PUSH", "CONTINUOUS_SCAN"];
