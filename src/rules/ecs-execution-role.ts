/**
 * ecs-execution-role: a task definition without `executionRoleArn` where the
 * ECS agent needs one.
 *
 * The task execution role is what the ECS (or Fargate) agent uses for AWS calls
 * made on the task's behalf before and around the containers. It is required
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html):
 * - on Fargate, ECS Managed Instances and external instances, to pull a private
 *   ECR image and to send logs with `awslogs` (on EC2 the container instance
 *   role does both);
 * - on every launch type, for `secrets` and log `secretOptions` (Secrets Manager
 *   or SSM Parameter Store) and for private registry authentication
 *   (`repositoryCredentials`);
 * - for `environmentFiles`: "The Amazon ECS task execution role is required to
 *   use this feature. This allows the container agent to pull the environment
 *   variable file from Amazon S3." (ECS developer guide, taskdef-envfiles
 *   "Required IAM permissions", awsdocs/amazon-ecs-developer-guide; the current
 *   use-environment-file page says the same).
 * RegisterTaskDefinition rejects most of these outright, e.g. "When you are
 * specifying container secrets, you must also specify a value for
 * 'executionRoleArn'." and "Fargate requires task definition to have execution
 * role ARN to support log driver awslogs."
 */
import { createRule } from "../create-rule.js";
import type { TaskDefinitionDocument } from "../documents/index.js";
import { isPrivateEcrReference } from "../facts/images.js";
import { arrayValue, isMissing, itemLabel, literalString, objectValue, type Entry, type ObjectValue, path, stringValue, type Value } from "../values/index.js";

type Reason = "secrets" | "secretOptions" | "repositoryCredentials" | "environmentFiles" | "privateEcrImage" | "awslogs";

export default createRule({
  name: "ecs-execution-role",
  meta: {
    type: "problem",
    docs: {
      description: "Require a task execution role (`executionRoleArn`) where the ECS agent needs one: secrets, private registries, environment files, and private ECR images or `awslogs` off EC2.",
      level: "error",
      platforms: ["ecs"],
      covers: "ECS developer guide, execution role",
    },
    messages: {
      secrets: "Container {{container}} reads {{member}}, which the ECS agent fetches with the task execution role; add {{key}}.",
      secretOptions: "Container {{container}} passes log driver {{member}}, which the ECS agent fetches with the task execution role; add {{key}}.",
      repositoryCredentials:
        "Container {{container}} pulls its image with {{member}}, which the ECS agent reads from Secrets Manager with the task execution role; add {{key}}.",
      environmentFiles: "Container {{container}} loads {{member}} from Amazon S3, which the ECS agent downloads with the task execution role; add {{key}}.",
      privateEcrImage: "Container {{container}} pulls a private Amazon ECR image, which on {{launchType}} needs the task execution role; add {{key}}.",
      awslogs: 'Container {{container}} logs with log driver "awslogs", which on {{launchType}} needs the task execution role to write to CloudWatch Logs; add {{key}}.',
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        // A bare container list has no task level: the role is set elsewhere (Terraform's task definition resource).
        if (!task || !isMissing(task.get("executionRoleArn"))) return;
        const launchType = agentLaunchType(document);
        // One report per task definition, on the first thing in a container that needs the role (what the
        // message is about); the fix is a task-level member, which the message names.
        for (const container of document.containers) {
          const reason = reasonOf(container, launchType !== undefined);
          if (reason === undefined) continue;
          context.report(reason.at, reason.id, {
            container: itemLabel(container),
            member: reason.member,
            key: task.keyName("executionRoleArn"),
            ...(launchType ? { launchType } : {}),
          });
          return;
        }
      },
    };
  },
});

/**
 * The launch type on which image pulls and awslogs need the execution role, as
 * messages name it; undefined when the task may only run on EC2 or the launch
 * types cannot be read.
 */
function agentLaunchType(document: TaskDefinitionDocument): string | undefined {
  if (document.fargate === true) return "Fargate";
  if (document.managedInstances === true) return "ECS Managed Instances";
  if (document.external === true) return "external instances";
  return undefined;
}

/** The first thing in a container that needs the execution role. */
function reasonOf(container: ObjectValue, agentNeedsRoleForPulls: boolean): { id: Reason; member: string; at: Value | Entry } | undefined {
  const secrets = container.entry("secrets");
  if (secrets && nonEmptyList(secrets.value)) return { id: "secrets", member: container.keyName("secrets"), at: secrets };
  const logConfiguration = objectValue(container.get("logConfiguration"));
  const secretOptions = logConfiguration?.entry("secretOptions");
  if (logConfiguration && secretOptions && nonEmptyList(secretOptions.value)) {
    return { id: "secretOptions", member: logConfiguration.keyName("secretOptions"), at: secretOptions };
  }
  const credentials = container.entry("repositoryCredentials");
  if (credentials && objectValue(credentials.value)) return { id: "repositoryCredentials", member: container.keyName("repositoryCredentials"), at: credentials };
  const environmentFiles = container.entry("environmentFiles");
  if (environmentFiles && nonEmptyList(environmentFiles.value)) return { id: "environmentFiles", member: container.keyName("environmentFiles"), at: environmentFiles };
  if (!agentNeedsRoleForPulls) return undefined;
  const image = stringValue(container.get("image"));
  if (image && isPrivateEcrReference(image.holed)) return { id: "privateEcrImage", member: container.keyName("image"), at: image };
  const logDriver = path(container, "logConfiguration", "logDriver");
  if (literalString(logDriver) === "awslogs") return { id: "awslogs", member: container.keyName("logConfiguration"), at: logDriver! };
  return undefined;
}

/** A list known to hold at least one item (an unknown value or an empty list holds none we know of). */
function nonEmptyList(value: Value | undefined): boolean {
  const list = arrayValue(value);
  return list !== undefined && list.items.length > 0;
}

