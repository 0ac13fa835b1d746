// Generates the benchmark corpus: a mixed repository of about 8,300 files — ECS
// task definitions in every form the plugin recognizes (register input,
// describe output, Terraform container lists; JSON and YAML), services,
// clusters, capacity providers, scaling documents, schedules, ECR repositories,
// registry scanning and lifecycle policies (one held in a string); Kubernetes
// manifests (bench/kubernetes.js: web tiers, databases, jobs, ingresses,
// storage, RBAC, DaemonSets, custom resources, a `kind: List` in JSON, and Helm
// chart templates, which are not documents); and the unrelated JSON and YAML a
// real repository holds (package.json, tsconfig, workflows, compose files).
// Deterministic: the same files every run (the Kubernetes files draw from a
// sequence of their own, so the ECS files are the same as before they were added).
// Its problems are about as dense as in real task definitions: `recommended`
// reports 7.4 per task definition file here, 9.6 on the 58 public task
// definitions in ../shared/corpus (mostly warnings: root user, writable root
// file system, no health check).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { kubernetesFiles, kubernetesRandom } from "./kubernetes.js";

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const COPIES = 300;

let seed = 42;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const IMAGES = ["nginx:1.27", "postgres:16.4", "redis:7", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2", "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "busybox:latest", "mongo"];

function container(index) {
  return {
    name: `app-${index}`,
    image: pick(IMAGES),
    essential: index === 0,
    cpu: pick([0, 128, 256]),
    memory: pick([256, 512, 1024]),
    portMappings: [{ containerPort: 8000 + index, hostPort: pick([0, 8000 + index, 80]), protocol: "tcp" }],
    // Mostly ordinary settings; one container in ten leaks a secret, as real repositories sometimes do.
    environment: [
      ...Array.from({ length: 3 + Math.floor(random() * 8) }, (_, variable) => ({ name: pick(["LOG_LEVEL", "NODE_ENV", "PORT", "AWS_REGION", "SERVICE_URL", `FEATURE_${variable}`]), value: `value-${variable}` })),
      ...(random() < 0.1 ? [{ name: pick(["DB_PASSWORD", "API_TOKEN"]), value: "not-a-real-secret" }] : []),
    ],
    mountPoints: random() < 0.3 ? [{ sourceVolume: "data", containerPath: "/var/lib/postgresql/data" }] : [],
    logConfiguration: random() < 0.7 ? { logDriver: "awslogs", options: { "awslogs-group": "/ecs/app", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "app" } } : undefined,
    healthCheck: random() < 0.5 ? { command: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], interval: 30, timeout: pick([5, 90]) } : undefined,
    user: pick([undefined, "1000", "root"]),
    privileged: random() < 0.1 ? true : undefined,
  };
}

export function taskDefinition(index) {
  const fargate = random() < 0.6;
  return {
    family: `service-${index}`,
    taskRoleArn: random() < 0.7 ? `arn:aws:iam::123456789012:role/service-${index}` : undefined,
    executionRoleArn: random() < 0.7 ? "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" : undefined,
    networkMode: fargate ? "awsvpc" : pick([undefined, "bridge", "awsvpc"]),
    requiresCompatibilities: fargate ? ["FARGATE"] : ["EC2"],
    cpu: fargate ? pick(["256", "512", "1024", "1 vCPU"]) : undefined,
    memory: fargate ? pick(["512", "1024", "2048", "3 GB"]) : undefined,
    volumes: [{ name: "data", efsVolumeConfiguration: { fileSystemId: "fs-0123456789abcdef0", transitEncryption: pick(["ENABLED", "DISABLED"]) } }],
    containerDefinitions: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, c) => container(c)),
  };
}

export function yaml(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.length === 0) return " []\n";
    return `\n${value.map((item) => `${indent}- ${yaml(item, `${indent}  `).replace(/^\s*/, "")}`).join("")}`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return " {}\n";
    return `\n${entries.map(([key, item]) => `${indent}${JSON.stringify(key)}:${yaml(item, `${indent}  `)}`).join("")}`;
  }
  return ` ${JSON.stringify(value)}\n`;
}

export function service(index) {
  const fargate = random() < 0.6;
  return {
    serviceName: `service-${index}`,
    cluster: "prod",
    taskDefinition: `service-${index}`,
    desiredCount: pick([1, 2, 3]),
    ...(random() < 0.5 ? { launchType: fargate ? "FARGATE" : "EC2" } : { capacityProviderStrategy: [{ capacityProvider: fargate ? "FARGATE" : "asg", weight: 1 }] }),
    loadBalancers: random() < 0.1 ? [{ loadBalancerName: "classic", containerName: "app-0", containerPort: 8000 }] : [{ targetGroupArn: "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/tg/0123456789abcdef", containerName: "app-0", containerPort: 8000 }],
    networkConfiguration: fargate ? { awsvpcConfiguration: { subnets: ["subnet-0a1b2c3d4e5f60718"], assignPublicIp: pick(["ENABLED", "DISABLED"]) } } : undefined,
    deploymentConfiguration: random() < 0.5 ? { deploymentCircuitBreaker: { enable: true, rollback: true } } : { maximumPercent: 200, minimumHealthyPercent: 100 },
  };
}

const cluster = (index) =>
  `clusterName: prod-${index}\ncapacityProviders: [FARGATE, asg]\ndefaultCapacityProviderStrategy:\n  - capacityProvider: FARGATE\n    weight: 1\nsettings:\n  - name: containerInsights\n    value: ${pick(["enabled", "disabled"])}\n---\nname: asg\nautoScalingGroupProvider:\n  autoScalingGroupArn: arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/asg\n  managedScaling:\n    status: ${pick(["ENABLED", "DISABLED"])}\n`;

const scaling = (index) =>
  `ServiceNamespace: ecs\nResourceId: service/prod/service-${index}\nScalableDimension: ecs:service:DesiredCount\nMinCapacity: 1\nMaxCapacity: ${pick([4, 10])}\n---\nPolicyName: cpu\nServiceNamespace: ecs\nResourceId: service/prod/service-${index}\nScalableDimension: ecs:service:DesiredCount\nPolicyType: TargetTrackingScaling\nTargetTrackingScalingPolicyConfiguration:\n  TargetValue: ${pick([60, 75, 150])}\n  PredefinedMetricSpecification:\n    PredefinedMetricType: ECSServiceAverageCPUUtilization\n---\nServiceNamespace: ecs\nScheduledActionName: night\nResourceId: service/prod/service-${index}\nScalableDimension: ecs:service:DesiredCount\nSchedule: ${pick(["cron(0 22 * * ? *)", "cron(0 22 * * *)"])}\nScalableTargetAction:\n  MinCapacity: 0\n`;

const schedule = (index) => ({
  Name: `report-${index}`,
  ScheduleExpression: pick(["rate(1 day)", "cron(0 3 * * ? *)"]),
  FlexibleTimeWindow: { Mode: "OFF" },
  Target: {
    Arn: "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
    RoleArn: "arn:aws:iam::123456789012:role/scheduler",
    EcsParameters: { TaskDefinitionArn: `arn:aws:ecs:eu-west-1:123456789012:task-definition/report:${index + 1}`, LaunchType: "FARGATE", NetworkConfiguration: { awsvpcConfiguration: { Subnets: ["subnet-0a1b2c3d4e5f60718"] } } },
  },
});

const repository = (index) => ({ repositoryName: `service-${index}`, imageTagMutability: pick(["MUTABLE", "IMMUTABLE"]), imageScanningConfiguration: { scanOnPush: random() < 0.7 } });

const lifecyclePolicy = () => ({
  rules: [
    { rulePriority: 1, description: "Expire untagged", selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } },
    { rulePriority: 2, description: "Keep 30", selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: pick([0, 30]) }, action: { type: "expire" } },
  ],
});

const UNRELATED = {
  "package.json": () => JSON.stringify({ name: "app", version: "1.0.0", scripts: { test: "vitest" }, dependencies: { express: "^4.19.0", zod: "^3.23.0" } }, null, 2),
  "tsconfig.json": () => JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", outDir: "dist" }, include: ["src"] }, null, 2),
  "renovate.json": () => JSON.stringify({ extends: ["config:recommended"], packageRules: [{ matchPackageNames: ["x"], enabled: false }] }, null, 2),
  ".github/workflows/ci.yml": () => "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n",
  "docker-compose.yml": () => "services:\n  web:\n    image: web:latest\n    ports: ['8080:8080']\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: dev\n",
  "config/settings.yaml": () => `server:\n  port: 8080\n  hosts: [a, b, c]\nfeatures:\n${Array.from({ length: 30 }, (_, index) => `  flag${index}: ${index % 2 === 0}\n`).join("")}`,
  "data/fixtures.json": () => JSON.stringify(Array.from({ length: 50 }, (_, index) => ({ id: index, name: `item ${index}`, tags: ["a", "b"] })), null, 2),
};

export function generate() {
  rmSync(CORPUS, { recursive: true, force: true });
  seed = 42;
  const kubernetes = kubernetesRandom();
  let files = 0;
  const write = (path, text) => {
    const full = join(CORPUS, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    files += 1;
  };
  for (let copy = 0; copy < COPIES; copy += 1) {
    const base = `repo-${copy}`;
    const task = taskDefinition(copy);
    write(`${base}/ecs/task-definition.json`, JSON.stringify(task, null, 2));
    write(`${base}/ecs/task-definition.yaml`, yaml(taskDefinition(copy + 1000)).trimStart());
    write(`${base}/ecs/describe.json`, JSON.stringify({ taskDefinition: { ...taskDefinition(copy + 2000), taskDefinitionArn: "arn:aws:ecs:eu-west-1:123456789012:task-definition/x:1", revision: 1 } }, null, 2));
    write(`${base}/terraform/container-definitions.json`, JSON.stringify(task.containerDefinitions, null, 2));
    for (const [path, make] of Object.entries(UNRELATED)) write(`${base}/${path}`, make());
    for (let extra = 0; extra < 4; extra += 1) write(`${base}/ecs/more-${extra}.json`, JSON.stringify(taskDefinition(copy * 10 + extra), null, 2));
    write(`${base}/ecs/service.json`, JSON.stringify(service(copy), null, 2));
    write(`${base}/ecs/cluster.yaml`, cluster(copy));
    write(`${base}/ecs/scaling.yaml`, scaling(copy));
    write(`${base}/ecs/schedule.json`, JSON.stringify(schedule(copy), null, 2));
    write(`${base}/ecr/repository.json`, JSON.stringify(repository(copy), null, 2));
    write(`${base}/ecr/put-lifecycle-policy.json`, JSON.stringify({ repositoryName: `service-${copy}`, lifecyclePolicyText: JSON.stringify(lifecyclePolicy()) }, null, 2));
    write(`${base}/ecr/registry-scanning.json`, JSON.stringify({ scanType: "BASIC", rules: [{ scanFrequency: pick(["SCAN_ON_PUSH", "MANUAL"]), repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] }, null, 2));
    for (const [path, text] of Object.entries(kubernetesFiles(kubernetes, copy))) write(`${base}/${path}`, text);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`${generate()} files in ${CORPUS}`);
