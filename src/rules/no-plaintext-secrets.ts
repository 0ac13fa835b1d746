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
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { classifyValue, credentialIn, isSecretName } from "../facts/secrets.js";
import { targetTaskOverride } from "../documents/index.js";
import { itemLabel, literalString, objectItems, stringValue, type ObjectValue } from "../values/index.js";

type Options = [{ allowedNames?: readonly string[] }];

type MessageId = "credentialValue" | "secretName" | "templatedSecretName" | "overrideCredentialValue" | "overrideSecretName" | "overrideTemplatedSecretName";

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
type Context = RuleContext<MessageId, Options>;

/** The message ids for variables of one kind of holder: a task definition's container, or a container override. */
interface HolderMessages {
  readonly credential: MessageId;
  readonly secretName: MessageId;
  readonly templated: MessageId;
}

const CONTAINER_MESSAGES: HolderMessages = { credential: "credentialValue", secretName: "secretName", templated: "templatedSecretName" };
const OVERRIDE_MESSAGES: HolderMessages = { credential: "overrideCredentialValue", secretName: "overrideSecretName", templated: "overrideTemplatedSecretName" };

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
}

function holderData(holder: Holder): Record<string, string> {
  const container = itemLabel(holder.object);
  if (holder.source !== undefined) return { container, source: holder.source };
  return { container, secrets: holder.object.keyName("secrets"), environment: holder.object.keyName("environment") };
}

export default createRule<MessageId, Options>({
  name: "no-plaintext-secrets",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in plain container environment variables; pass them through `secrets` instead.",
      level: "error",
      platforms: ["ecs"],
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
  const credential = holed === undefined ? undefined : credentialIn(holed);
  if (credential !== undefined) {
    context.report(value, holder.messages.credential, { ...variableData(holder, variable), credential });
    return;
  }
  if (name === undefined || !isSecretName(name) || (context.options[0]?.allowedNames ?? []).includes(name)) return;
  if (holed !== undefined && classifyValue(holed) !== "other") return;
  const templated = text === undefined ? cloudFormationNumber === undefined : text.literal === undefined;
  context.report(nameValue!, templated ? holder.messages.templated : holder.messages.secretName, variableData(holder, variable));
}

/** The variable's name (a templated one as written), never its value, and where it is. */
function variableData(holder: Holder, variable: ObjectValue): Record<string, string> {
  const templatedName = stringValue(variable.get("name"))?.value;
  return { name: templatedName === undefined ? itemLabel(variable) : JSON.stringify(templatedName), ...holderData(holder) };
}
