/**
 * Application Auto Scaling shapes: the inputs of RegisterScalableTarget,
 * PutScalingPolicy and PutScheduledAction, and the items the matching
 * `describe-*` commands print. Members, types, enums and documented ranges.
 * `tests/facts/aws-schemas.test.ts` compares member names, types and required
 * members with the newest `@aws-sdk/client-application-auto-scaling`.
 *
 * Sources: Application Auto Scaling model (botocore
 * `application-autoscaling/2016-02-06/service-2.json`, 2026-08; the
 * `HighResolution` metric types from the SDK model),
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html ,
 * API_PutScalingPolicy.html, API_PutScheduledAction.html ; reference/aws-facts.md §6.
 * Ranges are the model's (`min`/`max`/`pattern` of each shape); the model's
 * "any XML character" patterns are left out (they reject nothing a YAML or JSON
 * file can hold).
 */
import { AUTOSCALING_ENUMS } from "./autoscaling-enums.js";
import { boolean, double, integer, list, map, required, string, struct, timestamp, type StructSchema } from "./schema.js";

const SERVICE_NAMESPACE = string({ enum: AUTOSCALING_ENUMS.ServiceNamespace });
const SCALABLE_DIMENSION = string({ enum: AUTOSCALING_ENUMS.ScalableDimension });
/** `ResourceIdMaxLen1600`: ResourceId, RoleARN, Schedule, Timezone, ARNs. */
const ID_1600 = string({ minLength: 1, maxLength: 1600 });
/**
 * `ResourceCapacity`: no range in the model; the API text says the minimum is 0
 * for ECS services (and some others) and 1 for the rest, so 0 is the floor for all.
 */
const CAPACITY = integer({ min: 0 });
/** `MetricScale`: a Double (target values, step bounds). */
const METRIC_SCALE = double();
/** `Cooldown` in seconds; no range in the model. */
const COOLDOWN = integer();

const suspendedState = struct("SuspendedState", {
  DynamicScalingInSuspended: boolean,
  DynamicScalingOutSuspended: boolean,
  ScheduledScalingSuspended: boolean,
});

/** `PredictiveScalingMetricType` etc.: 1–128, free text (no enum in the model). */
const PREDICTIVE_METRIC_TYPE = string({ minLength: 1, maxLength: 128 });
/** `ResourceLabel`: 1–1023; `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>` (rules judge the format). */
const RESOURCE_LABEL = string({ minLength: 1, maxLength: 1023 });
/** Metric query `Id`: 1–255. */
const QUERY_ID = string({ minLength: 1, maxLength: 255 });
/** Metric math `Expression`: 1–2048. */
const EXPRESSION = string({ minLength: 1, maxLength: 2048 });
/** Metric query `Unit`: 1–1023 (the CloudWatch unit names; not an enum in this model). */
const QUERY_UNIT = string({ minLength: 1, maxLength: 1023 });

const targetTrackingConfiguration = struct("TargetTrackingScalingPolicyConfiguration", {
  TargetValue: required(METRIC_SCALE),
  PredefinedMetricSpecification: struct("PredefinedMetricSpecification", {
    PredefinedMetricType: required(string({ enum: AUTOSCALING_ENUMS.MetricType })),
    ResourceLabel: RESOURCE_LABEL,
  }),
  CustomizedMetricSpecification: struct("CustomizedMetricSpecification", {
    MetricName: string(),
    Namespace: string(),
    Dimensions: list(struct("MetricDimension", { Name: required(string()), Value: required(string()) })),
    Statistic: string({ enum: AUTOSCALING_ENUMS.MetricStatistic }),
    // `MetricUnit`: a string in the model (no enum).
    Unit: string(),
    Metrics: list(
      struct("TargetTrackingMetricDataQuery", {
        Id: required(QUERY_ID),
        Expression: EXPRESSION,
        Label: string(),
        MetricStat: struct("TargetTrackingMetricStat", {
          Metric: required(
            struct("TargetTrackingMetric", {
              Dimensions: list(struct("TargetTrackingMetricDimension", { Name: required(string()), Value: required(string()) })),
              MetricName: string(),
              Namespace: string(),
            }),
          ),
          Stat: required(string()),
          Unit: QUERY_UNIT,
        }),
        ReturnData: boolean,
      }),
    ),
  }),
  ScaleOutCooldown: COOLDOWN,
  ScaleInCooldown: COOLDOWN,
  DisableScaleIn: boolean,
});

const stepScalingConfiguration = struct("StepScalingPolicyConfiguration", {
  AdjustmentType: string({ enum: AUTOSCALING_ENUMS.AdjustmentType }),
  StepAdjustments: list(
    struct("StepAdjustment", {
      ScalingAdjustment: required(integer()),
      MetricIntervalLowerBound: METRIC_SCALE,
      MetricIntervalUpperBound: METRIC_SCALE,
    }),
  ),
  MinAdjustmentMagnitude: integer(),
  // Default 300 seconds (API StepScalingPolicyConfiguration.Cooldown).
  Cooldown: COOLDOWN,
  MetricAggregationType: string({ enum: AUTOSCALING_ENUMS.MetricAggregationType }),
});

const predefinedPredictiveMetric = (name: string) => struct(name, { PredefinedMetricType: required(PREDICTIVE_METRIC_TYPE), ResourceLabel: RESOURCE_LABEL });

const customizedPredictiveMetric = struct("PredictiveScalingCustomizedMetricSpecification", {
  MetricDataQueries: required(
    list(
      struct("PredictiveScalingMetricDataQuery", {
        Id: required(QUERY_ID),
        Expression: EXPRESSION,
        MetricStat: struct("PredictiveScalingMetricStat", {
          Metric: required(
            struct("PredictiveScalingMetric", {
              Dimensions: list(struct("PredictiveScalingMetricDimension", { Name: required(string()), Value: required(string()) })),
              MetricName: string(),
              Namespace: string(),
            }),
          ),
          Stat: required(string()),
          Unit: QUERY_UNIT,
        }),
        Label: string(),
        ReturnData: boolean,
      }),
    ),
  ),
});

const predictiveScalingConfiguration = struct("PredictiveScalingPolicyConfiguration", {
  // "Only one metric specification is supported" (API text); the model sets no maximum.
  MetricSpecifications: required(
    list(
      struct("PredictiveScalingMetricSpecification", {
        TargetValue: required(METRIC_SCALE),
        PredefinedMetricPairSpecification: predefinedPredictiveMetric("PredictiveScalingPredefinedMetricPairSpecification"),
        PredefinedScalingMetricSpecification: predefinedPredictiveMetric("PredictiveScalingPredefinedScalingMetricSpecification"),
        PredefinedLoadMetricSpecification: predefinedPredictiveMetric("PredictiveScalingPredefinedLoadMetricSpecification"),
        CustomizedScalingMetricSpecification: customizedPredictiveMetric,
        CustomizedLoadMetricSpecification: customizedPredictiveMetric,
        CustomizedCapacityMetricSpecification: customizedPredictiveMetric,
      }),
    ),
  ),
  Mode: string({ enum: AUTOSCALING_ENUMS.PredictiveScalingMode }),
  SchedulingBufferTime: integer({ min: 0, max: 3600 }),
  MaxCapacityBreachBehavior: string({ enum: AUTOSCALING_ENUMS.PredictiveScalingMaxCapacityBreachBehavior }),
  MaxCapacityBuffer: integer({ min: 0, max: 100 }),
});

/** `PolicyName`: 1–256, pattern `\p{Print}+` (Java: printable ASCII). */
const POLICY_NAME = string({ minLength: 1, maxLength: 256, pattern: { regex: /^[\x20-\x7E]+$/, description: "printable ASCII characters" } });

/**
 * `ScheduledActionName`: 1–256; the model's pattern rejects leading and trailing
 * spaces, control characters and `:`, `/`, `|`.
 */
const SCHEDULED_ACTION_NAME = string({
  minLength: 1,
  maxLength: 256,
  // eslint-disable-next-line no-control-regex -- the model's pattern excludes control characters
  pattern: { regex: /^(?! )(?!.* $)[^\u0000-\u001f\u007f-\u009f:/|]+$/, description: 'no leading or trailing spaces, control characters, ":", "/" or "|"' },
});

const scalableTargetAction = struct("ScalableTargetAction", { MinCapacity: CAPACITY, MaxCapacity: CAPACITY });

/** RegisterScalableTarget input. `MinCapacity`/`MaxCapacity` are required for a new target only (API text), so optional here. */
export const REGISTER_SCALABLE_TARGET: StructSchema = struct("RegisterScalableTargetRequest", {
  ServiceNamespace: required(SERVICE_NAMESPACE),
  ResourceId: required(ID_1600),
  ScalableDimension: required(SCALABLE_DIMENSION),
  MinCapacity: CAPACITY,
  MaxCapacity: CAPACITY,
  RoleARN: ID_1600,
  SuspendedState: suspendedState,
  // `TagMap`: keys 1–128, values 0–256 (not checked: a map's values are the user's).
  Tags: map,
});

/** An item of `describe-scalable-targets` output (`ScalableTargets[]`). */
export const SCALABLE_TARGET: StructSchema = struct("ScalableTarget", {
  ServiceNamespace: required(SERVICE_NAMESPACE),
  ResourceId: required(ID_1600),
  ScalableDimension: required(SCALABLE_DIMENSION),
  MinCapacity: required(CAPACITY),
  MaxCapacity: required(CAPACITY),
  RoleARN: required(ID_1600),
  CreationTime: required(timestamp),
  PredictedCapacity: CAPACITY,
  SuspendedState: suspendedState,
  ScalableTargetARN: string(),
});

/**
 * PutScalingPolicy input. `PolicyType` is optional in the model ("required if
 * you are creating a scaling policy", API text); the configuration matching the
 * type is required (rules check that).
 */
export const PUT_SCALING_POLICY: StructSchema = struct("PutScalingPolicyRequest", {
  PolicyName: required(POLICY_NAME),
  ServiceNamespace: required(SERVICE_NAMESPACE),
  ResourceId: required(ID_1600),
  ScalableDimension: required(SCALABLE_DIMENSION),
  PolicyType: string({ enum: AUTOSCALING_ENUMS.PolicyType }),
  StepScalingPolicyConfiguration: stepScalingConfiguration,
  TargetTrackingScalingPolicyConfiguration: targetTrackingConfiguration,
  PredictiveScalingPolicyConfiguration: predictiveScalingConfiguration,
});

/** An item of `describe-scaling-policies` output (`ScalingPolicies[]`). */
export const SCALING_POLICY: StructSchema = struct("ScalingPolicy", {
  PolicyARN: required(ID_1600),
  PolicyName: required(POLICY_NAME),
  ServiceNamespace: required(SERVICE_NAMESPACE),
  ResourceId: required(ID_1600),
  ScalableDimension: required(SCALABLE_DIMENSION),
  PolicyType: required(string({ enum: AUTOSCALING_ENUMS.PolicyType })),
  CreationTime: required(timestamp),
  StepScalingPolicyConfiguration: stepScalingConfiguration,
  TargetTrackingScalingPolicyConfiguration: targetTrackingConfiguration,
  PredictiveScalingPolicyConfiguration: predictiveScalingConfiguration,
  Alarms: list(struct("Alarm", { AlarmName: required(string()), AlarmARN: required(string()) })),
});

/**
 * PutScheduledAction input. `Schedule` is `at(...)`, `rate(...)` or `cron(...)`
 * with six fields; `Timezone` an IANA name (default UTC). `StartTime`/`EndTime`
 * are timestamps (ISO 8601 text or epoch seconds).
 */
export const PUT_SCHEDULED_ACTION: StructSchema = struct("PutScheduledActionRequest", {
  ServiceNamespace: required(SERVICE_NAMESPACE),
  ScheduledActionName: required(SCHEDULED_ACTION_NAME),
  ResourceId: required(ID_1600),
  ScalableDimension: required(SCALABLE_DIMENSION),
  Schedule: ID_1600,
  Timezone: ID_1600,
  StartTime: timestamp,
  EndTime: timestamp,
  ScalableTargetAction: scalableTargetAction,
});

/** An item of `describe-scheduled-actions` output (`ScheduledActions[]`). */
export const SCHEDULED_ACTION: StructSchema = struct("ScheduledAction", {
  ScheduledActionName: required(SCHEDULED_ACTION_NAME),
  ScheduledActionARN: required(ID_1600),
  ServiceNamespace: required(SERVICE_NAMESPACE),
  Schedule: required(ID_1600),
  ResourceId: required(ID_1600),
  CreationTime: required(timestamp),
  Timezone: ID_1600,
  ScalableDimension: SCALABLE_DIMENSION,
  StartTime: timestamp,
  EndTime: timestamp,
  ScalableTargetAction: scalableTargetAction,
});
