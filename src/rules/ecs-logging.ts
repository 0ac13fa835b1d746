/**
 * ecs-logging: containers without `logConfiguration`.
 *
 * Without a log configuration a container's output goes to the container
 * instance's Docker default log driver (usually `json-file` on the instance's
 * disk) on EC2, and is not collected at all on Fargate. The message says which,
 * from the task's launch types (both when it may run on either or they cannot
 * be read). A FireLens log router (a container with `firelensConfiguration`)
 * cannot send its own output to itself: its message offers only `awslogs`, as
 * AWS's FireLens examples configure it
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/firelens-taskdef.html).
 * Covers Security Hub ECS.9 / Control Tower CT.ECS.PR.5 / cdk-nag AwsSolutions-ECS7.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9
 */
import { createRule } from "../create-rule.js";
import type { TaskDefinitionDocument } from "../documents/index.js";
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
      missing: 'Container {{container}} has no {{key}}, so its output {{where}}; send it to CloudWatch Logs with log driver "awslogs" or to a FireLens log router.',
      missingLogRouter:
        'Log router {{container}} has no {{key}}, so its own errors (failed deliveries, retries) {{where}}; send them to CloudWatch Logs with log driver "awslogs".',
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        let launch: Launch | undefined;
        for (const container of document.containers) {
          if (!isMissing(container.get("logConfiguration"))) continue;
          launch ??= launchOf(document);
          const router = !isMissing(container.get("firelensConfiguration"));
          context.reportMissing(container, router ? "missingLogRouter" : "missing", {
            container: itemLabel(container),
            key: container.keyName("logConfiguration"),
            where: (router ? ERRORS_GO : OUTPUT_GOES)[launch],
          });
        }
      },
    };
  },
});

/** Where the task runs: on container instances (EC2, external), on Fargate, or either (or not known). */
type Launch = "hosts" | "fargate" | "either";

function launchOf(document: TaskDefinitionDocument): Launch {
  const onHosts = document.ec2 === true || document.external === true;
  const onFargate = document.fargate === true;
  if (onHosts && !onFargate && document.managedInstances === false) return "hosts";
  if (onFargate && document.ec2 === false && document.external === false && document.managedInstances === false) return "fargate";
  return "either";
}

/** What becomes of the output, in the words of each message (the singular "output", the plural "errors"). */
const OUTPUT_GOES: Readonly<Record<Launch, string>> = {
  hosts: "stays on the container instance",
  fargate: "is not collected at all",
  either: "stays on the container instance (EC2) or is not collected at all (Fargate)",
};
const ERRORS_GO: Readonly<Record<Launch, string>> = {
  hosts: "stay on the container instance",
  fargate: "are not collected at all",
  either: "stay on the container instance (EC2) or are not collected at all (Fargate)",
};

