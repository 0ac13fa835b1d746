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
 */
import { createRule } from "../create-rule.js";
import { classifyValue, credentialIn, isSecretName } from "../facts/secrets.js";
import { itemLabel, literalString, objectItems, stringValue, type ObjectValue } from "../values/index.js";

type Options = [{ allowedNames?: readonly string[] }];

export default createRule<"credentialValue" | "secretName" | "templatedSecretName", Options>({
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
          for (const variable of objectItems(container.get("environment"))) check(container, variable);
        }
      },
    };

    function check(container: ObjectValue, variable: ObjectValue): void {
      const nameValue = variable.get("name");
      const value = variable.get("value");
      if (value === undefined || (value.kind !== "string" && !(value.kind === "unknown" && value.reason === "placeholder"))) return;
      const name = literalString(nameValue);
      // The variable's name (a templated one as written), never its value; built only for a report.
      const data = () => {
        const templatedName = stringValue(nameValue)?.value;
        return {
          name: templatedName === undefined ? itemLabel(variable) : JSON.stringify(templatedName),
          container: itemLabel(container),
          secrets: container.keyName("secrets"),
          environment: container.keyName("environment"),
        };
      };
      const text = stringValue(value);
      // Placeholders become holes, so only the literal text is judged; a value that is a bare placeholder has none.
      const holed = text ? text.holed : undefined;
      const credential = holed === undefined ? undefined : credentialIn(holed);
      if (credential !== undefined) {
        context.report(value, "credentialValue", { ...data(), credential });
        return;
      }
      if (name === undefined || allowed.has(name) || !isSecretName(name)) return;
      if (holed !== undefined && classifyValue(holed) !== "other") return;
      const templated = text === undefined || text.literal === undefined;
      context.report(nameValue!, templated ? "templatedSecretName" : "secretName", data());
    }
  },
});
