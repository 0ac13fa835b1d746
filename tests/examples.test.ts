/**
 * The README's first command lints examples/: this is what it must show — real
 * problems on the task definitions, at these places, and nothing on the
 * repository's other files (docker-compose, a GitHub workflow, tsconfig,
 * renovate.json). Runs the real ESLint class with the recommended config.
 * The Kubernetes manifests (examples/kubernetes/) are checked file by file below.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));
const KUBERNETES = "kubernetes/";

/** Every example linted once, as the README's command does: `path:line:column rule` per report. */
async function lintExamples(): Promise<string[]> {
  const settings = { "aws-containers": { project: [`${examples}**/*.{json,yaml}`] } };
  const eslint = new ESLint({ cwd: examples, overrideConfigFile: true, overrideConfig: [...plugin.configs.recommended, { settings }] });
  const results = await eslint.lintFiles(["."]);
  return results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(examples.length)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
    .sort();
}

let found: string[] = [];
beforeAll(async () => {
  found = await lintExamples();
});

it("examples/eslint.config.js spreads the recommended config, as a user would", () => {
  const config = readFileSync(`${examples}eslint.config.js`, "utf8");
  expect(config).toContain("...awsContainers.configs.recommended");
  expect(config).toContain('settings: { "aws-containers": { project: [`${import.meta.dirname}/**/*.{json,yaml}`] } }');
});

it("reports the examples' problems, and nothing on their unrelated files", () => {
  expect(found.filter((report) => !report.startsWith(KUBERNETES))).toMatchInlineSnapshot(`
    [
      "apprunner/apprunner.yaml:10:3 aws-containers/apprunner-runtime",
      "apprunner/apprunner.yaml:18:13 aws-containers/no-plaintext-secrets",
      "apprunner/apprunner.yaml:3:10 aws-containers/apprunner-runtime",
      "apprunner/auto-scaling.json:4:14 aws-containers/apprunner-auto-scaling",
      "apprunner/service.json:10:9 aws-containers/apprunner-access-role",
      "apprunner/service.json:15:57 aws-containers/apprunner-instance-size",
      "apprunner/service.json:16:45 aws-containers/apprunner-health-check",
      "apprunner/service.json:17:68 aws-containers/apprunner-vpc-egress",
      "apprunner/service.json:3:3 aws-containers/apprunner-access-role",
      "apprunner/service.json:5:26 aws-containers/image-tag-pinned",
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
      "ecs/web-fargate.json:10:16 aws-containers/ecs-execution-role",
      "ecs/web-fargate.json:10:16 aws-containers/image-tag-pinned",
      "ecs/web-fargate.json:12:61 aws-containers/ecs-port-mappings",
      "ecs/web-fargate.json:15:19 aws-containers/no-plaintext-secrets",
      "ecs/web-fargate.json:19:9 aws-containers/ecs-log-configuration",
      "ecs/web-fargate.json:26:20 aws-containers/valid-schema",
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
      "eksctl/cluster.yaml:11:3 aws-containers/eksctl-iam",
      "eksctl/cluster.yaml:27:21 aws-containers/eksctl-volume-encryption",
      "eksctl/cluster.yaml:29:9 aws-containers/no-classic-load-balancer",
      "eksctl/cluster.yaml:31:14 aws-containers/eksctl-ssh",
      "eksctl/cluster.yaml:37:5 aws-containers/valid-schema",
      "eksctl/cluster.yaml:41:20 aws-containers/eksctl-spot",
      "eksctl/cluster.yaml:46:11 aws-containers/eksctl-fargate-profiles",
      "eksctl/nightly-export.yaml:30:11 aws-containers/eks-fargate-compatibility",
    ]
  `);
});

/**
 * examples/kubernetes: clean files get no report at all; each problem file has
 * one problem, and gets exactly that report, at this place.
 */
const KUBERNETES_CLEAN_FILES = ["namespace.yaml", "web.yaml", "web-config.json", "rbac.yaml", "storage.yaml", "orders-db.yaml", "karpenter.yaml"];

describe("examples/kubernetes", () => {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(`${folder}${entry.name}/`).map((file) => `${entry.name}/${file}`) : [entry.name]));

  it.each(KUBERNETES_CLEAN_FILES)("%s, a clean file, gets no report", (file) => {
    expect(files(`${examples}${KUBERNETES}`)).toContain(file);
    expect(found.filter((report) => report.startsWith(`${KUBERNETES}${file}:`))).toEqual([]);
  });

  it("reports each problem file's one problem", () => {
    // A LoadBalancer Service that gets a Classic Load Balancer; MySQL on emptyDir; a worker that calls SQS and
    // S3 on the default service account; a CronJob on batch/v1beta1 (removed in 1.25); a DaemonSet bound to Fargate.
    expect(found.filter((report) => report.startsWith(KUBERNETES))).toMatchInlineSnapshot(`
      [
        "kubernetes/catalog-db.yaml:79:21 aws-containers/persistent-storage",
        "kubernetes/nightly-cleanup.yaml:11:13 aws-containers/eks-deprecated-api",
        "kubernetes/otel-agent.yaml:37:1 aws-containers/eks-fargate-compatibility",
        "kubernetes/report-worker.yaml:18:5 aws-containers/eks-service-account-role",
        "kubernetes/storefront-service.yaml:10:9 aws-containers/no-classic-load-balancer",
      ]
    `);
  });
});
