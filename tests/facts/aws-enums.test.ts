/**
 * Every Application Auto Scaling, EventBridge, EventBridge Scheduler, ECR and App Runner
 * enum table equals, as a set, the enum of the same name in the AWS SDK
 * (`@aws-sdk/client-*`, devDependencies kept at the newest version): a value AWS
 * adds fails this test instead of becoming a false `valid-schema` report. The
 * lifecycle policy document's lowercase values are compared with the ECR enums
 * that carry them in upper case (lifecycle policy preview output), where there
 * is one.
 */
import * as aas from "@aws-sdk/client-application-auto-scaling";
import * as apprunner from "@aws-sdk/client-apprunner";
import * as ecr from "@aws-sdk/client-ecr";
import * as events from "@aws-sdk/client-eventbridge";
import * as scheduler from "@aws-sdk/client-scheduler";
import { describe, expect, it } from "vitest";
import { APPRUNNER_ENUMS, MANAGED_RUNTIMES } from "../../src/facts/apprunner.js";
import { AUTOSCALING_ENUMS, ECS_HIGH_RESOLUTION_METRIC_TYPES, ECS_METRIC_TYPES, ECS_POLICY_TYPES, ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE } from "../../src/facts/autoscaling-enums.js";
import { ECR_ENUMS, LIFECYCLE_POLICY_ENUMS } from "../../src/facts/ecr-enums.js";
import { EVENTBRIDGE_ENUMS, SCHEDULER_ENUMS } from "../../src/facts/eventbridge-enums.js";

type Sdk = Record<string, unknown>;

function sdkValues(sdk: Sdk, packageName: string, name: string): string[] {
  const exported = sdk[name];
  expect(exported, `${packageName} exports no enum named ${name}`).toBeTypeOf("object");
  return Object.values(exported as Record<string, string>).sort();
}

const TABLES: readonly (readonly [string, Sdk, Readonly<Record<string, readonly string[]>>])[] = [
  ["@aws-sdk/client-application-auto-scaling", aas, AUTOSCALING_ENUMS],
  ["@aws-sdk/client-eventbridge", events, EVENTBRIDGE_ENUMS],
  ["@aws-sdk/client-scheduler", scheduler, SCHEDULER_ENUMS],
  ["@aws-sdk/client-ecr", ecr, ECR_ENUMS],
  ["@aws-sdk/client-apprunner", apprunner, APPRUNNER_ENUMS],
];

for (const [packageName, sdk, table] of TABLES) {
  describe(`enum tables match ${packageName}`, () => {
    it.each(Object.entries(table))("%s", (name, values) => {
      expect([...values].sort()).toEqual(sdkValues(sdk, packageName, name));
    });
  });
}

/** Lifecycle policy member → the ECR enum with the same values in upper case. `countType` and `countUnit` have none. */
const LIFECYCLE_COUNTERPARTS: Readonly<Partial<Record<keyof typeof LIFECYCLE_POLICY_ENUMS, string>>> = {
  tagStatus: "TagStatus",
  actionType: "ImageActionType",
  storageClass: "LifecyclePolicyStorageClass",
  targetStorageClass: "LifecyclePolicyTargetStorageClass",
};

describe("lifecycle policy values match @aws-sdk/client-ecr (in upper case)", () => {
  it.each(Object.entries(LIFECYCLE_COUNTERPARTS))("%s ~ %s", (member, name) => {
    const values = LIFECYCLE_POLICY_ENUMS[member as keyof typeof LIFECYCLE_POLICY_ENUMS];
    expect(values.map((value) => value.toUpperCase()).sort()).toEqual(sdkValues(ecr, "@aws-sdk/client-ecr", name));
  });
});

describe("ECS subsets of the Application Auto Scaling enums", () => {
  it("are values of the full tables", () => {
    expect(AUTOSCALING_ENUMS.ServiceNamespace).toContain(ECS_SERVICE_NAMESPACE);
    expect(AUTOSCALING_ENUMS.ScalableDimension).toContain(ECS_SCALABLE_DIMENSION);
    for (const type of ECS_METRIC_TYPES) expect(AUTOSCALING_ENUMS.MetricType).toContain(type);
    for (const type of ECS_HIGH_RESOLUTION_METRIC_TYPES) expect(ECS_METRIC_TYPES).toContain(type);
    for (const type of ECS_POLICY_TYPES) expect(AUTOSCALING_ENUMS.PolicyType).toContain(type);
  });

  it("name every ECS metric type of the SDK", () => {
    const ecsMetrics = sdkValues(aas, "@aws-sdk/client-application-auto-scaling", "MetricType").filter((type) => type.startsWith("ECS"));
    expect(ECS_METRIC_TYPES.filter((type) => type.startsWith("ECS")).sort()).toEqual(ecsMetrics);
  });
});

describe("App Runner managed runtimes", () => {
  it("name every value of the API's Runtime enum once", () => {
    expect(MANAGED_RUNTIMES.map((runtime) => runtime.api).sort()).toEqual([...APPRUNNER_ENUMS.Runtime].sort());
    expect(new Set(MANAGED_RUNTIMES.map((runtime) => runtime.name)).size).toBe(MANAGED_RUNTIMES.length);
  });

  it("move to supported runtimes", () => {
    for (const runtime of MANAGED_RUNTIMES) {
      if (runtime.successor === undefined) continue;
      const successor = MANAGED_RUNTIMES.find((candidate) => candidate.name === runtime.successor);
      expect(successor?.endOfSupport, runtime.name).toBeUndefined();
    }
  });
});
