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

/**
 * examples/kubernetes: each file and the rules it must get. Clean files (no
 * rules) must get no report at all. A problem file is written to have one
 * problem, and must get at least the rule named for it — once that rule reads
 * Kubernetes manifests (it exists and its `platforms` include "eks"); until
 * then the check is skipped, and says so. After the EKS rules land this can be
 * tightened into a snapshot of exact places, as above.
 */
const KUBERNETES_EXPECTATIONS: Readonly<Record<string, readonly string[]>> = {
  // Clean: a well-configured web tier (IRSA, probes, resources, security context, pinned image, NLB), and what surrounds it.
  "namespace.yaml": [],
  "web.yaml": [],
  "web-config.json": [],
  "rbac.yaml": [],
  "storage.yaml": [],
  "orders-db.yaml": [],
  "karpenter.yaml": [],
  // One problem each.
  "storefront-service.yaml": ["no-classic-load-balancer"], // type: LoadBalancer, no loadBalancerClass, no aws-load-balancer-type: a Classic Load Balancer
  "catalog-db.yaml": ["persistent-storage"], // MySQL keeps /var/lib/mysql on emptyDir, and the StatefulSet has no volumeClaimTemplates
  "report-worker.yaml": ["eks-service-account-role"], // calls SQS and S3 on the default service account (the node's role)
  "nightly-cleanup.yaml": ["eks-deprecated-api"], // batch/v1beta1 CronJob, removed in Kubernetes 1.25
  "otel-agent.yaml": ["eks-fargate-compatibility"], // a DaemonSet bound to Fargate (nodeSelector eks.amazonaws.com/compute-type: fargate)
};

/** True when the rule exists and reads Kubernetes manifests. */
function readsKubernetes(rule: string): boolean {
  return (plugin.rules as Readonly<Record<string, { meta: { docs: { platforms: readonly string[] } } }>>)[rule]?.meta.docs.platforms.includes("eks") ?? false;
}

describe("examples/kubernetes", () => {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(`${folder}${entry.name}/`).map((file) => `${entry.name}/${file}`) : [entry.name]));

  it("has an expectation for every file", () => {
    expect(files(`${examples}${KUBERNETES}`).sort()).toEqual(Object.keys(KUBERNETES_EXPECTATIONS).sort());
  });

  const reportsIn = (file: string): string[] => found.filter((report) => report.startsWith(`${KUBERNETES}${file}:`));
  const rulesIn = (file: string): string[] => reportsIn(file).map((report) => report.slice(report.lastIndexOf(" ") + 1).replace(/^aws-containers\//, ""));

  it.each(Object.entries(KUBERNETES_EXPECTATIONS).filter(([, rules]) => rules.length === 0))("%s gets no report", (file) => {
    expect(reportsIn(file)).toEqual([]);
  });

  for (const [file, rules] of Object.entries(KUBERNETES_EXPECTATIONS).filter(([, expected]) => expected.length > 0)) {
    it(`${file} parses`, () => {
      expect(rulesIn(file)).not.toContain("fatal");
    });
    for (const rule of rules) {
      // Skipped until the rule exists and reads Kubernetes manifests (meta.docs.platforms includes "eks").
      it.skipIf(!readsKubernetes(rule))(`${file} gets ${rule}`, () => {
        expect(rulesIn(file)).toContain(rule);
      });
    }
  }
});
