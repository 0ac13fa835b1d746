/**
 * no-plaintext-secrets: secrets in plain container environment variables.
 *
 * `environment` values are stored and shown in plaintext: in the task
 * definition, in `describe-task-definition` output, in the console, to anyone
 * with `ecs:DescribeTaskDefinition`. Secrets belong in `secrets` (Secrets
 * Manager or SSM Parameter Store), which ECS injects at start.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
 * Security Hub ECS.8, CT.ECS.PR.12, trivy AVD-AWS-0036, kube-linter env-var-secret,
 * Polaris sensitiveContainerEnvVar.
 *
 * Reports a value that is a credential (an AWS access key, a private key, a
 * token format, a password in a URL or connection string) whatever the name,
 * and a secret-looking name whose value is a literal or a placeholder (the
 * rendered value still lands in plaintext) — not when the value is empty, a
 * boolean, an ARN, or a path (a secret file, an SSM parameter name). Never
 * prints a value.
 *
 * The same judgement applies to the environment of container overrides, where
 * tasks are started with one: run-task input (`overrides.containerOverrides`),
 * a bare `--overrides` file, and the `Input` of EventBridge targets and
 * Scheduler schedules that run ECS tasks — for those, `Input` is the RunTask
 * task override as JSON text (`{"containerOverrides": […]}`; the AWS CDK's
 * `EcsTask` target writes it so, aws/aws-cdk `aws-events-targets/lib/ecs-task.ts`;
 * Scheduler converts `Input` to a `TaskOverride` and refuses other JSON), read
 * with positions inside the string. Override values are stored with the target
 * and the task (`describe-tasks` shows `overrides`), and a container override
 * has no `secrets`: the secret belongs in the task definition's `secrets`.
 *
 * Kubernetes: `env[].value` of every container and init container of a
 * workload (kube-linter env-var-secret, Polaris sensitiveContainerEnvVar): the
 * value is plaintext to anyone who can read the object. A value built from
 * other variables (`$(DB_PASSWORD)`, Kubernetes' dependent variables) holds no
 * secret of its own and is judged only on its literal text. The suggestion
 * reads the variable from a Secret (`valueFrom.secretKeyRef`) named after the
 * workload (its `metadata.name`), under the variable's name as key; the Secret
 * is for the user to create. ConfigMap `data` values are judged for credential
 * values only (keys name files and settings, not secrets; Polaris
 * sensitiveConfigmapContent, trivy KSV-0109; kube-linter and checkov have no
 * such check); Secrets are where secrets belong and are not read. Static AWS
 * keys in a pod's environment also come before IRSA and EKS Pod Identity in
 * the SDKs' credential chain (reference/eks-facts.md §3.5).
 *
 * App Runner: the `RuntimeEnvironmentVariables` of a service's
 * `ImageConfiguration` or `CodeConfigurationValues` (a map in the API, a list
 * of `{Name, Value}` in CloudFormation), and `run.env` and `build.env` of
 * `apprunner.yaml`: they are plaintext in the service's configuration
 * (`describe-service` prints them) or in the repository. App Runner reads
 * secrets from Secrets Manager or SSM Parameter Store through
 * `RuntimeEnvironmentSecrets` / `run.secrets`, which take an ARN or, in the
 * same Region, a parameter name
 * (https://docs.aws.amazon.com/apprunner/latest/api/API_ImageConfiguration.html ,
 * https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html).
 * The suggestion moves the variable there, read from an SSM parameter named
 * after the service and the variable (`/web/DB_PASSWORD`), for the user to
 * create; the value leaves the file. The build has no secrets (`build.env`
 * only): the message says to keep the secret out of the build.
 */
import { createRule, type ReportExtras, type RuleContext } from "../create-rule.js";
import { classifyValue, credentialIn, DNS_SUBDOMAIN, hasVariableReference, isSecretName, maskVariableReferences, SECRET_KEY } from "../facts/secrets.js";
import { targetTaskOverride, type WorkloadDocument } from "../documents/index.js";
import { checkAppRunner } from "./no-plaintext-secrets/apprunner.js";
import {
  itemLabel,
  literalString,
  objectItems,
  objectValue,
  renameKey,
  replaceValue,
  stringValue,
  type ObjectValue,
} from "../values/index.js";

export type Options = [{ allowedNames?: readonly string[] }];

export type MessageId =
  | "credentialValue"
  | "secretName"
  | "templatedSecretName"
  | "overrideCredentialValue"
  | "overrideSecretName"
  | "overrideTemplatedSecretName"
  | "podCredentialValue"
  | "podSecretName"
  | "podTemplatedSecretName"
  | "configMapCredential"
  | "useSecretKeyRef"
  | "appRunnerCredentialValue"
  | "appRunnerSecretName"
  | "appRunnerTemplatedSecretName"
  | "appRunnerBuildCredentialValue"
  | "appRunnerBuildSecretName"
  | "useRuntimeSecret";

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
export type Context = RuleContext<MessageId, Options>;

/** The message ids for variables of one kind of holder: a task definition's container, or a container override. */
interface HolderMessages {
  readonly credential: MessageId;
  readonly secretName: MessageId;
  readonly templated: MessageId;
}

const CONTAINER_MESSAGES: HolderMessages = { credential: "credentialValue", secretName: "secretName", templated: "templatedSecretName" };
const OVERRIDE_MESSAGES: HolderMessages = { credential: "overrideCredentialValue", secretName: "overrideSecretName", templated: "overrideTemplatedSecretName" };
const POD_MESSAGES: HolderMessages = { credential: "podCredentialValue", secretName: "podSecretName", templated: "podTemplatedSecretName" };

/**
 * Where variables are read from: a container (`source` undefined) or a container override
 * started from `source` ("run-task input"). One per holder, not per variable; message data
 * is built from it only for a report.
 */
interface Holder {
  readonly context: Context;
  readonly messages: HolderMessages;
  readonly object: ObjectValue;
  readonly source: string | undefined;
  /** For a Kubernetes container: its workload. */
  readonly workload?: WorkloadDocument;
}

function holderData(holder: Holder): Record<string, string> {
  const container = itemLabel(holder.object);
  if (holder.workload !== undefined) return { container, workload: holder.workload.label };
  if (holder.source !== undefined) return { container, source: holder.source };
  return { container, secrets: holder.object.keyName("secrets"), environment: holder.object.keyName("environment") };
}

export default createRule<MessageId, Options>({
  name: "no-plaintext-secrets",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in plain container environment variables and credentials in ConfigMaps; pass them through `secrets`, `secretKeyRef` or `RuntimeEnvironmentSecrets` instead.",
      level: "error",
      platforms: ["ecs", "eks", "apprunner"],
      covers: "Security Hub ECS.8, CT.ECS.PR.12, trivy AVD-AWS-0036, kube-linter env-var-secret, Polaris sensitiveContainerEnvVar",
    },
    messages: {
      credentialValue:
        "Environment variable {{name}} of container {{container}} holds {{credential}} in plaintext; store it in Secrets Manager or SSM Parameter Store, pass it through {{secrets}}, and rotate it.",
      secretName:
        "Environment variable {{name}} of container {{container}} looks like a secret, and {{environment}} values are plaintext in the task definition; pass it through {{secrets}} from Secrets Manager or SSM Parameter Store instead.",
      templatedSecretName:
        "Environment variable {{name}} of container {{container}} looks like a secret, and its templated value still lands in plaintext in the rendered task definition; pass it through {{secrets}} from Secrets Manager or SSM Parameter Store instead.",
      overrideCredentialValue:
        "Environment variable {{name}} of container override {{container}} holds {{credential}} in plaintext; store it in Secrets Manager or SSM Parameter Store, pass it through secrets in the task definition, and rotate it.",
      overrideSecretName:
        "Environment variable {{name}} of container override {{container}} looks like a secret, and override values are plaintext in the {{source}} and in the task's description; pass it through secrets in the task definition, from Secrets Manager or SSM Parameter Store, instead.",
      overrideTemplatedSecretName:
        "Environment variable {{name}} of container override {{container}} looks like a secret, and its templated value still lands in plaintext in the rendered {{source}} and in the task's description; pass it through secrets in the task definition, from Secrets Manager or SSM Parameter Store, instead.",
      podCredentialValue:
        "Environment variable {{name}} of container {{container}} holds {{credential}} in plaintext, readable by anyone who can read {{workload}}; put it in a Secret (or AWS Secrets Manager), read it with valueFrom.secretKeyRef, and rotate it.",
      podSecretName:
        "Environment variable {{name}} of container {{container}} looks like a secret, and env values are plaintext to anyone who can read {{workload}}; read it from a Secret with valueFrom.secretKeyRef instead.",
      podTemplatedSecretName:
        "Environment variable {{name}} of container {{container}} looks like a secret, and its templated value still lands in plaintext in the rendered {{workload}}; read it from a Secret with valueFrom.secretKeyRef instead.",
      configMapCredential:
        "Key {{key}} of {{configMap}} holds {{credential}} in plaintext, readable by anyone who can read ConfigMaps in its namespace; move it to a Secret (or AWS Secrets Manager) and rotate it.",
      useSecretKeyRef: "Read it from key {{key}} of Secret {{secret}} (valueFrom.secretKeyRef), and create that Secret.",
      appRunnerCredentialValue:
        "Environment variable {{name}} of {{service}} holds {{credential}} in plaintext; store it in Secrets Manager or SSM Parameter Store, pass it through {{secrets}}, and rotate it.",
      appRunnerSecretName:
        "Environment variable {{name}} of {{service}} looks like a secret, and {{environment}} values are plaintext in {{where}}; pass it through {{secrets}} from Secrets Manager or SSM Parameter Store instead.",
      appRunnerTemplatedSecretName:
        "Environment variable {{name}} of {{service}} looks like a secret, and its templated value still lands in plaintext in {{where}} once rendered; pass it through {{secrets}} from Secrets Manager or SSM Parameter Store instead.",
      appRunnerBuildCredentialValue:
        "Build variable {{name}} holds {{credential}} in plaintext in the configuration file, and App Runner passes no secrets to the build; remove it, rotate it, and give the application what it needs through run.secrets.",
      appRunnerBuildSecretName:
        "Build variable {{name}} looks like a secret, but build.env values are plaintext in the configuration file and App Runner passes no secrets to the build; keep the secret out of the build and give the application what it needs through run.secrets.",
      useRuntimeSecret: "Read it from SSM parameter {{parameter}} through {{secrets}}, and create that parameter.",
    },
    schema: [
      {
        type: "object",
        properties: {
          allowedNames: { type: "array", items: { type: "string" }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowedNames: [] }],
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const variables = objectItems(container.get("environment"));
          if (variables.length === 0) continue;
          const holder: Holder = { context, messages: CONTAINER_MESSAGES, object: container, source: undefined };
          for (const variable of variables) check(holder, variable);
        }
      },
      "ecs-run-task"(document) {
        checkOverrides(context, document.containerOverrides, "run-task input");
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) checkTargetInput(context, target, "EventBridge target");
      },
      "scheduler-schedule"(document) {
        const target = document.ecsTarget;
        if (target) checkTargetInput(context, target, "Scheduler schedule");
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        for (const container of document.allContainers) {
          const variables = objectItems(container.get("env"));
          if (variables.length === 0) continue;
          const holder: Holder = { context, messages: POD_MESSAGES, object: container, source: undefined, workload: document };
          for (const variable of variables) check(holder, variable);
        }
      },
      "apprunner-service"(document) {
        for (const variable of document.environment) checkAppRunner(context, document, variable, "run");
      },
      "apprunner-config"(document) {
        for (const variable of document.runEnvironment) checkAppRunner(context, document, variable, "run");
        for (const variable of document.buildEnvironment) checkAppRunner(context, document, variable, "build");
      },
      "kubernetes-object"(document) {
        if (document.objectKind !== "ConfigMap" || !document.builtIn) return;
        const data = objectValue(document.root.get("data"));
        if (data === undefined) return;
        for (const entry of data.entries) {
          const text = stringValue(entry.value);
          // In a configuration file, a templated password is filled in by the application (from its environment).
          const credential = text === undefined ? undefined : credentialIn(text.holed, false);
          if (credential !== undefined) context.report(entry.value, "configMapCredential", { key: JSON.stringify(entry.key), configMap: document.label, credential });
        }
      },
    };
  },
});

/** The `Input` of a target that runs ECS tasks: the task override as JSON text. */
function checkTargetInput(context: Context, target: ObjectValue, source: string): void {
  const overrides = targetTaskOverride(target, context.source);
  if (overrides) checkOverrides(context, objectItems(overrides.get("containerOverrides")), source);
}

function checkOverrides(context: Context, overrides: readonly ObjectValue[], source: string): void {
  for (const override of overrides) {
    const holder: Holder = { context, messages: OVERRIDE_MESSAGES, object: override, source };
    for (const variable of objectItems(override.get("environment"))) check(holder, variable);
  }
}

function check(holder: Holder, variable: ObjectValue): void {
  const context = holder.context;
  const nameValue = variable.get("name");
  const value = variable.get("value");
  // CloudFormation converts a number to the string it writes (`Value: 123456`); elsewhere a number is valid-schema's business.
  const cloudFormationNumber = value?.kind === "number" && value.style === "cloudformation" ? String(value.value) : undefined;
  if (value === undefined || (value.kind !== "string" && !(value.kind === "unknown" && value.reason === "placeholder") && cloudFormationNumber === undefined)) return;
  const name = literalString(nameValue);
  const text = stringValue(value);
  // Placeholders become holes, so only the literal text is judged; a value that is a bare placeholder has none.
  const holed = text ? text.holed : cloudFormationNumber;
  // Kubernetes: `$(NAME)` is another variable's value, not this one's text.
  const own = holed !== undefined && holder.workload !== undefined ? maskVariableReferences(holed) : holed;
  const credential = own === undefined ? undefined : credentialIn(own);
  if (credential !== undefined) {
    context.report(value, holder.messages.credential, { ...variableData(holder, variable), credential }, secretKeyRef(holder, variable, name));
    return;
  }
  if (name === undefined || !isSecretName(name) || (context.options[0]?.allowedNames ?? []).includes(name)) return;
  if (holed !== undefined && classifyValue(holed) !== "other") return;
  if (holder.workload !== undefined && holed !== undefined && hasVariableReference(holed)) return;
  const templated = text === undefined ? cloudFormationNumber === undefined : text.literal === undefined;
  context.report(nameValue!, templated ? holder.messages.templated : holder.messages.secretName, variableData(holder, variable), secretKeyRef(holder, variable, name));
}

/**
 * For a Kubernetes variable: the suggestion to read it from a Secret named after
 * the workload, under the variable's name — when both make valid names and the
 * variable has no `valueFrom` already.
 */
function secretKeyRef(holder: Holder, variable: ObjectValue, name: string | undefined): ReportExtras<MessageId> | undefined {
  const secret = holder.workload?.name?.toLowerCase();
  const entry = variable.entry("value");
  if (secret === undefined || name === undefined || entry === undefined || !DNS_SUBDOMAIN.test(secret) || !SECRET_KEY.test(name) || variable.get("valueFrom") !== undefined) return undefined;
  const source = holder.context.source;
  return {
    suggest: [
      {
        messageId: "useSecretKeyRef",
        data: { key: JSON.stringify(name), secret: JSON.stringify(secret) },
        fix: [renameKey(entry, "valueFrom", variable.syntax, source), replaceValue(entry.value, { secretKeyRef: { name: secret, key: name } }, source)],
      },
    ],
  };
}

/** The variable's name (a templated one as written), never its value, and where it is. */
function variableData(holder: Holder, variable: ObjectValue): Record<string, string> {
  const templatedName = stringValue(variable.get("name"))?.value;
  return { name: templatedName === undefined ? itemLabel(variable) : JSON.stringify(templatedName), ...holderData(holder) };
}
