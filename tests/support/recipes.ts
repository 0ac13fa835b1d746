/**
 * What the tests of the README's tool recipes (pre-commit, lint-staged, partial
 * runs) commit: a task definition and its service that pass `recommended` with
 * no report, the same task definition with a privileged container, and one
 * changed to EC2 only, which the service (on Fargate) no longer fits. And the
 * README's code blocks themselves, so the recipes tested are the ones printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./packed.js";

export const GOOD_TASK_DEFINITION = `{
  "family": "web",
  "taskRoleArn": "arn:aws:iam::111122223333:role/web-task",
  "executionRoleArn": "arn:aws:iam::111122223333:role/web-execution",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2",
      "essential": true,
      "user": "1000:1000",
      "readonlyRootFilesystem": true,
      "portMappings": [{ "containerPort": 8080 }],
      "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"] },
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/web", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web" }
      }
    }
  ]
}
`;

/** no-privileged at 14:21. */
export const BAD_TASK_DEFINITION = GOOD_TASK_DEFINITION.replace('"essential": true,\n', '"essential": true,\n      "privileged": true,\n');

/** Clean by itself; its service, on Fargate, gets ecs-service-task-compatibility at 6:54. */
export const EC2_TASK_DEFINITION = GOOD_TASK_DEFINITION.replace('"requiresCompatibilities": ["FARGATE"]', '"requiresCompatibilities": ["EC2"]');

export const GOOD_SERVICE = `{
  "cluster": "shop",
  "serviceName": "web",
  "taskDefinition": "web",
  "desiredCount": 2,
  "capacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }],
  "networkConfiguration": {
    "awsvpcConfiguration": { "subnets": ["subnet-0123456789abcdef0"], "securityGroups": ["sg-0123456789abcdef0"], "assignPublicIp": "DISABLED" }
  },
  "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": true, "rollback": true } }
}
`;

/** The README's fenced code block in `language` whose first line is `firstLine` (indented blocks in lists too). */
export function readmeBlock(language: string, firstLine: string): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const match of readme.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)) {
    const indent = match[1]!;
    const text = match[3]!
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n");
    if (match[2] === language && text.startsWith(`${firstLine}\n`)) return text;
  }
  throw new Error(`README.md has no \`\`\`${language} block starting with ${firstLine}`);
}
