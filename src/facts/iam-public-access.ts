/**
 * When a resource policy statement grants everyone: the public principals,
 * and the conditions that narrow them back to someone. Used by
 * `ecr-no-public-access` on repository and registry policies.
 *
 * The test is Amazon S3's definition of a public policy, the most precise one
 * AWS publishes ("The meaning of public",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status):
 * "To be considered non-public, a bucket policy must grant access only to fixed
 * values (values that don't contain a wildcard or an AWS Identity and Access
 * Management Policy Variable) for one or more of the following: An AWS
 * principal, user, role, or service principal (e.g. aws:PrincipalOrgID); a set
 * of CIDRs, using aws:SourceIp [broader than /8 for IPv4 or /32 for IPv6,
 * RFC 1918 ranges excepted, counts as public]; aws:SourceArn; aws:SourceVpc;
 * aws:SourceVpce; aws:SourceOwner; aws:SourceAccount; aws:userid, outside the
 * pattern AROLEID:*" (plus S3-only keys). Its example: `"StringLike":
 * {"aws:SourceVpc": "vpc-*"}` stays public; `"StringEquals": {"aws:SourceVpc":
 * "vpc-91237329"}` does not.
 *
 * Peers, for comparison (reference/peers-ecs-ecr-apprunner.md R4): checkov
 * CKV_AWS_32 accepts only `aws:PrincipalOrgID` under StringEquals-like
 * operators and ignores Effect; trivy AWS-0032 and cdk-nag ECR1 ignore
 * conditions (cdk-nag looks at Allow only). This table follows S3's
 * definition, Allow statements only.
 *
 * Principal "*": "To grant permission to everyone, also referred as anonymous
 * access, you set the wildcard ("*") as the Principal value … "Principal":"*" /
 * "Principal":{"AWS":"*"}" (IAM User Guide, Principal element). Amazon ECR
 * private registries authenticate every call, so for ECR "everyone" means any
 * AWS account.
 *
 * NotPrincipal: "NotPrincipal must be used with "Effect":"Deny". Using it with
 * "Effect":"Allow" is not supported." Older text: "Doing so allows all
 * principals except the one named in the NotPrincipal element … you might grant
 * access to anonymous (unauthenticated) users."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */

/**
 * Condition keys that narrow a public principal when they hold fixed values
 * (lowercase: condition keys are case-insensitive). S3's list without its
 * S3-only keys, with the principal keys its first item stands for, and the
 * organization keys that came later (`aws:SourceOrgID`, `aws:SourceOrgPaths`,
 * `aws:PrincipalOrgPaths`), which narrow the same way.
 */
export const RESTRICTING_CONDITION_KEYS: ReadonlySet<string> = new Set(
  [
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:PrincipalServiceName",
    "aws:userid",
    "aws:SourceIp",
    "aws:SourceArn",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceOwner",
    "aws:SourceAccount",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
  ].map((key) => key.toLowerCase()),
);

/**
 * Condition operators that require the key to match the listed values
 * (lowercase). Negated operators (`StringNotEquals`, `NotIpAddress`…) exclude
 * values and admit everything else; `…IfExists` and `ForAllValues:` pass when
 * the key is absent from the request (an internet caller has no
 * `aws:SourceVpce`), so neither narrows. `ForAnyValue:` needs a match.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export const MATCHING_OPERATORS: ReadonlySet<string> = new Set(
  ["StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress"].map((operator) => operator.toLowerCase()),
);
export const ANY_VALUE_PREFIX = "foranyvalue:";

/**
 * `aws:SourceIp` ranges broader than these prefix lengths are public (S3's
 * note; its RFC 1918 exception cannot apply to a range broader than /8).
 */
export const PUBLIC_CIDR_LIMIT = { ipv4: 8, ipv6: 32 } as const;

/** An IAM policy variable (`${aws:username}`) or wildcard makes a value not fixed. */
export const NOT_FIXED = /[*?]|\$\{/;

/**
 * `aws:userid` values of the form `AROLEID:*` (a role's unique ID and any
 * session name) still name one role: S3 lists them as non-public. Role IDs
 * start with `AROA`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
export const ROLE_SESSION_USERID = /^AROA[A-Z0-9]+:\*$/;
