/**
 * EventBridge and EventBridge Scheduler shapes, the two ways to run ECS tasks
 * on a schedule or on events: PutRule and PutTargets input (and a target on its
 * own, for the bare `--targets file://targets.json` list), and Scheduler's
 * CreateSchedule input and GetSchedule output. Members, types, enums and
 * documented ranges. `tests/facts/aws-schemas.test.ts` compares member names,
 * types and required members with the newest `@aws-sdk/client-eventbridge` and
 * `@aws-sdk/client-scheduler`.
 *
 * Sources: EventBridge model (botocore `events/2015-10-07/service-2.json`),
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html ,
 * API_PutRule.html, API_Target.html, API_EcsParameters.html ; Scheduler model (botocore
 * `scheduler/2021-06-30/service-2.json`),
 * https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html ,
 * API_Target.html, API_EcsParameters.html (2026-08); reference/aws-facts.md §8. Ranges
 * are the model's `min`/`max`/`pattern`, or the API text where it says more (marked).
 * Scheduler's `EventBridgePutEventsV2Parameters` and `EventBridgePutRawEventsParameters`
 * are newer than the botocore snapshot: from the SDK model, without ranges.
 */
import { EVENTBRIDGE_ENUMS, SCHEDULER_ENUMS } from "./eventbridge-enums.js";
import { boolean, integer, list, map, required, string, struct, timestamp, type ListSchema, type StructSchema } from "./schema.js";

/** ARNs and other `min 1, max 1600` strings of both models. */
const ARN_1600 = string({ minLength: 1, maxLength: 1600 });

/* ---------------- EventBridge rules and targets ---------------- */

/** `RuleName` and `TargetId`: 1–64, `[\.\-_A-Za-z0-9]+`. */
const EVENTBRIDGE_NAME = { regex: /^[.\-_A-Za-z0-9]+$/, description: "letters, digits, dots, hyphens and underscores" };
const RULE_NAME = string({ minLength: 1, maxLength: 64, pattern: EVENTBRIDGE_NAME });
/** `EventBusNameOrArn`: 1–1600, a name or an event bus ARN. */
const EVENT_BUS_NAME = string({
  minLength: 1,
  maxLength: 1600,
  pattern: { regex: /^(?:arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/.\-_A-Za-z0-9]+$/, description: "an event bus name or ARN" },
});
const eventBridgeTag = struct("Tag", { Key: required(string({ minLength: 1, maxLength: 128 })), Value: required(string({ maxLength: 256 })) });

/** PutRule input. `ScheduleExpression` (`cron(...)` or `rate(...)`) or `EventPattern` (JSON text). */
export const PUT_RULE: StructSchema = struct("PutRuleRequest", {
  Name: required(RULE_NAME),
  ScheduleExpression: string({ maxLength: 256 }),
  EventPattern: string({ maxLength: 4096 }),
  State: string({ enum: EVENTBRIDGE_ENUMS.RuleState }),
  Description: string({ maxLength: 512 }),
  RoleArn: ARN_1600,
  Tags: list(eventBridgeTag),
  EventBusName: EVENT_BUS_NAME,
});

/** `CapacityProviderStrategyItem`, the same in both models. */
const capacityProviderStrategyItem = struct("CapacityProviderStrategyItem", {
  capacityProvider: required(string({ minLength: 1, maxLength: 255 })),
  weight: integer({ min: 0, max: 1000 }),
  base: integer({ min: 0, max: 100000 }),
});
const placementConstraint = (enumValues: readonly string[]) =>
  struct("PlacementConstraint", { type: string({ enum: enumValues }), expression: string({ maxLength: 2000 }) });
const placementStrategy = (enumValues: readonly string[]) => struct("PlacementStrategy", { type: string({ enum: enumValues }), field: string({ maxLength: 255 }) });

const eventBridgeEcsParameters = struct("EcsParameters", {
  TaskDefinitionArn: required(ARN_1600),
  // `LimitMin1`; the default is 1.
  TaskCount: integer({ min: 1 }),
  LaunchType: string({ enum: EVENTBRIDGE_ENUMS.LaunchType }),
  // Lowercase `awsvpcConfiguration`, capitalised members inside (aws-facts §8.1).
  NetworkConfiguration: struct("NetworkConfiguration", {
    awsvpcConfiguration: struct("AwsVpcConfiguration", {
      // "You can specify as many as 16 subnets" / "as many as five security groups" (API text; no max in the model).
      Subnets: required(list(string(), { maxItems: 16 })),
      SecurityGroups: list(string(), { maxItems: 5 }),
      AssignPublicIp: string({ enum: EVENTBRIDGE_ENUMS.AssignPublicIp }),
    }),
  }),
  // Only the numeric part ("1.4.0"), only with FARGATE (API text; rules judge it).
  PlatformVersion: string(),
  // "The maximum length is 255 characters" (API text).
  Group: string({ maxLength: 255 }),
  // At most 6 items: judged by ecs-capacity-provider-strategy.
  CapacityProviderStrategy: list(capacityProviderStrategyItem),
  EnableECSManagedTags: boolean,
  EnableExecuteCommand: boolean,
  PlacementConstraints: list(placementConstraint(EVENTBRIDGE_ENUMS.PlacementConstraintType), { maxItems: 10 }),
  PlacementStrategy: list(placementStrategy(EVENTBRIDGE_ENUMS.PlacementStrategyType), { maxItems: 5 }),
  PropagateTags: string({ enum: EVENTBRIDGE_ENUMS.PropagateTags }),
  ReferenceId: string({ maxLength: 1024 }),
  Tags: list(eventBridgeTag),
});

/** An EventBridge target (`PutTargets.Targets[]`, `list-targets-by-rule` output's `Targets[]`). */
export const TARGET: StructSchema = struct("Target", {
  Id: required(string({ minLength: 1, maxLength: 64, pattern: EVENTBRIDGE_NAME })),
  // For ECS, the cluster ARN.
  Arn: required(ARN_1600),
  RoleArn: ARN_1600,
  Input: string({ maxLength: 8192 }),
  InputPath: string({ maxLength: 256 }),
  InputTransformer: struct("InputTransformer", {
    InputPathsMap: map,
    InputTemplate: required(string({ minLength: 1, maxLength: 8192 })),
  }),
  KinesisParameters: struct("KinesisParameters", { PartitionKeyPath: required(string({ maxLength: 256 })) }),
  RunCommandParameters: struct("RunCommandParameters", {
    RunCommandTargets: required(
      list(
        struct("RunCommandTarget", {
          Key: required(string({ minLength: 1, maxLength: 128, pattern: { regex: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, description: "letters, digits, spaces and _.:/=+-@" } })),
          Values: required(list(string({ minLength: 1, maxLength: 256 }), { maxItems: 50 })),
        }),
        { maxItems: 5 },
      ),
    ),
  }),
  EcsParameters: eventBridgeEcsParameters,
  BatchParameters: struct("BatchParameters", {
    JobDefinition: required(string()),
    JobName: required(string()),
    ArrayProperties: struct("BatchArrayProperties", { Size: integer() }),
    RetryStrategy: struct("BatchRetryStrategy", { Attempts: integer() }),
  }),
  SqsParameters: struct("SqsParameters", { MessageGroupId: string({ maxLength: 100 }) }),
  HttpParameters: struct("HttpParameters", { PathParameterValues: list(string()), HeaderParameters: map, QueryStringParameters: map }),
  RedshiftDataParameters: struct("RedshiftDataParameters", {
    Database: required(string({ minLength: 1, maxLength: 64 })),
    SecretManagerArn: ARN_1600,
    DbUser: string({ minLength: 1, maxLength: 128 }),
    Sql: string({ minLength: 1, maxLength: 100000 }),
    StatementName: string({ minLength: 1, maxLength: 500 }),
    WithEvent: boolean,
    Sqls: list(string({ minLength: 1, maxLength: 100000 }), { maxItems: 40 }),
  }),
  SageMakerPipelineParameters: struct("SageMakerPipelineParameters", {
    PipelineParameterList: list(
      struct("SageMakerPipelineParameter", {
        Name: required(string({ minLength: 1, maxLength: 256, pattern: { regex: /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, description: "letters, digits and inner hyphens" } })),
        Value: required(string({ maxLength: 1024 })),
      }),
      { maxItems: 200 },
    ),
  }),
  DeadLetterConfig: struct("DeadLetterConfig", { Arn: ARN_1600 }),
  RetryPolicy: struct("RetryPolicy", { MaximumRetryAttempts: integer({ min: 0, max: 185 }), MaximumEventAgeInSeconds: integer({ min: 60, max: 86400 }) }),
  AppSyncParameters: struct("AppSyncParameters", { GraphQLOperation: string({ minLength: 1, maxLength: 1048576 }) }),
});

/**
 * A list of targets: PutTargets takes at most 10 per request ("The maximum number
 * of entries per request is 10", API PutTargets; the model's `TargetList` says
 * 1–100). Also the bare `--targets file://targets.json` file.
 */
export const TARGET_LIST: ListSchema = list(TARGET, { maxItems: 10 });

/**
 * "Each rule can have up to five (5) targets associated with it at one time."
 * Source: API PutTargets https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html ; aws-facts §8.1.
 */
export const EVENTBRIDGE_MAX_TARGETS_PER_RULE = 5;

/** PutTargets input. */
export const PUT_TARGETS: StructSchema = struct("PutTargetsRequest", {
  Rule: required(RULE_NAME),
  EventBusName: EVENT_BUS_NAME,
  Targets: required(TARGET_LIST),
});

/* ---------------- EventBridge Scheduler ---------------- */

/** Schedule and group names: 1–64, `^[0-9a-zA-Z-_.]+$`. */
const SCHEDULE_NAME = string({ minLength: 1, maxLength: 64, pattern: { regex: /^[0-9a-zA-Z\-_.]+$/, description: "up to 64 letters, digits, hyphens, underscores and dots" } });

const schedulerEcsParameters = struct("EcsParameters", {
  TaskDefinitionArn: required(ARN_1600),
  // 1–10 — narrower than EventBridge rules (aws-facts §8.2).
  TaskCount: integer({ min: 1, max: 10 }),
  LaunchType: string({ enum: SCHEDULER_ENUMS.LaunchType }),
  NetworkConfiguration: struct("NetworkConfiguration", {
    awsvpcConfiguration: struct("AwsVpcConfiguration", {
      // Subnets 1–16, SecurityGroups 1–5, each 1–1000 characters (model).
      Subnets: required(list(string({ minLength: 1, maxLength: 1000 }), { maxItems: 16 })),
      SecurityGroups: list(string({ minLength: 1, maxLength: 1000 }), { maxItems: 5 }),
      AssignPublicIp: string({ enum: SCHEDULER_ENUMS.AssignPublicIp }),
    }),
  }),
  PlatformVersion: string({ minLength: 1, maxLength: 64 }),
  Group: string({ minLength: 1, maxLength: 255 }),
  // At most 6 items: judged by ecs-capacity-provider-strategy.
  CapacityProviderStrategy: list(capacityProviderStrategyItem),
  EnableECSManagedTags: boolean,
  EnableExecuteCommand: boolean,
  PlacementConstraints: list(placementConstraint(SCHEDULER_ENUMS.PlacementConstraintType), { maxItems: 10 }),
  PlacementStrategy: list(placementStrategy(SCHEDULER_ENUMS.PlacementStrategyType), { maxItems: 5 }),
  PropagateTags: string({ enum: SCHEDULER_ENUMS.PropagateTags }),
  ReferenceId: string({ maxLength: 1024 }),
  // A list of one-entry maps (`[{"key": "value"}]`), 0–50.
  Tags: list(map, { maxItems: 50 }),
});

/** A Scheduler target: `Arn` and `RoleArn` are both required. */
const schedulerTarget = struct("Target", {
  Arn: required(ARN_1600),
  RoleArn: required(
    string({ minLength: 1, maxLength: 1600, pattern: { regex: /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/, description: "an IAM role ARN (arn:aws:iam::<account>:role/<name>)" } }),
  ),
  DeadLetterConfig: struct("DeadLetterConfig", {
    Arn: string({ minLength: 1, maxLength: 1600, pattern: { regex: /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9\-_]+$/, description: "an SQS queue ARN" } }),
  }),
  RetryPolicy: struct("RetryPolicy", { MaximumEventAgeInSeconds: integer({ min: 60, max: 86400 }), MaximumRetryAttempts: integer({ min: 0, max: 185 }) }),
  Input: string({ minLength: 1 }),
  EcsParameters: schedulerEcsParameters,
  EventBridgeParameters: struct("EventBridgeParameters", {
    DetailType: required(string({ minLength: 1, maxLength: 128 })),
    // The model's pattern (not `aws.`-prefixed, or a JSON path) is left to the service.
    Source: required(string({ minLength: 1, maxLength: 256 })),
  }),
  EventBridgePutEventsV2Parameters: struct("EventBridgePutEventsV2Parameters", { DetailType: required(string()), Source: required(string()) }),
  EventBridgePutRawEventsParameters: struct("EventBridgePutRawEventsParameters", { Metadata: map }),
  KinesisParameters: struct("KinesisParameters", { PartitionKey: required(string({ minLength: 1, maxLength: 256 })) }),
  SageMakerPipelineParameters: struct("SageMakerPipelineParameters", {
    PipelineParameterList: list(
      struct("SageMakerPipelineParameter", {
        Name: required(string({ minLength: 1, maxLength: 256, pattern: { regex: /^[A-Za-z0-9\-_]*$/, description: "letters, digits, hyphens and underscores" } })),
        Value: required(string({ minLength: 1, maxLength: 1024 })),
      }),
      { maxItems: 200 },
    ),
  }),
  SqsParameters: struct("SqsParameters", { MessageGroupId: string({ minLength: 1, maxLength: 128 }) }),
});

/** `FlexibleTimeWindow`: `MaximumWindowInMinutes` 1–1440, with `Mode: FLEXIBLE`. */
const flexibleTimeWindow = struct("FlexibleTimeWindow", {
  Mode: required(string({ enum: SCHEDULER_ENUMS.FlexibleTimeWindowMode })),
  MaximumWindowInMinutes: integer({ min: 1, max: 1440 }),
});

const SCHEDULE_EXPRESSION = string({ minLength: 1, maxLength: 256 });
const SCHEDULE_TIMEZONE = string({ minLength: 1, maxLength: 50 });
const KMS_KEY_ARN = string({
  minLength: 1,
  maxLength: 2048,
  pattern: { regex: /^arn:aws(-[a-z]+)?:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[0-9a-zA-Z\-_]*$/, description: "a KMS key or alias ARN" },
});

/**
 * CreateSchedule (and UpdateSchedule) input. `ScheduleExpression`: `at(...)`,
 * `rate(...)` or `cron(...)` with six fields; `StartDate`/`EndDate` are timestamps.
 */
export const CREATE_SCHEDULE: StructSchema = struct("CreateScheduleInput", {
  Name: required(SCHEDULE_NAME),
  ScheduleExpression: required(SCHEDULE_EXPRESSION),
  Target: required(schedulerTarget),
  FlexibleTimeWindow: required(flexibleTimeWindow),
  GroupName: SCHEDULE_NAME,
  StartDate: timestamp,
  EndDate: timestamp,
  Description: string({ maxLength: 512 }),
  ScheduleExpressionTimezone: SCHEDULE_TIMEZONE,
  State: string({ enum: SCHEDULER_ENUMS.ScheduleState }),
  KmsKeyArn: KMS_KEY_ARN,
  ClientToken: string({ minLength: 1, maxLength: 64, pattern: { regex: /^[a-zA-Z0-9\-_]+$/, description: "letters, digits, hyphens and underscores" } }),
  ActionAfterCompletion: string({ enum: SCHEDULER_ENUMS.ActionAfterCompletion }),
});

/** `get-schedule` output: the schedule with its ARN and dates; no member is required. */
export const GET_SCHEDULE: StructSchema = struct("GetScheduleOutput", {
  Arn: string({ minLength: 1, maxLength: 1224 }),
  GroupName: SCHEDULE_NAME,
  Name: SCHEDULE_NAME,
  ScheduleExpression: SCHEDULE_EXPRESSION,
  StartDate: timestamp,
  EndDate: timestamp,
  Description: string({ maxLength: 512 }),
  ScheduleExpressionTimezone: SCHEDULE_TIMEZONE,
  State: string({ enum: SCHEDULER_ENUMS.ScheduleState }),
  CreationDate: timestamp,
  LastModificationDate: timestamp,
  KmsKeyArn: KMS_KEY_ARN,
  Target: schedulerTarget,
  FlexibleTimeWindow: flexibleTimeWindow,
  ActionAfterCompletion: string({ enum: SCHEDULER_ENUMS.ActionAfterCompletion }),
});
