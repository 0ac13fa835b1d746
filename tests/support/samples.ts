import json from "@eslint/json";
import type { Linter } from "eslint";
import plugin from "../../src/index.js";
import { keyCandidates } from "../../src/values/index.js";

/**
 * One valid sample of every document kind, and the mutations the robustness
 * tests make of them: every member at every depth replaced in turn by another
 * type, an empty value, a placeholder or a CloudFormation intrinsic (a template
 * placeholder for Kubernetes objects). A name is its document kind, with a note
 * in parentheses when a kind has two samples (`sampleKind`).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const SAMPLES: Record<string, Json> = {
  "ecs-task-definition": {
    family: "web",
    taskRoleArn: "arn:aws:iam::123456789012:role/web",
    executionRoleArn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
    networkMode: "awsvpc",
    requiresCompatibilities: ["FARGATE"],
    cpu: "512",
    memory: "1024",
    runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "ARM64" },
    ephemeralStorage: { sizeInGiB: 30 },
    volumes: [
      { name: "data", efsVolumeConfiguration: { fileSystemId: "fs-0123456789abcdef0", rootDirectory: "/", transitEncryption: "ENABLED", authorizationConfig: { accessPointId: "fsap-0123456789abcdef0", iam: "ENABLED" } } },
      { name: "scratch", host: { sourcePath: "/tmp" } },
    ],
    containerDefinitions: [
      {
        name: "web",
        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
        essential: true,
        cpu: 256,
        memory: 512,
        memoryReservation: 256,
        user: "root",
        privileged: false,
        readonlyRootFilesystem: false,
        portMappings: [{ containerPort: 8080, hostPort: 80, protocol: "tcp", name: "http", appProtocol: "http" }],
        environment: [{ name: "DB_PASSWORD", value: "hunter2" }, { name: "PORT", value: "8080" }],
        secrets: [{ name: "API_KEY", valueFrom: "arn:aws:ssm:us-east-1:123456789012:parameter/api-key" }],
        environmentFiles: [{ value: "arn:aws:s3:::bucket/web.env", type: "s3" }],
        mountPoints: [{ sourceVolume: "data", containerPath: "/var/lib/postgresql/data", readOnly: false }, { sourceVolume: "scratch", containerPath: "/scratch" }],
        logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1" } },
        healthCheck: { command: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], interval: 30, timeout: 90, retries: 3 },
        linuxParameters: { capabilities: { add: ["SYS_ADMIN"], drop: ["ALL"] }, initProcessEnabled: true },
        dependsOn: [{ containerName: "sidecar", condition: "START" }],
        ulimits: [{ name: "nofile", softLimit: 1024, hardLimit: 4096 }],
      },
      { name: "sidecar", image: "nginx:latest", essential: false, memory: 128 },
    ],
  },
  "ecs-service": {
    serviceName: "web",
    cluster: "prod",
    taskDefinition: "web:3",
    desiredCount: 2,
    launchType: "FARGATE",
    platformVersion: "1.3.0",
    capacityProviderStrategy: [{ capacityProvider: "FARGATE", weight: 1, base: 1 }],
    loadBalancers: [{ loadBalancerName: "classic", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", containerName: "web", containerPort: 80 }],
    networkConfiguration: { awsvpcConfiguration: { subnets: ["subnet-1"], securityGroups: ["sg-1"], assignPublicIp: "ENABLED" } },
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, alarms: { alarmNames: ["a"], enable: true, rollback: true } },
    deploymentController: { type: "ECS" },
    schedulingStrategy: "REPLICA",
  },
  "ecs-run-task": {
    cluster: "default",
    taskDefinition: "job:4",
    count: 1,
    launchType: "FARGATE",
    networkConfiguration: { awsvpcConfiguration: { subnets: ["subnet-1"], assignPublicIp: "ENABLED" } },
    overrides: { containerOverrides: [{ name: "app", environment: [{ name: "DB_PASSWORD", value: "hunter2" }] }], taskRoleArn: "arn:aws:iam::123456789012:role/x" },
  },
  "ecs-cluster": {
    clusterName: "prod",
    capacityProviders: ["FARGATE", "asg"],
    defaultCapacityProviderStrategy: [{ capacityProvider: "FARGATE", weight: 1 }],
    settings: [{ name: "containerInsights", value: "enabled" }],
    configuration: { executeCommandConfiguration: { logging: "NONE" } },
  },
  "ecs-capacity-provider": {
    name: "asg",
    autoScalingGroupProvider: { autoScalingGroupArn: "asg", managedScaling: { status: "ENABLED", targetCapacity: 100 }, managedTerminationProtection: "ENABLED" },
  },
  "autoscaling-scalable-target": { ServiceNamespace: "ecs", ResourceId: "service/prod/web", ScalableDimension: "ecs:service:DesiredCount", MinCapacity: 0, MaxCapacity: 4 },
  "autoscaling-scaling-policy": {
    PolicyName: "p",
    ServiceNamespace: "ecs",
    ResourceId: "service/prod/web",
    ScalableDimension: "ecs:service:DesiredCount",
    PolicyType: "StepScaling",
    StepScalingPolicyConfiguration: { AdjustmentType: "ChangeInCapacity", StepAdjustments: [{ MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 }, { MetricIntervalLowerBound: 10, ScalingAdjustment: 2 }] },
    TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: "ALBRequestCountPerTarget", ResourceLabel: "app/a/1/targetgroup/b/2" } },
  },
  "autoscaling-scheduled-action": { ServiceNamespace: "ecs", ScheduledActionName: "n", ResourceId: "service/prod/web", ScalableDimension: "ecs:service:DesiredCount", Schedule: "cron(0 22 * * ? *)", ScalableTargetAction: { MinCapacity: 1, MaxCapacity: 2 } },
  "eventbridge-rule": { Name: "nightly", ScheduleExpression: "rate(1 day)" },
  "eventbridge-targets": {
    Rule: "nightly",
    Targets: [
      {
        Id: "1",
        Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
        RoleArn: "arn:aws:iam::123456789012:role/events",
        Input: '{"containerOverrides": [{"name": "app", "environment": [{"name": "API_TOKEN", "value": "x"}]}]}',
        EcsParameters: { TaskDefinitionArn: "arn:aws:ecs:us-east-1:123456789012:task-definition/job:1", LaunchType: "FARGATE", PlatformVersion: "1.3.0", NetworkConfiguration: { awsvpcConfiguration: { Subnets: ["subnet-1"], AssignPublicIp: "ENABLED" } } },
      },
    ],
  },
  "scheduler-schedule": {
    Name: "nightly",
    ScheduleExpression: "at(2026-12-31T23:00:00)",
    FlexibleTimeWindow: { Mode: "OFF" },
    Target: { Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/prod", RoleArn: "arn:aws:iam::123456789012:role/s", EcsParameters: { TaskDefinitionArn: "x", TaskCount: 1, CapacityProviderStrategy: [{ capacityProvider: "FARGATE_SPOT", weight: 1 }] } },
  },
  "ecr-repository": { repositoryName: "web", imageTagMutability: "MUTABLE", imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: "KMS", kmsKey: "alias/x" } },
  "ecr-registry-scanning": { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] },
  "ecr-lifecycle-policy": {
    repositoryName: "web",
    lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: "tagged", tagPatternList: ["v*"], countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } }] }),
  },
  // The policy JSON itself: the same rule code reads it as the string form's parsed content.
  "ecr-lifecycle-policy ": {
    rules: [
      { rulePriority: 1, selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: 5 }, action: { type: "expire" } },
      { rulePriority: 1, selection: { tagStatus: "tagged", tagPrefixList: ["v"], tagPatternList: ["*a*b*c*d*e"], countType: "sinceImagePulled", countUnit: "days", countNumber: 0, storageClass: "archive" }, action: { type: "transition", targetStorageClass: "archive" } },
    ],
  },
  "ecr-policy": { Version: "2012-10-17", Statement: [{ Sid: "s", Effect: "Allow", Principal: { AWS: "*" }, Action: ["ecr:BatchGetImage"], Condition: { StringEquals: { "aws:PrincipalOrgID": "o-1" } } }] },
  // Kubernetes objects, one file each (no lookups), with a problem or two for the EKS rules to report.
  // They are not CloudFormation resources (no CLOUDFORMATION_TYPES entry) and mutate with a
  // template placeholder instead of an intrinsic (replacementsFor).
  "kubernetes-workload": {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "shop", labels: { app: "web" } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          serviceAccountName: "default",
          automountServiceAccountToken: true,
          hostNetwork: false,
          nodeSelector: { "eks.amazonaws.com/compute-type": "fargate" },
          securityContext: { runAsNonRoot: false, runAsUser: 0, fsGroup: 2000 },
          initContainers: [{ name: "init", image: "busybox", command: ["sh", "-c", "true"], securityContext: { allowPrivilegeEscalation: true } }],
          containers: [
            {
              name: "web",
              image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
              ports: [{ name: "http", containerPort: 8080, hostPort: 80, protocol: "TCP" }],
              env: [{ name: "DB_PASSWORD", value: "hunter2" }, { name: "API_KEY", valueFrom: { secretKeyRef: { name: "web", key: "api-key" } } }],
              resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { memory: "512Mi" } },
              readinessProbe: { httpGet: { path: "/healthz", port: 8081 }, periodSeconds: 10 },
              securityContext: { privileged: true, readOnlyRootFilesystem: false, allowPrivilegeEscalation: true, capabilities: { add: ["SYS_ADMIN"], drop: ["ALL"] } },
              volumeMounts: [{ name: "docker", mountPath: "/var/run/docker.sock" }],
            },
            { name: "db", image: "postgres:latest", volumeMounts: [{ name: "data", mountPath: "/var/lib/postgresql/data" }] },
          ],
          volumes: [
            { name: "data", emptyDir: {} },
            { name: "docker", hostPath: { path: "/var/run/docker.sock", type: "Socket" } },
            { name: "config", configMap: { name: "web", defaultMode: 420 } },
            { name: "claim", persistentVolumeClaim: { claimName: "data" } },
          ],
        },
      },
    },
  },
  "kubernetes-workload (CronJob)": {
    apiVersion: "batch/v1beta1",
    kind: "CronJob",
    metadata: { name: "report" },
    spec: {
      schedule: "0 2 * * *",
      jobTemplate: { spec: { template: { spec: { restartPolicy: "OnFailure", containers: [{ name: "report", image: "report:1.0", args: ["--all"], resources: { requests: { cpu: "100m" } } }] } } } },
    },
  },
  "kubernetes-service": {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web", annotations: { "service.beta.kubernetes.io/aws-load-balancer-type": "nlb-ip", "service.beta.kubernetes.io/aws-load-balancer-internal": "true" } },
    spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }] },
  },
  "kubernetes-ingress": {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: {
      name: "web",
      annotations: { "kubernetes.io/ingress.class": "alb", "alb.ingress.kubernetes.io/target-type": "instance", "alb.ingress.kubernetes.io/listen-ports": '[{"HTTPS": 443}]' },
    },
    spec: {
      tls: [{ hosts: ["shop.example.com"] }],
      rules: [{ host: "shop.example.com", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }],
    },
  },
  "kubernetes-persistent-volume-claim": { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: { name: "data" }, spec: { accessModes: ["ReadWriteMany"], resources: { requests: { storage: "10Gi" } } } },
  "kubernetes-storage-class": {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: "gp3" },
    provisioner: "ebs.csi.aws.com",
    volumeBindingMode: "Immediate",
    parameters: { type: "gp3", encrypted: "false" },
  },
  "kubernetes-service-account": { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "web", annotations: { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/web" } }, automountServiceAccountToken: true },
  "kubernetes-pod-disruption-budget": { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web" }, spec: { maxUnavailable: 0, selector: { matchLabels: { app: "web" } } } },
  "kubernetes-horizontal-pod-autoscaler": {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: { name: "web" },
    spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: 1, maxReplicas: 4, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }] },
  },
  "apprunner-config": {
    version: 1.0,
    runtime: "python311",
    build: { commands: { "pre-build": ["yum install -y gcc"], build: ["pip3 install -r requirements.txt"] }, env: [{ name: "STAGE", value: "prod" }] },
    run: {
      "runtime-version": "3.11",
      "pre-run": ["python3 manage.py migrate"],
      command: "gunicorn app.wsgi",
      network: { port: 8000, env: "APP_PORT" },
      env: [{ name: "DB_PASSWORD", value: "hunter2" }],
      secrets: [{ name: "API_KEY", "value-from": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api-AbCdEf" }],
    },
  },
  "apprunner-service": {
    ServiceName: "web-app",
    SourceConfiguration: {
      ImageRepository: {
        ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:latest",
        ImageRepositoryType: "ECR",
        ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { STAGE: "prod", DB_PASSWORD: "hunter2" }, RuntimeEnvironmentSecrets: { API_KEY: "/web-app/API_KEY" } },
      },
      AutoDeploymentsEnabled: true,
      AuthenticationConfiguration: { AccessRoleArn: "arn:aws:iam::123456789012:role/AppRunnerECRAccess" },
    },
    InstanceConfiguration: { Cpu: "1 vCPU", Memory: "3 GB", InstanceRoleArn: "arn:aws:iam::123456789012:role/web" },
    HealthCheckConfiguration: { Protocol: "TCP", Interval: 5 },
    NetworkConfiguration: { EgressConfiguration: { EgressType: "VPC", VpcConnectorArn: "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db-connector/1/abc" } },
    AutoScalingConfigurationArn: "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high-availability/3",
    EncryptionConfiguration: { KmsKey: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
  },
  "apprunner-service (source code)": {
    ServiceName: "api-app",
    SourceConfiguration: {
      CodeRepository: {
        RepositoryUrl: "https://github.com/example/api",
        SourceCodeVersion: { Type: "BRANCH", Value: "main" },
        CodeConfiguration: { ConfigurationSource: "API", CodeConfigurationValues: { Runtime: "NODEJS_18", BuildCommand: "npm ci", StartCommand: "node app.js", RuntimeEnvironmentVariables: { API_TOKEN: "x" } } },
      },
      AuthenticationConfiguration: { ConnectionArn: "arn:aws:apprunner:us-east-1:123456789012:connection/github/abc" },
    },
  },
  "apprunner-auto-scaling-configuration": { AutoScalingConfigurationName: "high-availability", MaxConcurrency: 100, MinSize: 3, MaxSize: 2 },
  "apprunner-vpc-connector": { VpcConnectorName: "db-connector", Subnets: ["subnet-1"], SecurityGroups: ["sg-1"] },
  "apprunner-service (private ECR, sizes)": {
    ServiceName: "web",
    SourceConfiguration: {
      ImageRepository: {
        ImageIdentifier: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
        ImageRepositoryType: "ECR",
        ImageConfiguration: { Port: "8080", RuntimeEnvironmentVariables: { LOG_LEVEL: "info" }, RuntimeEnvironmentSecrets: { DB_PASSWORD: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" } },
      },
      AuthenticationConfiguration: { AccessRoleArn: "arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole" },
    },
    InstanceConfiguration: { Cpu: "1 vCPU", Memory: "8 GB", InstanceRoleArn: "arn:aws:iam::123456789012:role/web" },
    HealthCheckConfiguration: { Protocol: "TCP", Path: "/", Interval: 5 },
    NetworkConfiguration: { EgressConfiguration: { EgressType: "VPC", VpcConnectorArn: "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/0123456789abcdef0123456789abcdef" } },
  },
  "apprunner-service (end-of-support runtime)": {
    ServiceName: "api",
    SourceConfiguration: {
      CodeRepository: {
        RepositoryUrl: "https://github.com/example/api",
        SourceCodeVersion: { Type: "BRANCH", Value: "main" },
        CodeConfiguration: { ConfigurationSource: "API", CodeConfigurationValues: { Runtime: "PYTHON_3", BuildCommand: "pip install -r requirements.txt", StartCommand: "python app.py", RuntimeEnvironmentSecrets: { TOKEN: "/api/token" } } },
      },
      AuthenticationConfiguration: { ConnectionArn: "arn:aws:apprunner:us-east-1:123456789012:connection/github/0123456789abcdef" },
    },
    NetworkConfiguration: { EgressConfiguration: { EgressType: "DEFAULT", VpcConnectorArn: "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/0123456789abcdef0123456789abcdef" } },
  },
  "apprunner-config (end-of-support runtime)": {
    version: 1.0,
    runtime: "python3",
    build: { commands: { build: ["pip install -r requirements.txt"] }, env: [{ name: "STAGE", value: "prod" }] },
    run: { "runtime-version": "3.8.16", "pre-run": ["python manage.py migrate"], command: "gunicorn app.wsgi", network: { port: 8000 }, secrets: [{ name: "DB_PASSWORD", "value-from": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" }] },
  },
  "apprunner-auto-scaling-configuration (min above max)": { AutoScalingConfigurationName: "high", MaxConcurrency: 100, MinSize: 10, MaxSize: 5 },
  "apprunner-vpc-connector (literal ids)": { VpcConnectorName: "db", Subnets: ["subnet-0123456789abcdef0"], SecurityGroups: ["sg-0123456789abcdef0"] },
};

/** The document kind a sample is of: its name, less a trailing note (`kubernetes-workload (CronJob)`) or blank. */
export function sampleKind(name: string): string {
  return name.replace(/\s*\(.*\)$/, "").trim();
}

export const REPLACEMENTS: readonly Json[] = [null, 7, -1.5, "x", "", true, [], [null], {}, { Ref: "Param" }, "${VAR}"];
/** Kubernetes has no CloudFormation intrinsics: its samples get a quoted template placeholder (Argo, Go templates) in their place. */
const KUBERNETES_REPLACEMENTS: readonly Json[] = REPLACEMENTS.map((replacement) => (replacement !== null && typeof replacement === "object" && "Ref" in replacement ? "{{ x }}" : replacement));

/** The values each member of a sample is replaced with in turn. */
export function replacementsFor(name: string): readonly Json[] {
  return sampleKind(name).startsWith("kubernetes-") ? KUBERNETES_REPLACEMENTS : REPLACEMENTS;
}

/** Every path to a member or item, at every depth. */
export function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push([...prefix, index], ...paths(item, [...prefix, index])));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) found.push([...prefix, key], ...paths(item, [...prefix, key]));
  return found;
}

export function replaced(value: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item));
  const object = value as { [key: string]: Json };
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, key === head ? replaced(item, rest, replacement) : item]));
}

export interface BlockYamlLayout {
  /** List items at their key's own column (`key:\n- item`), as in many CloudFormation and Kubernetes files. */
  readonly indentlessLists?: boolean;
  /** Keys unquoted where YAML allows it. */
  readonly plainKeys?: boolean;
}

/** A value as block-style YAML (a mapping per line, `- ` items), the way people write these files by hand. */
export function blockYaml(value: Json, layout: BlockYamlLayout = {}): string {
  return blockValue(value, "", layout).replace(/^\n/, "");
}

function blockValue(value: Json, indent: string, layout: BlockYamlLayout): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return " []\n";
    return `\n${value.map((item) => `${indent}- ${blockValue(item, `${indent}  `, layout).replace(/^\s*/, "")}`).join("")}`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return " {}\n";
    const key = (name: string) => (layout.plainKeys && /^[A-Za-z_][\w.-]*$/.test(name) ? name : JSON.stringify(name));
    return `\n${entries.map(([name, item]) => `${indent}${key(name)}:${blockValue(item, Array.isArray(item) && layout.indentlessLists ? indent : `${indent}  `, layout)}`).join("")}`;
  }
  return ` ${JSON.stringify(value)}\n`;
}

/** The CloudFormation resource type of the sample kinds that are written as resources too. */
export const CLOUDFORMATION_TYPES: Readonly<Record<string, string>> = {
  "ecs-task-definition": "AWS::ECS::TaskDefinition",
  "ecs-service": "AWS::ECS::Service",
  "ecs-cluster": "AWS::ECS::Cluster",
  "ecs-capacity-provider": "AWS::ECS::CapacityProvider",
  "autoscaling-scalable-target": "AWS::ApplicationAutoScaling::ScalableTarget",
  "autoscaling-scaling-policy": "AWS::ApplicationAutoScaling::ScalingPolicy",
  "ecr-repository": "AWS::ECR::Repository",
  "apprunner-service": "AWS::AppRunner::Service",
  "apprunner-auto-scaling-configuration": "AWS::AppRunner::AutoScalingConfiguration",
  "apprunner-vpc-connector": "AWS::AppRunner::VpcConnector",
};

/** A sample as the `Properties` of a CloudFormation resource, its keys in CloudFormation's spelling. */
export function cloudFormationTemplate(type: string, value: Json): Json {
  return { Resources: { Resource: { Type: type, Properties: cloudFormationKeys(value) } } };
}

/** Maps whose keys are the user's (log options, Docker labels): CloudFormation writes them as they are. */
const USER_MAPS = new Set(["options", "dockerLabels"]);

function cloudFormationKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(cloudFormationKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [keyCandidates(key, "cloudformation")[0] ?? key, USER_MAPS.has(key) ? item : cloudFormationKeys(item)]),
  );
}

/** Every rule, as the tests run them. */
export const STRICT: Linter.Config[] = plugin.configs.strict;
/** The same rules with JSON read by @eslint/json's language (Momoa nodes), as a user who keeps it for `*.json` has them. */
export const STRICT_WITH_JSON_LANGUAGE: Linter.Config[] = [...STRICT, { files: ["**/*.json"], plugins: { json }, language: "json/json" }];

/** A way to write a sample: a name, the file extension, the writer, and the config that reads it. */
export interface Format {
  readonly name: string;
  readonly extension: string;
  readonly write: (value: Json) => string;
  readonly config: Linter.Config[];
}

/** Plain JSON, the reference the other formats are compared with. */
export const JSON_FORMAT: Format = { name: "JSON", extension: ".json", write: (value) => JSON.stringify(value, null, 2), config: STRICT };

/** The other ways people write the same value: through @eslint/json, and YAML as people write it (block, indentless lists, flow). */
export const OTHER_FORMATS: readonly Format[] = [
  { name: "JSON through @eslint/json", extension: ".json", write: JSON_FORMAT.write, config: STRICT_WITH_JSON_LANGUAGE },
  { name: "block YAML", extension: ".yaml", write: (value) => blockYaml(value), config: STRICT },
  { name: "indentless YAML", extension: ".yaml", write: (value) => blockYaml(value, { indentlessLists: true, plainKeys: true }), config: STRICT },
  { name: "flow YAML", extension: ".yaml", write: JSON_FORMAT.write, config: STRICT },
];
