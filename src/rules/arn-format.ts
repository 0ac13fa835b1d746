/**
 * arn-format: malformed ARNs where ECS needs an ARN (or takes one).
 *
 * Checked members of ECS task definitions, and what each takes:
 * - `taskRoleArn`, `executionRoleArn`: a role name or an IAM role ARN (ECS
 *   completes a name into an ARN; API text for taskRoleArn: "The short name or
 *   full Amazon Resource Name (ARN)"). Only values written as ARNs are judged.
 * - `secrets[].valueFrom`, `logConfiguration.secretOptions[].valueFrom`: a
 *   Secrets Manager secret ARN (optionally `:json-key:version-stage:version-id`),
 *   an SSM parameter ARN, or an SSM parameter name in the task's Region (ECS API
 *   `Secret.valueFrom`). Names are not judged.
 * - `repositoryCredentials.credentialsParameter`: a Secrets Manager secret ARN,
 *   or its name in the same Region (ECS API `RepositoryCredentials`).
 * - `environmentFiles[].value`: the ARN of an S3 object (ECS API `EnvironmentFile.value`).
 * - FSx for Windows `authorizationConfig.credentialsParameter`: a Secrets
 *   Manager secret ARN or an SSM parameter ARN.
 * - `credentialSpecs[]`: `credentialspec:` or `credentialspecdomainless:`
 *   followed by an SSM parameter ARN or an S3 object ARN.
 * - EFS `authorizationConfig.accessPointId`: an access point ID (`fsap-…`), not an ARN.
 *
 * The other ECS documents, and where ECS tasks are started from:
 * - services: `role` (a role name or ARN), `loadBalancers[].targetGroupArn` and
 *   `advancedConfiguration.alternateTargetGroupArn` (target group ARNs, ECS API
 *   `LoadBalancer`), `taskDefinition` and `cluster` (names or ARNs);
 * - run-task input and `--overrides` files: `taskDefinition`, `cluster`, and the
 *   override's `taskRoleArn`/`executionRoleArn` (names are not judged);
 * - capacity providers: `autoScalingGroupProvider.autoScalingGroupArn` (an Auto
 *   Scaling group name or ARN, ECS API `AutoScalingGroupProvider`);
 * - EventBridge targets and Scheduler schedules that run ECS tasks: the target's
 *   `Arn` (the cluster's ARN, required), EventBridge's `RoleArn` (an IAM role
 *   ARN), `EcsParameters.TaskDefinitionArn` (judged when written as an ARN: the
 *   API calls it an ARN, whether a family is refused is not documented), and the
 *   task override that `Input` carries as JSON text (`taskRoleArn`,
 *   `executionRoleArn`; positions inside the string, no fixes there). Scheduler's
 *   `Target.RoleArn` has a pattern in the API model: `valid-schema` reports it.
 * - ECR repositories: `encryptionConfiguration.kmsKey` (a key ID, an alias or an
 *   ARN: only ARNs are judged).
 *
 * An ARN whose Region belongs to another partition (`arn:aws:ecs:cn-north-1:…`)
 * is reported too.
 *
 * Partly templated values: an ARN's fields are judged up to the first
 * placeholder (a placeholder may stand for several fields, so nothing after
 * it has a known position); `arn:${Partition}:…` is therefore not judged at
 * all, `arn:aws:ssm:${Region}:…` where an IAM role is needed is.
 * Facts and sources: src/facts/arn.ts. Covers cfn-lint E3511.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import {
  ACCOUNT_ID,
  ACCOUNT_PLACEHOLDER,
  ARN_KINDS,
  AVAILABILITY_ZONE,
  CREDENTIAL_SPEC_PREFIXES,
  EFS_ACCESS_POINT_ARN,
  EFS_ACCESS_POINT_ID,
  IAM_ROLE_NAME,
  IAM_ROLE_RESOURCE,
  PARTITION_TABLE,
  PARTITIONS,
  partitionOfRegion,
  REGION,
  S3_BUCKET_NAME,
  SECRETS_MANAGER_RESOURCE_PARTS,
  SERVICE_NAMES,
  type ArnKind,
  type ArnKindName,
} from "../facts/arn.js";

import { ecsParameters, targetTaskOverride } from "../documents/index.js";
import {
  hasHole,
  literalPrefix,
  objectItems,
  objectValue,
  type ObjectValue,
  replaceValue,
  restoreHoles,
  stringValue,
  type StringValue,
  type Value,
} from "../values/index.js";

type MessageId =
  | "malformed"
  | "partition"
  | "wrongService"
  | "regionNotAllowed"
  | "regionMissing"
  | "region"
  | "availabilityZone"
  | "partitionRegion"
  | "accountNotAllowed"
  | "accountMissing"
  | "account"
  | "accountPlaceholder"
  | "wrongResource"
  | "roleName"
  | "resource"
  | "secretParts"
  | "s3Object"
  | "s3Bucket"
  | "notArn"
  | "s3Url"
  | "accessPointArn"
  | "accessPointId"
  | "credentialSpecPrefix"
  | "addPrefix"
  | "useArn";

/** What a member takes. */
interface Expectation {
  /** The ARN kinds it accepts. */
  readonly kinds: readonly ArnKindName[];
  /** Whether a value that is not an ARN is valid too (a role or parameter name). */
  readonly namesAllowed: boolean;
  /** For messages: "an IAM role ARN (arn:aws:iam::123456789012:role/name)". */
  readonly expected: string;
  /** Whether the ECS agent reads a Secrets Manager reference with `:json-key:version-stage:version-id`. */
  readonly secretReference?: boolean;
}

const ROLE: Expectation = { kinds: ["iam-role"], namesAllowed: true, expected: describe(["iam-role"]) };
const SECRET_REFERENCE: Expectation = {
  kinds: ["secretsmanager-secret", "ssm-parameter"],
  namesAllowed: true,
  expected: `${describe(["secretsmanager-secret", "ssm-parameter"])}, or an SSM parameter name`,
  secretReference: true,
};
const REGISTRY_CREDENTIALS: Expectation = { kinds: ["secretsmanager-secret"], namesAllowed: true, expected: `${describe(["secretsmanager-secret"])} or a secret name` };
const FSX_CREDENTIALS: Expectation = { kinds: ["secretsmanager-secret", "ssm-parameter"], namesAllowed: true, expected: describe(["secretsmanager-secret", "ssm-parameter"]) };
const ENVIRONMENT_FILE: Expectation = { kinds: ["s3-object"], namesAllowed: false, expected: `${ARN_KINDS["s3-object"].label} (arn:aws:s3:::bucket/file.env)` };
const CREDENTIAL_SPEC: Expectation = { kinds: ["ssm-parameter", "s3-object"], namesAllowed: false, expected: describe(["ssm-parameter", "s3-object"]) };
/** EventBridge's target `RoleArn`: EventBridge assumes the role by its ARN (EventBridge API `Target.RoleArn`). */
const ROLE_ARN: Expectation = { kinds: ["iam-role"], namesAllowed: false, expected: describe(["iam-role"]) };
const TARGET_GROUP: Expectation = { kinds: ["elb-target-group"], namesAllowed: false, expected: describe(["elb-target-group"]) };
const CLUSTER: Expectation = { kinds: ["ecs-cluster"], namesAllowed: true, expected: `${describe(["ecs-cluster"])} or a cluster name` };
/** An EventBridge or Scheduler target that runs ECS tasks names the cluster by its ARN (EventBridge API `Target.Arn`; aws-facts §8.1). */
const CLUSTER_ARN: Expectation = { kinds: ["ecs-cluster"], namesAllowed: false, expected: describe(["ecs-cluster"]) };
const TASK_DEFINITION: Expectation = { kinds: ["ecs-task-definition"], namesAllowed: true, expected: `${describe(["ecs-task-definition"])}, or family:revision` };
const AUTO_SCALING_GROUP: Expectation = { kinds: ["autoscaling-group"], namesAllowed: true, expected: `${describe(["autoscaling-group"])} or an Auto Scaling group name` };
const KMS_KEY: Expectation = { kinds: ["kms-key", "kms-alias"], namesAllowed: true, expected: `${describe(["kms-key", "kms-alias"])}, a key ID or an alias name` };

function describe(kinds: readonly ArnKindName[]): string {
  return kinds.map((kind) => `${ARN_KINDS[kind].label} (${ARN_KINDS[kind].example})`).join(" or ");
}

export default createRule<MessageId>({
  name: "arn-format",
  meta: {
    type: "problem",
    docs: {
      description:
        "Report malformed ARNs in roles, secrets, registry credentials, environment files, credential specs, EFS access points, target groups, clusters, task definitions and KMS keys.",
      level: "error",
      platforms: ["ecs", "ecr"],
      covers: "cfn-lint E3511",
    },
    messages: {
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
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (task) {
          check(context, task.get("taskRoleArn"), task.keyName("taskRoleArn"), ROLE);
          check(context, task.get("executionRoleArn"), task.keyName("executionRoleArn"), ROLE);
          for (const volume of document.volumes) checkVolume(context, volume);
        }
        for (const container of document.containers) checkContainer(context, container);
      },
      "ecs-service"(document) {
        const service = document.object;
        check(context, service.get("role"), service.keyName("role"), ROLE);
        check(context, service.get("taskDefinition"), service.keyName("taskDefinition"), TASK_DEFINITION);
        check(context, service.get("cluster"), service.keyName("cluster"), CLUSTER);
        const balancersKey = service.keyName("loadBalancers");
        for (const balancer of objectItems(service.get("loadBalancers"))) {
          check(context, balancer.get("targetGroupArn"), `${balancersKey}.${balancer.keyName("targetGroupArn")}`, TARGET_GROUP);
          const advanced = objectValue(balancer.get("advancedConfiguration"));
          if (advanced) {
            const advancedKey = `${balancersKey}.${balancer.keyName("advancedConfiguration")}`;
            check(context, advanced.get("alternateTargetGroupArn"), `${advancedKey}.${advanced.keyName("alternateTargetGroupArn")}`, TARGET_GROUP);
          }
        }
      },
      "ecs-run-task"(document) {
        const input = document.object;
        if (document.form === "run-task") {
          check(context, input.get("taskDefinition"), input.keyName("taskDefinition"), TASK_DEFINITION);
          check(context, input.get("cluster"), input.keyName("cluster"), CLUSTER);
        }
        const overrides = document.overrides;
        if (overrides) checkTaskOverride(context, overrides, document.form === "run-task" ? `${input.keyName("overrides")}.` : "");
      },
      "ecs-capacity-provider"(document) {
        const provider = document.autoScalingGroupProvider;
        if (provider) check(context, provider.get("autoScalingGroupArn"), `${document.object.keyName("autoScalingGroupProvider")}.${provider.keyName("autoScalingGroupArn")}`, AUTO_SCALING_GROUP);
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) {
          check(context, target.get("Arn"), target.keyName("Arn"), CLUSTER_ARN);
          check(context, target.get("RoleArn"), target.keyName("RoleArn"), ROLE_ARN);
          checkEcsTarget(context, target, "");
        }
      },
      "scheduler-schedule"(document) {
        const target = document.ecsTarget;
        if (target === undefined) return;
        const targetKey = document.object.keyName("Target");
        check(context, target.get("Arn"), `${targetKey}.${target.keyName("Arn")}`, CLUSTER_ARN);
        checkEcsTarget(context, target, `${targetKey}.`);
      },
      "ecr-repository"(document) {
        const encryption = objectValue(document.object.get("encryptionConfiguration"));
        if (encryption) check(context, encryption.get("kmsKey"), `${document.object.keyName("encryptionConfiguration")}.${encryption.keyName("kmsKey")}`, KMS_KEY);
      },
    };
  },
});

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
type Context = RuleContext<MessageId, []>;

/** Judges one member that takes `expectation`. */
function check(context: Context, value: Value | undefined, key: string, expectation: Expectation): void {
  const text = stringValue(value);
  if (text === undefined) return;
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
  // Two kinds of one service (a KMS key or alias): the one whose resource it is, else the first.
  let firstOfService: ArnKindName | undefined;
  let ofResource: ArnKindName | undefined;
  for (const name of expectation.kinds) {
    const candidate = ARN_KINDS[name];
    if (candidate.service !== service) continue;
    firstOfService ??= name;
    if (ofResource === undefined && resource.startsWith(candidate.resourcePrefix)) ofResource = name;
  }
  if (firstOfService === undefined) {
    context.report(text, "wrongService", { key, expected: expectation.expected, service: SERVICE_NAMES[service] ?? show(text, service) });
    return;
  }
  const kindName = ofResource ?? firstOfService;
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

function checkCredentialSpec(context: Context, value: Value, key: string): void {
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
  judgeArn(context, text, prefix, arn, key, CREDENTIAL_SPEC);
}

/** A task override (`overrides` of run-task input, an `--overrides` file, a target's `Input`): its roles. */
function checkTaskOverride(context: Context, overrides: ObjectValue, keyPrefix: string): void {
  check(context, overrides.get("taskRoleArn"), `${keyPrefix}${overrides.keyName("taskRoleArn")}`, ROLE);
  check(context, overrides.get("executionRoleArn"), `${keyPrefix}${overrides.keyName("executionRoleArn")}`, ROLE);
}

/** The members of an EventBridge or Scheduler target that runs ECS tasks: the task definition, and the task override in `Input`. */
function checkEcsTarget(context: Context, target: ObjectValue, keyPrefix: string): void {
  const parameters = ecsParameters(target);
  if (parameters) check(context, parameters.get("TaskDefinitionArn"), `${keyPrefix}${target.keyName("EcsParameters")}.${parameters.keyName("TaskDefinitionArn")}`, TASK_DEFINITION);
  // For ECS targets, `Input` is the RunTask overrides as JSON text (`{"containerOverrides": […]}`).
  const overrides = targetTaskOverride(target, context.source);
  if (overrides) checkTaskOverride(context, overrides, `${keyPrefix}${target.keyName("Input")}.`);
}

function checkContainer(context: Context, container: ObjectValue): void {
  // Keys for messages are looked up only for lists that have items (most containers have no secrets).
  const secrets = objectItems(container.get("secrets"));
  if (secrets.length > 0) {
    const secretsKey = container.keyName("secrets");
    for (const secret of secrets) check(context, secret.get("valueFrom"), `${secretsKey}.${secret.keyName("valueFrom")}`, SECRET_REFERENCE);
  }
  const logConfiguration = objectValue(container.get("logConfiguration"));
  const secretOptions = objectItems(logConfiguration?.get("secretOptions"));
  if (logConfiguration && secretOptions.length > 0) {
    const optionsKey = logConfiguration.keyName("secretOptions");
    for (const secret of secretOptions) check(context, secret.get("valueFrom"), `${optionsKey}.${secret.keyName("valueFrom")}`, SECRET_REFERENCE);
  }
  const credentials = objectValue(container.get("repositoryCredentials"));
  if (credentials) check(context, credentials.get("credentialsParameter"), `${container.keyName("repositoryCredentials")}.${credentials.keyName("credentialsParameter")}`, REGISTRY_CREDENTIALS);
  const files = objectItems(container.get("environmentFiles"));
  if (files.length > 0) {
    const filesKey = container.keyName("environmentFiles");
    for (const file of files) check(context, file.get("value"), `${filesKey}.${file.keyName("value")}`, ENVIRONMENT_FILE);
  }
  const specs = container.get("credentialSpecs");
  if (specs?.kind === "array") for (const spec of specs.items) checkCredentialSpec(context, spec, container.keyName("credentialSpecs"));
}

function checkVolume(context: Context, volume: ObjectValue): void {
  const efs = objectValue(volume.get("efsVolumeConfiguration"));
  const efsAuthorization = objectValue(efs?.get("authorizationConfig"));
  if (efsAuthorization) checkAccessPoint(context, efsAuthorization.get("accessPointId"), `${efs!.keyName("authorizationConfig")}.${efsAuthorization.keyName("accessPointId")}`);
  const fsx = objectValue(volume.get("fsxWindowsFileServerVolumeConfiguration"));
  const fsxAuthorization = objectValue(fsx?.get("authorizationConfig"));
  if (fsxAuthorization) {
    check(context, fsxAuthorization.get("credentialsParameter"), `${fsx!.keyName("authorizationConfig")}.${fsxAuthorization.keyName("credentialsParameter")}`, FSX_CREDENTIALS);
  }
}

/** The positions of the first five `:` of `text` (an ARN has six fields, the last may hold more `:`). */
function firstColons(text: string): number[] {
  const colons: number[] = [];
  for (let at = text.indexOf(":"); at !== -1 && colons.length < 5; at = text.indexOf(":", at + 1)) colons.push(at);
  return colons;
}

/**
 * The index of the first field of `holed` that holds a placeholder, or -1 when none does.
 * Fields past the fifth (the resource) all count as the fifth.
 */
function firstHoleField(holed: string, colons: readonly number[]): number {
  const hole = literalPrefix(holed).length;
  if (hole === holed.length) return -1;
  let field = 0;
  while (field < colons.length && colons[field]! < hole) field += 1;
  return field;
}

/** Whether field `index` is judged: it and every field before it are free of placeholders. */
function isKnown(firstHole: number, index: number): boolean {
  return firstHole === -1 || index < firstHole;
}

/** How many times `character` occurs in `text`. */
function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}

/** A part of a templated string with its placeholders written back, quoted for a message. */
function show(text: StringValue, part: string): string {
  return JSON.stringify(restoreHoles(part, text.parts));
}
