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
  const config = readFileSync(`${examples}eslint.config.js`, "utf8");
  expect(config).toContain("...awsContainers.configs.recommended");
  expect(config).toContain('settings: { "aws-containers": { project: [`${import.meta.dirname}/**/*.{json,yaml}`] } }');
});

it("reports the examples' problems, and nothing on their unrelated files", async () => {
  const settings = { "aws-containers": { project: [`${examples}**/*.{json,yaml}`] } };
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { settings }] });
  const results = await eslint.lintFiles(["."]);
  const found = results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(examples.length)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
    .sort();
  expect(found).toMatchInlineSnapshot(`
    [
      "cloudformation/web-stack.yaml:49:16 aws-containers/ecs-service-network-configuration",
      "cloudformation/web-stack.yaml:71:22 aws-containers/ecs-autoscaling-policy",
      "cloudformation/web-stack.yaml:77:32 aws-containers/schedule-expression",
      "cloudformation/web-stack.yaml:89:31 aws-containers/ecs-service-public-ip",
      "ecr/cloudformation.yaml:20:45 aws-containers/ecr-lifecycle-policy",
      "ecr/cloudformation.yaml:30:24 aws-containers/ecr-no-public-access",
      "ecr/registry-scanning.json:3:3 aws-containers/ecr-scan-on-push",
      "ecr/web-lifecycle-policy.json:3:59 aws-containers/ecr-lifecycle-policy",
      "ecr/web-repository.json:3:25 aws-containers/ecr-immutable-tags",
      "ecr/web-repository.json:4:49 aws-containers/ecr-scan-on-push",
      "ecs/capacity-provider.json:5:35 aws-containers/ecs-capacity-provider-managed-scaling",
      "ecs/capacity-provider.json:6:37 aws-containers/ecs-capacity-provider-managed-scaling",
      "ecs/clusters.yaml:14:1 aws-containers/ecs-cluster-capacity-providers",
      "ecs/clusters.yaml:17:12 aws-containers/ecs-cluster-container-insights",
      "ecs/postgres.json:12:16 aws-containers/persistent-storage",
      "ecs/postgres.json:14:33 aws-containers/readonly-root-filesystem",
      "ecs/scaling/nightly-report-schedule.json:12:20 aws-containers/valid-schema",
      "ecs/scaling/nightly-report-schedule.json:8:5 aws-containers/ecs-scheduled-task",
      "ecs/scaling/worker-scaling.yaml:25:3 aws-containers/ecs-autoscaling-policy",
      "ecs/scaling/worker-scaling.yaml:32:16 aws-containers/schedule-expression",
      "ecs/scaling/worker-scaling.yaml:3:13 aws-containers/ecs-autoscaling-ec2-capacity",
      "ecs/scaling/worker-scaling.yaml:5:14 aws-containers/ecs-autoscaling-target",
      "ecs/services/web-service.json:15:25 aws-containers/ecs-service-public-ip",
      "ecs/services/web-service.json:18:3 aws-containers/ecs-service-circuit-breaker",
      "ecs/services/web-service.json:7:22 aws-containers/ecs-service-platform-version",
      "ecs/services/web-service.json:9:27 aws-containers/no-classic-load-balancer",
      "ecs/services/worker-service.yaml:6:13 aws-containers/ecs-service-capacity-provider",
      "ecs/services/worker-service.yaml:8:1 aws-containers/ecs-service-network-configuration",
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
