/**
 * Where ARNs sit in each document family, and what each place takes — the
 * table `arn-format` judges by. Facts about ARNs themselves (partitions,
 * Regions, kinds, resource shapes) are in src/facts/arn.ts.
 *
 * ECS task definitions (ECS API `RegisterTaskDefinition`):
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
 *
 * ECR repositories: `encryptionConfiguration.kmsKey` (a key ID, an alias or an
 * ARN: only ARNs are judged).
 *
 * Kubernetes: a ServiceAccount's `eks.amazonaws.com/role-arn` annotation (IRSA):
 * the IAM role ARN the pod identity webhook hands the pods as `AWS_ROLE_ARN`
 * (`arn:<partition>:iam::<12-digit account>:role/<optional path/>name`;
 * reference/eks-facts.md §3.5–3.6; aws/amazon-eks-pod-identity-webhook
 * `pkg/cache/cache.go`, which logs "arn is invalid" and passes it on). The
 * webhook can be configured to complete a bare role name into an ARN
 * (`composeRoleArn`), so a value that is not an ARN is not judged. Template
 * tokens (`arn:aws:iam::ACCOUNT_ID:role/x`) are placeholders there (RULES.md
 * Decisions).
 *
 * App Runner services (App Runner API `CreateService`, `UpdateService`; the
 * roles' pattern takes ARNs only, `arn:…:iam::<account>:role/…`):
 * `AuthenticationConfiguration.AccessRoleArn` and `InstanceConfiguration.InstanceRoleArn`
 * (IAM role ARNs), `AuthenticationConfiguration.ConnectionArn`,
 * `EgressConfiguration.VpcConnectorArn`, `AutoScalingConfigurationArn`,
 * `ObservabilityConfiguration.ObservabilityConfigurationArn` (App Runner ARNs),
 * `EncryptionConfiguration.KmsKey` (a KMS key ARN: the model's pattern takes
 * `…:key/<uuid>` only), UpdateService's `ServiceArn`, and the values of
 * `RuntimeEnvironmentSecrets` — "the full ARN of the Secrets Manager secret or the
 * full ARN of the parameter in the SSM Parameter Store", or a parameter's name in
 * the same Region (API `ImageConfiguration`); `apprunner.yaml`'s
 * `run.secrets[].value-from` takes the same
 * (https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html).
 *
 * eksctl `ClusterConfig` (pkg/apis/eksctl.io/v1alpha5 iam.go, addon.go, types.go at
 * v0.230.0): IAM role ARNs in `iam.serviceRoleARN`, `iam.fargatePodExecutionRoleARN`,
 * `iam.serviceAccounts[].attachRoleARN`, `iam.podIdentityAssociations[].roleARN` and
 * `targetRoleARN` (addons' `podIdentityAssociations` too), `addons[].serviceAccountRoleARN`,
 * node groups' `iam.instanceRoleARN`, `fargateProfiles[].podExecutionRoleARN`; KMS keys in
 * `secretsEncryption.keyARN` and node groups' `volumeKmsKeyID`; target groups in
 * `targetGroupARNs`. eksctl hands them to CloudFormation and the EKS API, which take ARNs;
 * values that are not ARNs are left to those (a bare name is not judged).
 */
import {
  ecsParameters,
  targetTaskOverride,
  type AppRunnerConfigDocument,
  type AppRunnerServiceDocument,
  type AppRunnerVariable,
  type CapacityProviderDocument, type ClusterConfigDocument, type EventBridgeTargetsDocument, type RepositoryDocument, type RunTaskDocument, type ScheduleDocument, type ServiceAccountDocument, type ServiceDocument, type TaskDefinitionDocument,
} from "../documents/index.js";
import { objectValue, type ObjectValue, type Value } from "../values/index.js";
import { ARN_KINDS, type ArnKindName } from "./arn.js";

/** What a place takes. */
export interface Expectation {
  /** The ARN kinds it accepts. */
  readonly kinds: readonly ArnKindName[];
  /** Whether a value that is not an ARN is valid too (a role or parameter name). */
  readonly namesAllowed: boolean;
  /** For messages: "an IAM role ARN (arn:aws:iam::123456789012:role/name)". */
  readonly expected: string;
  /** Whether the ECS agent reads a Secrets Manager reference with `:json-key:version-stage:version-id`. */
  readonly secretReference?: boolean;
  /** What the value is: an ARN (the default), an EFS access point ID, or a credential spec (a prefix and an ARN). */
  readonly form?: "arn" | "access-point-id" | "credential-spec";
}

function describe(kinds: readonly ArnKindName[]): string {
  return kinds.map((kind) => `${ARN_KINDS[kind].label} (${ARN_KINDS[kind].example})`).join(" or ");
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
const CREDENTIAL_SPEC: Expectation = { kinds: ["ssm-parameter", "s3-object"], namesAllowed: false, expected: describe(["ssm-parameter", "s3-object"]), form: "credential-spec" };
const ACCESS_POINT_ID: Expectation = { kinds: [], namesAllowed: true, expected: "an EFS access point ID", form: "access-point-id" };
/** EventBridge's target `RoleArn`: EventBridge assumes the role by its ARN (EventBridge API `Target.RoleArn`). */
const ROLE_ARN: Expectation = { kinds: ["iam-role"], namesAllowed: false, expected: describe(["iam-role"]) };
const TARGET_GROUP: Expectation = { kinds: ["elb-target-group"], namesAllowed: false, expected: describe(["elb-target-group"]) };
const CLUSTER: Expectation = { kinds: ["ecs-cluster"], namesAllowed: true, expected: `${describe(["ecs-cluster"])} or a cluster name` };
/** An EventBridge or Scheduler target that runs ECS tasks names the cluster by its ARN (EventBridge API `Target.Arn`; aws-facts §8.1). */
const CLUSTER_ARN: Expectation = { kinds: ["ecs-cluster"], namesAllowed: false, expected: describe(["ecs-cluster"]) };
const TASK_DEFINITION: Expectation = { kinds: ["ecs-task-definition"], namesAllowed: true, expected: `${describe(["ecs-task-definition"])}, or family:revision` };
const AUTO_SCALING_GROUP: Expectation = { kinds: ["autoscaling-group"], namesAllowed: true, expected: `${describe(["autoscaling-group"])} or an Auto Scaling group name` };
const KMS_KEY: Expectation = { kinds: ["kms-key", "kms-alias"], namesAllowed: true, expected: `${describe(["kms-key", "kms-alias"])}, a key ID or an alias name` };
/** App Runner's `EncryptionConfiguration.KmsKey`: a key ARN only (App Runner API `KmsKeyArn` pattern, `…:kms:<region>:<account>:key/<uuid>`). */
const KMS_KEY_ARN: Expectation = { kinds: ["kms-key"], namesAllowed: false, expected: describe(["kms-key"]) };
/** An App Runner resource given by its ARN (App Runner API `AppRunnerResourceArn`). */
function appRunnerArn(kind: ArnKindName): Expectation {
  return { kinds: [kind], namesAllowed: false, expected: describe([kind]) };
}
const APPRUNNER_SERVICE = appRunnerArn("apprunner-service");
const VPC_CONNECTOR = appRunnerArn("apprunner-vpc-connector");
const AUTO_SCALING_CONFIGURATION = appRunnerArn("apprunner-auto-scaling-configuration");
const OBSERVABILITY_CONFIGURATION = appRunnerArn("apprunner-observability-configuration");
const CONNECTION = appRunnerArn("apprunner-connection");

/** The IRSA annotation on a ServiceAccount (aws/amazon-eks-pod-identity-webhook `pkg/constants.go`: prefix `eks.amazonaws.com`, `role-arn`). */
export const IRSA_ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";

/** Called for each place that may hold an ARN: its value, how messages name it, and what it takes. */
export type ArnVisitor = (value: Value | undefined, key: string, expectation: Expectation) => void;

/**
 * The object items of a list member with the path messages name them by
 * (`loadBalancers[0]`, `Secrets[2]`): the index is the item's place in the
 * list as written. Keys are spelt only for lists that have items (most have none).
 */
function indexedObjects(object: ObjectValue, apiName: string): Array<readonly [string, ObjectValue]> {
  const list = object.get(apiName);
  if (list?.kind !== "array" || list.objects.length === 0) return [];
  const key = object.keyName(apiName);
  const found: Array<readonly [string, ObjectValue]> = [];
  list.items.forEach((item, index) => {
    if (item.kind === "object") found.push([`${key}[${index}]`, item]);
  });
  return found;
}

export function taskDefinitionArns(document: TaskDefinitionDocument, visit: ArnVisitor): void {
  const task = document.task;
  if (task) {
    visit(task.get("taskRoleArn"), task.keyName("taskRoleArn"), ROLE);
    visit(task.get("executionRoleArn"), task.keyName("executionRoleArn"), ROLE);
    for (const volume of document.volumes) volumeArns(volume, visit);
  }
  for (const container of document.containers) containerArns(container, visit);
}

function containerArns(container: ObjectValue, visit: ArnVisitor): void {
  // Keys for messages are looked up only for lists that have items (most containers have no secrets).
  for (const [at, secret] of indexedObjects(container, "secrets")) visit(secret.get("valueFrom"), `${at}.${secret.keyName("valueFrom")}`, SECRET_REFERENCE);
  const logConfiguration = objectValue(container.get("logConfiguration"));
  if (logConfiguration) for (const [at, secret] of indexedObjects(logConfiguration, "secretOptions")) visit(secret.get("valueFrom"), `${at}.${secret.keyName("valueFrom")}`, SECRET_REFERENCE);
  const credentials = objectValue(container.get("repositoryCredentials"));
  if (credentials) visit(credentials.get("credentialsParameter"), `${container.keyName("repositoryCredentials")}.${credentials.keyName("credentialsParameter")}`, REGISTRY_CREDENTIALS);
  for (const [at, file] of indexedObjects(container, "environmentFiles")) visit(file.get("value"), `${at}.${file.keyName("value")}`, ENVIRONMENT_FILE);
  const specs = container.get("credentialSpecs");
  if (specs?.kind === "array") specs.items.forEach((spec, index) => visit(spec, `${container.keyName("credentialSpecs")}[${index}]`, CREDENTIAL_SPEC));
}

function volumeArns(volume: ObjectValue, visit: ArnVisitor): void {
  const efs = objectValue(volume.get("efsVolumeConfiguration"));
  const efsAuthorization = objectValue(efs?.get("authorizationConfig"));
  if (efsAuthorization) visit(efsAuthorization.get("accessPointId"), `${efs!.keyName("authorizationConfig")}.${efsAuthorization.keyName("accessPointId")}`, ACCESS_POINT_ID);
  const fsx = objectValue(volume.get("fsxWindowsFileServerVolumeConfiguration"));
  const fsxAuthorization = objectValue(fsx?.get("authorizationConfig"));
  if (fsxAuthorization) visit(fsxAuthorization.get("credentialsParameter"), `${fsx!.keyName("authorizationConfig")}.${fsxAuthorization.keyName("credentialsParameter")}`, FSX_CREDENTIALS);
}

export function serviceArns(document: ServiceDocument, visit: ArnVisitor): void {
  const service = document.object;
  visit(service.get("role"), service.keyName("role"), ROLE);
  visit(service.get("taskDefinition"), service.keyName("taskDefinition"), TASK_DEFINITION);
  visit(service.get("cluster"), service.keyName("cluster"), CLUSTER);
  for (const [at, balancer] of indexedObjects(service, "loadBalancers")) {
    visit(balancer.get("targetGroupArn"), `${at}.${balancer.keyName("targetGroupArn")}`, TARGET_GROUP);
    const advanced = objectValue(balancer.get("advancedConfiguration"));
    if (advanced) {
      const advancedKey = `${at}.${balancer.keyName("advancedConfiguration")}`;
      visit(advanced.get("alternateTargetGroupArn"), `${advancedKey}.${advanced.keyName("alternateTargetGroupArn")}`, TARGET_GROUP);
    }
  }
}

export function runTaskArns(document: RunTaskDocument, visit: ArnVisitor): void {
  const input = document.object;
  if (document.form === "run-task") {
    visit(input.get("taskDefinition"), input.keyName("taskDefinition"), TASK_DEFINITION);
    visit(input.get("cluster"), input.keyName("cluster"), CLUSTER);
  }
  const overrides = document.overrides;
  if (overrides) taskOverrideArns(overrides, document.form === "run-task" ? `${input.keyName("overrides")}.` : "", visit);
}

export function capacityProviderArns(document: CapacityProviderDocument, visit: ArnVisitor): void {
  const provider = document.autoScalingGroupProvider;
  if (provider) visit(provider.get("autoScalingGroupArn"), `${document.object.keyName("autoScalingGroupProvider")}.${provider.keyName("autoScalingGroupArn")}`, AUTO_SCALING_GROUP);
}

export function eventBridgeTargetArns(document: EventBridgeTargetsDocument, source: string, visit: ArnVisitor): void {
  for (const target of document.ecsTargets) {
    visit(target.get("Arn"), target.keyName("Arn"), CLUSTER_ARN);
    visit(target.get("RoleArn"), target.keyName("RoleArn"), ROLE_ARN);
    ecsTargetArns(target, "", source, visit);
  }
}

export function scheduleArns(document: ScheduleDocument, source: string, visit: ArnVisitor): void {
  const target = document.ecsTarget;
  if (target === undefined) return;
  const targetKey = document.object.keyName("Target");
  visit(target.get("Arn"), `${targetKey}.${target.keyName("Arn")}`, CLUSTER_ARN);
  ecsTargetArns(target, `${targetKey}.`, source, visit);
}

export function repositoryArns(document: RepositoryDocument, visit: ArnVisitor): void {
  const encryption = objectValue(document.object.get("encryptionConfiguration"));
  if (encryption) visit(encryption.get("kmsKey"), `${document.object.keyName("encryptionConfiguration")}.${encryption.keyName("kmsKey")}`, KMS_KEY);
}

/** A ServiceAccount's IRSA role (custom resources of the same kind name are not judged). */
export function serviceAccountArns(document: ServiceAccountDocument, visit: ArnVisitor): void {
  if (!document.builtIn) return;
  const role = document.annotation(IRSA_ROLE_ANNOTATION);
  if (role !== undefined) visit(role, `${document.label} annotation ${IRSA_ROLE_ANNOTATION}`, ROLE);
}

export function clusterConfigArns(document: ClusterConfigDocument, visit: ArnVisitor): void {
  const iam = document.iam;
  if (iam) {
    visit(iam.get("serviceRoleARN"), "iam.serviceRoleARN", ROLE);
    visit(iam.get("fargatePodExecutionRoleARN"), "iam.fargatePodExecutionRoleARN", ROLE);
    for (const [at, account] of indexedObjects(iam, "serviceAccounts")) visit(account.get("attachRoleARN"), `iam.${at}.attachRoleARN`, ROLE);
    associationArns(iam, "iam.", visit);
  }
  for (const [at, addon] of indexedObjects(document.root, "addons")) {
    visit(addon.get("serviceAccountRoleARN"), `${at}.serviceAccountRoleARN`, ROLE);
    associationArns(addon, `${at}.`, visit);
  }
  for (const group of document.nodeGroups) {
    visit(objectValue(group.object.get("iam"))?.get("instanceRoleARN"), `${group.path}.iam.instanceRoleARN`, ROLE);
    visit(group.object.get("volumeKmsKeyID"), `${group.path}.volumeKmsKeyID`, KMS_KEY);
    const targetGroups = group.object.get("targetGroupARNs");
    if (targetGroups?.kind === "array") targetGroups.items.forEach((item, index) => visit(item, `${group.path}.targetGroupARNs[${index}]`, TARGET_GROUP));
  }
  for (const [at, profile] of indexedObjects(document.root, "fargateProfiles")) visit(profile.get("podExecutionRoleARN"), `${at}.podExecutionRoleARN`, ROLE);
  visit(objectValue(document.root.get("secretsEncryption"))?.get("keyARN"), "secretsEncryption.keyARN", KMS_KEY);
}

/** The role ARNs of `podIdentityAssociations` (the cluster's `iam`, or an addon's). */
function associationArns(holder: ObjectValue, prefix: string, visit: ArnVisitor): void {
  for (const [at, association] of indexedObjects(holder, "podIdentityAssociations")) {
    visit(association.get("roleARN"), `${prefix}${at}.roleARN`, ROLE);
    visit(association.get("targetRoleARN"), `${prefix}${at}.targetRoleARN`, ROLE);
  }
}

/** A task override (`overrides` of run-task input, an `--overrides` file, a target's `Input`): its roles. */
function taskOverrideArns(overrides: ObjectValue, keyPrefix: string, visit: ArnVisitor): void {
  visit(overrides.get("taskRoleArn"), `${keyPrefix}${overrides.keyName("taskRoleArn")}`, ROLE);
  visit(overrides.get("executionRoleArn"), `${keyPrefix}${overrides.keyName("executionRoleArn")}`, ROLE);
}

/** The members of an EventBridge or Scheduler target that runs ECS tasks: the task definition, and the task override in `Input`. */
function ecsTargetArns(target: ObjectValue, keyPrefix: string, source: string, visit: ArnVisitor): void {
  const parameters = ecsParameters(target);
  if (parameters) visit(parameters.get("TaskDefinitionArn"), `${keyPrefix}${target.keyName("EcsParameters")}.${parameters.keyName("TaskDefinitionArn")}`, TASK_DEFINITION);
  // For ECS targets, `Input` is the RunTask overrides as JSON text (`{"containerOverrides": […]}`).
  const overrides = targetTaskOverride(target, source);
  if (overrides) taskOverrideArns(overrides, `${keyPrefix}${target.keyName("Input")}.`, visit);
}

/** An App Runner service's roles, connection, VPC connector, configurations, KMS key and secrets. */
export function appRunnerServiceArns(document: AppRunnerServiceDocument, visit: ArnVisitor): void {
  const object = document.object;
  if (document.form === "update") visit(object.get("ServiceArn"), object.keyName("ServiceArn"), APPRUNNER_SERVICE);
  const authentication = document.authenticationConfiguration;
  if (authentication) {
    const at = authentication.parent?.kind === "member" ? authentication.parent.key : "AuthenticationConfiguration";
    visit(authentication.get("AccessRoleArn"), `${at}.${authentication.keyName("AccessRoleArn")}`, ROLE_ARN);
    visit(authentication.get("ConnectionArn"), `${at}.${authentication.keyName("ConnectionArn")}`, CONNECTION);
  }
  nestedArn(document.instanceConfiguration, "InstanceRoleArn", ROLE_ARN, visit);
  nestedArn(document.egressConfiguration, "VpcConnectorArn", VPC_CONNECTOR, visit);
  nestedArn(document.observabilityConfiguration, "ObservabilityConfigurationArn", OBSERVABILITY_CONFIGURATION, visit);
  nestedArn(document.encryptionConfiguration, "KmsKey", KMS_KEY_ARN, visit);
  visit(object.get("AutoScalingConfigurationArn"), object.keyName("AutoScalingConfigurationArn"), AUTO_SCALING_CONFIGURATION);
  // describe-service output names the configuration in its summary.
  if (document.form === "describe") nestedArn(objectValue(object.get("AutoScalingConfigurationSummary")), "AutoScalingConfigurationArn", AUTO_SCALING_CONFIGURATION, visit);
  for (const secret of document.secrets) visitSecret(secret, "Value", visit);
}

/** `apprunner.yaml`: `run.secrets[].value-from`. */
export function appRunnerConfigArns(document: AppRunnerConfigDocument, visit: ArnVisitor): void {
  for (const secret of document.secrets) visitSecret(secret, "value-from", visit, "run.");
}

/** A member of an object, named with the object's own key (`InstanceConfiguration.InstanceRoleArn`). */
function nestedArn(holder: ObjectValue | undefined, apiName: string, expectation: Expectation, visit: ArnVisitor): void {
  if (holder === undefined) return;
  const at = holder.parent?.kind === "member" ? `${holder.parent.key}.` : "";
  visit(holder.get(apiName), `${at}${holder.keyName(apiName)}`, expectation);
}

/** A secret's source: a map member (`RuntimeEnvironmentSecrets.DB_PASSWORD`) or a list item's value (`RuntimeEnvironmentSecrets[0].Value`, `run.secrets[0].value-from`). */
function visitSecret(secret: AppRunnerVariable, valueKey: string, visit: ArnVisitor, prefix = ""): void {
  if (secret.entry) {
    visit(secret.value, `${prefix}${secret.key}.${secret.entry.key}`, SECRET_REFERENCE);
    return;
  }
  const item = secret.item;
  if (item?.parent?.kind !== "item") return;
  visit(secret.value, `${prefix}${secret.key}[${item.parent.index}].${item.keyName(valueKey)}`, SECRET_REFERENCE);
}
