/**
 * health-check: long-running containers without a health check.
 *
 * ECS: every essential container (an omitted `essential` means true) without
 * `healthCheck`. Without one, ECS only sees whether the process runs: a hung
 * container stays RUNNING, is never replaced, and `dependsOn … HEALTHY` cannot
 * wait for it. Covers kics "ECS Task Definition HealthCheck Missing".
 * In a CloudFormation resource, `Essential: "true"`/`"false"` are the booleans
 * CloudFormation converts them to (`document.essential` reads them so).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
 */
import { createRule } from "../create-rule.js";
import { isMissing, itemLabel } from "../values/index.js";

export default createRule({
  name: "health-check",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a health check on every essential ECS container so ECS can replace a container that stops working.",
      level: "warn",
      platforms: ["ecs"],
      covers: "kics ECS Task Definition HealthCheck Missing",
    },
    messages: {
      missing:
        "Essential container {{container}} has no {{key}}, so ECS only sees whether its process runs and never replaces a hung container; add a health check command.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          if (document.essential(container) !== true || !isMissing(container.get("healthCheck"))) continue;
          context.reportMissing(container, "missing", { container: itemLabel(container), key: container.keyName("healthCheck") });
        }
      },
    };
  },
});
