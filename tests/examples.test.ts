/**
 * The README's first command lints examples/: this is what it must show — real
 * problems on the task definitions, at these places, and nothing on the
 * repository's other files (docker-compose, a GitHub workflow, tsconfig,
 * renovate.json). Runs the real ESLint class with the recommended config.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { expect, it } from "vitest";
import plugin from "../src/index.js";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));

it("examples/eslint.config.js spreads the recommended config, as a user would", () => {
  expect(readFileSync(`${examples}eslint.config.js`, "utf8")).toContain("...awsContainers.configs.recommended");
});

it("reports the examples' problems, and nothing on their unrelated files", async () => {
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  const results = await eslint.lintFiles(["."]);
  const found = results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(examples.length)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
    .sort();
  expect(found).toMatchInlineSnapshot(`
    [
      "ecs/postgres.json:12:16 aws-containers/persistent-storage",
      "ecs/postgres.json:14:33 aws-containers/readonly-root-filesystem",
      "ecs/terraform/container-definitions.json:12:136 aws-containers/valid-schema",
      "ecs/terraform/container-definitions.json:3:5 aws-containers/health-check",
      "ecs/terraform/container-definitions.json:3:5 aws-containers/non-root-user",
      "ecs/terraform/container-definitions.json:3:5 aws-containers/readonly-root-filesystem",
      "ecs/terraform/container-definitions.json:4:14 aws-containers/image-ecr-uri",
      "ecs/terraform/container-definitions.json:8:59 aws-containers/valid-schema",
      "ecs/terraform/container-definitions.json:9:31 aws-containers/no-plaintext-secrets",
      "ecs/uploads-efs.yaml:29:22 aws-containers/ecs-efs-volume",
      "ecs/uploads-efs.yaml:30:26 aws-containers/ecs-efs-transit-encryption",
      "ecs/uploads-efs.yaml:30:26 aws-containers/ecs-efs-volume",
      "ecs/web-fargate.json:10:16 aws-containers/image-tag-pinned",
      "ecs/web-fargate.json:12:61 aws-containers/ecs-port-mappings",
      "ecs/web-fargate.json:15:19 aws-containers/no-plaintext-secrets",
      "ecs/web-fargate.json:19:9 aws-containers/ecs-log-configuration",
      "ecs/web-fargate.json:26:20 aws-containers/valid-schema",
      "ecs/web-fargate.json:2:3 aws-containers/ecs-execution-role",
      "ecs/web-fargate.json:2:3 aws-containers/ecs-task-role",
      "ecs/web-fargate.json:6:13 aws-containers/ecs-fargate-task-size",
      "ecs/web-fargate.json:9:7 aws-containers/non-root-user",
      "ecs/web-fargate.json:9:7 aws-containers/readonly-root-filesystem",
      "ecs/worker-ec2.yaml:10:5 aws-containers/valid-schema",
      "ecs/worker-ec2.yaml:13:15 aws-containers/no-privilege-escalation",
      "ecs/worker-ec2.yaml:18:24 aws-containers/ecs-container-references",
      "ecs/worker-ec2.yaml:23:19 aws-containers/no-sensitive-host-mounts",
      "ecs/worker-ec2.yaml:2:1 aws-containers/ecs-network-mode",
      "ecs/worker-ec2.yaml:2:1 aws-containers/ecs-task-role",
      "ecs/worker-ec2.yaml:5:5 aws-containers/ecs-logging",
      "ecs/worker-ec2.yaml:5:5 aws-containers/health-check",
      "ecs/worker-ec2.yaml:5:5 aws-containers/non-root-user",
      "ecs/worker-ec2.yaml:5:5 aws-containers/readonly-root-filesystem",
      "ecs/worker-ec2.yaml:7:13 aws-containers/ecs-container-resources",
      "ecs/worker-ec2.yaml:9:17 aws-containers/no-privileged",
    ]
  `);
});
