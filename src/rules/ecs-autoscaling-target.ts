/**
 * ecs-autoscaling-target: Application Auto Scaling documents for an ECS service
 * that AWS rejects or that cannot work — a `ScalableDimension` of another
 * service, a `ResourceId` that is not `service/<cluster>/<service>`, a minimum
 * capacity above the maximum, and a minimum of 0 tasks for a service behind a
 * load balancer (found in the same file or the project index; in a template,
 * also through `!Sub service/${Cluster}/${Service.Name}`).
 *
 * Scalable targets (RegisterScalableTarget, describe-scalable-targets) get every
 * check; scaling policies and scheduled actions get the dimension and resource
 * ID checks, and scheduled actions the minimum/maximum check of their
 * `ScalableTargetAction`. Facts: src/facts/ecs-autoscaling.ts, autoscaling-enums.ts.
 */
import { createRule } from "../create-rule.js";
import type { ScalableTargetDocument, ScalingPolicyDocument, ScheduledActionDocument } from "../documents/index.js";
import { AUTOSCALING_ENUMS, ECS_SCALABLE_DIMENSION, ECS_SERVICE_NAMESPACE } from "../facts/autoscaling-enums.js";
import { ECS_RESOURCE_ID, ECS_SERVICE_ARN, mayStartEcsResourceId } from "../facts/ecs-autoscaling.js";
import { arrayValue, literalPrefix, literalString, numberValue, objectValue, replaceValue, stringValue, type ObjectValue } from "../values/index.js";

type AutoScalingDocument = ScalableTargetDocument | ScalingPolicyDocument | ScheduledActionDocument;

const DIMENSIONS: readonly string[] = AUTOSCALING_ENUMS.ScalableDimension;

export default createRule({
  name: "ecs-autoscaling-target",
  meta: {
    type: "problem",
    docs: {
      description: "Require ECS scalable targets with the ECS dimension, a well-formed resource ID and a usable capacity range.",
      level: "error",
      platforms: ["ecs"],
      covers: "— (no peer)",
    },
    messages: {
      wrongDimension: '{{key}} "{{value}}" is not the dimension of an ECS service; set it to "{{dimension}}".',
      resourceIdArn: '{{key}} is a service ARN, not a resource ID; set it to "{{fixed}}".',
      malformedResourceId: '{{key}} "{{value}}" is not an ECS service resource ID; write it as "service/<cluster-name>/<service-name>".',
      minAboveMax: "{{minKey}} {{min}} is greater than {{maxKey}} {{max}}; the minimum capacity cannot exceed the maximum.",
      minZeroBehindLoadBalancer:
        '{{key}} is 0, but service "{{service}}" is behind a load balancer, which has no target left when the service scales in to 0 tasks; set it to at least 1.',
    },
    fixable: "code",
  },
  create(context) {
    /** The dimension and resource ID checks every document of the ECS namespace gets. */
    function checkIdentity(document: AutoScalingDocument): void {
      const object = document.object;
      const namespace = document.namespace;
      const dimensionValue = object.get("ScalableDimension");
      const dimension = literalString(dimensionValue);
      // An unknown namespace with the ECS dimension is ECS too; any other unknown namespace may be another service's.
      const ecs = namespace === ECS_SERVICE_NAMESPACE || (document.forEcs && dimension === ECS_SCALABLE_DIMENSION);
      if (!ecs) return;
      const resourceIdValue = stringValue(object.get("ResourceId"));
      const resourceId = resourceIdValue?.literal;
      const wellFormedId = resourceId !== undefined && ECS_RESOURCE_ID.regex.test(resourceId);

      // Another service's dimension (a value the API knows; unknown values are valid-schema's).
      if (namespace === ECS_SERVICE_NAMESPACE && dimensionValue && dimension !== undefined && dimension !== ECS_SCALABLE_DIMENSION && DIMENSIONS.includes(dimension)) {
        const data = { key: object.keyName("ScalableDimension"), value: dimension, dimension: ECS_SCALABLE_DIMENSION };
        // Certain when the resource ID is an ECS service's: ECS has one dimension.
        context.report(dimensionValue, "wrongDimension", data, wellFormedId ? { fix: replaceValue(dimensionValue, ECS_SCALABLE_DIMENSION, context.source) } : undefined);
      }

      if (resourceIdValue === undefined || wellFormedId) return;
      const key = object.keyName("ResourceId");
      if (resourceId !== undefined) {
        const arn = ECS_SERVICE_ARN.exec(resourceId);
        if (arn) {
          context.report(resourceIdValue, "resourceIdArn", { key, fixed: arn[1]! }, { fix: replaceValue(resourceIdValue, arn[1]!, context.source) });
          return;
        }
        context.report(resourceIdValue, "malformedResourceId", { key, value: resourceId });
        return;
      }
      // A templated ID (`service/${CLUSTER}/${SERVICE}`): judged by its literal start only.
      const prefix = literalPrefix(resourceIdValue.holed);
      if (prefix !== "" && !mayStartEcsResourceId(prefix)) context.report(resourceIdValue, "malformedResourceId", { key, value: resourceIdValue.value });
    }

    /** Minimum above maximum, in a scalable target or a scheduled action's `ScalableTargetAction`. */
    function checkRange(object: ObjectValue): void {
      const minValue = object.get("MinCapacity");
      const min = numberValue(minValue);
      const max = numberValue(object.get("MaxCapacity"));
      if (minValue === undefined || min === undefined || max === undefined || min <= max) return;
      context.report(minValue, "minAboveMax", { minKey: object.keyName("MinCapacity"), min, maxKey: object.keyName("MaxCapacity"), max });
    }

    /** `MinCapacity: 0` for a service known to be behind a load balancer. */
    function checkMinimumBehindLoadBalancer(document: ScalableTargetDocument): void {
      const minValue = document.object.get("MinCapacity");
      if (minValue === undefined || numberValue(minValue) !== 0) return;
      // The same name in another cluster is another service: not found.
      const scaled = document.scaledService(context.related);
      if (scaled === undefined) return;
      const loadBalancers = arrayValue(scaled.service.object.get("loadBalancers"));
      if (loadBalancers === undefined || loadBalancers.items.length === 0) return;
      context.report(minValue, "minZeroBehindLoadBalancer", { key: document.object.keyName("MinCapacity"), service: scaled.serviceName });
    }

    return {
      "autoscaling-scalable-target"(document) {
        if (!document.forEcs) return;
        checkIdentity(document);
        checkRange(document.object);
        checkMinimumBehindLoadBalancer(document);
      },
      "autoscaling-scaling-policy"(document) {
        if (document.forEcs) checkIdentity(document);
      },
      "autoscaling-scheduled-action"(document) {
        if (!document.forEcs) return;
        checkIdentity(document);
        const action = objectValue(document.object.get("ScalableTargetAction"));
        if (action) checkRange(action);
      },
    };
  },
});
