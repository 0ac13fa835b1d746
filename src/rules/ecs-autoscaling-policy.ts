/**
 * ecs-autoscaling-policy: Application Auto Scaling policies for ECS services
 * (PutScalingPolicy input, describe-scaling-policies output) that AWS rejects
 * or that cannot scale as written:
 * - a policy type without its configuration, or with another type's;
 * - target tracking with both a predefined and a customized metric, or neither;
 *   a predefined metric of another service; `ALBRequestCountPerTarget` without a
 *   well-formed `ResourceLabel`, or a `ResourceLabel` with another metric; a
 *   utilization target at or below 0, or above 100 for CPU on Fargate;
 * - step scaling whose steps overlap, leave gaps or miss an open end;
 *   `ExactCapacity` with a negative adjustment; `MinAdjustmentMagnitude` with
 *   another adjustment type.
 * Customized metrics (an SQS backlog per task, metric math) are not judged.
 * Facts and sources: src/facts/ecs-autoscaling.ts, autoscaling-enums.ts.
 */
import { createRule } from "../create-rule.js";
import type { ScalingPolicyDocument } from "../documents/index.js";
import { AUTOSCALING_ENUMS, ECS_METRIC_TYPES, ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE, RESOURCE_LABEL_METRIC_TYPE } from "../facts/autoscaling-enums.js";
import {
  ECS_CPU_UTILIZATION_METRIC_TYPES,
  ECS_UTILIZATION_METRIC_TYPES,
  EXACT_CAPACITY,
  FARGATE_MAX_CPU_UTILIZATION,
  PERCENT_CHANGE_IN_CAPACITY,
  POLICY_CONFIGURATIONS,
  RESOURCE_LABEL,
  mayStartResourceLabel,
  stepProblems,
  type PolicyType,
  type StepRange,
} from "../facts/ecs-autoscaling.js";
import { isKnown, isMissing, literalPrefix, literalString, numberValue, objectValue, stringValue, type ObjectValue, type Value } from "../values/index.js";

const METRIC_TYPES: readonly string[] = AUTOSCALING_ENUMS.MetricType;
const ECS_METRICS: readonly string[] = ECS_METRIC_TYPES;
const ADJUSTMENT_TYPES: readonly string[] = AUTOSCALING_ENUMS.AdjustmentType;
const POLICY_TYPES = Object.keys(POLICY_CONFIGURATIONS) as PolicyType[];

export default createRule({
  name: "ecs-autoscaling-policy",
  meta: {
    type: "problem",
    docs: {
      description: "Require ECS scaling policies whose type, metric, target and steps fit together.",
      level: "error",
      platforms: ["ecs"],
      covers: "— (no peer)",
    },
    messages: {
      missingConfiguration: '{{typeKey}} is "{{type}}" but {{configKey}} is missing; a new {{type}} policy needs it.',
      foreignConfiguration: '{{key}} does not apply to a {{type}} policy; remove it, or set {{typeKey}} to the type it configures.',
      bothMetrics: "{{config}} has both {{predefined}} and {{customized}}; keep only one of them.",
      noMetric: "{{config}} has neither {{predefined}} nor {{customized}}; add the metric to track.",
      metricNotForEcs: 'The metric type "{{value}}" is not one of an ECS service; use one of {{allowed}}.',
      missingResourceLabel:
        'The metric type "ALBRequestCountPerTarget" needs {{key}} to name the target group; add it as "app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>".',
      malformedResourceLabel:
        '{{key}} "{{value}}" is not a load balancer and target group label; write it as "app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>", the ends of the two ARNs.',
      resourceLabelNotAllowed: '{{key}} is only for the metric type "ALBRequestCountPerTarget", not "{{metric}}"; remove it.',
      targetNotPositive: '{{key}} {{value}} is not a usable target for "{{metric}}", a utilization percentage; set a target above 0.',
      targetAbove100: '{{key}} {{value}} can never be reached: "{{metric}}" of a Fargate service cannot exceed {{max}}; set a target of at most {{max}}.',
      minAdjustmentMagnitude: '{{key}} only applies when {{typeKey}} is "PercentChangeInCapacity", not "{{type}}"; remove it.',
      exactCapacityNegative: '{{key}} {{value}} is a negative capacity, but with "ExactCapacity" the adjustment is the new task count; set it to 0 or more.',
      stepNoBounds: "Step {{step}} has neither {{lowerKey}} nor {{upperKey}}; give it at least one bound.",
      stepUpperNotAbove: "Step {{step}} has {{upperKey}} {{upper}} not above {{lowerKey}} {{lower}}; the upper bound must be greater than the lower bound.",
      stepSecondOpenLower: "Steps {{first}} and {{step}} both have no {{lowerKey}}; only one step may reach down to negative infinity.",
      stepSecondOpenUpper: "Steps {{first}} and {{step}} both have no {{upperKey}}; only one step may reach up to positive infinity.",
      stepNeedsOpenLower: "Step {{step}} has a negative {{lowerKey}} but no step is without one; add a step with no {{lowerKey}} to cover the values below.",
      stepNeedsOpenUpper: "Step {{step}} has a positive {{upperKey}} but no step is without one; add a step with no {{upperKey}} to cover the values above.",
      stepOverlap: "Steps {{first}} and {{step}} overlap from {{from}} to {{to}}; make each step start where the previous one ends.",
      stepGap: "Steps {{first}} and {{step}} leave a gap from {{from}} to {{to}}; make each step start where the previous one ends.",
    },
  },
  create(context) {
    /** The policy type and the configurations present. */
    function checkType(document: ScalingPolicyDocument, typeValue: Value | undefined, type: PolicyType): void {
      const object = document.object;
      const typeKey = object.keyName("PolicyType");
      const own = POLICY_CONFIGURATIONS[type];
      // describe output always carries the configuration; a put without it creates nothing.
      if (typeValue && document.form === "put" && isMissing(object.get(own))) {
        context.report(typeValue, "missingConfiguration", { typeKey, type, configKey: object.keyName(own) });
      }
      for (const other of POLICY_TYPES) {
        if (other === type) continue;
        const entry = object.entry(POLICY_CONFIGURATIONS[other]);
        if (entry && isKnown(entry.value)) context.report(entry, "foreignConfiguration", { key: entry.key, type, typeKey });
      }
    }

    function checkTargetTracking(document: ScalingPolicyDocument, configuration: ObjectValue): void {
      const names = {
        config: configuration.parent?.kind === "member" ? configuration.parent.key : "TargetTrackingScalingPolicyConfiguration",
        predefined: configuration.keyName("PredefinedMetricSpecification"),
        customized: configuration.keyName("CustomizedMetricSpecification"),
      };
      const predefinedValue = configuration.get("PredefinedMetricSpecification");
      const customizedValue = configuration.get("CustomizedMetricSpecification");
      if (isKnown(predefinedValue) && isKnown(customizedValue)) {
        context.report(configuration.entry("CustomizedMetricSpecification") ?? customizedValue, "bothMetrics", names);
        return;
      }
      if (isMissing(predefinedValue) && isMissing(customizedValue)) {
        context.reportMissing(configuration, "noMetric", names);
        return;
      }
      const predefined = objectValue(predefinedValue);
      if (predefined) checkPredefinedMetric(document, configuration, predefined);
    }

    function checkPredefinedMetric(document: ScalingPolicyDocument, configuration: ObjectValue, predefined: ObjectValue): void {
      const metricValue = predefined.get("PredefinedMetricType");
      const metric = literalString(metricValue);
      // Unknown or misspelled types are valid-schema's.
      if (metricValue === undefined || metric === undefined || !METRIC_TYPES.includes(metric)) return;
      if (!ECS_METRICS.includes(metric)) {
        if (isCertainlyEcs(document)) context.report(metricValue, "metricNotForEcs", { value: metric, allowed: ECS_METRICS.map((name) => `"${name}"`).join(", ") });
        return;
      }
      const labelValue = predefined.get("ResourceLabel");
      const labelKey = predefined.keyName("ResourceLabel");
      if (metric === RESOURCE_LABEL_METRIC_TYPE) {
        if (isMissing(labelValue)) context.reportMissing(predefined, "missingResourceLabel", { key: labelKey });
        else checkResourceLabel(labelValue, labelKey);
      } else if (isKnown(labelValue)) {
        context.report(predefined.entry("ResourceLabel") ?? labelValue, "resourceLabelNotAllowed", { key: labelKey, metric });
      }
      if (ECS_UTILIZATION_METRIC_TYPES.includes(metric)) checkUtilizationTarget(document, configuration, metric);
    }

    function checkResourceLabel(value: Value | undefined, key: string): void {
      const label = stringValue(value);
      if (label === undefined) return;
      if (label.literal !== undefined) {
        if (!RESOURCE_LABEL.regex.test(label.literal)) context.report(label, "malformedResourceLabel", { key, value: label.literal });
        return;
      }
      // Templated: judged by its literal start only (a placeholder may hold slashes).
      const prefix = literalPrefix(label.holed);
      if (prefix !== "" && !mayStartResourceLabel(prefix)) context.report(label, "malformedResourceLabel", { key, value: label.value });
    }

    function checkUtilizationTarget(document: ScalingPolicyDocument, configuration: ObjectValue, metric: string): void {
      const targetValue = configuration.get("TargetValue");
      const target = numberValue(targetValue);
      if (targetValue === undefined || target === undefined) return;
      const key = configuration.keyName("TargetValue");
      if (target <= 0) {
        context.report(targetValue, "targetNotPositive", { key, value: target, metric });
        return;
      }
      if (target > FARGATE_MAX_CPU_UTILIZATION && ECS_CPU_UTILIZATION_METRIC_TYPES.includes(metric) && serviceOnFargate(document)) {
        context.report(targetValue, "targetAbove100", { key, value: target, metric, max: FARGATE_MAX_CPU_UTILIZATION });
      }
    }

    /** True when the scaled service is found (same file or index) and runs on Fargate. */
    function serviceOnFargate(document: ScalingPolicyDocument): boolean {
      return document.scaledService(context.related)?.service.fargate === true;
    }

    function checkStepScaling(configuration: ObjectValue): void {
      const typeValue = configuration.get("AdjustmentType");
      const type = literalString(typeValue);
      const typeKey = configuration.keyName("AdjustmentType");
      const magnitude = configuration.entry("MinAdjustmentMagnitude");
      if (magnitude && isKnown(magnitude.value) && type !== undefined && ADJUSTMENT_TYPES.includes(type) && type !== PERCENT_CHANGE_IN_CAPACITY) {
        context.report(magnitude, "minAdjustmentMagnitude", { key: magnitude.key, typeKey, type });
      }
      const stepsValue = configuration.get("StepAdjustments");
      if (stepsValue?.kind !== "array") return;
      const steps = stepsValue.items;
      if (type === EXACT_CAPACITY) {
        for (const step of steps) {
          if (step.kind !== "object") continue;
          const adjustment = step.get("ScalingAdjustment");
          const value = numberValue(adjustment);
          if (adjustment && value !== undefined && value < 0) context.report(adjustment, "exactCapacityNegative", { key: step.keyName("ScalingAdjustment"), value });
        }
      }
      checkStepRanges(steps);
    }

    function checkStepRanges(steps: readonly Value[]): void {
      const ranges: StepRange[] = [];
      const objects: ObjectValue[] = [];
      for (const [index, step] of steps.entries()) {
        // One step the linter cannot read makes the whole set unknown.
        if (step.kind !== "object") return;
        const lower = bound(step.get("MetricIntervalLowerBound"), -Infinity);
        const upper = bound(step.get("MetricIntervalUpperBound"), Infinity);
        if (lower === undefined || upper === undefined) return;
        ranges.push({ index, lower, upper });
        objects.push(step);
      }
      const label = (index: number): string => `#${index + 1}`;
      for (const problem of stepProblems(ranges)) {
        const step = objects[problem.step]!;
        const lowerValue = step.get("MetricIntervalLowerBound");
        const upperValue = step.get("MetricIntervalUpperBound");
        const keys = { lowerKey: step.keyName("MetricIntervalLowerBound"), upperKey: step.keyName("MetricIntervalUpperBound"), step: label(problem.step) };
        switch (problem.kind) {
          case "noBounds": {
            // On the step's adjustment, the member every step has.
            const adjustment = step.entry("ScalingAdjustment");
            if (adjustment) context.report(adjustment, "stepNoBounds", keys);
            else context.reportMissing(step, "stepNoBounds", keys);
            break;
          }
          case "upperNotAbove":
            context.report(upperValue!, "stepUpperNotAbove", { ...keys, upper: numberValue(upperValue)!, lower: numberValue(lowerValue)! });
            break;
          // A step open at one end has the other bound: the report sits on it.
          case "secondOpenLower":
            context.report(upperValue!, "stepSecondOpenLower", { ...keys, first: label(problem.first) });
            break;
          case "secondOpenUpper":
            context.report(lowerValue!, "stepSecondOpenUpper", { ...keys, first: label(problem.first) });
            break;
          case "needsOpenLower":
            context.report(lowerValue!, "stepNeedsOpenLower", keys);
            break;
          case "needsOpenUpper":
            context.report(upperValue!, "stepNeedsOpenUpper", keys);
            break;
          case "overlap":
          case "gap":
            context.report(lowerValue!, problem.kind === "overlap" ? "stepOverlap" : "stepGap", { ...keys, first: label(problem.first), from: problem.from, to: problem.to });
            break;
        }
      }
    }

    return {
      "autoscaling-scaling-policy"(document) {
        if (!document.forEcs) return;
        const object = document.object;
        const typeValue = object.get("PolicyType");
        const typeText = literalString(typeValue);
        const type = typeText !== undefined && Object.hasOwn(POLICY_CONFIGURATIONS, typeText) ? (typeText as PolicyType) : undefined;
        if (type) checkType(document, typeValue, type);
        // A configuration that does not match the type was reported above; its content is not judged.
        const unknownType = typeText === undefined;
        const targetTracking = objectValue(object.get("TargetTrackingScalingPolicyConfiguration"));
        if (targetTracking && (type === "TargetTrackingScaling" || unknownType)) checkTargetTracking(document, targetTracking);
        const stepScaling = objectValue(object.get("StepScalingPolicyConfiguration"));
        if (stepScaling && (type === "StepScaling" || unknownType)) checkStepScaling(stepScaling);
      },
    };
  },
});

/** The ECS namespace, or an unknown namespace with the ECS dimension: metric types of other services are wrong for sure. */
function isCertainlyEcs(document: ScalingPolicyDocument): boolean {
  if (document.namespace === ECS_SERVICE_NAMESPACE) return true;
  return document.forEcs && literalString(document.target.get("ScalableDimension")) === ECS_SCALABLE_DIMENSION;
}

/** A step bound: the number, `open` when absent or null, undefined when it cannot be read. */
function bound(value: Value | undefined, open: number): number | undefined {
  if (isMissing(value)) return open;
  const number = numberValue(value);
  // A bound written as infinite (`1e400`, YAML `.inf`) would read as an open end that the step does not have: not judged.
  return number !== undefined && Number.isFinite(number) ? number : undefined;
}
