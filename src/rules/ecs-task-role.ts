/**
 * ecs-task-role: a task definition without `taskRoleArn`.
 *
 * Without a task role, the containers' AWS SDK calls get no task-scoped
 * credentials: on EC2 (and external instances) they fall back to the container
 * instance's role, shared by every task on the host; on Fargate they get none.
 * Containers that make no AWS calls need no role, so the message is
 * conditional (RULES.md, Decisions, revised). On EC2 a task role does not by
 * itself keep a container from the instance role: the instance metadata stays
 * reachable until it is blocked on the instances, and how depends on the
 * network mode (AWS Knowledge Center, "How can I prevent containers from
 * accessing Amazon EC2 instance metadata in Amazon ECS?",
 * https://repost.aws/knowledge-center/ecs-container-ec2-metadata):
 * - awsvpc tasks: `ECS_AWSVPC_BLOCK_IMDS=true` in /etc/ecs/ecs.config
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ec2-security-considerations.html);
 * - bridge tasks: an iptables rule dropping traffic from the docker0 bridge to
 *   169.254.169.254 (`-A DOCKER-USER -d 169.254.169.254/32 -j DROP`); or IMDSv2
 *   required (`HttpTokens: required`) with a PUT response hop limit of 1, which
 *   keeps IMDSv2 tokens from the extra hop a bridge container sits behind — the
 *   hop limit alone is not enough, since tokenless IMDSv1 requests do not
 *   depend on it (EC2 User Guide, "Configure the Instance Metadata Service
 *   options": the hop limit applies to the PUT token response).
 * The message names the remedy for the task's network mode when it is known
 * (absent on EC2 Linux is bridge), and both otherwise.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html
 */
import { createRule } from "../create-rule.js";
import { isMissing } from "../values/index.js";

/** How to block instance metadata on the instances, by the task's network mode (sources above). */
const BLOCK_METADATA: ReadonlyMap<string, string> = new Map([
  ["awsvpc", "set ECS_AWSVPC_BLOCK_IMDS=true in the agent configuration of the instances"],
  ["bridge", "drop traffic to 169.254.169.254 in the DOCKER-USER iptables chain of the instances (or require IMDSv2 with a hop limit of 1)"],
]);
const BLOCK_METADATA_ANY_MODE =
  "block instance metadata on the instances (ECS_AWSVPC_BLOCK_IMDS=true for awsvpc tasks; for bridge tasks an iptables DOCKER-USER rule dropping 169.254.169.254, or IMDSv2 required with a hop limit of 1)";

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
        "Task definition has no {{key}}, so if its containers call AWS APIs, on EC2 they fall back to the container instance role, shared by every task on the host; add a task role with only the permissions they need, and {{block}}, since a task role alone does not keep a container from the instance role.",
      missingOnFargate: "Task definition has no {{key}}, so if its containers call AWS APIs, on Fargate they get no AWS credentials; add a task role with the permissions they need.",
      missingOnEc2AndFargate:
        "Task definition has no {{key}}, so if its containers call AWS APIs, they get no AWS credentials on Fargate and fall back to the container instance role, shared by every task on the host, on EC2; add a task role with only the permissions they need, and on EC2 {{block}}, since a task role alone does not keep a container from the instance role.",
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
        const mode = document.networkMode;
        const block = (mode === undefined ? undefined : BLOCK_METADATA.get(mode)) ?? BLOCK_METADATA_ANY_MODE;
        context.reportMissing(task, messageId, { key: task.keyName("taskRoleArn"), ...(onHosts ? { block } : {}) });
      },
    };
  },
});
