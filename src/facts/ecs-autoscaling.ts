/**
 * What `ecs-autoscaling-target` and `ecs-autoscaling-policy` know about
 * Application Auto Scaling for ECS services, beyond the shapes and enums of
 * `autoscaling-schema.ts` / `autoscaling-enums.ts`: the resource ID and
 * resource label formats, which configuration each policy type takes, which
 * metrics are utilization percentages, and the rules for step adjustments.
 *
 * Sources (Application Auto Scaling API reference, model 2016-02-06, 2026-08):
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html ,
 * API_PutScalingPolicy.html, API_PredefinedMetricSpecification.html,
 * API_TargetTrackingScalingPolicyConfiguration.html, API_StepScalingPolicyConfiguration.html,
 * API_StepAdjustment.html ; the ECS developer guide pages cited below; reference/aws-facts.md §6.
 * The ECS dimension, metric types and `ALBRequestCountPerTarget` are in autoscaling-enums.ts.
 */
import { hasHole, restoreHoles, stringValue, type StringPart, type Value } from "../values/index.js";

/**
 * A cluster or service name: up to 255 letters, digits, hyphens and underscores.
 * Source: API-ECS CreateCluster `clusterName`, CreateService `serviceName`; aws-facts §4, §5.1.
 */
const NAME = "[A-Za-z0-9_-]{1,255}";

/**
 * The `ResourceId` of an ECS service: `service/<cluster-name>/<service-name>`
 * ("The resource type is `service` and the unique identifier is the cluster
 * name and service name. Example: `service/my-cluster/my-service`").
 * Source: API-AAS RegisterScalableTarget `ResourceId`; aws-facts §6.
 */
export const ECS_RESOURCE_ID = { regex: new RegExp(`^service/(${NAME})/(${NAME})$`), description: "service/<cluster-name>/<service-name>" } as const;

/** The literal start of a resource ID as far as it goes: `servi`, `service/prod`, `service/prod/we`. */
const ECS_RESOURCE_ID_START = new RegExp(`^service/[A-Za-z0-9_-]*(?:/[A-Za-z0-9_-]*)?$`);

/** True when `prefix` (the literal text before a placeholder) can still begin an ECS resource ID. */
export function mayStartEcsResourceId(prefix: string): boolean {
  return "service/".startsWith(prefix) || ECS_RESOURCE_ID_START.test(prefix);
}

/** What names a cluster or a service in a resource ID: its name, or the template resource whose value it is. */
export type ResourceIdName = { readonly name: string } | { readonly logicalId: string };

/** A `Fn::Sub` variable (`${Cluster}`) or resource attribute (`${Service.Name}`); logical IDs are alphanumeric. */
const SUB_REFERENCE = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?\}$/;
const NAME_ONLY = new RegExp(`^${NAME}$`);

/**
 * The cluster and service an ECS `ResourceId` names: literal names
 * (`service/prod/web`), or — in a CloudFormation `Fn::Sub`
 * (`!Sub service/${Cluster}/${Service.Name}`) — the same template's resources
 * whose values fill it in. `${X}` is `Ref X`, which for an `AWS::ECS::Cluster`
 * returns the cluster name; `${X.Name}` is `Fn::GetAtt X.Name`, which for an
 * `AWS::ECS::Service` returns the service name (`Ref` to a service returns its
 * ARN, which is not a name: not read). Other forms (`!Join`, parameters,
 * pseudo parameters, other attributes) name nothing the linter can find.
 * Sources: CloudFormation template reference, AWS::ECS::Cluster and
 * AWS::ECS::Service "Return values"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-cluster.html#aws-resource-ecs-cluster-return-values ,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html#aws-resource-ecs-service-return-values);
 * Fn::Sub (`${LogicalID.AttributeName}`, intrinsic-function-reference-sub.html).
 */
export function ecsResourceIdNames(value: Value | undefined): { readonly cluster: ResourceIdName; readonly service: ResourceIdName } | undefined {
  const text = stringValue(value);
  if (text === undefined) return undefined;
  if (text.literal !== undefined) {
    const match = ECS_RESOURCE_ID.regex.exec(text.literal);
    return match ? { cluster: { name: match[1]! }, service: { name: match[2]! } } : undefined;
  }
  if (text.style !== "cloudformation") return undefined;
  const [type, cluster, service, ...rest] = text.holed.split("/");
  if (type !== "service" || cluster === undefined || service === undefined || rest.length > 0) return undefined;
  const clusterName = componentName(cluster, text.parts, undefined);
  const serviceName = componentName(service, text.parts, "Name");
  return clusterName && serviceName ? { cluster: clusterName, service: serviceName } : undefined;
}

/** A literal name, or one `${X}` / `${X.<attribute>}` that returns the name. */
function componentName(component: string, parts: readonly StringPart[], attribute: string | undefined): ResourceIdName | undefined {
  if (!hasHole(component)) return NAME_ONLY.test(component) ? { name: component } : undefined;
  const match = SUB_REFERENCE.exec(restoreHoles(component, parts));
  return match && match[2] === attribute ? { logicalId: match[1]! } : undefined;
}

/**
 * A service ARN in the long format, `arn:<partition>:ecs:<region>:<account>:service/<cluster>/<service>`:
 * its resource part is the ECS resource ID. (The old short format,
 * `…:service/<service>`, has no cluster name.) Source: ECS developer guide,
 * "Amazon Resource Names (ARNs) and IDs" (ecs-account-settings.html#ecs-resource-ids).
 */
export const ECS_SERVICE_ARN = new RegExp(`^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:(service/${NAME}/${NAME})$`);

/**
 * `ResourceLabel` for `ALBRequestCountPerTarget`: the final portion of the load
 * balancer ARN and of the target group ARN joined by `/` —
 * `app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>`
 * ("You can't specify a resource label unless the metric type is
 * ALBRequestCountPerTarget and there is a target group attached to the Spot Fleet
 * or ECS service"). Source: API-AAS `PredefinedMetricSpecification.ResourceLabel`; aws-facts §6.
 */
export const RESOURCE_LABEL = {
  regex: /^app\/[^/]+\/[^/]+\/targetgroup\/[^/]+\/[^/]+$/,
  description: "app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>",
} as const;

/** True when `prefix` (the literal text before a placeholder) can still begin a resource label. */
export function mayStartResourceLabel(prefix: string): boolean {
  return "app/".startsWith(prefix) || prefix.startsWith("app/");
}

/**
 * The configuration member each policy type takes: "This parameter is required
 * if you are creating a policy and the policy type is …" for each of the three.
 * Source: API-AAS PutScalingPolicy; aws-facts §6.
 */
export const POLICY_CONFIGURATIONS = {
  TargetTrackingScaling: "TargetTrackingScalingPolicyConfiguration",
  StepScaling: "StepScalingPolicyConfiguration",
  PredictiveScaling: "PredictiveScalingPolicyConfiguration",
} as const;

export type PolicyType = keyof typeof POLICY_CONFIGURATIONS;

/**
 * The ECS predefined metrics that are percentages of what the task definition
 * reserves ("CPU and memory utilization is measured as the percentage of CPU
 * and memory that is used by the Amazon ECS tasks that belong to a service …
 * when compared to the CPU and memory that is specified in the service's task
 * definition"). Their target value is that percentage: above 0.
 * Source: ECS developer guide, service_utilization.html; API-AAS
 * TargetTrackingScalingPolicyConfiguration.TargetValue ("if the metric is CPU
 * utilization, then the target value is a percent value").
 */
export const ECS_UTILIZATION_METRIC_TYPES: readonly string[] = [
  "ECSServiceAverageCPUUtilization",
  "ECSServiceAverageCPUUtilizationHighResolution",
  "ECSServiceAverageMemoryUtilization",
  "ECSServiceAverageMemoryUtilizationHighResolution",
];

/**
 * The CPU ones. Service CPU utilization can exceed 100% on EC2 (a task may use
 * idle CPU beyond its reservation: the ECS guide's example reports 400%), so a
 * target above 100 is judged only for services known to run on Fargate, where
 * the task-level `cpu` is the most the task can use ("When you set the cpu
 * parameter on the task-level, you'll also be setting the maximum amount of CPU
 * resources that your containers in a task are allowed").
 * Sources: ECS developer guide, service_utilization.html;
 * https://repost.aws/knowledge-center/ecs-cpu-allocation .
 * Memory is not judged above 100: the service's reserved memory counts soft
 * limits (`memoryReservation`), which tasks may exceed (service_utilization.html).
 */
export const ECS_CPU_UTILIZATION_METRIC_TYPES: readonly string[] = ["ECSServiceAverageCPUUtilization", "ECSServiceAverageCPUUtilizationHighResolution"];

/** The highest a CPU utilization can reach on Fargate, in percent (see `ECS_CPU_UTILIZATION_METRIC_TYPES`). */
export const FARGATE_MAX_CPU_UTILIZATION = 100;

/**
 * Step scaling `AdjustmentType` values the checks name. `MinAdjustmentMagnitude`
 * is "the minimum value to scale by when the adjustment type is
 * PercentChangeInCapacity"; with `ExactCapacity`, `ScalingAdjustment` is the new
 * capacity, which cannot be negative ("For exact capacity, you must specify a
 * non-negative value").
 * Source: API-AAS StepScalingPolicyConfiguration, StepAdjustment; aws-facts §6.
 */
export const PERCENT_CHANGE_IN_CAPACITY = "PercentChangeInCapacity";
export const EXACT_CAPACITY = "ExactCapacity";

/**
 * The rules for a step scaling policy's `StepAdjustments` (API text, verbatim in substance):
 * - the ranges of the step adjustments can't overlap or have a gap;
 * - at most one step adjustment can have a null lower bound; if one has a
 *   negative lower bound, there must be one with a null lower bound;
 * - at most one step adjustment can have a null upper bound; if one has a
 *   positive upper bound, there must be one with a null upper bound;
 * - the upper and lower bound can't be null in the same step adjustment;
 * - the upper bound must be greater than the lower bound.
 * A null (absent) lower bound means negative infinity, a null upper bound positive infinity.
 * Source: API-AAS StepAdjustment (https://docs.aws.amazon.com/autoscaling/application/APIReference/API_StepAdjustment.html).
 */
export interface StepRange {
  /** The step's index in `StepAdjustments`. */
  readonly index: number;
  /** `MetricIntervalLowerBound`; `-Infinity` when absent. */
  readonly lower: number;
  /** `MetricIntervalUpperBound`; `Infinity` when absent. */
  readonly upper: number;
}

export type StepProblem =
  | { readonly kind: "noBounds"; readonly step: number }
  | { readonly kind: "upperNotAbove"; readonly step: number }
  | { readonly kind: "secondOpenLower"; readonly first: number; readonly step: number }
  | { readonly kind: "secondOpenUpper"; readonly first: number; readonly step: number }
  | { readonly kind: "needsOpenLower"; readonly step: number }
  | { readonly kind: "needsOpenUpper"; readonly step: number }
  | { readonly kind: "overlap"; readonly first: number; readonly step: number; readonly from: number; readonly to: number }
  | { readonly kind: "gap"; readonly first: number; readonly step: number; readonly from: number; readonly to: number };

/**
 * The problems of a list of step ranges, by the rules above. Ranges that break
 * a rule of their own (no bounds, upper not above lower) are left out of the
 * checks between ranges; overlaps and gaps are looked for only when the open
 * ends are right, so one mistake gives one report.
 */
export function stepProblems(ranges: readonly StepRange[]): StepProblem[] {
  const problems: StepProblem[] = [];
  const sound: StepRange[] = [];
  for (const range of ranges) {
    if (range.lower === -Infinity && range.upper === Infinity) problems.push({ kind: "noBounds", step: range.index });
    else if (range.upper <= range.lower) problems.push({ kind: "upperNotAbove", step: range.index });
    else sound.push(range);
  }
  const openLower = sound.filter((range) => range.lower === -Infinity);
  const openUpper = sound.filter((range) => range.upper === Infinity);
  for (const range of openLower.slice(1)) problems.push({ kind: "secondOpenLower", first: openLower[0]!.index, step: range.index });
  for (const range of openUpper.slice(1)) problems.push({ kind: "secondOpenUpper", first: openUpper[0]!.index, step: range.index });
  if (openLower.length === 0) {
    const negative = sound.find((range) => range.lower < 0);
    if (negative) problems.push({ kind: "needsOpenLower", step: negative.index });
  }
  if (openUpper.length === 0) {
    const positive = sound.find((range) => range.upper > 0);
    if (positive) problems.push({ kind: "needsOpenUpper", step: positive.index });
  }
  if (problems.length > 0) return problems;
  const sorted = [...sound].sort((a, b) => a.lower - b.lower);
  for (let position = 1; position < sorted.length; position += 1) {
    const previous = sorted[position - 1]!;
    const current = sorted[position]!;
    if (current.lower < previous.upper) problems.push({ kind: "overlap", first: previous.index, step: current.index, from: current.lower, to: Math.min(previous.upper, current.upper) });
    else if (current.lower > previous.upper) problems.push({ kind: "gap", first: previous.index, step: current.index, from: previous.upper, to: current.lower });
  }
  return problems;
}
