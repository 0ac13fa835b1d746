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
import { createRule } from "../create-rule.js";
import { classifyValue, credentialIn, isSecretName } from "../facts/secrets.js";
import { targetTaskOverride } from "../documents/index.js";
import { itemLabel, literalString, objectItems, stringValue, type ObjectValue } from "../values/index.js";

type Options = [{ allowedNames?: readonly string[] }];

type MessageId = "credentialValue" | "secretName" | "templatedSecretName" | "overrideCredentialValue" | "overrideSecretName" | "overrideTemplatedSecretName";

/** Where variables are read from, and the message ids and data that say so. */
interface Holder {
  readonly credential: MessageId;
  readonly secretName: MessageId;
  readonly templated: MessageId;
  readonly data: () => Record<string, string>;
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
    const allowed = new Set(context.options[0]?.allowedNames ?? []);
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const holder: Holder = {
            credential: "credentialValue",
            secretName: "secretName",
            templated: "templatedSecretName",
            data: () => ({ container: itemLabel(container), secrets: container.keyName("secrets"), environment: container.keyName("environment") }),
          };
          for (const variable of objectItems(container.get("environment"))) check(holder, variable);
        }
      },
      "ecs-run-task"(document) {
        checkOverrides(document.containerOverrides, "run-task input");
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) checkTargetInput(target, "EventBridge target");
      },
      "scheduler-schedule"(document) {
        const target = document.ecsTarget;
        if (target) checkTargetInput(target, "Scheduler schedule");
      },
    };

    /** The `Input` of a target that runs ECS tasks: the task override as JSON text. */
    function checkTargetInput(target: ObjectValue, source: string): void {
      const overrides = targetTaskOverride(target, context.source);
      if (overrides) checkOverrides(objectItems(overrides.get("containerOverrides")), source);
    }

    function checkOverrides(overrides: readonly ObjectValue[], source: string): void {
      for (const override of overrides) {
        const holder: Holder = {
          credential: "overrideCredentialValue",
          secretName: "overrideSecretName",
          templated: "overrideTemplatedSecretName",
          data: () => ({ container: itemLabel(override), source }),
        };
        for (const variable of objectItems(override.get("environment"))) check(holder, variable);
      }
    }

    function check(holder: Holder, variable: ObjectValue): void {
      const nameValue = variable.get("name");
      const value = variable.get("value");
      // CloudFormation converts a number to the string it writes (`Value: 123456`); elsewhere a number is valid-schema's business.
      const cloudFormationNumber = value?.kind === "number" && value.style === "cloudformation" ? String(value.value) : undefined;
      if (value === undefined || (value.kind !== "string" && !(value.kind === "unknown" && value.reason === "placeholder") && cloudFormationNumber === undefined)) return;
      const name = literalString(nameValue);
      // The variable's name (a templated one as written), never its value; built only for a report.
      const data = () => {
        const templatedName = stringValue(nameValue)?.value;
        return { name: templatedName === undefined ? itemLabel(variable) : JSON.stringify(templatedName), ...holder.data() };
      };
      const text = stringValue(value);
      // Placeholders become holes, so only the literal text is judged; a value that is a bare placeholder has none.
      const holed = text ? text.holed : cloudFormationNumber;
      const credential = holed === undefined ? undefined : credentialIn(holed);
      if (credential !== undefined) {
        context.report(value, holder.credential, { ...data(), credential });
        return;
      }
      if (name === undefined || allowed.has(name) || !isSecretName(name)) return;
      if (holed !== undefined && classifyValue(holed) !== "other") return;
      const templated = text === undefined ? cloudFormationNumber === undefined : text.literal === undefined;
      context.report(nameValue!, templated ? holder.templated : holder.secretName, data());
    }
  },
});
