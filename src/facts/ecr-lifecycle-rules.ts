/**
 * How ECR validates the rules of a lifecycle policy beyond their shape — what
 * `ecr-lifecycle-policy` checks (`valid-schema` checks the shape, `LIFECYCLE_POLICY`
 * in ecr-schema.ts: types, enums, unknown keys): the rules against each other,
 * and the two limits the shape table leaves to this rule, `countNumber` ≥ 1 and
 * at most four `*` per `tagPatternList` entry.
 *
 * Sources:
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 *   `rulePriority`: "you must give them each a unique value for rulePriority …
 *   A rule with a tagStatus value of any must have the highest value for
 *   rulePriority and be evaluated last." `tagStatus`: "If you specify tagged,
 *   then you must also specify a tagPrefixList value or a tagPatternList value.
 *   If you specify untagged, then you must omit both tagPrefixList and
 *   tagPatternList."
 * - The user guide's evaluation rules (LifecyclePolicies.html, as quoted in
 *   aws/aws-cdk PR #28432, 2023-12): "A lifecycle policy rule may specify either
 *   tagPatternList or tagPrefixList, but not both." and "The tagPatternList or
 *   tagPrefixList parameters may only used if the tagStatus is tagged."
 *   aws-cdk-lib's `Repository.addLifecycleRule` throws on both (peer).
 * - Archived ECR user guide (awsdocs/amazon-ecr-user-guide `LifecyclePolicies.md`):
 *   `countUnit` "should only be specified when countType is sinceImagePushed; an
 *   error will occur if you specify a count unit when countType is any other
 *   value"; "Only one rule is allowed to select untagged images."
 * - The service's own error texts, as users quote them (public GitHub notes,
 *   2025–2026): "Lifecycle policy validation failure: Rule for tagStatus=ANY must
 *   have the lowest priority per storage class", "… Only one rule can select
 *   Untagged images per storage class.", "… Must specify tagPrefixList or
 *   tagPatternList when tagStatus=TAGGED." — so the `any`-last and one-`untagged`
 *   rules hold per storage class (`selection.storageClass`, archive rules came
 *   in 2025), and a `tagged` rule needs a tag list.
 * - `countNumber`: "Acceptable values are positive integers (0 is not an
 *   accepted value)" (archived guide, and the parameters page); `tagPatternList`:
 *   "There is a maximum limit of four wildcards (*) per string. For example,
 *   ["*test*1*2*3", "test*1*2*3*"] is valid but ["test*1*2*3*4*5*6"] is invalid."
 *   (parameters page, English; the Japanese page inverts the example).
 * - reference/aws-facts.md §7.3.
 *
 * Not checked (kept permissive): how `transition` / `targetStorageClass` /
 * `sinceImageTransitioned` pair up — no AWS page states it (aws-facts §7.3).
 */
import type { LIFECYCLE_POLICY_ENUMS } from "./ecr-enums.js";

type StorageClass = (typeof LIFECYCLE_POLICY_ENUMS.storageClass)[number];
type CountUnit = (typeof LIFECYCLE_POLICY_ENUMS.countUnit)[number];
type CountType = (typeof LIFECYCLE_POLICY_ENUMS.countType)[number];

/** `selection.storageClass` when absent (the template lists `"standard"|"archive"`; rules before archiving select standard images). */
export const DEFAULT_STORAGE_CLASS: StorageClass = "standard";

/** The two tag lists of a selection: a `tagged` rule takes exactly one, `untagged` and `any` rules neither. */
export const TAG_LISTS = ["tagPrefixList", "tagPatternList"] as const;

/** The `countUnit` a time-based count type takes (its only value). */
export const TIME_COUNT_UNIT: CountUnit = "days";

/** The count type that counts images, and must not have a `countUnit`. */
export const IMAGE_COUNT_TYPE: CountType = "imageCountMoreThan";

/** The smallest `countNumber` ECR accepts. */
export const MIN_COUNT_NUMBER = 1;

/** The most `*` wildcards a `tagPatternList` entry may hold. */
export const MAX_PATTERN_WILDCARDS = 4;
