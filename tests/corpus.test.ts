/**
 * Every rule over ../shared/corpus: 280 real configuration files from public
 * repositories. Nothing throws; every task definition, and every service,
 * run-task input, capacity provider and ECR policy, is recognized as the kind
 * it is; nothing in the other folders is taken for a document (so, until the
 * other platforms land, nothing there is reported at all).
 * A clone without ../shared skips this file with one line saying so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { documentsOf } from "../src/documents/index.js";
import { jsonParser, yamlParser } from "../src/parsers/index.js";
import plugin from "../src/index.js";

const corpus = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const present = existsSync(corpus);
if (!present) console.log(`corpus tests skipped: ${corpus} not found (it sits beside the repository on CI and in development)`);

const TASK_DEFINITION_FOLDER = "ecs-task-definitions";
const SERVICES_FOLDER = "ecs-services-and-more";
/** What each file of the services folder is, as `kind/form`. */
const SERVICES_FOLDER_KINDS: Readonly<Record<string, readonly string[]>> = {
  "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__config-file-type-file__runtask_firelens.json": ["ecs-run-task/run-task"],
  "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__send-fb-internal-metrics-to-cw__runtask_firelen.json": ["ecs-run-task/run-task"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__capacity-provider-definition.json": ["ecs-capacity-provider/create"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__ecr-policy.json": ["ecr-policy/policy"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition-starter-account.json": ["ecs-service/create"],
  "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__ci__ecs-service-def-daemon.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__ci__overrides.json": ["ecs-run-task/overrides"],
  "kayac__ecspresso__tests__ecs-service-def.json": ["ecs-service/create"],
  "kayac__ecspresso__tests__sv.json": ["ecs-service/create"],
  "trussworks__terraform-aws-ecr-repo__lifecycle-policy.json": ["ecr-lifecycle-policy/policy"],
};
const CLOUDFORMATION_FOLDER = "cloudformation";
/** The resources each template holds, as `kind/form` (file names without their common prefix). */
const CLOUDFORMATION_PREFIX = "aws-cloudformation__aws-cloudformation-templates__";
const CLOUDFORMATION_KINDS: Readonly<Record<string, readonly string[]>> = {
  "AppRunner__AppRunnerServiceFromECR.json": ["apprunner-service/create"],
  "AppRunner__AppRunnerServiceFromECR.yaml": ["apprunner-service/create"],
  "ECS__EC2LaunchType__clusters__private-vpc.json": ["ecs-cluster/create"],
  "ECS__EC2LaunchType__clusters__private-vpc.yaml": ["ecs-cluster/create"],
  "ECS__EC2LaunchType__clusters__public-vpc.json": ["ecs-cluster/create"],
  "ECS__EC2LaunchType__clusters__public-vpc.yaml": ["ecs-cluster/create"],
  "ECS__EC2LaunchType__services__private-service.json": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__EC2LaunchType__services__private-service.yaml": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__EC2LaunchType__services__public-service.json": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__EC2LaunchType__services__public-service.yaml": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__ECS_Schedule_Example.json": ["ecs-cluster/create","ecs-task-definition/register","ecs-service/create","eventbridge-rule/put","eventbridge-targets/put-targets","autoscaling-scalable-target/register","autoscaling-scaling-policy/put"],
  "ECS__ECS_Schedule_Example.yaml": ["ecs-cluster/create","ecs-task-definition/register","ecs-service/create","eventbridge-rule/put","eventbridge-targets/put-targets","autoscaling-scalable-target/register","autoscaling-scaling-policy/put"],
  "ECS__FargateLaunchType__clusters__private-vpc.json": ["ecs-cluster/create"],
  "ECS__FargateLaunchType__clusters__private-vpc.yaml": ["ecs-cluster/create"],
  "ECS__FargateLaunchType__clusters__public-vpc.json": ["ecs-cluster/create"],
  "ECS__FargateLaunchType__clusters__public-vpc.yaml": ["ecs-cluster/create"],
  "ECS__FargateLaunchType__services__private-subnet-private-service.json": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__FargateLaunchType__services__private-subnet-private-service.yaml": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__FargateLaunchType__services__private-subnet-public-service.json": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__FargateLaunchType__services__private-subnet-public-service.yaml": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__FargateLaunchType__services__public-service.json": ["ecs-task-definition/register","ecs-service/create"],
  "ECS__FargateLaunchType__services__public-service.yaml": ["ecs-task-definition/register","ecs-service/create"],
};
const KUBERNETES_FOLDER = "kubernetes";
/** eksctl ClusterConfig files are Kubernetes-shaped (`apiVersion` + `kind`): custom resources, for lookups only. */
const EKSCTL_FOLDER = "eksctl";
/** Folders whose files are documents the plugin reads (and so may get reports). */
const DOCUMENT_FOLDERS = new Set([TASK_DEFINITION_FOLDER, SERVICES_FOLDER, CLOUDFORMATION_FOLDER, KUBERNETES_FOLDER, "apprunner", "odd"]);

function folders(): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function kindsIn(folder: string, file: string): string[] {
  const text = readFileSync(`${corpus}${folder}/${file}`, "utf8");
  const parser = file.endsWith(".json") ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast as never, text).map((document) => `${document.kind}/${document.form}`);
}

describe.skipIf(!present)("corpus", () => {
  it("holds the folders this suite expects", () => {
    expect(folders()).toEqual(["apprunner", "cloudformation", "ecs-services-and-more", "ecs-task-definitions", "eksctl", "helm-templates", "kubernetes", "odd"]);
  });

  it("recognizes every file in the task-definition folder as one task definition", () => {
    const files = readdirSync(`${corpus}${TASK_DEFINITION_FOLDER}`);
    expect(files.length).toBe(58);
    for (const file of files) expect(kindsIn(TASK_DEFINITION_FOLDER, file)[0], file).toMatch(/^ecs-task-definition\//);
    for (const file of files) expect(kindsIn(TASK_DEFINITION_FOLDER, file), file).toHaveLength(1);
  });

  it("recognizes each file of the services folder as the kind it is", () => {
    const files = readdirSync(`${corpus}${SERVICES_FOLDER}`).sort();
    expect(files).toEqual(Object.keys(SERVICES_FOLDER_KINDS).sort());
    const kinds = new Map(Object.entries(SERVICES_FOLDER_KINDS));
    for (const file of files) expect(kindsIn(SERVICES_FOLDER, file), file).toEqual(kinds.get(file));
  });

  it("recognizes the ECS, scaling and EventBridge resources of each CloudFormation template", () => {
    const files = readdirSync(`${corpus}${CLOUDFORMATION_FOLDER}`).sort();
    expect(files.map((file) => file.slice(CLOUDFORMATION_PREFIX.length))).toEqual(Object.keys(CLOUDFORMATION_KINDS).sort());
    const kinds = new Map(Object.entries(CLOUDFORMATION_KINDS));
    for (const file of files) expect(kindsIn(CLOUDFORMATION_FOLDER, file), file).toEqual(kinds.get(file.slice(CLOUDFORMATION_PREFIX.length)));
  });

  it("recognizes every file of the Kubernetes folder as Kubernetes objects, and no Helm template", () => {
    const files = readdirSync(`${corpus}${KUBERNETES_FOLDER}`);
    expect(files.length).toBe(154);
    for (const file of files) {
      const kinds = kindsIn(KUBERNETES_FOLDER, file);
      expect(kinds.length, file).toBeGreaterThan(0);
      for (const kind of kinds) expect(kind, file).toMatch(/^kubernetes-[a-z-]+\/(?:manifest|list-item)$/);
    }
    for (const file of readdirSync(`${corpus}helm-templates`)) expect(kindsIn("helm-templates", file), file).toEqual([]);
  });

  it("reads eksctl ClusterConfig files as eksctl configs", () => {
    const files = readdirSync(`${corpus}${EKSCTL_FOLDER}`);
    expect(files.length).toBe(25);
    for (const file of files) expect(kindsIn(EKSCTL_FOLDER, file), file).toEqual(["eksctl-cluster-config/config"]);
  });

  it("recognizes every file in the App Runner folder as one apprunner.yaml", () => {
    const files = readdirSync(`${corpus}apprunner`);
    expect(files.length).toBe(4);
    for (const file of files) expect(kindsIn("apprunner", file), file).toEqual(["apprunner-config/config"]);
  });

  it("recognizes nothing in the other folders (Helm templates)", () => {
    let checked = 0;
    for (const folder of folders().filter((name) => !DOCUMENT_FOLDERS.has(name) && name !== EKSCTL_FOLDER)) {
      for (const file of readdirSync(`${corpus}${folder}`)) {
        expect(kindsIn(folder, file), `${folder}/${file}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(5);
  });

  it("runs every rule (strict) over every file without a crash, and reports only on the documents it reads", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: plugin.configs.strict, ignore: false });
    const results = await eslint.lintFiles(["."]);
    expect(results.length).toBe(282);
    for (const result of results) {
      const fatal = result.messages.filter((message) => message.fatal);
      expect(fatal, result.filePath).toEqual([]);
      const folder = result.filePath.slice(corpus.length).split("/")[0] ?? "";
      if (!DOCUMENT_FOLDERS.has(folder) && folder !== EKSCTL_FOLDER) expect(result.messages.map((message) => `${message.ruleId}: ${message.message}`), result.filePath).toEqual([]);
    }
  });
});

describe.skipIf(!present)("corpus: services and ECR files", () => {
  it("get these reports with strict, the task definitions serving as the project index — each read and judged true", async () => {
    const settings = { "aws-containers": { project: ["ecs-task-definitions/*.json", `${SERVICES_FOLDER}/*.json`] } };
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: [...plugin.configs.strict, { settings }], ignore: false });
    const results = await eslint.lintFiles([SERVICES_FOLDER]);
    const found = results
      .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(corpus.length + SERVICES_FOLDER.length + 1)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
      .sort();
    // Fargate task with a public IP; rolling services without a circuit breaker; "REPLACE_ME_…" and an
    // 11-digit account in target group ARNs (AWS rejects both); EC2 launch type instead of a capacity
    // provider, and with assignPublicIp ENABLED (ECS rejects it); a "tagged" lifecycle rule without
    // tagPrefixList/tagPatternList (ECR requires one).
    expect(found).toMatchInlineSnapshot(`
      [
        "aws-samples__amazon-ecs-firelens-examples__examples__fluent-bit__config-file-type-file__runtask_firelens.json:7:31 aws-containers/ecs-service-public-ip",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition-starter-account.json:10:5 aws-containers/ecs-service-circuit-breaker",
        "aws-samples__aws-modern-application-workshop__module-2__aws-cli__service-definition.json:5:3 aws-containers/ecs-service-circuit-breaker",
        "kayac__ecspresso__tests__ecs-service-def.json:12:17 aws-containers/ecs-service-capacity-provider",
        "kayac__ecspresso__tests__ecs-service-def.json:26:25 aws-containers/ecs-service-network-configuration",
        "kayac__ecspresso__tests__sv.json:22:25 aws-containers/arn-format",
        "kayac__ecspresso__tests__sv.json:25:17 aws-containers/ecs-service-capacity-provider",
        "kayac__ecspresso__tests__sv.json:37:25 aws-containers/ecs-service-network-configuration",
        "trussworks__terraform-aws-ecr-repo__lifecycle-policy.json:25:22 aws-containers/ecr-lifecycle-policy",
      ]
    `);
  });

  it("the CloudFormation templates get these reports with strict — each read and judged true", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: plugin.configs.strict, ignore: false });
    const results = await eslint.lintFiles([CLOUDFORMATION_FOLDER]);
    const counts = new Map<string, number>();
    for (const result of results) {
      const file = result.filePath.slice(corpus.length + CLOUDFORMATION_FOLDER.length + 1 + CLOUDFORMATION_PREFIX.length);
      for (const message of result.messages) counts.set(`${file} ${message.ruleId ?? "fatal"}`, (counts.get(`${file} ${message.ruleId ?? "fatal"}`) ?? 0) + 1);
    }
    // Clusters without capacity providers or Container Insights; services without a circuit breaker (one
    // on a cluster resolved through !Ref with no default strategy, so on the EC2 launch type); Fargate
    // tasks with public IPs; containers as root, writable, without health checks or logs; EC2 task
    // definitions in bridge mode or without a task role; an untagged busybox image; a scaled EC2 service
    // (its ResourceId a !Join of Refs, resolved in the template) on a cluster without capacity providers.
    expect(Object.fromEntries([...counts].sort())).toMatchInlineSnapshot(`
      {
        "AppRunner__AppRunnerServiceFromECR.json aws-containers/apprunner-health-check": 1,
        "AppRunner__AppRunnerServiceFromECR.yaml aws-containers/apprunner-health-check": 1,
        "ECS__EC2LaunchType__clusters__private-vpc.json aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__EC2LaunchType__clusters__private-vpc.json aws-containers/ecs-cluster-container-insights": 1,
        "ECS__EC2LaunchType__clusters__private-vpc.yaml aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__EC2LaunchType__clusters__private-vpc.yaml aws-containers/ecs-cluster-container-insights": 1,
        "ECS__EC2LaunchType__clusters__public-vpc.json aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__EC2LaunchType__clusters__public-vpc.json aws-containers/ecs-cluster-container-insights": 1,
        "ECS__EC2LaunchType__clusters__public-vpc.yaml aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__EC2LaunchType__clusters__public-vpc.yaml aws-containers/ecs-cluster-container-insights": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/ecs-logging": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/ecs-network-mode": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/health-check": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/non-root-user": 1,
        "ECS__EC2LaunchType__services__private-service.json aws-containers/readonly-root-filesystem": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/ecs-logging": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/ecs-network-mode": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/health-check": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/non-root-user": 1,
        "ECS__EC2LaunchType__services__private-service.yaml aws-containers/readonly-root-filesystem": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/ecs-logging": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/ecs-network-mode": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/health-check": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/non-root-user": 1,
        "ECS__EC2LaunchType__services__public-service.json aws-containers/readonly-root-filesystem": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/ecs-logging": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/ecs-network-mode": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/health-check": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/non-root-user": 1,
        "ECS__EC2LaunchType__services__public-service.yaml aws-containers/readonly-root-filesystem": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-autoscaling-ec2-capacity": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-cluster-container-insights": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-network-mode": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-service-capacity-provider": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/ecs-task-role": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/health-check": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/image-tag-pinned": 1,
        "ECS__ECS_Schedule_Example.json aws-containers/non-root-user": 2,
        "ECS__ECS_Schedule_Example.json aws-containers/readonly-root-filesystem": 2,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-autoscaling-ec2-capacity": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-cluster-container-insights": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-network-mode": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-service-capacity-provider": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/ecs-task-role": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/health-check": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/image-tag-pinned": 1,
        "ECS__ECS_Schedule_Example.yaml aws-containers/non-root-user": 2,
        "ECS__ECS_Schedule_Example.yaml aws-containers/readonly-root-filesystem": 2,
        "ECS__FargateLaunchType__clusters__private-vpc.json aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__FargateLaunchType__clusters__private-vpc.json aws-containers/ecs-cluster-container-insights": 1,
        "ECS__FargateLaunchType__clusters__private-vpc.yaml aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__FargateLaunchType__clusters__private-vpc.yaml aws-containers/ecs-cluster-container-insights": 1,
        "ECS__FargateLaunchType__clusters__public-vpc.json aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__FargateLaunchType__clusters__public-vpc.json aws-containers/ecs-cluster-container-insights": 1,
        "ECS__FargateLaunchType__clusters__public-vpc.yaml aws-containers/ecs-cluster-capacity-providers": 1,
        "ECS__FargateLaunchType__clusters__public-vpc.yaml aws-containers/ecs-cluster-container-insights": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.json aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.json aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.json aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.json aws-containers/readonly-root-filesystem": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.yaml aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.yaml aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.yaml aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__private-subnet-private-service.yaml aws-containers/readonly-root-filesystem": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/ecs-service-public-ip": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.json aws-containers/readonly-root-filesystem": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/ecs-service-public-ip": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__private-subnet-public-service.yaml aws-containers/readonly-root-filesystem": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/ecs-service-public-ip": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__public-service.json aws-containers/readonly-root-filesystem": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/ecs-logging": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/ecs-service-circuit-breaker": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/ecs-service-public-ip": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/health-check": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/non-root-user": 1,
        "ECS__FargateLaunchType__services__public-service.yaml aws-containers/readonly-root-filesystem": 1,
      }
    `);
  });
});

describe.skipIf(!present)("corpus: Kubernetes manifests", () => {
  it("get these reports with strict, by rule — read and judged true (kustomize patches, ConfigMaps, RBAC and custom resources get none)", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: [...plugin.configs.strict, { settings: { "aws-containers": { project: [`${KUBERNETES_FOLDER}/*.yaml`] } } }], ignore: false });
    const results = await eslint.lintFiles([KUBERNETES_FOLDER]);
    const counts = new Map<string, number>();
    let filesWithReports = 0;
    for (const result of results) {
      if (result.messages.length > 0) filesWithReports += 1;
      for (const message of result.messages) counts.set(message.ruleId ?? "fatal", (counts.get(message.ruleId ?? "fatal") ?? 0) + 1);
    }
    // Workshop apps and the EFS CSI driver's manifests: containers without a hardened securityContext,
    // resources or readiness probes, pods on the default service account (or a named one without an
    // IRSA role), two databases on emptyDir, two Jobs without a TTL, untagged busybox images, a MySQL
    // root password in plain env, and the CSI node DaemonSet's host network, privileged mode and kubelet mounts.
    expect({ filesWithReports, ...Object.fromEntries([...counts].sort()) }).toMatchInlineSnapshot(`
      {
        "aws-containers/eks-automount-token": 35,
        "aws-containers/eks-high-availability": 14,
        "aws-containers/eks-job-ttl": 2,
        "aws-containers/eks-resources": 34,
        "aws-containers/eks-service-account-role": 31,
        "aws-containers/health-check": 16,
        "aws-containers/image-tag-pinned": 4,
        "aws-containers/no-host-namespaces": 1,
        "aws-containers/no-plaintext-secrets": 2,
        "aws-containers/no-privilege-escalation": 33,
        "aws-containers/no-privileged": 2,
        "aws-containers/no-sensitive-host-mounts": 4,
        "aws-containers/non-root-user": 32,
        "aws-containers/persistent-storage": 2,
        "aws-containers/readonly-root-filesystem": 30,
        "filesWithReports": 36,
      }
    `);
  });
});

describe.skipIf(!present)("corpus: eksctl ClusterConfig files", () => {
  it("get these reports with strict, by rule — read and judged true against eksctl's code", async () => {
    const eslint = new ESLint({ cwd: corpus, overrideConfigFile: true, overrideConfig: plugin.configs.strict, ignore: false });
    const results = await eslint.lintFiles([EKSCTL_FOLDER]);
    expect(results.length).toBe(25);
    const counts = new Map<string, number>();
    let filesWithReports = 0;
    for (const result of results) {
      if (result.messages.length > 0) filesWithReports += 1;
      for (const message of result.messages) counts.set(message.ruleId ?? "fatal", (counts.get(message.ruleId ?? "fatal") ?? 0) + 1);
    }
    // eksctl's own examples: self-managed groups that managed ones would do, node volumes without
    // volumeEncrypted (the account default decides), SSH open to the internet, addon policies on node
    // roles, clusters without audit logging, nodes in public subnets.
    expect({ filesWithReports, ...Object.fromEntries([...counts].sort()) }).toMatchInlineSnapshot(`
      {
        "aws-containers/arn-format": 2,
        "aws-containers/eksctl-iam": 2,
        "aws-containers/eksctl-logging": 23,
        "aws-containers/eksctl-managed-node-groups": 22,
        "aws-containers/eksctl-private-networking": 57,
        "aws-containers/eksctl-spot": 1,
        "aws-containers/eksctl-ssh": 5,
        "aws-containers/eksctl-volume-encryption": 42,
        "aws-containers/no-classic-load-balancer": 1,
        "filesWithReports": 25,
      }
    `);
  });
});
