/**
 * ecs-task-role: a task definition without `taskRoleArn`.
 *
 * Without a task role, the containers' AWS SDK calls get no task-scoped
 * credentials: on EC2 (and external instances) they fall back to the container
 * instance's role, shared by every task on the host; on Fargate they get none.
 * Containers that make no AWS calls need no role, so the message is
 * conditional (RULES.md, Decisions, revised). On EC2 a task role does not by
 * itself keep a container from the instance role: the instance metadata stays
 * reachable unless the agent blocks it (`ECS_AWSVPC_BLOCK_IMDS` for awsvpc
 * tasks) or the metadata hop limit is 1 (bridge tasks).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html
 */
import { createRule } from "../create-rule.js";
import { isMissing } from "../values/index.js";

export default createRule({
  name: "ecs-task-role",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a task role (`taskRoleArn`) so containers get their own AWS permissions.",
      level: "warn",
      platforms: ["ecs"],
      covers: "the notes (task role per task)",
    },
    messages: {
      missingOnEc2:
        "Task definition has no {{key}}, so if its containers call AWS APIs, on EC2 they fall back to the container instance role, shared by every task on the host; add a task role with only the permissions they need, and block instance metadata on the instances (ECS_AWSVPC_BLOCK_IMDS for awsvpc tasks, a metadata hop limit of 1 for bridge tasks), since a task role alone does not keep a container from the instance role.",
      missingOnFargate: "Task definition has no {{key}}, so if its containers call AWS APIs, on Fargate they get no AWS credentials; add a task role with the permissions they need.",
      missingOnEc2AndFargate:
        "Task definition has no {{key}}, so if its containers call AWS APIs, they get no AWS credentials on Fargate and fall back to the container instance role, shared by every task on the host, on EC2; add a task role with only the permissions they need, and on EC2 block instance metadata on the instances (ECS_AWSVPC_BLOCK_IMDS for awsvpc tasks, a metadata hop limit of 1 for bridge tasks), since a task role alone does not keep a container from the instance role.",
      missing: "Task definition has no {{key}}, so if its containers call AWS APIs, they get no task-scoped AWS credentials; add a task role with the permissions they need.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task || !isMissing(task.get("taskRoleArn"))) return;
        const onHosts = document.ec2 === true || document.external === true;
        const onFargate = document.fargate === true;
        const messageId = onHosts && onFargate ? "missingOnEc2AndFargate" : onHosts ? "missingOnEc2" : onFargate ? "missingOnFargate" : "missing";
        context.reportMissing(task, messageId, { key: task.keyName("taskRoleArn") });
      },
    };
  },
});
