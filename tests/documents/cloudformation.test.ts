/**
 * CloudFormation templates: each known resource becomes a document of its kind,
 * read as the API input that creates it, in CloudFormation's key style; `Ref`s
 * between resources of one template resolve through the same-file lookups.
 */
import { describe, expect, it } from "vitest";
import { DocumentSet } from "../../src/documents/related.js";
import { documentsOf, type AnyDocument, type CapacityProviderDocument, type ClusterDocument, type ScalingPolicyDocument, type ScheduledActionDocument, type ServiceDocument } from "../../src/documents/index.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";

function documents(text: string, syntax: "json" | "yaml" = "yaml"): readonly AnyDocument[] {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast, text);
}

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  ClusterName: { Type: String }
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - { Name: containerInsights, Value: enabled }
  Providers:
    Type: AWS::ECS::ClusterCapacityProviderAssociations
    Properties:
      Cluster: !Ref Cluster
      CapacityProviders: [FARGATE, FARGATE_SPOT]
      DefaultCapacityProviderStrategy:
        - { CapacityProvider: FARGATE, Weight: 1 }
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      ContainerDefinitions:
        - { Name: web, Image: "nginx:1.27" }
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref TaskDefinition
      NetworkConfiguration:
        AwsvpcConfiguration: { Subnets: [subnet-1] }
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: !Join ["/", [service, !Ref Cluster, !GetAtt Service.Name]]
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 1
      MaxCapacity: 4
      ScheduledActions:
        - { ScheduledActionName: night, Schedule: "cron(0 22 * * ? *)", ScalableTargetAction: { MinCapacity: 1 } }
  Policy:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: cpu
      PolicyType: TargetTrackingScaling
      ScalingTargetId: !Ref Target
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 60
        PredefinedMetricSpecification: { PredefinedMetricType: ECSServiceAverageCPUUtilization }
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 day)
      Targets:
        - Id: report
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt EventsRole.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref TaskDefinition
            NetworkConfiguration:
              AwsVpcConfiguration: { Subnets: [subnet-1] }
  Schedule:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: cron(0 3 * * ? *)
      FlexibleTimeWindow: { Mode: "OFF" }
      Target: { Arn: !GetAtt Cluster.Arn, RoleArn: !GetAtt SchedulerRole.Arn }
  Provider:
    Type: AWS::ECS::CapacityProvider
  Bucket:
    Type: AWS::S3::Bucket
  Computed:
    Type: AWS::ECS::Service
    Properties: !If [IsProd, {}, {}]
`;

describe("CloudFormation templates", () => {
  const found = documents(TEMPLATE);
  const byKind = (kind: string) => found.filter((document) => document.kind === kind);

  it("reads each known resource as the API input that creates it, in CloudFormation's key style", () => {
    expect(found.map((document) => `${document.kind}/${document.form}`)).toEqual([
      "ecs-cluster/create",
      "ecs-cluster/capacity-providers",
      "ecs-task-definition/register",
      "ecs-service/create",
      "autoscaling-scalable-target/register",
      "autoscaling-scheduled-action/put",
      "autoscaling-scaling-policy/put",
      "eventbridge-rule/put",
      "eventbridge-targets/put-targets",
      "scheduler-schedule/create",
      "ecs-capacity-provider/create",
    ]);
    const [service] = byKind("ecs-service") as ServiceDocument[];
    expect(service!.object.style).toBe("cloudformation");
    expect(service!.awsvpcConfiguration?.keyName("subnets")).toBe("Subnets");
    expect(service!.label).toBe('Service "Service"');
  });

  it("keeps the logical IDs a Ref names, and resolves them within the template", () => {
    const [service] = byKind("ecs-service") as ServiceDocument[];
    expect(service!.taskDefinitionReference).toBe("TaskDefinition");
    expect(service!.clusterName).toBe("Cluster");
    const lookups = new DocumentSet(found);
    expect(lookups.taskDefinition("TaskDefinition")?.family).toBe("web");
    expect(lookups.cluster("Cluster")?.label).toBe('Cluster "Cluster"');
    // Logical IDs name resources within their own template only: not through a project index.
    expect(new DocumentSet(found, false).taskDefinition("TaskDefinition")).toBeUndefined();
  });

  it("links a cluster to the association resource that sets its capacity providers", () => {
    const [cluster] = byKind("ecs-cluster") as ClusterDocument[];
    expect(cluster!.form).toBe("create");
    expect(cluster!.capacityProviders).toEqual(["FARGATE", "FARGATE_SPOT"]);
    expect(cluster!.hasDefaultStrategy).toBe(true);
    expect(cluster!.object.keyName("settings")).toBe("ClusterSettings");
  });

  it("tells a cluster whether the template shows EC2 capacity", () => {
    const ec2Capacity = (resources: string) => (documents(`Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n${resources}`).find((document) => document.kind === "ecs-cluster") as ClusterDocument).ec2Capacity;
    expect(ec2Capacity("")).toBe(false);
    expect(ec2Capacity("  Service:\n    Type: AWS::ECS::Service\n    Properties: { LaunchType: FARGATE }\n")).toBe(false);
    expect(ec2Capacity("  Service:\n    Type: AWS::ECS::Service\n    Properties: { CapacityProviderStrategy: [{ CapacityProvider: FARGATE_SPOT }] }\n")).toBe(false);
    expect(ec2Capacity("  Service:\n    Type: AWS::ECS::Service\n    Properties: { LaunchType: !Ref LaunchType }\n")).toBe(true);
    expect(ec2Capacity("  Service:\n    Type: AWS::ECS::Service\n    Properties: {}\n")).toBe(true);
    expect(ec2Capacity("  Template:\n    Type: AWS::EC2::LaunchTemplate\n")).toBe(true);
    expect(ec2Capacity("  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n")).toBe(true);
    // API input shows nothing of the instances.
    const api = documentsOf(jsonParser.parseForESLint(`{"clusterName": "prod"}`).ast, `{"clusterName": "prod"}`)[0] as ClusterDocument;
    expect(api.ec2Capacity).toBe("unknown");
  });

  it("names a scaling policy's target through ScalingTargetId, and a scheduled action's through its holder", () => {
    const [policy] = byKind("autoscaling-scaling-policy") as ScalingPolicyDocument[];
    expect(policy!.namespace).toBe("ecs");
    expect(policy!.forEcs).toBe(true);
    const [action] = byKind("autoscaling-scheduled-action") as ScheduledActionDocument[];
    expect(action!.namespace).toBe("ecs");
    expect(action!.object.get("schedule")?.kind).toBe("string");
  });

  it("reads a resource without Properties as one with every default, and leaves computed Properties alone", () => {
    const providers = byKind("ecs-capacity-provider") as CapacityProviderDocument[];
    expect(providers).toHaveLength(1);
    expect(providers[0]!.object.entries).toEqual([]);
    expect(byKind("ecs-service")).toHaveLength(1);
  });

  it("reads JSON templates the same way", () => {
    const json = `{"Resources": {"Svc": {"Type": "AWS::ECS::Service", "Properties": {"LaunchType": "EC2", "TaskDefinition": {"Ref": "Td"}}}, "Td": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": []}}}}`;
    const [service, taskDefinition] = documents(json, "json");
    expect((service as ServiceDocument).taskDefinitionReference).toBe("Td");
    expect(taskDefinition!.kind).toBe("ecs-task-definition");
  });
});
