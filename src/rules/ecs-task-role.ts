/**
 * ecs-task-role: a task definition without `taskRoleArn`.
 *
 * Without a task role, the containers' AWS SDK calls get no task-scoped
 * credentials: on EC2 (and external instances) they fall back to the container
 * instance's role, shared by every task on the host; on Fargate they get none.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
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
        "Task definition has no {{key}}, so on EC2 its containers fall back to the container instance role, shared by every task on the host; add a task role with only the permissions they need.",
      missingOnFargate: "Task definition has no {{key}}, so on Fargate its containers get no AWS credentials; add a task role with the permissions they need.",
      missing: "Task definition has no {{key}}, so its containers get no task-scoped AWS credentials; add a task role with the permissions they need.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task || !isMissing(task.get("taskRoleArn"))) return;
        const hostLaunch = [document.ec2, document.external];
        const messageId = hostLaunch.includes(true) ? "missingOnEc2" : document.fargate === true ? "missingOnFargate" : "missing";
        context.reportMissing(task, messageId, { key: task.keyName("taskRoleArn") });
      },
    };
  },
});
