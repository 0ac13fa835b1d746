/**
 * arn-format: malformed ARNs where a member needs an ARN (or takes one).
 *
 * Where ARNs sit in each document family (ECS task definitions, services,
 * run-task input, capacity providers, EventBridge and Scheduler targets, ECR
 * repositories, Kubernetes ServiceAccounts' IRSA annotation) and what each
 * place takes: src/facts/arn-locations.ts. This file judges the values.
 * App Runner services (roles, connection, VPC connector, auto scaling and
 * observability configurations, KMS key, secrets) and `apprunner.yaml`'s
 * `run.secrets` are among them.
 *
 * An ARN whose Region belongs to another partition (`arn:aws:ecs:cn-north-1:…`)
 * is reported too.
 *
 * Partly templated values: an ARN's fields are judged up to the first
 * placeholder (a placeholder may stand for several fields, so nothing after
 * it has a known position); `arn:${Partition}:…` is therefore not judged at
 * all, `arn:aws:ssm:${Region}:…` where an IAM role is needed is. Template
 * tokens (`ALB_TARGET_GROUP_ARN`, `ACCOUNT_ID`, `XXXXXXXXXXXX`) are
 * placeholders in every place (src/facts/template-tokens.ts).
 * Facts and sources: src/facts/arn.ts. Covers cfn-lint E3511.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import {
  ACCOUNT_ID, ACCOUNT_PLACEHOLDER, ARN_KINDS, AVAILABILITY_ZONE, CREDENTIAL_SPEC_PREFIXES, EFS_ACCESS_POINT_ARN, EFS_ACCESS_POINT_ID, IAM_ROLE_NAME, IAM_ROLE_RESOURCE, PARTITION_TABLE, PARTITIONS, partitionOfRegion,
  REGION, S3_BUCKET_NAME, SECRETS_MANAGER_RESOURCE_PARTS, SERVICE_NAMES, arnKindOf, countOf, firstColons, firstHoleField, isKnown, show, type ArnKind, type ArnKindName,
} from "../facts/arn.js";
import {
  appRunnerConfigArns, appRunnerServiceArns, capacityProviderArns, clusterConfigArns, eventBridgeTargetArns, repositoryArns,
  runTaskArns, scheduleArns, serviceAccountArns, serviceArns, taskDefinitionArns, type ArnVisitor, type Expectation,
} from "../facts/arn-locations.js";
import { withTemplateTokens } from "../facts/template-tokens.js";
import { hasHole, literalPrefix, replaceValue, stringValue, type StringValue, type Value } from "../values/index.js";

const MESSAGES = {
  malformed: "{{key}} is not a well-formed ARN; write it with six fields, arn:partition:service:region:account-id:resource.",
  partition: "{{key}} has partition {{partition}}, which is not an AWS partition; use one such as \"aws\", \"aws-cn\" or \"aws-us-gov\".",
  wrongService: "{{key}} is an ARN of {{service}}; it must be {{expected}}.",
  regionNotAllowed: "{{key}} has Region {{region}}, but {{service}} ARNs have none; leave the Region field empty ({{example}}).",
  regionMissing: "{{key}} has no Region, which {{service}} ARNs need; add it ({{example}}).",
  region: "{{key}} has Region {{region}}, which is not a Region code; use one such as \"us-east-1\".",
  availabilityZone: "{{key}} has Availability Zone {{region}} where the Region belongs; use {{fixed}}.",
  partitionRegion: "{{key}} has partition {{partition}}, but Region {{region}} is in partition {{expected}}; use partition {{expected}} for that Region, or a Region of {{partition}}.",
  accountNotAllowed: "{{key}} has account {{account}}, but {{service}} ARNs have none; leave the account field empty ({{example}}).",
  accountMissing: "{{key}} has no account ID, which {{service}} ARNs need; add the 12-digit account ID ({{example}}).",
  account: "{{key}} has account ID {{account}}, which is not 12 digits; use the 12-digit AWS account ID.",
  accountPlaceholder:
    "{{key}} has the placeholder {{account}} for its account ID; put the 12-digit AWS account ID there (or a template variable such as \"${AWS_ACCOUNT_ID}\", which is not linted).",
  wrongResource: "{{key}} must be {{label}}, whose resource starts with {{prefix}}; for example {{example}}.",
  roleName: "{{key}} names role {{name}}, which is not a valid IAM role name; use up to 64 letters, digits and + = , . @ _ -.",
  resource: "{{key}} has resource {{resource}}, which is not {{description}}; for example {{example}}.",
  secretParts:
    "{{key}} has {{count}} field(s) after the secret name; give none or exactly three (secret:name:json-key:version-stage:version-id, each may be empty).",
  s3Object: "{{key}} names bucket {{bucket}} but no object; give the object's key (arn:aws:s3:::bucket/file.env).",
  s3Bucket: "{{key}} names bucket {{bucket}}, which is not a valid S3 bucket name; use 3 to 63 lowercase letters, digits, dots and hyphens.",
  notArn: "{{key}} is not an ARN; it must be {{expected}}.",
  s3Url: "{{key}} is an s3:// URL; give the object's ARN instead (arn:aws:s3:::bucket/file.env).",
  accessPointArn: "{{key}} is an access point ARN, but it takes the access point ID; use {{id}}.",
  accessPointId: "{{key}} is not an EFS access point ID; give \"fsap-\" followed by 17 hexadecimal digits.",
  credentialSpecPrefix: "{{key}} entry has no prefix; start it with \"credentialspec:\" or \"credentialspecdomainless:\" before the ARN.",
  addPrefix: "Prefix it with \"{{prefix}}\".",
  useArn: "Use {{arn}}.",
} as const;

type MessageId = keyof typeof MESSAGES;

export default createRule<MessageId>({
  name: "arn-format",
  meta: {
    type: "problem",
    docs: {
      description:
        "Report malformed ARNs in roles (Kubernetes IRSA annotations included), secrets, registry credentials, environment files, credential specs, EFS access points, target groups, clusters, task definitions, KMS keys and App Runner resources.",
      level: "error",
      platforms: ["ecs", "ecr", "eks", "eksctl", "apprunner"],
      covers: "cfn-lint E3511",
    },
    messages: MESSAGES,
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    const source = context.source;
    const visit: ArnVisitor = (value, key, expectation) => judge(context, value, key, expectation);
    return {
      "ecs-task-definition": (document) => taskDefinitionArns(document, visit),
      "ecs-service": (document) => serviceArns(document, visit),
      "ecs-run-task": (document) => runTaskArns(document, visit),
      "ecs-capacity-provider": (document) => capacityProviderArns(document, visit),
      "eventbridge-targets": (document) => eventBridgeTargetArns(document, source, visit),
      "scheduler-schedule": (document) => scheduleArns(document, source, visit),
      "ecr-repository": (document) => repositoryArns(document, visit),
      "kubernetes-service-account": (document) => serviceAccountArns(document, visit),
      "eksctl-cluster-config": (document) => clusterConfigArns(document, visit),
      "apprunner-service": (document) => appRunnerServiceArns(document, visit),
      "apprunner-config": (document) => appRunnerConfigArns(document, visit),
    };
  },
});

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
type Context = RuleContext<MessageId, []>;

/** Judges one place by what it takes: an ARN (most), an EFS access point ID, or a credential spec. */
function judge(context: Context, value: Value | undefined, key: string, expectation: Expectation): void {
  if (expectation.form === "access-point-id") checkAccessPoint(context, value, key);
  else if (expectation.form === "credential-spec") checkCredentialSpec(context, value, key, expectation);
  else check(context, value, key, expectation);
}

/** Judges one member that takes an ARN. */
function check(context: Context, value: Value | undefined, key: string, expectation: Expectation): void {
  const written = stringValue(value);
  if (written === undefined) return;
  const text = withTemplateTokens(written);
  const holed = text.holed.trim();
  if (!holed.startsWith("arn:")) {
    // A placeholder at the start may supply `arn:` itself.
    const mayBeArn = hasHole(holed) && "arn:".startsWith(literalPrefix(holed));
    if (expectation.namesAllowed || holed === "" || mayBeArn) return;
    if (holed.startsWith("s3://") && expectation.kinds.includes("s3-object")) {
      const arn = `arn:aws:s3:::${text.value.trim().slice("s3://".length)}`;
      context.report(text, "s3Url", { key }, { suggest: [{ messageId: "useArn", data: { arn: JSON.stringify(arn) }, fix: replaceValue(text, arn, context.source) }] });
      return;
    }
    context.report(text, "notArn", { key, expected: expectation.expected });
    return;
  }
  judgeArn(context, text, "", holed, key, expectation);
}

/**
 * Judges an ARN (`holed`, after `prefix` in the value: a credential spec's `credentialspec:`).
 * This runs for every ARN of every file, so the fields are read by the positions of
 * their `:` rather than by splitting the whole text.
 */
function judgeArn(context: Context, text: StringValue, prefix: string, holed: string, key: string, expectation: Expectation): void {
  const colons = firstColons(holed);
  const firstHole = firstHoleField(holed, colons);
  if (colons.length < 5) {
    if (firstHole === -1) context.report(text, "malformed", { key });
    return;
  }
  const partition = holed.slice(colons[0]! + 1, colons[1]);
  if (isKnown(firstHole, 1) && !PARTITIONS.includes(partition)) context.report(text, "partition", { key, partition: show(text, partition) });
  if (!isKnown(firstHole, 2)) return;
  const service = holed.slice(colons[1]! + 1, colons[2]);
  const resource = holed.slice(colons[4]! + 1);
  const kindName = arnKindOf(expectation.kinds, service, resource);
  if (kindName === undefined) {
    context.report(text, "wrongService", { key, expected: expectation.expected, service: SERVICE_NAMES[service] ?? show(text, service) });
    return;
  }
  const kind = ARN_KINDS[kindName];
  // `kind.service` is `service`: a constant key looks up faster than the sliced text.
  const serviceName = SERVICE_NAMES[kind.service] ?? kind.service;
  if (isKnown(firstHole, 3)) checkRegion(context, text, prefix, key, kind, serviceName, partition, holed, colons);
  if (isKnown(firstHole, 4)) checkAccount(context, text, key, kind, serviceName, holed.slice(colons[3]! + 1, colons[4]));
  if (firstHole === -1) checkResource(context, text, key, kindName, expectation, resource);
}

/** Judges the Region field of `holed`, which lies between its third and fourth `:` (`colons[2]`, `colons[3]`). */
function checkRegion(
  context: Context,
  text: StringValue,
  prefix: string,
  key: string,
  kind: ArnKind,
  service: string,
  partition: string,
  holed: string,
  colons: readonly number[],
): void {
  const literal = text.literal;
  const beforeRegion = colons[2]! + 1;
  const afterRegion = colons[3]!;
  const region = holed.slice(beforeRegion, afterRegion);
  if (kind.region === "none") {
    if (region === "") return;
    // IAM and S3 ARNs never carry a Region: dropping it is the certain fix.
    const fix = literal !== undefined ? replaceValue(text, prefix + holed.slice(0, beforeRegion) + holed.slice(afterRegion), context.source) : undefined;
    context.report(text, "regionNotAllowed", { key, region: show(text, region), service, example: kind.example }, fix ? { fix } : undefined);
    return;
  }
  if (region === "") {
    context.report(text, "regionMissing", { key, service, example: kind.example });
    return;
  }
  // A Region code ends in a digit and a zone name in a letter: most values pass the first test and skip the second.
  if (!REGION.test(region)) {
    const zone = AVAILABILITY_ZONE.exec(region);
    if (zone) {
      context.report(text, "availabilityZone", { key, region: show(text, region), fixed: JSON.stringify(zone[1]!) }, literal !== undefined ? { fix: replaceValue(text, prefix + holed.slice(0, beforeRegion) + zone[1]! + holed.slice(afterRegion), context.source) } : undefined);
    } else {
      context.report(text, "region", { key, region: show(text, region) });
    }
    return;
  }
  // Region codes are unique across partitions: `cn-north-1` is only in `aws-cn`.
  const home = partitionOfRegion(region);
  if (home !== undefined && home.id !== partition && PARTITION_TABLE.some((candidate) => candidate.id === partition)) {
    context.report(text, "partitionRegion", { key, partition: show(text, partition), region: show(text, region), expected: JSON.stringify(home.id) });
  }
}

function checkAccount(context: Context, text: StringValue, key: string, kind: ArnKind, service: string, account: string): void {
  if (kind.account === "none") {
    if (account !== "") context.report(text, "accountNotAllowed", { key, account: show(text, account), service, example: kind.example });
    return;
  }
  if (account === "") context.report(text, "accountMissing", { key, service, example: kind.example });
  else if (!ACCOUNT_ID.test(account)) context.report(text, ACCOUNT_PLACEHOLDER.test(account) ? "accountPlaceholder" : "account", { key, account: show(text, account) });
}

function checkResource(context: Context, text: StringValue, key: string, kindName: ArnKindName, expectation: Expectation, resource: string): void {
  const kind = ARN_KINDS[kindName];
  if (kind.resourcePrefix !== "" && (!resource.startsWith(kind.resourcePrefix) || resource === kind.resourcePrefix)) {
    context.report(text, "wrongResource", { key, label: kind.label, prefix: JSON.stringify(kind.resourcePrefix), example: kind.example });
    return;
  }
  if (kindName === "iam-role") {
    // `role/name` (no path, the common case) needs no pattern to find its name.
    const name = resource.lastIndexOf("/") === "role/".length - 1 ? resource.slice("role/".length) : IAM_ROLE_RESOURCE.exec(resource)?.[1];
    if (name === undefined || !IAM_ROLE_NAME.test(name)) context.report(text, "roleName", { key, name: show(text, name ?? resource.slice("role/".length)) });
  } else if (kindName === "secretsmanager-secret" && expectation.secretReference) {
    const parts = countOf(resource, ":") + 1;
    if (!SECRETS_MANAGER_RESOURCE_PARTS.includes(parts)) context.report(text, "secretParts", { key, count: parts - 2 });
  } else if (kindName === "s3-object") {
    const slash = resource.indexOf("/");
    const bucket = slash === -1 ? resource : resource.slice(0, slash);
    if (!S3_BUCKET_NAME.test(bucket)) context.report(text, "s3Bucket", { key, bucket: show(text, bucket) });
    else if (slash === -1 || slash === resource.length - 1) context.report(text, "s3Object", { key, bucket: show(text, bucket) });
  } else if (kind.resource !== undefined && !kind.resource.pattern.test(resource)) {
    context.report(text, "resource", { key, resource: show(text, resource), description: kind.resource.description, example: kind.example });
  }
}

function checkAccessPoint(context: Context, value: Value | undefined, key: string): void {
  const text = stringValue(value);
  if (text?.literal === undefined) return;
  const id = text.literal.trim();
  if (id === "" || EFS_ACCESS_POINT_ID.test(id)) return;
  const fromArn = EFS_ACCESS_POINT_ARN.exec(id)?.[1];
  if (fromArn !== undefined) context.report(text, "accessPointArn", { key, id: JSON.stringify(fromArn) }, { fix: replaceValue(text, fromArn, context.source) });
  else context.report(text, "accessPointId", { key });
}

function checkCredentialSpec(context: Context, value: Value | undefined, key: string, expectation: Expectation): void {
  const text = stringValue(value);
  if (text === undefined) return;
  const holed = text.holed.trim();
  const prefix = CREDENTIAL_SPEC_PREFIXES.find((candidate) => holed.startsWith(candidate));
  if (prefix === undefined) {
    if (!holed.startsWith("arn:") || text.literal === undefined) return;
    const literal = text.literal.trim();
    context.report(
      text,
      "credentialSpecPrefix",
      { key },
      { suggest: CREDENTIAL_SPEC_PREFIXES.map((candidate) => ({ messageId: "addPrefix" as const, data: { prefix: candidate }, fix: replaceValue(text, `${candidate}${literal}`, context.source) })) },
    );
    return;
  }
  const arn = holed.slice(prefix.length);
  if (!arn.startsWith("arn:")) return;
  judgeArn(context, text, prefix, arn, key, expectation);
}
