/**
 * Generated documents for the fuzz test (tests/fuzz.test.ts) and its long run
 * (bench/fuzz.js), issue 16. A case starts from the sample of one document
 * kind (tests/support/samples.ts, so a new kind joins by adding its sample,
 * plus the seeds below), is wrapped the ways people keep it (a describe
 * output, a CloudFormation template, a Kubernetes List, a bare list), and gets
 * a few mutations: a member replaced by a value of another type (null, huge
 * and odd numbers, empty, unicode, control characters, placeholders, long
 * strings, CloudFormation intrinsics well and badly formed, deep nesting, a
 * member of another kind's sample), deleted, renamed to another case, added
 * with a known or odd key, repeated many times, swapped with another. It is
 * then written in a JSON form (pretty or compact JSON, JSON through
 * @eslint/json's language, JSONC with comments and trailing commas, JSON5) and
 * a YAML form (block, indentless, flow, mixed) where the writer adds, from the
 * case's own random numbers, anchors, aliases (some to their own ancestor),
 * merge keys, tags (`!Ref`-style short intrinsics, core and unknown tags),
 * comments, other documents in the stream, CRLF line ends and a byte order
 * mark. The writers are deliberately loose: a text the parser itself refuses
 * is not a finding (the check counts them), anything else ESLint does with it is.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import json from "@eslint/json";
import type { Linter } from "eslint";
import fc from "fast-check";
import * as jsonc from "jsonc-eslint-parser";
import * as yamlParser from "yaml-eslint-parser";
import { keyCandidates } from "../../src/values/index.js";
import { CLOUDFORMATION_TYPES, SAMPLES, sampleKind, STRICT, STRICT_WITH_JSON_LANGUAGE } from "./samples.js";

/** A scalar written as is: numbers JSON cannot round-trip (`1e400`, `-0`), YAML's own spellings (`0x1F`, `.inf`, `~`, `yes`). */
export class Raw {
  constructor(
    readonly json: string,
    readonly yaml: string,
  ) {}
}

export type Tree = null | boolean | number | string | Raw | Tree[] | { [key: string]: Tree };
type TreeObject = { [key: string]: Tree };

function isObject(tree: Tree | undefined): tree is TreeObject {
  return tree !== null && typeof tree === "object" && !Array.isArray(tree) && !(tree instanceof Raw);
}

/* ---------------- seeds ---------------- */

/** Kinds and forms SAMPLES has no sample of: an eksctl ClusterConfig, CloudFormation stacks with every resource family, a bare container list, ConfigMaps and Pods. */
const EXTRA_SEEDS: Record<string, Tree> = {
  "eksctl-cluster-config": {
    apiVersion: "eksctl.io/v1alpha5",
    kind: "ClusterConfig",
    metadata: { name: "shop", region: "eu-west-1", version: "1.33", tags: { team: "web" } },
    vpc: { id: "vpc-0123456789abcdef0", subnets: { private: { "eu-west-1a": { id: "subnet-1" } } }, clusterEndpoints: { publicAccess: true, privateAccess: false }, publicAccessCIDRs: ["0.0.0.0/0"] },
    iam: {
      withOIDC: true,
      serviceAccounts: [{ metadata: { name: "reports", namespace: "analytics" }, attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"], roleName: "reports" }],
      podIdentityAssociations: [{ namespace: "shop", serviceAccountName: "checkout", roleARN: "arn:aws:iam::111122223333:role/checkout" }],
    },
    addons: [{ name: "vpc-cni", version: "latest", attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"] }, { name: "eks-pod-identity-agent" }],
    secretsEncryption: { keyARN: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
    nodeGroups: [
      {
        name: "legacy",
        instanceType: "m5.large",
        desiredCapacity: 2,
        minSize: 1,
        maxSize: 4,
        volumeSize: 80,
        volumeEncrypted: false,
        volumeKmsKeyID: "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        classicLoadBalancerNames: ["shop-legacy-clb"],
        targetGroupARNs: ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"],
        ssh: { allow: true, publicKeyName: "ops", sourceSecurityGroupIds: ["sg-1"] },
        iam: { withAddonPolicies: { imageBuilder: true, autoScaler: true }, instanceRoleARN: "arn:aws:iam::111122223333:role/nodes" },
        instancesDistribution: { instanceTypes: ["m5.large", "m5a.large"], onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: 0, spotInstancePools: 2 },
        labels: { role: "legacy" },
        taints: [{ key: "legacy", value: "true", effect: "NoSchedule" }],
        additionalVolumes: [{ volumeName: "/dev/xvdb", volumeSize: 20, volumeEncrypted: false }],
        disablePodIMDS: false,
        overrideBootstrapCommand: "#!/bin/bash\n/etc/eks/bootstrap.sh shop",
      },
    ],
    managedNodeGroups: [
      { name: "general", instanceTypes: ["m6i.large", "m5.large"], privateNetworking: true, volumeEncrypted: true, amiFamily: "AmazonLinux2023", labels: { role: "general" } },
      { name: "spot", spot: true, instanceTypes: ["c5.large"], privateNetworking: false, launchTemplate: { id: "lt-0123456789abcdef0", version: "2" }, ssh: { allow: true, publicKeyPath: "~/.ssh/id_rsa.pub" } },
    ],
    fargateProfiles: [
      { name: "batch", selectors: [{ namespace: "batch" }] },
      { name: "web-fargate", selectors: [{ namespace: "shop", labels: { compute: "fargate" } }], podExecutionRoleARN: "arn:aws:iam::111122223333:role/fargate" },
    ],
    cloudWatch: { clusterLogging: { enableTypes: ["api", "authenticator"], logRetentionInDays: 30 } },
    autoModeConfig: { enabled: false },
  },
  "cloudformation-eks": {
    AWSTemplateFormatVersion: "2010-09-09",
    Parameters: { Subnets: { Type: "List<AWS::EC2::Subnet::Id>" } },
    Resources: {
      Cluster: {
        Type: "AWS::EKS::Cluster",
        Properties: {
          Name: "shop",
          Version: "1.33",
          RoleArn: { "Fn::GetAtt": ["ClusterRole", "Arn"] },
          ResourcesVpcConfig: { SubnetIds: { Ref: "Subnets" }, EndpointPublicAccess: true, PublicAccessCidrs: ["0.0.0.0/0"] },
          Logging: { ClusterLogging: { EnabledTypes: [{ Type: "api" }, { Type: "audit" }] } },
          EncryptionConfig: [{ Provider: { KeyArn: { "Fn::GetAtt": ["Key", "Arn"] } }, Resources: ["secrets"] }],
        },
      },
      Nodes: {
        Type: "AWS::EKS::Nodegroup",
        Properties: {
          ClusterName: { Ref: "Cluster" },
          NodegroupName: "general",
          NodeRole: "arn:aws:iam::111122223333:role/nodes",
          Subnets: { Ref: "Subnets" },
          ScalingConfig: { MinSize: 1, DesiredSize: 2, MaxSize: 4 },
          InstanceTypes: ["m5.large"],
          CapacityType: "SPOT",
          DiskSize: 40,
          RemoteAccess: { Ec2SshKey: "ops" },
        },
      },
      Profile: {
        Type: "AWS::EKS::FargateProfile",
        Properties: { ClusterName: { Ref: "Cluster" }, FargateProfileName: "batch", PodExecutionRoleArn: "arn:aws:iam::111122223333:role/fargate", Selectors: [{ Namespace: "batch", Labels: [{ Key: "compute", Value: "fargate" }] }] },
      },
      Association: {
        Type: "AWS::EKS::PodIdentityAssociation",
        Properties: { ClusterName: { Ref: "Cluster" }, Namespace: "shop", ServiceAccount: "checkout", RoleArn: "arn:aws:iam::111122223333:role/checkout" },
      },
    },
  },
  "cloudformation-stack": {
    AWSTemplateFormatVersion: "2010-09-09",
    Parameters: { Image: { Type: "String" }, Env: { Type: "String", AllowedValues: ["prod", "dev"] } },
    Conditions: { IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] } },
    Resources: {
      Cluster: { Type: "AWS::ECS::Cluster", Properties: { ClusterSettings: [{ Name: "containerInsights", Value: "disabled" }] } },
      Providers: {
        Type: "AWS::ECS::ClusterCapacityProviderAssociations",
        Properties: { Cluster: { Ref: "Cluster" }, CapacityProviders: ["FARGATE", "FARGATE_SPOT"], DefaultCapacityProviderStrategy: [{ CapacityProvider: "FARGATE", Weight: 1 }] },
      },
      Task: {
        Type: "AWS::ECS::TaskDefinition",
        Properties: {
          Family: { "Fn::Sub": "${AWS::StackName}-web" },
          RequiresCompatibilities: ["FARGATE"],
          NetworkMode: "awsvpc",
          Cpu: "256",
          Memory: { "Fn::If": ["IsProd", "1024", "512"] },
          ExecutionRoleArn: { "Fn::GetAtt": ["ExecutionRole", "Arn"] },
          ContainerDefinitions: [
            {
              Name: "web",
              Image: { Ref: "Image" },
              Environment: [{ Name: "DB_PASSWORD", Value: "hunter2" }, { Name: "STAGE", Value: { Ref: "Env" } }],
              Secrets: [{ Name: "API_KEY", ValueFrom: { Ref: "ApiKeyParameter" } }],
              PortMappings: [{ ContainerPort: 8080 }],
              LogConfiguration: { LogDriver: "awslogs", Options: { "awslogs-group": "/ecs/web", "awslogs-region": { Ref: "AWS::Region" } } },
            },
          ],
        },
      },
      Service: {
        Type: "AWS::ECS::Service",
        Properties: {
          Cluster: { Ref: "Cluster" },
          TaskDefinition: { Ref: "Task" },
          DesiredCount: 2,
          LaunchType: "FARGATE",
          NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ["subnet-1"], AssignPublicIp: "ENABLED" } },
          LoadBalancers: [{ TargetGroupArn: { Ref: "TargetGroup" }, ContainerName: "web", ContainerPort: 8080 }],
        },
      },
      Target: { Type: "AWS::ApplicationAutoScaling::ScalableTarget", Properties: { ServiceNamespace: "ecs", ResourceId: { "Fn::Sub": "service/${Cluster}/${Service.Name}" }, ScalableDimension: "ecs:service:DesiredCount", MinCapacity: 2, MaxCapacity: 1 } },
      Policy: {
        Type: "AWS::ApplicationAutoScaling::ScalingPolicy",
        Properties: { PolicyName: "cpu", PolicyType: "TargetTrackingScaling", ScalingTargetId: { Ref: "Target" }, TargetTrackingScalingPolicyConfiguration: { TargetValue: 0, PredefinedMetricSpecification: { PredefinedMetricType: "ECSServiceAverageCPUUtilization" } } },
      },
      Nightly: {
        Type: "AWS::Events::Rule",
        Properties: {
          ScheduleExpression: "cron(0 3 * * ? *)",
          Targets: [{ Id: "task", Arn: { "Fn::GetAtt": ["Cluster", "Arn"] }, RoleArn: "arn:aws:iam::111122223333:role/events", Input: '{"containerOverrides":[{"name":"web","environment":[{"name":"TOKEN","value":"abc"}]}]}', EcsParameters: { TaskDefinitionArn: { Ref: "Task" }, LaunchType: "FARGATE" } }],
        },
      },
      Schedule: {
        Type: "AWS::Scheduler::Schedule",
        Properties: { ScheduleExpression: "rate(1 day)", FlexibleTimeWindow: { Mode: "OFF" }, Target: { Arn: { "Fn::GetAtt": ["Cluster", "Arn"] }, RoleArn: "arn:aws:iam::111122223333:role/s", EcsParameters: { TaskDefinitionArn: { Ref: "Task" } } } },
      },
      Repository: {
        Type: "AWS::ECR::Repository",
        Properties: {
          RepositoryName: "web",
          ImageTagMutability: "MUTABLE",
          RepositoryPolicyText: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: ["ecr:*"] }] },
          LifecyclePolicy: { LifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":5},"action":{"type":"expire"}}]}' },
        },
      },
      Unrelated: { Type: "AWS::S3::Bucket", Properties: { BucketName: "x" } },
    },
    Outputs: { ClusterArn: { Value: { "Fn::GetAtt": ["Cluster", "Arn"] } } },
  },
  "ecs-container-definitions": [
    { name: "app", image: "app:latest", memory: 256, environment: [{ name: "SECRET_KEY", value: "s3cr3t" }], links: ["db"], privileged: true },
    { name: "db", image: "postgres", essential: false, mountPoints: [{ sourceVolume: "x", containerPath: "/var/lib/postgresql/data" }] },
  ],
  "kubernetes-config-map": { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "web", namespace: "shop" }, data: { "app.properties": "db.url=postgres://app:pa55@db/app", LOG_LEVEL: "info" } },
  "kubernetes-pod": {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "debug", labels: { app: "debug" } },
    spec: {
      hostPID: true,
      hostIPC: true,
      hostNetwork: true,
      containers: [{ name: "shell", image: "ubuntu", command: ["sleep", "infinity"], env: [{ name: "TOKEN", value: "t" }], securityContext: { privileged: true, runAsUser: 0 } }],
      volumes: [{ name: "root", hostPath: { path: "/" } }],
    },
  },
};

/** Every seed: one sample of each document kind, and the extra forms above. */
export const SEEDS: Readonly<Record<string, Tree>> = { ...(SAMPLES as Record<string, Tree>), ...EXTRA_SEEDS };
const SEED_NAMES = Object.keys(SEEDS);

/* ---------------- tree helpers ---------------- */

type Path = readonly (string | number)[];

function allPaths(tree: Tree, prefix: (string | number)[] = [], found: Path[] = []): Path[] {
  found.push(prefix);
  if (Array.isArray(tree)) tree.forEach((item, index) => allPaths(item, [...prefix, index], found));
  else if (isObject(tree)) for (const key of Object.keys(tree)) allPaths(tree[key]!, [...prefix, key], found);
  return found;
}

function at(tree: Tree, path: Path): Tree {
  let current = tree;
  for (const key of path) current = (current as Record<string | number, Tree>)[key]!;
  return current;
}

/** Sets a member without the `__proto__` setter (a key people may write, and that a plain assignment would not create). */
function setMember(parent: TreeObject | Tree[], key: string | number, value: Tree): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function objectFrom(entries: readonly (readonly [string, Tree])[]): TreeObject {
  const object: TreeObject = {};
  for (const [key, value] of entries) setMember(object, key, value);
  return object;
}

function clone(tree: Tree): Tree {
  if (Array.isArray(tree)) return tree.map(clone);
  if (isObject(tree)) return objectFrom(Object.entries(tree).map(([key, value]) => [key, clone(value)]));
  return tree;
}

/* ---------------- values ---------------- */

const ODD_STRINGS: readonly string[] = [
  "", " ", "\t", "\n", "\r\n", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd", "\ud800", "\udfff",
  "é", "e\u0301", "İ", "ß", "ﬃ", "😀", "👩‍👩‍👧", "ＡＢＣ", "Ω", "日本語", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "then", "length", "0", "-1", "1e3", "NaN", "Infinity", "-0", "0x1F", "1_000",
  "true", "false", "yes", "no", "on", "off", "null", "~", "None", "undefined",
  "256", "0.25 vCPU", "1 vcpu", "2 GB", "0.5GB", "512MiB", "1Gi", "100m", "1.5", "-512", "99999999999999999999", "4096 ",
  "*", "**", "?", "/", "//", "../..", "C:\\Windows", "/var/run/docker.sock", "/proc", "/", "0.0.0.0/0", "::/0", "-", "--", ":", "::", "@", "#", "# not a comment", "&a", "*a", "!Ref", "|", ">", "%", "'", '"', "`", "\\", "{", "}", "[", "]", ",",
  "latest", "image:latest", "nginx", "nginx@sha256:" + "a".repeat(64), "123456789012.dkr.ecr.us-east-1.amazonaws.com/", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:", "public.ecr.aws/x/y:1", "localhost:5000/a", "a".repeat(300),
  "arn:", "arn:aws:", "arn:aws:iam::123456789012:role/", "arn:aws:iam:::role", "arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/x:1", "arn:aws:ssm:us-east-1:123456789012:parameter/a/b", "arn:" + "a:".repeat(40),
  "${VAR}", "${", "}", "$", "$$", "${VAR:-default}", "{{ x }}", "{{", "}}", "$$$X$$$", "#{x}", "%{x}", "$(VAR)", "${AWS::Region}", "${!Literal}", "${Param.Attr}", "<% x %>", "{% x %}",
  "cron(", "cron(* * * * * *)", "cron(0 22 * * ? *)", "rate(0 minutes)", "rate(1 day)", "rate(2 days)", "at()", "at(2026-02-30T25:00:00)",
  "ENABLED", "DISABLED", "FARGATE", "EC2", "EXTERNAL", "awsvpc", "bridge", "host", "none", "LINUX", "WINDOWS_SERVER_2022_CORE", "ARM64", "X86_64", "awslogs", "splunk", "KMS", "AES256", "IMMUTABLE", "Deployment", "Pod", "v1", "apps/v1",
  "AKIAIOSFODNN7EXAMPLE", "postgres://user:pass@host/db",
];

const NUMBERS: readonly (number | Raw)[] = [
  0, -1, 1, 1.5, -1.5, 0.1, 2, 7, 10, 30, 64, 80, 128, 256, 443, 512, 1024, 4096, 8192, 65535, 65536, 120000, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2,
  1e21, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE,
  new Raw("1e400", "1e400"), new Raw("-1e400", "-.inf"), new Raw("123456789012345678901234567890", "123456789012345678901234567890"), new Raw("-0", "-0"), new Raw("0.0", "0.0"), new Raw("1E2", "1E2"),
  new Raw("1e-400", "1e-400"), new Raw("31", "0x1F"), new Raw("15", "0o17"), new Raw("1000", "1_000"), new Raw("1", "+1"), new Raw("null", ".nan"), new Raw("null", ".inf"), new Raw("null", "~"),
  new Raw("true", "yes"), new Raw("false", "Off"), new Raw("true", "TRUE"), new Raw("null", "Null"), new Raw('"2001-12-14t21:59:43.10-05:00"', "2001-12-14t21:59:43.10-05:00"), new Raw('"12:30:45"', "12:30:45"),
];

const INTRINSIC_NAMES = ["Ref", "Fn::Sub", "Fn::GetAtt", "Fn::If", "Fn::Join", "Fn::Select", "Fn::ImportValue", "Fn::FindInMap", "Fn::Base64", "Fn::Split", "Fn::GetAZs", "Fn::Cidr", "Fn::Equals", "Fn::Not", "Condition", "Fn::Transform", "Fn::Length", "Fn::ToJsonString", "Fn::Unknown"];

/** Strings: any code points, graphemes, odd ones, long runs, placeholders inside text. */
const stringArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "$", "{{", "a:", "/", " ", "\\", "\n", "é", "${X}"), fc.integer({ min: 20, max: 1000 })).map(([unit, count]) => unit.repeat(count)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ODD_STRINGS), fc.constantFrom("${Env}", "{{ .Values.x }}", "$(A)", "${AWS::AccountId}"), fc.constantFrom(...ODD_STRINGS)).map((parts) => parts.join("")) },
);

const keyPool: readonly string[] = (() => {
  const keys = new Set<string>();
  const visit = (tree: Tree): void => {
    if (Array.isArray(tree)) tree.forEach(visit);
    else if (isObject(tree))
      for (const [key, value] of Object.entries(tree)) {
        keys.add(key);
        for (const candidate of keyCandidates(key, "cloudformation")) keys.add(candidate);
        visit(value);
      }
  };
  Object.values(SEEDS).forEach(visit);
  return [...keys].sort();
})();

const ODD_KEYS: readonly string[] = ["", " ", "__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "<<", "Ref", "Fn::If", "Fn::Sub", "Condition", "a.b", "a/b", "😀", "\u0000", "\t", "key with spaces", "-", "?", "#", "&a", "*a", "!tag", "k".repeat(300), "Type", "Properties", "Resources", "apiVersion", "kind", "AWSTemplateFormatVersion", "items", "taskDefinition"];

const keyArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...keyPool) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** Scalars of every type. */
const scalarArbitrary: fc.Arbitrary<Tree> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constantFrom<Tree>(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 6, arbitrary: stringArbitrary },
);

/** Values: scalars, CloudFormation intrinsics (well and badly formed), lists and objects, deep nesting. */
const { value: valueArbitrary } = fc.letrec<{ value: Tree; intrinsic: Tree; collection: Tree }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 8, arbitrary: scalarArbitrary },
    { weight: 3, arbitrary: tie("intrinsic") },
    { weight: 2, arbitrary: tie("collection") },
  ),
  intrinsic: fc.oneof(
    { depthSize: "small" },
    fc.record({ Ref: fc.constantFrom<Tree>("Param", "AWS::Region", "AWS::NoValue", "AWS::AccountId", "Missing", "") }),
    fc.constantFrom("${AWS::StackName}-x", "arn:aws:iam::${AWS::AccountId}:role/${Role}", "${Repo}:latest", "${Missing", "plain").map((text): Tree => ({ "Fn::Sub": text })),
    fc.tuple(fc.constantFrom("Resource", "Missing"), fc.constantFrom("Arn", "Name", "Endpoint.Address")).map(([name, attribute]): Tree => ({ "Fn::GetAtt": [name, attribute] })),
    fc.constantFrom("Resource.Arn", "Role.Arn").map((text): Tree => ({ "Fn::GetAtt": text })),
    fc.tuple(tie("value"), tie("value")).map(([yes, no]): Tree => ({ "Fn::If": ["IsProd", yes, no] })),
    fc.array(tie("value"), { maxLength: 3 }).map((items): Tree => ({ "Fn::Join": ["", items] })),
    fc.tuple(fc.constantFrom(...INTRINSIC_NAMES), tie("value")).map(([name, argument]) => objectFrom([[name, argument]])),
    fc.tuple(fc.constantFrom(...INTRINSIC_NAMES), tie("value"), keyArbitrary, tie("value")).map(([name, argument, key, extra]) => objectFrom([[name, argument], [key, extra]])),
  ),
  collection: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<Tree>([], {}, [null], [[]], [{}], { "": null }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(keyArbitrary, tie("value")), { maxLength: 4 }).map(objectFrom),
  ),
}));

/* ---------------- mutations ---------------- */

export type Mutation =
  | { readonly op: "replace"; readonly at: number; readonly value: Tree }
  | { readonly op: "delete"; readonly at: number }
  | { readonly op: "insert"; readonly at: number; readonly key: string; readonly value: Tree }
  | { readonly op: "rename"; readonly at: number; readonly style: number }
  | { readonly op: "repeat"; readonly at: number; readonly times: number }
  | { readonly op: "graft"; readonly at: number; readonly from: number; readonly fromAt: number }
  | { readonly op: "swap"; readonly at: number; readonly with: number }
  | { readonly op: "nest"; readonly at: number; readonly depth: number; readonly arrays: boolean }
  | { readonly op: "conditional"; readonly at: number };

const position = fc.nat();
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ op: fc.constant("replace" as const), at: position, value: valueArbitrary }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: position }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), at: position, key: keyArbitrary, value: valueArbitrary }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("rename" as const), at: position, style: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("repeat" as const), at: position, times: fc.oneof(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 20, max: 80 })) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("graft" as const), at: position, from: position, fromAt: position }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("swap" as const), at: position, with: position }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("nest" as const), at: position, depth: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 20, max: 100 })), arrays: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("conditional" as const), at: position }) },
);

const RENAMES: readonly ((key: string) => string)[] = [
  (key) => key.charAt(0).toUpperCase() + key.slice(1),
  (key) => key.charAt(0).toLowerCase() + key.slice(1),
  (key) => key.toUpperCase(),
  (key) => key.toLowerCase(),
  (key) => ` ${key}`,
  (key) => keyCandidates(key, "cloudformation")[0] ?? key,
];

/** The most nodes a repeat grows a document to. */
const MAX_NODES = 2_000;

function nodeCount(tree: Tree): number {
  if (Array.isArray(tree)) return tree.reduce<number>((sum, item) => sum + nodeCount(item), 1);
  if (isObject(tree)) return Object.values(tree).reduce<number>((sum, item) => sum + nodeCount(item), 1);
  return 1;
}

/** Applies a mutation in place to a copy's tree (the root itself is replaced through `holder`). */
function mutate(holder: { root: Tree }, mutation: Mutation): void {
  const paths = allPaths(holder.root);
  const path = paths[mutation.at % paths.length]!;
  const parent = path.length === 0 ? undefined : (at(holder.root, path.slice(0, -1)) as TreeObject | Tree[]);
  const key = path[path.length - 1];
  const current = at(holder.root, path);
  const set = (value: Tree): void => {
    if (parent === undefined) holder.root = value;
    else setMember(parent, key!, value);
  };
  switch (mutation.op) {
    case "replace":
      return set(clone(mutation.value));
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent !== undefined) delete parent[key as string];
      return;
    case "insert":
      if (Array.isArray(current)) current.splice(mutation.at % (current.length + 1), 0, clone(mutation.value));
      else if (isObject(current)) setMember(current, mutation.key, clone(mutation.value));
      else if (isObject(parent)) setMember(parent, mutation.key, clone(mutation.value));
      return;
    case "rename": {
      if (!isObject(parent) || typeof key !== "string") return;
      const renamed = RENAMES[mutation.style % RENAMES.length]!(key);
      const entries = Object.entries(parent).map(([name, value]): [string, Tree] => [name === key ? renamed : name, value]);
      for (const name of Object.keys(parent)) delete parent[name];
      for (const [name, value] of entries) setMember(parent, name, value);
      return;
    }
    case "repeat": {
      // Long lists, within a size that keeps a case to milliseconds.
      const unit = Array.isArray(current) && current.length > 0 ? current : [current];
      const times = Math.min(mutation.times, Math.floor((MAX_NODES - nodeCount(holder.root)) / Math.max(1, nodeCount(unit) / unit.length)));
      if (times < 2) return;
      if (Array.isArray(current) && current.length > 0) set(Array.from({ length: times }, (_, index) => clone(current[index % current.length]!)));
      else if (Array.isArray(parent)) parent.splice(key as number, 0, ...Array.from({ length: times - 1 }, () => clone(current)));
      return;
    }
    case "graft": {
      const seed = SEEDS[SEED_NAMES[mutation.from % SEED_NAMES.length]!]!;
      const from = allPaths(seed);
      return set(clone(at(seed, from[mutation.fromAt % from.length]!)));
    }
    case "swap": {
      const other = paths[mutation.with % paths.length]!;
      // Not with an ancestor or descendant: the tree would hold itself.
      if (other.length === 0 || path.length === 0 || other.slice(0, path.length).join("\u0000") === path.join("\u0000") || path.slice(0, other.length).join("\u0000") === other.join("\u0000")) return;
      const otherValue = at(holder.root, other);
      setMember(at(holder.root, other.slice(0, -1)) as TreeObject, other[other.length - 1]!, current);
      return set(otherValue);
    }
    case "nest": {
      let value = current;
      for (let level = 0; level < mutation.depth; level += 1) value = mutation.arrays ? [value] : objectFrom([[typeof key === "string" ? key : "x", value]]);
      return set(value);
    }
    case "conditional":
      return set({ "Fn::If": ["IsProd", current, { Ref: "AWS::NoValue" }] });
  }
}

/* ---------------- wrappers ---------------- */

export type Wrap = "none" | "describe" | "cloudformation" | "list" | "array";

const DESCRIBE_KEYS: Readonly<Record<string, string>> = {
  "ecs-service": "services",
  "ecs-cluster": "clusters",
  "ecs-capacity-provider": "capacityProviders",
  "autoscaling-scalable-target": "ScalableTargets",
  "autoscaling-scaling-policy": "ScalingPolicies",
  "autoscaling-scheduled-action": "ScheduledActions",
  "ecr-repository": "repositories",
};

/** A sample's keys in CloudFormation's spelling, user maps kept as written (as tests/support/samples.ts does for Json). */
function cloudFormationKeys(tree: Tree, userMap = false): Tree {
  if (Array.isArray(tree)) return tree.map((item) => cloudFormationKeys(item));
  if (!isObject(tree)) return tree;
  return objectFrom(Object.entries(tree).map(([key, item]) => [userMap ? key : (keyCandidates(key, "cloudformation")[0] ?? key), userMap ? item : cloudFormationKeys(item, key === "options" || key === "dockerLabels")]));
}

function wrapped(seedName: string, tree: Tree, wrap: Wrap): Tree {
  const kind = sampleKind(seedName);
  switch (wrap) {
    case "none":
      return tree;
    case "describe":
      if (kind === "ecs-task-definition") return { taskDefinition: tree, tags: [] };
      return DESCRIBE_KEYS[kind] === undefined ? tree : objectFrom([[DESCRIBE_KEYS[kind], [tree, clone(tree)]], ["failures", []]]);
    case "cloudformation": {
      const type = CLOUDFORMATION_TYPES[kind];
      if (type === undefined) return tree;
      return { AWSTemplateFormatVersion: "2010-09-09", Conditions: { IsProd: { "Fn::Equals": ["a", "b"] } }, Resources: { Resource: { Type: type, Properties: cloudFormationKeys(tree) }, Other: { Type: type, Condition: "IsProd", Properties: {} } } };
    }
    case "list":
      return kind.startsWith("kubernetes-") ? { apiVersion: "v1", kind: "List", items: [tree, clone(SEEDS["kubernetes-service"] ?? null)] } : tree;
    case "array":
      return [tree, clone(tree)];
  }
}

/* ---------------- cases ---------------- */

export type JsonForm = "json" | "json-compact" | "json-language" | "jsonc" | "json5";
export type YamlForm = "block" | "indentless" | "flow" | "mixed";

export interface FuzzCase {
  readonly seed: string;
  readonly wrap: Wrap;
  readonly mutations: readonly Mutation[];
  readonly jsonForm: JsonForm;
  readonly yamlForm: YamlForm;
  /** The writers' own random choices (anchors, aliases, merges, tags, quoting, comments, line ends). */
  readonly noise: number;
}

export const caseArbitrary: fc.Arbitrary<FuzzCase> = fc.record({
  seed: fc.constantFrom(...SEED_NAMES),
  wrap: fc.constantFrom<Wrap>("none", "none", "none", "describe", "cloudformation", "cloudformation", "list", "array"),
  mutations: fc.array(mutationArbitrary, { minLength: 0, maxLength: 6 }),
  jsonForm: fc.constantFrom<JsonForm>("json", "json", "json-compact", "json-language", "jsonc", "json5"),
  yamlForm: fc.constantFrom<YamlForm>("block", "block", "indentless", "flow", "mixed"),
  noise: fc.nat(),
});

/**
 * Documents are linted in batches: each alone in its JSON form, and all of
 * them as one YAML stream, each document in its own YAML form (ESLint's cost
 * per file is about as much as a small document's, and a stream is also where
 * documents meet: lookups between them, anchors that do not cross).
 */
export const BATCH = 5;
export const batchArbitrary: fc.Arbitrary<FuzzCase[]> = fc.array(caseArbitrary, { minLength: BATCH, maxLength: BATCH });

/** The document a case describes: its seed, wrapped, mutated. */
export function documentOf(seed: string, wrap: Wrap, mutations: readonly Mutation[]): Tree {
  const holder = { root: wrapped(seed, clone(SEEDS[seed]!), wrap) };
  for (const mutation of mutations) mutate(holder, mutation);
  return holder.root;
}

/* ---------------- writers ---------------- */

/** A small seeded generator (mulberry32): the writers' choices follow from the case alone. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function numberText(value: number): string {
  return Number.isFinite(value) ? JSON.stringify(value) : "null";
}

interface JsonStyle {
  readonly indent: string;
  readonly comments: boolean;
  readonly trailingCommas: boolean;
  readonly json5: boolean;
  duplicates: boolean;
}

function jsonText(tree: Tree, style: JsonStyle, rng: () => number, indent = ""): string {
  const inner = indent + style.indent;
  const newline = style.indent === "" ? "" : "\n";
  const comment = (): string => (style.comments && rng() < 0.2 ? (rng() < 0.5 ? ` // note${newline === "" ? "\n" : ""}` : " /* note */") : "");
  const close = (items: string[], open: string, end: string): string => {
    if (items.length === 0) return open + (style.comments && rng() < 0.2 ? " /* note */ " : "") + end;
    const comma = style.trailingCommas && rng() < 0.5 ? "," : "";
    return `${open}${comment()}${newline}${items.map((item) => inner + item).join(`,${newline}`)}${comma}${comment()}${newline}${indent}${end}`;
  };
  if (tree instanceof Raw) return tree.json;
  if (Array.isArray(tree)) return close(tree.map((item) => jsonText(item, style, rng, inner)), "[", "]");
  if (isObject(tree)) {
    const entries = Object.entries(tree);
    // A repeated key (a copy-paste slip) now and then: once per text, or the text doubles at each level.
    if (style.duplicates && entries.length > 0 && rng() < 0.03) {
      style.duplicates = false;
      entries.push(entries[Math.floor(rng() * entries.length)]!);
    }
    const separator = style.indent === "" ? ":" : ": ";
    return close(entries.map(([key, value]) => `${jsonKey(key, style, rng)}${separator}${jsonText(value, style, rng, inner)}`), "{", "}");
  }
  if (typeof tree === "number") return style.json5 && Number.isInteger(tree) && tree > 0 && tree < 2 ** 31 && rng() < 0.2 ? `0x${tree.toString(16)}` : numberText(tree);
  if (typeof tree === "string" && style.json5 && rng() < 0.3) return `'${JSON.stringify(tree).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  return JSON.stringify(tree);
}

function jsonKey(key: string, style: JsonStyle, rng: () => number): string {
  if (style.json5 && /^[A-Za-z_$][\w$]*$/.test(key) && rng() < 0.5) return key;
  return JSON.stringify(key);
}

export interface Written {
  readonly form: string;
  readonly text: string;
  readonly filename: string;
  readonly config: Linter.Config[];
  /** For a YAML stream: each document's start and end in the text without its byte order mark. */
  readonly spans?: readonly (readonly [number, number])[];
}

export function writeJson(tree: Tree, form: JsonForm, noise: number): Written {
  const rng = random(noise);
  const indent = form === "json-compact" ? "" : (["  ", "  ", "    ", "\t", " "][Math.floor(rng() * 5)]!);
  const loose = form === "jsonc" || form === "json5";
  const style: JsonStyle = { indent, comments: loose, trailingCommas: loose, json5: form === "json5", duplicates: form !== "json-language" };
  let text = jsonText(tree, style, rng);
  if (rng() < 0.1) text = text.replace(/\n/g, "\r\n");
  if (rng() < 0.05) text = `\uFEFF${text}`;
  if (rng() < 0.3) text += "\n";
  const extension = form === "jsonc" ? ".jsonc" : form === "json5" ? ".json5" : ".json";
  return { form, text, filename: `document${extension}`, config: form === "json-language" ? STRICT_WITH_JSON_LANGUAGE : STRICT };
}

/* YAML: the writer keeps the anchors it has written, so that later nodes can refer to them. */

interface YamlState {
  readonly rng: () => number;
  readonly form: YamlForm;
  readonly step: string;
  anchors: { readonly name: string; readonly isMap: boolean }[];
  count: number;
}

const PLAIN = /^[A-Za-z_./$][\w./@:+=$-]*$/;
const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

function escapeDoubleQuoted(text: string): string {
  // JSON's escapes are YAML's, and YAML wants the characters it does not print escaped too.
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function printable(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/.test(text);
}

function yamlScalarText(value: string, state: YamlState, isKey: boolean): string {
  const roll = state.rng();
  if (PLAIN.test(value) && !value.endsWith(":") && (!YAML_KEYWORDS.test(value) || roll < 0.05) && roll < 0.6 && !(isKey && value === "<<")) return value;
  if (!value.includes("\n") && !value.includes("\r") && printable(value) && roll < 0.75) return `'${value.replace(/'/g, "''")}'`;
  return escapeDoubleQuoted(value);
}

function yamlLeaf(tree: Tree, state: YamlState, inFlow: boolean, indent: string): string {
  if (tree === null) return state.form === "flow" || inFlow ? "null" : (["null", "~", "", "Null"][Math.floor(state.rng() * 4)]!);
  if (typeof tree === "boolean") return state.rng() < 0.1 ? (tree ? "True" : "FALSE") : String(tree);
  if (typeof tree === "number") return Number.isFinite(tree) ? JSON.stringify(tree) : ".nan";
  if (tree instanceof Raw) return tree.yaml;
  const text = tree as string;
  // A literal block keeps multi-line text as written.
  if (!inFlow && text.includes("\n") && !text.includes("\r") && printable(text) && !/^[ \t]/.test(text) && state.rng() < 0.5) {
    const lines = text.replace(/\n$/, "").split("\n");
    return `|${text.endsWith("\n") ? "+" : "-"}\n${lines.map((line) => (line === "" ? "" : indent + line)).join("\n")}`;
  }
  return yamlScalarText(text, state, false);
}

/** A CloudFormation intrinsic written as its short tag (`!Ref X`, `!GetAtt A.B`, `!If [...]`), when the object is one. */
function shortIntrinsic(tree: TreeObject): { tag: string; value: Tree } | undefined {
  const keys = Object.keys(tree);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  if (key !== "Ref" && key !== "Condition" && !key.startsWith("Fn::")) return undefined;
  const value = tree[key]!;
  const tag = key === "Ref" ? "!Ref" : key === "Condition" ? "!Condition" : `!${key.slice(4)}`;
  if (key === "Fn::GetAtt" && Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string" && PLAIN.test(part))) return { tag, value: (value as string[]).join(".") };
  return { tag, value };
}

/** Tags a node may carry: the core schema's own for its type, unknown local tags, and now and then one that does not fit (the parser may refuse those). */
function tagFor(tree: Tree, rng: () => number): string {
  if (rng() < 0.05) return ["!!binary", "!!timestamp", "!!set", "!!omap", "!!pairs", "!!int", "!!bool", "!!null"][Math.floor(rng() * 8)]!;
  const own = Array.isArray(tree) ? "!!seq" : isObject(tree) ? "!!map" : typeof tree === "number" ? (Number.isInteger(tree) ? "!!int" : "!!float") : typeof tree === "boolean" ? "!!bool" : tree === null ? "!!null" : "!!str";
  return [own, own, "!Custom", "!Include", "!GetAtt", "!<tag:yaml.org,2002:str>"][Math.floor(rng() * 6)]!;
}

/** Properties (anchor, tag) for a node, and an alias instead of it. */
function properties(state: YamlState, tree: Tree): { alias?: string; anchor?: string; tag?: string; isMap: boolean } {
  const isMap = isObject(tree);
  const roll = state.rng();
  if (state.anchors.length > 0 && roll < 0.04) {
    const candidates = state.rng() < 0.8 && state.anchors.some((anchor) => anchor.isMap === isMap) ? state.anchors.filter((anchor) => anchor.isMap === isMap) : state.anchors;
    return { alias: candidates[Math.floor(state.rng() * candidates.length)]!.name, isMap };
  }
  const anchor = roll < 0.12 ? `a${(state.count += 1)}` : undefined;
  const tag = state.rng() < 0.03 ? tagFor(tree, state.rng) : undefined;
  // The anchor is known before the node's content: a later alias inside it refers to its own ancestor.
  if (anchor !== undefined) state.anchors.push({ name: anchor, isMap });
  return { anchor, tag, isMap };
}

function prefix(props: { anchor?: string; tag?: string }): string {
  return [props.anchor === undefined ? "" : `&${props.anchor}`, props.tag ?? ""].filter((part) => part !== "").join(" ");
}

/** A node in flow style. */
function yamlFlow(tree: Tree, state: YamlState): string {
  const props = properties(state, tree);
  if (props.alias !== undefined) return `*${props.alias}`;
  let tag = props.tag;
  let value = tree;
  if (isObject(tree) && state.rng() < 0.5) {
    const short = shortIntrinsic(tree);
    if (short !== undefined) ({ tag, value } = short);
  }
  const head = prefix({ anchor: props.anchor, tag });
  let body: string;
  if (Array.isArray(value)) body = `[${value.map((item) => yamlFlow(item, state)).join(", ")}]`;
  else if (isObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${yamlScalarText(key, state, true)}: ${yamlFlow(item, state)}`);
    const merge = mergeEntry(state);
    if (merge !== undefined) entries.splice(Math.floor(state.rng() * (entries.length + 1)), 0, merge);
    body = `{${entries.join(", ")}}`;
  } else body = yamlLeaf(value, state, true, "");
  return head === "" ? body : `${head} ${body}`;
}

/** A merge key (`<<: *a` or `<<: [*a, *b]`) now and then, while mappings are anchored. */
function mergeEntry(state: YamlState): string | undefined {
  if (state.anchors.length === 0 || state.rng() >= 0.08) return undefined;
  const maps = state.anchors.filter((anchor) => anchor.isMap);
  const pool = maps.length > 0 && state.rng() < 0.9 ? maps : state.anchors;
  const pick = (): string => `*${pool[Math.floor(state.rng() * pool.length)]!.name}`;
  return `<<: ${state.rng() < 0.7 ? pick() : `[${pick()}, ${pick()}]`}`;
}

/**
 * A node in block style, written after `key:` or `- ` or at the root. `indent`
 * is where its own lines go (a mapping's keys, a list's dashes, a literal
 * block's lines), `keyIndent` the key's own indentation when it is a member's
 * value (where an indentless list puts its dashes). The text starts with what
 * follows the colon or dash: a space and a scalar or flow node, or a line
 * break before a block collection (after its properties, if any).
 */
function yamlBlock(tree: Tree, state: YamlState, indent: string, keyIndent: string | undefined): string {
  if (state.form === "mixed" && state.rng() < 0.15) return ` ${yamlFlow(tree, state)}`;
  const props = properties(state, tree);
  if (props.alias !== undefined) return ` *${props.alias}`;
  let tag = props.tag;
  let value = tree;
  if (isObject(tree) && state.rng() < 0.6) {
    const short = shortIntrinsic(tree);
    if (short !== undefined) ({ tag, value } = short);
  }
  const head = prefix({ anchor: props.anchor, tag });
  const lead = head === "" ? "" : ` ${head}`;
  if (Array.isArray(value) && value.length > 0) {
    const dashIndent = state.form === "indentless" && keyIndent !== undefined ? keyIndent : indent;
    const items = value.map((item) => `${dashIndent}-${onDashLine(yamlBlock(item, state, `${dashIndent}  `, undefined))}`);
    return `${lead}\n${items.join("\n")}`;
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    const lines = Object.entries(value).map(([key, item]) => {
      const comment = state.rng() < 0.05 ? `${indent}# ${key.replace(/[\r\n\u2028\u2029]/g, " ")}\n` : "";
      return `${comment}${indent}${yamlScalarText(key, state, true)}:${yamlBlock(item, state, indent + state.step, indent)}`;
    });
    const merge = mergeEntry(state);
    if (merge !== undefined) lines.splice(Math.floor(state.rng() * (lines.length + 1)), 0, `${indent}${merge}`);
    return `${lead}\n${lines.join("\n")}`;
  }
  if (Array.isArray(value) || isObject(value)) return `${lead} ${Array.isArray(value) ? "[]" : "{}"}`;
  const leaf = yamlLeaf(value, state, false, indent);
  return leaf === "" && lead === "" ? "" : `${lead} ${leaf}`;
}

/** A list item's content: a bare block collection starts on the dash's line (its lines are already indented past the dash). */
function onDashLine(text: string): string {
  return text.startsWith("\n") ? ` ${text.slice(1).trimStart()}` : text;
}

function yamlDocument(tree: Tree, state: YamlState): string {
  if (state.form === "flow") return yamlFlow(tree, state);
  return yamlBlock(tree, state, "", undefined).replace(/^[ \n]/, "");
}

export function writeYaml(documents: readonly { readonly tree: Tree; readonly form: YamlForm }[], noise: number): Written {
  const rng = random(noise ^ 0x5bd1e995);
  const step = ["  ", "  ", "    ", " ", "   "][Math.floor(rng() * 5)]!;
  const texts = documents.map(({ tree, form }, index) => {
    const state: YamlState = { rng, form, step, anchors: [], count: 0 };
    const body = yamlDocument(tree, state);
    const start = index > 0 || rng() < 0.3 ? (rng() < 0.1 ? "--- # document\n" : "---\n") : "";
    const end = rng() < 0.05 ? "\n..." : "";
    return `${start}${body}${end}\n`;
  });
  const header = rng() < 0.03 ? "%YAML 1.2\n---\n" : rng() < 0.1 ? "# generated\n" : "";
  const lineEnd = rng() < 0.1 ? "\r\n" : "\n";
  const bom = rng() < 0.05 ? "\uFEFF" : "";
  // Where each document is in the text ESLint lints (without the mark): an edit is parsed again with its own document only.
  const pieces = texts.map((text, index) => (index === 0 ? header + text : text).replace(/\n/g, lineEnd));
  const spans: [number, number][] = [];
  let offset = 0;
  for (const piece of pieces) spans.push([offset, (offset += piece.length)]);
  return {
    form: `YAML stream (${documents.map((document) => document.form).join(", ")})`,
    text: bom + pieces.join(""),
    filename: rng() < 0.5 ? "documents.yaml" : "documents.yml",
    config: STRICT,
    spans,
  };
}

/** The texts a batch is written as: each document in its JSON form, and the YAML stream of them all. */
export function writtenBatch(batch: readonly FuzzCase[]): Written[] {
  const trees = batch.map((fuzzCase) => documentOf(fuzzCase.seed, fuzzCase.wrap, fuzzCase.mutations));
  return [
    ...batch.map((fuzzCase, index) => writeJson(trees[index]!, fuzzCase.jsonForm, fuzzCase.noise)),
    writeYaml(
      batch.map((fuzzCase, index) => ({ tree: trees[index]!, form: fuzzCase.yamlForm })),
      batch[0]?.noise ?? 0,
    ),
  ];
}

/* ---------------- the property ---------------- */

/** The text ESLint lints and gives positions in: without the byte order mark. */
function linted(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

/** Whether a text parses as its file's format, strictly (`.json` as JSON), as the tools that read the file would. */
export function parses(text: string, written: Pick<Written, "filename" | "form">): boolean {
  try {
    if (written.form === "json-language") return (json.languages.json.parse({ body: text, path: written.filename } as never, { languageOptions: {} }) as { ok: boolean }).ok;
    if (written.filename.endsWith(".yaml") || written.filename.endsWith(".yml")) yamlParser.parseForESLint(text);
    else jsonc.parseForESLint(text, { jsonSyntax: written.filename.endsWith(".json5") ? "JSON5" : written.filename.endsWith(".jsonc") ? "JSONC" : "JSON" });
    return true;
  } catch {
    return false;
  }
}

/** The file's lines as ESLint counts them: at CR, LF, CRLF, U+2028 and U+2029; @eslint/json's language at LF and CRLF only. */
function lineLengths(text: string, form: string): number[] {
  return text.split(form === "json-language" ? /\r?\n/ : /\r\n|[\r\n\u2028\u2029]/).map((line) => line.length);
}

/**
 * The config as ESLint's own normalized config array, made once: given a
 * plain array, `Linter#verify` normalizes it again for every text, which
 * costs more than linting a small document. The class is not part of ESLint's
 * public API; without it, the plain array is used.
 */
const normalized = new Map<Linter.Config[], Linter.Config[]>();
const FlatConfigArray = ((): (new (configs: Linter.Config[], options: { basePath: string }) => Linter.Config[] & { normalizeSync(): void }) | undefined => {
  try {
    const require = createRequire(import.meta.url);
    return (require(join(dirname(require.resolve("eslint")), "config", "flat-config-array.js")) as { FlatConfigArray?: never }).FlatConfigArray;
  } catch {
    return undefined;
  }
})();

function configFor(config: Linter.Config[]): Linter.Config[] {
  let array = normalized.get(config);
  if (array === undefined) {
    array = config;
    if (FlatConfigArray !== undefined) {
      const made = new FlatConfigArray(config, { basePath: process.cwd() });
      made.normalizeSync();
      array = made;
    }
    normalized.set(config, array);
  }
  return array;
}

export interface Outcome {
  readonly failures: string[];
  /** The text the parser itself refused (not a finding). */
  readonly rejected: boolean;
  readonly messages: number;
  readonly edits: number;
}

/**
 * Lints one text with every rule and checks what comes back: no throw, no
 * fatal message on a text that parses, every report inside the file with an
 * end after its start, every message and suggestion a sentence ending with a
 * period, every fix and suggestion inside the file and its result still
 * parsing as the file's format.
 */
export function check(linter: Linter, written: Written): Outcome {
  const text = linted(written.text);
  const failures: string[] = [];
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(written.text, configFor(written.config), { filename: written.filename });
  } catch (error) {
    return { failures: [`throws: ${(error as Error).stack ?? String(error)}`], rejected: !parses(text, written), messages: 0, edits: 0 };
  }
  // A fatal message is the parser's refusal, a finding only when the text parses.
  const fatal = messages.find((message) => message.fatal);
  if (fatal !== undefined) {
    if (!parses(text, written)) return { failures, rejected: true, messages: messages.length, edits: 0 };
    return { failures: [`fatal message on a text that parses: ${fatal.line}:${fatal.column} ${fatal.message}`], rejected: false, messages: messages.length, edits: 0 };
  }
  // Edits are held to the file's format as strictly as the text itself is written (a JSON file stays JSON);
  // YAML has one syntax, and ESLint's parser just read the text.
  let strict: boolean | undefined = written.spans === undefined ? undefined : true;
  const holdsStrictly = (): boolean => (strict ??= parses(text, written));
  const lengths = lineLengths(text, written.form);
  const inside = (line: number | undefined, column: number | undefined): boolean =>
    line !== undefined && column !== undefined && Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lengths.length && column >= 1 && column <= lengths[line - 1]! + 1;
  let edits = 0;
  const checkEdit = (what: string, fix: Linter.LintMessage["fix"]): void => {
    if (fix === undefined) return;
    edits += 1;
    const [start, end] = fix.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      failures.push(`${what}: edit range ${start}–${end} is outside the file (${text.length} characters)`);
      return;
    }
    // In a YAML stream, the document the edit is in is parsed again alone (anchors do not cross documents).
    const span = written.spans?.find(([from, to]) => from <= start && end <= to) ?? [0, text.length];
    const edited = text.slice(span[0], start) + fix.text + text.slice(end, span[1]);
    if (holdsStrictly() && !parses(edited, written)) failures.push(`${what}: the edited text no longer parses (${JSON.stringify(text.slice(Math.max(0, start - 40), end + 40))} → ${JSON.stringify(fix.text)})`);
  };
  for (const message of messages) {
    const where = `${message.ruleId ?? "(no rule)"} ${message.line}:${message.column} "${message.message}"`;
    if (!inside(message.line, message.column)) failures.push(`${where}: start is outside the file`);
    if (message.endLine !== undefined || message.endColumn !== undefined) {
      if (!inside(message.endLine, message.endColumn)) failures.push(`${where}: end ${message.endLine}:${message.endColumn} is outside the file`);
      else if (message.endLine! < message.line || (message.endLine === message.line && message.endColumn! < message.column)) failures.push(`${where}: ends before it starts`);
    }
    if (!message.message.endsWith(".")) failures.push(`${where}: the message does not end with a period`);
    checkEdit(`${where} fix`, message.fix);
    for (const suggestion of message.suggestions ?? []) {
      if (!suggestion.desc.endsWith(".")) failures.push(`${where}: suggestion "${suggestion.desc}" does not end with a period`);
      checkEdit(`${where} suggestion "${suggestion.desc}"`, suggestion.fix);
    }
  }
  return { failures, rejected: false, messages: messages.length, edits };
}
