/**
 * Amazon Resource Names: `arn:partition:service:region:account-id:resource`.
 *
 * Sources:
 * - ARN format: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 *   ("arn:partition:service:region:account-id:resource-id"; the resource may
 *   itself hold `:` and `/`); IAM ARNs omit the Region
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns:
 *   `arn:aws:iam::account:role/role-name-with-path`).
 * - Partitions and Region patterns: botocore `data/partitions.json` (and the
 *   SDKs' partition tables, which add `aws-eusc`, the AWS European Sovereign
 *   Cloud, `eusc-de-east-1`).
 * - Account IDs are 12 digits: https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html
 * - cfn-lint E3511 (`RoleArnPattern.py`) checks role ARNs against
 *   `^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/[a-zA-Z_0-9+=,.@\-_/]+$`.
 */
import { literalPrefix, restoreHoles, type StringPart } from "../values/placeholders.js";

/**
 * The AWS partitions (botocore `partitions.json` ids, plus `aws-eusc`). The
 * catalog names the three common ones (aws, aws-cn, aws-us-gov); the isolated
 * and sovereign partitions are listed too so their ARNs are not called wrong.
 */
export const PARTITIONS: readonly string[] = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

/** An AWS account ID: exactly 12 digits. */
export const ACCOUNT_ID = /^\d{12}$/;

/**
 * Account IDs written as placeholder words the template tokens do not cover
 * (`my_account`, `account-db`, `****`, `<account>` without the angle-token
 * form the linter already skips; `XXXXXXXXXXXX` and AWS documentation's
 * `aws_account_id` are template tokens, src/facts/template-tokens.ts). Not an
 * AWS fact: a convention of examples, recognized so the message can say what
 * to do. They are still errors — AWS rejects them. (The word form is checked
 * by a lookahead, then searched for `account`: `[a-z_-]*account[a-z_-]*`
 * backtracks quadratically on a long value.)
 */
export const ACCOUNT_PLACEHOLDER = /^(?:[x*#?]+$|(?=[a-z_-]*$)[a-z_-]*?account|<[^>]*>$)/i;

/**
 * A Region code. The union of the partitions' `regionRegex` values
 * (`^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`, `^cn\-\w+\-\d+$`,
 * `^us\-gov\-\w+\-\d+$`, `^us\-iso\-\w+\-\d+$`, `^us\-isob\-\w+\-\d+$`,
 * `^eu\-isoe\-\w+\-\d+$`, `^us\-isof\-\w+\-\d+$`, `^eusc\-(de)\-\w+\-\d+$`),
 * written over lowercase letters so a new Region prefix is not a false report.
 */
export const REGION = /^[a-z]{2,4}(?:-[a-z]+){1,2}-\d{1,2}$/;

/**
 * Each partition's Regions and DNS suffix: botocore `data/partitions.json`
 * (`regionRegex`, `outputs.dnsSuffix`), plus `aws-eusc` from the SDKs'
 * partition tables. A Region belongs to the partition whose pattern it
 * matches; a Region that matches none (a new prefix) is in no known partition.
 * `aws` is listed first: its pattern does not match the other partitions'
 * Regions (`us-gov-west-1`, `us-iso-east-1` and `eu-isoe-west-1` have one
 * more word before the number).
 */
export interface PartitionInfo {
  readonly id: string;
  readonly regionPattern: RegExp;
  /** The domain its endpoints end in (`amazonaws.com.cn` in China). */
  readonly dnsSuffix: string;
}

export const PARTITION_TABLE: readonly PartitionInfo[] = [
  { id: "aws", regionPattern: /^(?:us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, dnsSuffix: "amazonaws.com" },
  { id: "aws-cn", regionPattern: /^cn-\w+-\d+$/, dnsSuffix: "amazonaws.com.cn" },
  { id: "aws-us-gov", regionPattern: /^us-gov-\w+-\d+$/, dnsSuffix: "amazonaws.com" },
  { id: "aws-iso", regionPattern: /^us-iso-\w+-\d+$/, dnsSuffix: "c2s.ic.gov" },
  { id: "aws-iso-b", regionPattern: /^us-isob-\w+-\d+$/, dnsSuffix: "sc2s.sgov.gov" },
  { id: "aws-iso-e", regionPattern: /^eu-isoe-\w+-\d+$/, dnsSuffix: "cloud.adc-e.uk" },
  { id: "aws-iso-f", regionPattern: /^us-isof-\w+-\d+$/, dnsSuffix: "csp.hci.ic.gov" },
  { id: "aws-eusc", regionPattern: /^eusc-de-\w+-\d+$/, dnsSuffix: "amazonaws.eu" },
];

/** The partition a Region code belongs to, or undefined when its prefix is in no known partition. */
export function partitionOfRegion(region: string): PartitionInfo | undefined {
  return PARTITION_TABLE.find((partition) => partition.regionPattern.test(region));
}

/** An Availability Zone name (`us-east-1a`): a Region code and one letter — a common slip for a Region. */
export const AVAILABILITY_ZONE = /^([a-z]{2,4}(?:-[a-z]+){1,2}-\d{1,2})[a-z]$/;

/** The six fields of an ARN; `resource` is everything after the fifth `:`. */
export interface ArnFields {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/**
 * Splits an ARN into its fields, or answers undefined when it does not start
 * with `arn:` or has fewer than six `:`-separated fields.
 */
export function splitArn(text: string): ArnFields | undefined {
  const fields = text.split(":");
  if (fields[0] !== "arn" || fields.length < 6) return undefined;
  const [, partition, service, region, account] = fields as [string, string, string, string, string];
  return { partition, service, region, account, resource: fields.slice(5).join(":") };
}

/** How each kind of ARN the plugin checks is shaped. */
export interface ArnKind {
  /** The service field. */
  readonly service: string;
  /** Whether the Region field must be set (`required`) or empty (`none`). */
  readonly region: "required" | "none";
  /** Whether the account field must be set (`required`) or empty (`none`). */
  readonly account: "required" | "none";
  /** What the resource field starts with. */
  readonly resourcePrefix: string;
  /** For messages: "an IAM role ARN". */
  readonly label: string;
  /** For messages: a well-formed example. */
  readonly example: string;
  /** The whole resource field, when its shape is known, and how messages describe it. */
  readonly resource?: { readonly pattern: RegExp; readonly description: string };
}

export type ArnKindName =
  | "iam-role"
  | "secretsmanager-secret"
  | "ssm-parameter"
  | "s3-object"
  | "kms-key"
  | "kms-alias"
  | "elb-target-group"
  | "ecs-cluster"
  | "ecs-task-definition"
  | "autoscaling-group"
  | "apprunner-service"
  | "apprunner-vpc-connector"
  | "apprunner-auto-scaling-configuration"
  | "apprunner-observability-configuration"
  | "apprunner-connection";

export const ARN_KINDS: Readonly<Record<ArnKindName, ArnKind>> = {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
  "iam-role": {
    service: "iam",
    region: "none",
    account: "required",
    resourcePrefix: "role/",
    label: "an IAM role ARN",
    example: "arn:aws:iam::123456789012:role/name",
  },
  // `arn:aws:secretsmanager:region:aws_account_id:secret:secret-name` (ECS developer guide,
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html ;
  // Secrets Manager appends a six-character suffix to the name, `name-AbCdEf`).
  "secretsmanager-secret": {
    service: "secretsmanager",
    region: "required",
    account: "required",
    resourcePrefix: "secret:",
    label: "a Secrets Manager secret ARN",
    example: "arn:aws:secretsmanager:us-east-1:123456789012:secret:name-AbCdEf",
  },
  // `arn:aws:ssm:region:aws_account_id:parameter/parameter_name` (ECS developer guide,
  // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html ;
  // ECS API `Secret.valueFrom`: "the full ARN of the parameter in the SSM Parameter Store").
  "ssm-parameter": {
    service: "ssm",
    region: "required",
    account: "required",
    resourcePrefix: "parameter/",
    label: "an SSM parameter ARN",
    example: "arn:aws:ssm:us-east-1:123456789012:parameter/name",
  },
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html — S3 ARNs have no Region or account:
  // `arn:aws:s3:::bucket_name/key_name`.
  "s3-object": {
    service: "s3",
    region: "none",
    account: "none",
    resourcePrefix: "",
    label: "an S3 object ARN",
    example: "arn:aws:s3:::bucket/key",
  },
  // https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN
  // (`arn:aws:kms:region:account:key/<key-id>`, `…:alias/<name>`).
  "kms-key": {
    service: "kms",
    region: "required",
    account: "required",
    resourcePrefix: "key/",
    label: "a KMS key ARN",
    example: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  },
  // Same page: an alias ARN, `arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias`. ECR's
  // `encryptionConfiguration.kmsKey` takes "the alias, key ID, or full ARN of the KMS key" (ECR API
  // `EncryptionConfiguration`).
  "kms-alias": {
    service: "kms",
    region: "required",
    account: "required",
    resourcePrefix: "alias/",
    label: "a KMS alias ARN",
    example: "arn:aws:kms:us-east-1:123456789012:alias/name",
  },
  // `arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067`
  // (ELB API reference, CreateTargetGroup example); the name "can have a maximum of 32 characters,
  // must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen"
  // (ELB API `CreateTargetGroup.Name`), followed by the ID ELB assigns. ECS `LoadBalancer.targetGroupArn`:
  // "The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group".
  "elb-target-group": {
    service: "elasticloadbalancing",
    region: "required",
    account: "required",
    resourcePrefix: "targetgroup/",
    label: "an Elastic Load Balancing target group ARN",
    example: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067",
    resource: { pattern: /^targetgroup\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?\/[A-Za-z0-9]+$/, description: "targetgroup/<name>/<id>, the name up to 32 letters, digits and hyphens" },
  },
  // `arn:${Partition}:ecs:${Region}:${Account}:cluster/${ClusterName}` (Service Authorization Reference,
  // Amazon ECS resource types, https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerservice.html);
  // cluster names have "up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens"
  // (ECS API `CreateCluster.clusterName`).
  "ecs-cluster": {
    service: "ecs",
    region: "required",
    account: "required",
    resourcePrefix: "cluster/",
    label: "an ECS cluster ARN",
    example: "arn:aws:ecs:us-east-1:123456789012:cluster/name",
    resource: { pattern: /^cluster\/[A-Za-z0-9_-]{1,255}$/, description: "cluster/<name>, the name up to 255 letters, digits, hyphens and underscores" },
  },
  // `arn:aws:ecs:region:aws_account_id:task-definition/family:revision`; a family has "up to 255
  // letters (uppercase and lowercase), numbers, hyphens, and underscores" (ECS API
  // `RegisterTaskDefinition.family`); without `:revision` the latest ACTIVE revision runs (ECS API
  // `RunTask.taskDefinition`: "The family and revision (family:revision) or full ARN … If a revision
  // isn't specified, the latest ACTIVE revision is used").
  "ecs-task-definition": {
    service: "ecs",
    region: "required",
    account: "required",
    resourcePrefix: "task-definition/",
    label: "an ECS task definition ARN",
    example: "arn:aws:ecs:us-east-1:123456789012:task-definition/family:1",
    resource: { pattern: /^task-definition\/[A-Za-z0-9_-]{1,255}(?::[1-9][0-9]*)?$/, description: "task-definition/<family> or task-definition/<family>:<revision>" },
  },
  // `arn:aws:autoscaling:region:account-id:autoScalingGroup:uuid:autoScalingGroupName/asg-name`
  // (Service Authorization Reference, Amazon EC2 Auto Scaling resource types,
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2autoscaling.html).
  "autoscaling-group": {
    service: "autoscaling",
    region: "required",
    account: "required",
    resourcePrefix: "autoScalingGroup:",
    label: "an Auto Scaling group ARN",
    example: "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:01234567-89ab-cdef-0123-456789abcdef:autoScalingGroupName/name",
    resource: { pattern: /^autoScalingGroup:[0-9a-f-]+:autoScalingGroupName\/.+$/, description: "autoScalingGroup:<uuid>:autoScalingGroupName/<name>" },
  },
  // App Runner ARNs (Service Authorization Reference, AWS App Runner resource types,
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsapprunner.html):
  // `arn:${Partition}:apprunner:${Region}:${Account}:service/${ServiceName}/${ServiceId}`,
  // `…:vpcconnector/${VpcConnectorName}/${VpcConnectorVersion}/${VpcConnectorId}`,
  // `…:autoscalingconfiguration/${Name}/${Version}/${Id}`, `…:observabilityconfiguration/${Name}/${Version}/${Id}`,
  // `…:connection/${ConnectionName}/${ConnectionId}`. Names (App Runner API): services and VPC connectors
  // 4–40, auto scaling and observability configurations and connections 4–32 characters,
  // `[A-Za-z0-9][A-Za-z0-9-_]…`. CreateService's `AutoScalingConfigurationArn` and
  // `ObservabilityConfigurationArn` may stop after the name ("Specify just the name to associate the
  // latest revision") or the revision (API_CreateService.html); the VPC connector's is taken the same way here.
  "apprunner-service": {
    service: "apprunner",
    region: "required",
    account: "required",
    resourcePrefix: "service/",
    label: "an App Runner service ARN",
    example: "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",
    resource: { pattern: /^service\/[A-Za-z0-9][A-Za-z0-9_-]{3,39}\/[A-Za-z0-9]+$/, description: "service/<name>/<id>" },
  },
  "apprunner-vpc-connector": {
    service: "apprunner",
    region: "required",
    account: "required",
    resourcePrefix: "vpcconnector/",
    label: "an App Runner VPC connector ARN",
    example: "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db-connector/1/0123456789abcdef0123456789abcdef",
    resource: { pattern: /^vpcconnector\/[A-Za-z0-9][A-Za-z0-9_-]{3,39}(?:\/[1-9][0-9]*(?:\/[A-Za-z0-9]+)?)?$/, description: "vpcconnector/<name>/<revision>/<id>" },
  },
  "apprunner-auto-scaling-configuration": {
    service: "apprunner",
    region: "required",
    account: "required",
    resourcePrefix: "autoscalingconfiguration/",
    label: "an App Runner auto scaling configuration ARN",
    example: "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability/3",
    resource: {
      pattern: /^autoscalingconfiguration\/[A-Za-z0-9][A-Za-z0-9_-]{3,31}(?:\/[1-9][0-9]*(?:\/[A-Za-z0-9]+)?)?$/,
      description: "autoscalingconfiguration/<name>, optionally with /<revision> and /<id>",
    },
  },
  "apprunner-observability-configuration": {
    service: "apprunner",
    region: "required",
    account: "required",
    resourcePrefix: "observabilityconfiguration/",
    label: "an App Runner observability configuration ARN",
    example: "arn:aws:apprunner:us-east-1:123456789012:observabilityconfiguration/xray-tracing/1",
    resource: {
      pattern: /^observabilityconfiguration\/[A-Za-z0-9][A-Za-z0-9_-]{3,31}(?:\/[1-9][0-9]*(?:\/[A-Za-z0-9]+)?)?$/,
      description: "observabilityconfiguration/<name>, optionally with /<revision> and /<id>",
    },
  },
  "apprunner-connection": {
    service: "apprunner",
    region: "required",
    account: "required",
    resourcePrefix: "connection/",
    label: "an App Runner connection ARN",
    example: "arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef0123456789abcdef",
    resource: { pattern: /^connection\/[A-Za-z0-9][A-Za-z0-9_-]{3,31}\/[A-Za-z0-9]+$/, description: "connection/<name>/<id>" },
  },
};

/** Service names as people say them, for messages (`ssm` → "SSM Parameter Store"). */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  iam: "IAM",
  sts: "STS",
  ssm: "SSM Parameter Store",
  secretsmanager: "Secrets Manager",
  s3: "Amazon S3",
  kms: "KMS",
  ecs: "Amazon ECS",
  ecr: "Amazon ECR",
  elasticfilesystem: "Amazon EFS",
  logs: "CloudWatch Logs",
  elasticloadbalancing: "Elastic Load Balancing",
  autoscaling: "Amazon EC2 Auto Scaling",
  events: "Amazon EventBridge",
  scheduler: "EventBridge Scheduler",
  apprunner: "AWS App Runner",
};

/**
 * An IAM role name: CreateRole `RoleName`, pattern `[\w+=,.@-]+`, 1–64
 * characters (IAM API reference). The path before it is `/` or
 * `/segment(s)/` of printable ASCII (`[\u0021-\u007E]`).
 */
export const IAM_ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/**
 * The resource field of a role ARN: `role/`, an optional path, the name
 * (service-linked roles live under `role/aws-service-role/<service>/`).
 */
export const IAM_ROLE_RESOURCE = /^role\/(?:[\x21-\x7E]+\/)?([^/]*)$/;

/**
 * How a Secrets Manager reference may continue after `secret:<name>` where the
 * ECS agent resolves it (`secrets`, `secretOptions`): nothing, or exactly
 * `:json-key:version-stage:version-id`, each part possibly empty. The agent
 * splits the resource on `:` and accepts 2 parts (`secret:name`) or 5
 * (`secret:name:json-key:version-stage:version-id`); any other count fails the
 * task with "an invalid ARN format for the AWS Secrets Manager secret was
 * specified" (aws/amazon-ecs-agent `agent/taskresource/asmsecret/asmsecret.go`,
 * `getASMParametersFromInput`). Documented form:
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html
 */
export const SECRETS_MANAGER_RESOURCE_PARTS: readonly number[] = [2, 5];

/**
 * An S3 bucket name (general purpose buckets): 3–63 lowercase letters, digits,
 * dots and hyphens, starting and ending with a letter or digit.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
export const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * An Amazon EFS access point ID as the EFS mount helper takes it
 * (`accesspoint=` mount option): `AP_REGEX_PATTERN = re.compile("^fsap-[0-9a-f]{17}$")`,
 * otherwise "Access Point ID … is malformed" (aws/efs-utils `src/mount_efs/__init__.py`).
 * ECS passes `authorizationConfig.accessPointId` to it; the API calls the member
 * "The Amazon EFS access point ID to use" (ECS API `EFSAuthorizationConfig`).
 */
export const EFS_ACCESS_POINT_ID = /^fsap-[0-9a-f]{17}$/;

/** An EFS access point ARN (`arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-…`), whose ID is the last segment. */
export const EFS_ACCESS_POINT_ARN = /^arn:[^:]+:elasticfilesystem:[^:]*:[^:]*:access-point\/(fsap-[0-9a-f]{17})$/;

/**
 * The prefixes of a `credentialSpecs` entry: `credentialspec:<ARN>` or
 * `credentialspecdomainless:<ARN>`, the ARN being an SSM parameter or an S3
 * object (ECS API `ContainerDefinition.credentialSpecs`: "There are two
 * formats for each ARN … replace MyARN with the ARN in SSM or Amazon S3").
 */
export const CREDENTIAL_SPEC_PREFIXES: readonly string[] = ["credentialspec:", "credentialspecdomainless:"];

/* ---------------- Reading an ARN's fields (a literal, or a `withHoles` text) ---------------- */

/** The positions of the first five `:` of `text` (an ARN has six fields, the last may hold more `:`). */
export function firstColons(text: string): number[] {
  const colons: number[] = [];
  for (let at = text.indexOf(":"); at !== -1 && colons.length < 5; at = text.indexOf(":", at + 1)) colons.push(at);
  return colons;
}

/**
 * The index of the first field of `holed` that holds a placeholder, or -1 when none does.
 * Fields past the fifth (the resource) all count as the fifth.
 */
export function firstHoleField(holed: string, colons: readonly number[]): number {
  const hole = literalPrefix(holed).length;
  if (hole === holed.length) return -1;
  let field = 0;
  while (field < colons.length && colons[field]! < hole) field += 1;
  return field;
}

/** Whether field `index` is judged: it and every field before it are free of placeholders. */
export function isKnown(firstHole: number, index: number): boolean {
  return firstHole === -1 || index < firstHole;
}

/**
 * The kind, of those a place takes, that an ARN of `service` with `resource` is;
 * nothing when none is of that service.
 */
export function arnKindOf(kinds: readonly ArnKindName[], service: string, resource: string): ArnKindName | undefined {
  // Two kinds of one service (a KMS key or alias): the one whose resource it is, else the first.
  let firstOfService: ArnKindName | undefined;
  let ofResource: ArnKindName | undefined;
  for (const name of kinds) {
    const candidate = ARN_KINDS[name];
    if (candidate.service !== service) continue;
    firstOfService ??= name;
    if (ofResource === undefined && resource.startsWith(candidate.resourcePrefix)) ofResource = name;
  }
  return ofResource ?? firstOfService;
}

/** A part of a templated string with its placeholders written back, quoted for a message. */
export function show(text: { readonly parts: readonly StringPart[] }, part: string): string {
  return JSON.stringify(restoreHoles(part, text.parts));
}

/** How many times `character` occurs in `text`. */
export function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}
