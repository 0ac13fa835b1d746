/**
 * Bad input never crashes a rule, for every document kind: one valid sample of
 * each kind, and every member of it at every depth replaced in turn by null, a
 * number, a string, a boolean, a list, an object, a placeholder and a
 * CloudFormation intrinsic — each variant linted with every rule (the strict
 * config). A crash would surface as a thrown error or a fatal message.
 */
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { documentsOf } from "../src/documents/index.js";
import { jsonParser } from "../src/parsers/index.js";
import plugin from "../src/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SAMPLES: Record<string, Json> = {
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
};

const REPLACEMENTS: readonly Json[] = [null, 7, -1.5, "x", "", true, [], [null], {}, { Ref: "Param" }, "${VAR}"];

/** Every path to a member or item, at every depth. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push([...prefix, index], ...paths(item, [...prefix, index])));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) found.push([...prefix, key], ...paths(item, [...prefix, key]));
  return found;
}

function replaced(value: Json, path: readonly (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, replacement) : item));
  const object = value as { [key: string]: Json };
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, key === head ? replaced(item, rest, replacement) : item]));
}

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [{ files: ["**/*.json"], languageOptions: { parser: jsoncParser }, plugins: { "aws-containers": plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`aws-containers/${name}`, "error"])) }];

describe("mutations of every document kind", () => {
  it.each(Object.entries(SAMPLES))("%s: each sample is recognized as its kind", (name, sample) => {
    const kind = name.trim();
    const text = JSON.stringify(sample, null, 2);
    expect(documentsOf(jsonParser.parseForESLint(text, {}).ast as never, text).map((document) => document.kind)).toContain(kind);
  });

  it.each(Object.entries(SAMPLES))("%s: no variant crashes a rule", (_kind, sample) => {
    let variants = 0;
    for (const path of paths(sample)) {
      for (const replacement of REPLACEMENTS) {
        const text = JSON.stringify(replaced(sample, path, replacement), null, 2);
        const messages = linter.verify(text, config, { filename: "sample.json" });
        expect(messages.filter((message) => message.fatal), `${path.join(".")} = ${JSON.stringify(replacement)}`).toEqual([]);
        variants += 1;
      }
    }
    expect(variants).toBeGreaterThan(20);
  });
});
