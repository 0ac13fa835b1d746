/**
 * The Application Auto Scaling, EventBridge, EventBridge Scheduler, ECR and App Runner shape
 * tables in `src/facts/*-schema.ts` agree with the AWS SDK (`@aws-sdk/client-*`,
 * devDependencies kept at the newest version): the same members at every depth,
 * the same types and the same required members. A member AWS adds fails here
 * (with a diff naming its path) instead of becoming a false "unknown key" report
 * from `valid-schema`. The lifecycle policy document (`LIFECYCLE_POLICY`) is in
 * no SDK model and is not compared.
 *
 * The decoding and comparing is in `tests/support/sdk-shapes.ts`.
 */
import * as aas from "@aws-sdk/client-application-auto-scaling";
import * as apprunner from "@aws-sdk/client-apprunner";
import * as ecr from "@aws-sdk/client-ecr";
import * as events from "@aws-sdk/client-eventbridge";
import * as scheduler from "@aws-sdk/client-scheduler";
import { describe, expect, it } from "vitest";
import { CREATE_AUTO_SCALING_CONFIGURATION, CREATE_SERVICE as CREATE_APPRUNNER_SERVICE, CREATE_VPC_CONNECTOR, SERVICE as APPRUNNER_SERVICE, UPDATE_SERVICE as UPDATE_APPRUNNER_SERVICE } from "../../src/facts/apprunner-schema.js";
import {
  PUT_SCALING_POLICY,
  PUT_SCHEDULED_ACTION,
  REGISTER_SCALABLE_TARGET,
  SCALABLE_TARGET,
  SCALING_POLICY,
  SCHEDULED_ACTION,
} from "../../src/facts/autoscaling-schema.js";
import {
  CREATE_REPOSITORY,
  PUT_LIFECYCLE_POLICY,
  PUT_REGISTRY_POLICY,
  PUT_REGISTRY_SCANNING_CONFIGURATION,
  REGISTRY_SCANNING_CONFIGURATION,
  REPOSITORY,
  SET_REPOSITORY_POLICY,
} from "../../src/facts/ecr-schema.js";
import { CREATE_SCHEDULE, GET_SCHEDULE, PUT_RULE, PUT_TARGETS, TARGET } from "../../src/facts/eventbridge-schema.js";
import type { StructSchema } from "../../src/facts/schema.js";
import { compare, fromSdk, fromTable } from "../support/sdk-shapes.js";

type Sdk = Record<string, unknown>;

/** [table name, SDK package, SDK shape name, table]. */
const TABLES: readonly (readonly [string, string, Sdk, string, StructSchema])[] = [
  ["REGISTER_SCALABLE_TARGET", "@aws-sdk/client-application-auto-scaling", aas, "RegisterScalableTargetRequest", REGISTER_SCALABLE_TARGET],
  ["SCALABLE_TARGET", "@aws-sdk/client-application-auto-scaling", aas, "ScalableTarget", SCALABLE_TARGET],
  ["PUT_SCALING_POLICY", "@aws-sdk/client-application-auto-scaling", aas, "PutScalingPolicyRequest", PUT_SCALING_POLICY],
  ["SCALING_POLICY", "@aws-sdk/client-application-auto-scaling", aas, "ScalingPolicy", SCALING_POLICY],
  ["PUT_SCHEDULED_ACTION", "@aws-sdk/client-application-auto-scaling", aas, "PutScheduledActionRequest", PUT_SCHEDULED_ACTION],
  ["SCHEDULED_ACTION", "@aws-sdk/client-application-auto-scaling", aas, "ScheduledAction", SCHEDULED_ACTION],
  ["PUT_RULE", "@aws-sdk/client-eventbridge", events, "PutRuleRequest", PUT_RULE],
  ["PUT_TARGETS", "@aws-sdk/client-eventbridge", events, "PutTargetsRequest", PUT_TARGETS],
  ["TARGET", "@aws-sdk/client-eventbridge", events, "Target", TARGET],
  ["CREATE_SCHEDULE", "@aws-sdk/client-scheduler", scheduler, "CreateScheduleInput", CREATE_SCHEDULE],
  ["GET_SCHEDULE", "@aws-sdk/client-scheduler", scheduler, "GetScheduleOutput", GET_SCHEDULE],
  ["CREATE_REPOSITORY", "@aws-sdk/client-ecr", ecr, "CreateRepositoryRequest", CREATE_REPOSITORY],
  ["REPOSITORY", "@aws-sdk/client-ecr", ecr, "Repository", REPOSITORY],
  ["PUT_REGISTRY_SCANNING_CONFIGURATION", "@aws-sdk/client-ecr", ecr, "PutRegistryScanningConfigurationRequest", PUT_REGISTRY_SCANNING_CONFIGURATION],
  ["REGISTRY_SCANNING_CONFIGURATION", "@aws-sdk/client-ecr", ecr, "RegistryScanningConfiguration", REGISTRY_SCANNING_CONFIGURATION],
  ["PUT_LIFECYCLE_POLICY", "@aws-sdk/client-ecr", ecr, "PutLifecyclePolicyRequest", PUT_LIFECYCLE_POLICY],
  ["SET_REPOSITORY_POLICY", "@aws-sdk/client-ecr", ecr, "SetRepositoryPolicyRequest", SET_REPOSITORY_POLICY],
  ["PUT_REGISTRY_POLICY", "@aws-sdk/client-ecr", ecr, "PutRegistryPolicyRequest", PUT_REGISTRY_POLICY],
  ["CREATE_SERVICE (App Runner)", "@aws-sdk/client-apprunner", apprunner, "CreateServiceRequest", CREATE_APPRUNNER_SERVICE],
  ["UPDATE_SERVICE (App Runner)", "@aws-sdk/client-apprunner", apprunner, "UpdateServiceRequest", UPDATE_APPRUNNER_SERVICE],
  ["SERVICE (App Runner)", "@aws-sdk/client-apprunner", apprunner, "Service", APPRUNNER_SERVICE],
  ["CREATE_AUTO_SCALING_CONFIGURATION", "@aws-sdk/client-apprunner", apprunner, "CreateAutoScalingConfigurationRequest", CREATE_AUTO_SCALING_CONFIGURATION],
  ["CREATE_VPC_CONNECTOR", "@aws-sdk/client-apprunner", apprunner, "CreateVpcConnectorRequest", CREATE_VPC_CONNECTOR],
];

describe("AWS shape tables match the SDK models", () => {
  it.each(TABLES)("%s matches %s %s", (_table, packageName, sdk, shapeName, table) => {
    const exported = sdk[`${shapeName}$`];
    expect(exported, `${packageName} exports no schema named ${shapeName}$`).toBeDefined();
    const sdkShape = fromSdk(exported);
    expect(sdkShape.kind, `${packageName} ${shapeName}$ does not decode to a structure`).toBe("struct");
    expect(table.name).toBe(shapeName);
    const differences: string[] = [];
    compare(sdkShape, fromTable(table), shapeName, differences);
    expect(differences).toEqual([]);
  });
});
