/**
 * CloudFormation templates: each resource of a type the plugin knows becomes a
 * document of its kind, read from its `Properties` in CloudFormation's
 * PascalCase style (rules still ask for API names).
 *
 * An ECS, Application Auto Scaling, EventBridge or Scheduler resource is read as
 * the API input that creates it (a service as CreateService input, a task
 * definition as RegisterTaskDefinition input): its rules apply as they do to
 * that input. `valid-schema` leaves resources to cfn-lint (their shapes differ
 * from the API's). ECR resources are their own `cloudformation` form. EKS
 * resources (src/documents/eks.ts) are read for the eksctl-family rules and
 * the Fargate profiles and Pod Identity associations the Kubernetes rules look up.
 * App Runner services, auto scaling configurations and VPC connectors are read
 * as their Create* input (src/documents/apprunner.ts: the same PascalCase
 * names, environment variables and secrets as lists of `{Name, Value}`).
 *
 * Resources of one template refer to each other with `Ref`/`Fn::GetAtt`; the
 * values keep the logical ID they name, and the same-file lookups resolve it (a
 * service's `TaskDefinition: !Ref TaskDefinition`). Here, two links are made at
 * recognition: a scaling policy's `ScalingTargetId` to its scalable target, and
 * a cluster to the `AWS::ECS::ClusterCapacityProviderAssociations` that sets its
 * capacity providers. A cluster also learns whether the template shows EC2
 * capacity (`ec2Capacity`).
 *
 * A resource without `Properties` is read as one with no properties (what
 * CloudFormation creates: every default), reported at its logical ID; one whose
 * `Properties` is not an object (an intrinsic) is left alone.
 */
import { AppRunnerAutoScalingDocument, AppRunnerServiceDocument, AppRunnerVpcConnectorDocument, type AppRunnerDocuments } from "./apprunner.js";
import { absentObject, literalString, objectItems, objectValue, present, restyle, type Entry, type ObjectValue, type Value } from "../values/index.js";
import { EC2_CAPACITY_RESOURCE_TYPES } from "../facts/ecs-placement.js";
import { logicalIdOf, referenceName } from "./api-document.js";
import { ScalableTargetDocument, ScalingPolicyDocument, ScheduledActionDocument, type AutoScalingDocuments } from "./autoscaling.js";
import { CapacityProviderDocument, ClusterDocument } from "./ecs-cluster.js";
import { ServiceDocument } from "./ecs-service.js";
import { TaskDefinitionDocument } from "./ecs-task-definition.js";
import { ecrResourceDocuments, type EcrDocuments } from "./ecr.js";
import { EksClusterDocument, EksFargateProfileDocument, EksNodegroupDocument, EksPodIdentityAssociationDocument, type EksResourceDocuments } from "./eks.js";
import { EventBridgeRuleDocument, EventBridgeTargetsDocument, ScheduleDocument, type EventBridgeDocuments } from "./eventbridge.js";

export type CloudFormationDocuments =
  | EcrDocuments
  | TaskDefinitionDocument
  | ServiceDocument
  | ClusterDocument
  | CapacityProviderDocument
  | AutoScalingDocuments
  | EventBridgeDocuments
  | EksResourceDocuments
  | AppRunnerDocuments;

interface Resource {
  readonly logicalId: string;
  readonly type: string;
  /** `Properties` in CloudFormation style (an empty object when the resource has none). */
  readonly properties: ObjectValue;
}

/** A template: `Resources` is an object whose members have a `Type`. */
export function recognizeCloudFormation(root: Value, source: string): readonly CloudFormationDocuments[] {
  if (root.kind !== "object") return [];
  const resourcesValue = objectValue(root.getExact("Resources"));
  if (!resourcesValue) return [];
  const resources = new Map<string, Resource>();
  for (const entry of resourcesValue.entries) {
    const resource = resourceOf(entry);
    if (resource) resources.set(resource.logicalId, resource);
  }
  const documents: CloudFormationDocuments[] = [];
  const clusters = new Map<string, ClusterDocument>();
  const associations: ClusterDocument[] = [];
  for (const { type, properties } of resources.values()) {
    switch (type) {
      case "AWS::ECS::TaskDefinition":
        documents.push(new TaskDefinitionDocument(root, "register", properties));
        break;
      case "AWS::ECS::Service":
        documents.push(new ServiceDocument(root, "create", properties));
        break;
      case "AWS::ECS::Cluster": {
        const cluster = new ClusterDocument(root, "create", properties);
        clusters.set(logicalIdOf(properties) ?? "", cluster);
        documents.push(cluster);
        break;
      }
      case "AWS::ECS::ClusterCapacityProviderAssociations": {
        const association = new ClusterDocument(root, "capacity-providers", properties);
        associations.push(association);
        documents.push(association);
        break;
      }
      case "AWS::ECS::CapacityProvider":
        documents.push(new CapacityProviderDocument(root, "create", properties));
        break;
      case "AWS::ApplicationAutoScaling::ScalableTarget":
        documents.push(new ScalableTargetDocument(root, "register", properties));
        // Scheduled actions are written inside the target in a template.
        for (const action of objectItems(properties.get("scheduledActions"))) documents.push(new ScheduledActionDocument(root, "put", action, properties));
        break;
      case "AWS::ApplicationAutoScaling::ScalingPolicy": {
        const targetId = referenceName(properties.get("scalingTargetId"));
        const target = targetId === undefined ? undefined : resources.get(targetId);
        documents.push(new ScalingPolicyDocument(root, "put", properties, target?.type === "AWS::ApplicationAutoScaling::ScalableTarget" ? target.properties : properties));
        break;
      }
      case "AWS::Events::Rule":
        if (present(properties.get("ScheduleExpression"))) documents.push(new EventBridgeRuleDocument(root, "put", properties));
        if (objectItems(properties.get("Targets")).length > 0) documents.push(new EventBridgeTargetsDocument(root, "put-targets", properties));
        break;
      case "AWS::Scheduler::Schedule":
        documents.push(new ScheduleDocument(root, "create", properties));
        break;
      case "AWS::EKS::Cluster":
        documents.push(new EksClusterDocument(root, "create", properties));
        break;
      case "AWS::EKS::Nodegroup":
        documents.push(new EksNodegroupDocument(root, "create", properties));
        break;
      case "AWS::EKS::FargateProfile":
        documents.push(new EksFargateProfileDocument(root, "create", properties));
        break;
      case "AWS::EKS::PodIdentityAssociation":
        documents.push(new EksPodIdentityAssociationDocument(root, "create", properties));
        break;
      case "AWS::AppRunner::Service":
        documents.push(new AppRunnerServiceDocument(root, "create", properties));
        break;
      case "AWS::AppRunner::AutoScalingConfiguration":
        documents.push(new AppRunnerAutoScalingDocument(root, "create", properties));
        break;
      case "AWS::AppRunner::VpcConnector":
        documents.push(new AppRunnerVpcConnectorDocument(root, "create", properties));
        break;
      default:
        if (type.startsWith("AWS::ECR::")) documents.push(...ecrResourceDocuments(type, root, properties, source));
    }
  }
  linkAssociations(clusters, associations);
  if (clusters.size > 0) {
    const ec2Capacity = [...resources.values()].some(({ type }) => EC2_CAPACITY_RESOURCE_TYPES.has(type)) || documents.some((document) => document.kind === "ecs-service" && document.fargate !== true);
    for (const cluster of clusters.values()) cluster.ec2Capacity = ec2Capacity;
  }
  return documents;
}

function resourceOf(entry: Entry): Resource | undefined {
  const value = entry.value;
  if (value.kind !== "object") return undefined;
  const type = literalString(value.getExact("Type"));
  if (type === undefined) return undefined;
  const written = value.getExact("Properties");
  const properties = written === undefined ? absentObject(value, "cloudformation", entry) : objectValue(written);
  if (!properties) return undefined;
  return { logicalId: entry.key, type, properties: restyle(properties, "cloudformation") as ObjectValue };
}


/** A cluster's capacity providers set by an association resource: `Cluster: !Ref X` names it; an unreadable `Cluster` may name any. */
function linkAssociations(clusters: ReadonlyMap<string, ClusterDocument>, associations: readonly ClusterDocument[]): void {
  for (const association of associations) {
    const value = present(association.object.get("cluster"));
    const named = value === undefined ? undefined : referenceName(value);
    const cluster = named === undefined ? undefined : (clusters.get(named) ?? [...clusters.values()].find((candidate) => candidate.name === named));
    if (cluster) {
      cluster.association = association;
      continue;
    }
    if (named === undefined) for (const cluster of clusters.values()) cluster.association ??= "unknown";
  }
}
