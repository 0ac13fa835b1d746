/**
 * ecs-logging: containers without `logConfiguration`.
 *
 * Without a log configuration a container's output goes to the container
 * instance's Docker default log driver (usually `json-file` on the instance's
 * disk) on EC2, and is not collected at all on Fargate.
 * Covers Security Hub ECS.9 / Control Tower CT.ECS.PR.5 / cdk-nag AwsSolutions-ECS7.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9
 */
import { createRule } from "../create-rule.js";
import { isMissing, itemLabel } from "../values/index.js";

export default createRule({
  name: "ecs-logging",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a log configuration (`logConfiguration`) on every container so its output is collected.",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.9, CT.ECS.PR.5, cdk-nag AwsSolutions-ECS7",
    },
    messages: {
      missing:
        'Container {{container}} has no {{key}}, so its output stays on the container instance (EC2) or is not collected at all (Fargate); send it to CloudWatch Logs with log driver "awslogs" or to a FireLens log router.',
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          if (!isMissing(container.get("logConfiguration"))) continue;
          context.reportMissing(container, "missing", { container: itemLabel(container), key: container.keyName("logConfiguration") });
        }
      },
    };
  },
});

