/**
 * Application Auto Scaling inputs and outputs (PascalCase members, as the API
 * writes them). Recognized for every service namespace; the ECS rules look at
 * `ServiceNamespace: ecs` (or an unknown namespace) only.
 *
 * - `autoscaling-scalable-target`: RegisterScalableTarget input (`register`) or
 *   an item of `describe-scalable-targets` output (`describe`, `ScalableTargets`);
 * - `autoscaling-scaling-policy`: PutScalingPolicy input (`put`) or an item of
 *   `describe-scaling-policies` output (`ScalingPolicies`);
 * - `autoscaling-scheduled-action`: PutScheduledAction input (`put`) or an item
 *   of `describe-scheduled-actions` output (`ScheduledActions`).
 *
 * A bare `TargetTrackingScalingPolicyConfiguration` is a fragment, not a document.
 */
import { literalString, present, type ObjectValue, type Value } from "../values/index.js";
import { REGISTER_SCALABLE_TARGET } from "../facts/autoscaling-schema.js";
import { ecsResourceIdNames } from "../facts/ecs-autoscaling.js";
import { ApiDocument, describedItems, membersOf, onlyKeys } from "./api-document.js";
import type { ClusterDocument } from "./ecs-cluster.js";
import type { ServiceDocument } from "./ecs-service.js";
import type { RelatedDocuments } from "./related.js";

export type AutoScalingForm = "register" | "put" | "describe";

/** The members that identify a scalable target. Source: API-AAS RegisterScalableTarget. */
const TARGET_IDENTITY = ["ServiceNamespace", "ResourceId", "ScalableDimension"];
const DESCRIBE_RESPONSE = new Set(["NextToken", "ResponseMetadata"]);

abstract class AutoScalingDocument extends ApiDocument<AutoScalingForm> {
  constructor(
    root: Value,
    form: AutoScalingForm,
    object: ObjectValue,
    /**
     * The object that names the scalable target (`ServiceNamespace`, `ResourceId`,
     * `ScalableDimension`): the document's own, or — in a CloudFormation template —
     * the `AWS::ApplicationAutoScaling::ScalableTarget` a policy's `ScalingTargetId`
     * refers to, or that holds a scheduled action in its `ScheduledActions`.
     */
    readonly target: ObjectValue = object,
  ) {
    super(root, form, object);
  }

  /** `ServiceNamespace`, when literal. */
  get namespace(): string | undefined {
    return literalString(this.target.get("ServiceNamespace"));
  }

  /** Whether the document is about ECS: the namespace says `ecs`, or cannot be read. */
  get forEcs(): boolean {
    const value = present(this.target.get("ServiceNamespace"));
    if (value === undefined) return false;
    const text = literalString(value);
    return text === undefined || text === "ecs";
  }

  /** `ResourceId`, when literal. */
  get resourceId(): string | undefined {
    return literalString(this.target.get("ResourceId"));
  }

  /** The ECS service (and cluster) the target's `ResourceId` names, found through `related`. */
  scaledService(related: RelatedDocuments): ScaledService | undefined {
    return findScaledService(this.target, related);
  }
}

export class ScalableTargetDocument extends AutoScalingDocument {
  readonly kind = "autoscaling-scalable-target";
}

export class ScalingPolicyDocument extends AutoScalingDocument {
  readonly kind = "autoscaling-scaling-policy";
}

export class ScheduledActionDocument extends AutoScalingDocument {
  readonly kind = "autoscaling-scheduled-action";
}

export type AutoScalingDocuments = ScalableTargetDocument | ScalingPolicyDocument | ScheduledActionDocument;

/* ---------------- recognition ---------------- */

export function recognizeAutoScaling(root: Value): readonly AutoScalingDocuments[] {
  if (root.kind !== "object") return [];
  const targets = describedItems(root, "ScalableTargets", TARGET_IDENTITY, DESCRIBE_RESPONSE);
  if (targets.length > 0) return targets.map((item) => new ScalableTargetDocument(root, "describe", item));
  const policies = describedItems(root, "ScalingPolicies", ["PolicyName", "PolicyARN"], DESCRIBE_RESPONSE);
  if (policies.length > 0) return policies.map((item) => new ScalingPolicyDocument(root, "describe", item));
  const actions = describedItems(root, "ScheduledActions", ["ScheduledActionName", "ScheduledActionARN"], DESCRIBE_RESPONSE);
  if (actions.length > 0) return actions.map((item) => new ScheduledActionDocument(root, "describe", item));
  if (root.entryExact("ServiceNamespace") === undefined || root.entryExact("ResourceId") === undefined) return [];
  if (root.entryExact("PolicyName") !== undefined) return [new ScalingPolicyDocument(root, "put", root)];
  if (root.entryExact("ScheduledActionName") !== undefined) return [new ScheduledActionDocument(root, "put", root)];
  if (root.entryExact("ScalableDimension") !== undefined && onlyKeys(root, REGISTER_SCALABLE_TARGET_MEMBERS)) return [new ScalableTargetDocument(root, "register", root)];
  return [];
}

const REGISTER_SCALABLE_TARGET_MEMBERS = membersOf(REGISTER_SCALABLE_TARGET);

/** The service a scalable target scales, its cluster when found, and how messages name them. */
export interface ScaledService {
  readonly service: ServiceDocument;
  readonly cluster: ClusterDocument | undefined;
  readonly serviceName: string;
  readonly clusterName: string;
}

/**
 * The service (and cluster) the `ResourceId` of `target` (a scalable target's
 * object) names, found through `related` (same file, then the project index);
 * a template's `${X}` / `${X.Name}` are found by logical ID in the same file
 * only. Undefined when the service is not found, or when it runs in another
 * cluster than the resource ID says (another service of the same name).
 */
function findScaledService(target: ObjectValue, related: RelatedDocuments): ScaledService | undefined {
  const names = ecsResourceIdNames(target.get("ResourceId"));
  if (names === undefined) return undefined;
  const service = "name" in names.service ? related.service(names.service.name) : resourceOf(related.service(names.service.logicalId), names.service.logicalId);
  if (service === undefined) return undefined;
  const clusterReference = "name" in names.cluster ? names.cluster.name : names.cluster.logicalId;
  const cluster = "name" in names.cluster ? related.cluster(clusterReference) : resourceOf(related.cluster(clusterReference), clusterReference);
  // The service's `cluster`: a name, an ARN or a template's `!Ref X` (unknown when it cannot be read).
  const serviceCluster = service.clusterName;
  if (serviceCluster !== undefined && serviceCluster !== clusterReference && (cluster === undefined || related.cluster(serviceCluster) !== cluster)) return undefined;
  return {
    service,
    cluster,
    serviceName: "name" in names.service ? names.service.name : (service.name ?? names.service.logicalId),
    clusterName: "name" in names.cluster ? names.cluster.name : (cluster?.name ?? clusterReference),
  };
}

/** A document found by a logical ID, when it is the template's resource of that ID (not a namesake). */
function resourceOf<T extends { readonly logicalId: string | undefined }>(document: T | undefined, logicalId: string): T | undefined {
  return document?.logicalId === logicalId ? document : undefined;
}
