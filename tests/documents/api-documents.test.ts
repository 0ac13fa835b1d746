/**
 * Recognition of the API documents beyond task definitions: services, run-task
 * input, clusters, capacity providers, Application Auto Scaling, EventBridge,
 * Scheduler and ECR — each form, and the look-alikes that must not be taken.
 */
import { describe, expect, it } from "vitest";
import { documentsOf, type AnyDocument, type ClusterDocument, type EventBridgeTargetsDocument, type RepositoryDocument, type RunTaskDocument, type ServiceDocument } from "../../src/documents/index.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";

function documents(text: string, syntax: "json" | "yaml" = "json"): readonly AnyDocument[] {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast, text);
}
function kinds(text: string, syntax: "json" | "yaml" = "json"): string[] {
  return documents(text, syntax).map((document) => `${document.kind}/${document.form}`);
}

describe("ECS services", () => {
  it("recognizes create-service input, even a partial ecspresso definition", () => {
    expect(kinds(`{"serviceName": "web", "cluster": "prod", "taskDefinition": "web:3", "desiredCount": 2}`)).toEqual(["ecs-service/create"]);
    expect(kinds(`{"schedulingStrategy": "DAEMON"}`)).toEqual(["ecs-service/create"]);
    expect(kinds(`serviceName: web\nlaunchType: FARGATE\ndesiredCount: 1\n`, "yaml")).toEqual(["ecs-service/create"]);
  });

  it("recognizes update-service input and reads the service name from it", () => {
    const [service] = documents(`{"service": "arn:aws:ecs:us-east-1:123456789012:service/prod/web", "cluster": "prod", "desiredCount": 3, "forceNewDeployment": true}`);
    expect(service?.form).toBe("update");
    expect((service as ServiceDocument).name).toBe("web");
  });

  it("recognizes each service of describe-services output", () => {
    const found = documents(`{"services": [{"serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/a", "serviceName": "a", "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"}, {"serviceName": "b"}], "failures": []}`);
    expect(found.map((document) => `${document.kind}/${document.form}`)).toEqual(["ecs-service/describe", "ecs-service/describe"]);
    expect((found[0] as ServiceDocument).clusterName).toBe("prod");
  });

  it("derives placement facts", () => {
    const [fargate] = documents(`{"serviceName": "a", "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}]}`) as ServiceDocument[];
    expect(fargate!.fargate).toBe(true);
    expect(fargate!.clusterName).toBe("default");
    const [open] = documents(`{"serviceName": "a"}`) as ServiceDocument[];
    expect(open!.fargate).toBe("unknown");
    expect(open!.schedulingStrategy).toBe("REPLICA");
    expect(open!.deploymentController).toBe("ECS");
    const [templated] = documents(`{"serviceName": "a", "launchType": "\${LAUNCH_TYPE}"}`) as ServiceDocument[];
    expect(templated!.fargate).toBe("unknown");
  });
});

describe("run-task input", () => {
  it("recognizes run-task input and a bare --overrides file", () => {
    expect(kinds(`{"cluster": "default", "taskDefinition": "job:4", "launchType": "FARGATE", "count": 1}`)).toEqual(["ecs-run-task/run-task"]);
    const [overrides] = documents(`{"containerOverrides": [{"name": "app", "command": ["run"]}]}`) as RunTaskDocument[];
    expect(overrides!.form).toBe("overrides");
    expect(overrides!.containerOverrides).toHaveLength(1);
  });
});

describe("clusters and capacity providers", () => {
  it("recognizes create-cluster, describe-clusters and put-cluster-capacity-providers", () => {
    expect(kinds(`{"clusterName": "prod", "settings": [{"name": "containerInsights", "value": "enabled"}]}`)).toEqual(["ecs-cluster/create"]);
    expect(kinds(`{"clusters": [{"clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "clusterName": "prod"}], "failures": []}`)).toEqual(["ecs-cluster/describe"]);
    const [put] = documents(`{"cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "capacityProviders": ["FARGATE"], "defaultCapacityProviderStrategy": []}`) as ClusterDocument[];
    expect(put!.form).toBe("capacity-providers");
    expect(put!.name).toBe("prod");
    expect(put!.hasDefaultStrategy).toBe(false);
  });

  it("recognizes create-capacity-provider and describe-capacity-providers", () => {
    expect(kinds(`{"name": "asg", "autoScalingGroupProvider": {"autoScalingGroupArn": "my-asg"}}`)).toEqual(["ecs-capacity-provider/create"]);
    expect(kinds(`{"capacityProviders": [{"capacityProviderArn": "arn:aws:ecs:us-east-1:123456789012:capacity-provider/asg", "name": "asg"}]}`)).toEqual(["ecs-capacity-provider/describe"]);
  });
});

describe("Application Auto Scaling", () => {
  it("recognizes scalable targets, scaling policies and scheduled actions", () => {
    expect(kinds(`{"ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4}`)).toEqual(["autoscaling-scalable-target/register"]);
    expect(kinds(`PolicyName: cpu\nServiceNamespace: ecs\nResourceId: service/prod/web\nScalableDimension: ecs:service:DesiredCount\nPolicyType: TargetTrackingScaling\n`, "yaml")).toEqual(["autoscaling-scaling-policy/put"]);
    expect(kinds(`{"ServiceNamespace": "ecs", "ScheduledActionName": "night", "ResourceId": "service/prod/web", "Schedule": "cron(0 22 * * ? *)"}`)).toEqual(["autoscaling-scheduled-action/put"]);
    expect(kinds(`{"ScalableTargets": [{"ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount"}]}`)).toEqual(["autoscaling-scalable-target/describe"]);
  });

  it("does not take a bare policy configuration for a document", () => {
    expect(kinds(`{"TargetValue": 50, "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}}`)).toEqual([]);
  });
});

describe("EventBridge and Scheduler", () => {
  it("recognizes put-rule with a schedule, put-targets and a bare targets list", () => {
    expect(kinds(`{"Name": "nightly", "ScheduleExpression": "rate(1 day)"}`)).toEqual(["eventbridge-rule/put"]);
    expect(kinds(`{"Rule": "nightly", "Targets": [{"Id": "1", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "EcsParameters": {"TaskDefinitionArn": "x"}}]}`)).toEqual(["eventbridge-targets/put-targets"]);
    const [list] = documents(`[{"Id": "1", "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod", "EcsParameters": {"TaskDefinitionArn": "x"}}, {"Id": "2", "Arn": "arn:aws:sqs:us-east-1:123456789012:q"}]`) as EventBridgeTargetsDocument[];
    expect(list!.form).toBe("targets-list");
    expect(list!.targets).toHaveLength(2);
    expect(list!.ecsTargets).toHaveLength(1);
  });

  it("recognizes a Scheduler schedule", () => {
    expect(kinds(`Name: nightly\nScheduleExpression: cron(0 3 * * ? *)\nFlexibleTimeWindow: {Mode: "OFF"}\nTarget: {Arn: x, RoleArn: y}\n`, "yaml")).toEqual(["scheduler-schedule/create"]);
  });
});

describe("ECR", () => {
  it("recognizes create-repository input and describe-repositories output", () => {
    expect(kinds(`{"repositoryName": "web", "imageScanningConfiguration": {"scanOnPush": true}}`)).toEqual(["ecr-repository/create"]);
    expect(kinds(`{"repositories": [{"repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web", "repositoryName": "web"}]}`)).toEqual(["ecr-repository/describe"]);
    expect(kinds(`{"repositoryName": "web"}`)).toEqual([]);
  });

  it("recognizes registry scanning configurations", () => {
    expect(kinds(`{"scanType": "ENHANCED", "rules": [{"scanFrequency": "CONTINUOUS_SCAN", "repositoryFilters": [{"filter": "*", "filterType": "WILDCARD"}]}]}`)).toEqual(["ecr-registry-scanning/put"]);
    expect(kinds(`{"registryId": "123456789012", "scanningConfiguration": {"scanType": "BASIC", "rules": []}}`)).toEqual(["ecr-registry-scanning/get"]);
  });

  it("recognizes lifecycle policies as JSON and as put-lifecycle-policy input", () => {
    expect(kinds(`{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}`)).toEqual(["ecr-lifecycle-policy/policy"]);
    expect(kinds(`{"repositoryName": "web", "lifecyclePolicyText": "{\\"rules\\": []}"}`)).toEqual(["ecr-lifecycle-policy/put"]);
  });

  it("recognizes repository policies with ECR actions, and set-repository-policy input", () => {
    expect(kinds(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage"}]}`)).toEqual(["ecr-policy/policy"]);
    expect(kinds(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}`)).toEqual([]);
    expect(kinds(`{"repositoryName": "web", "policyText": "{}"}`)).toEqual(["ecr-policy/set-policy"]);
  });

  it("recognizes ECR resources of a CloudFormation template, in its key style", () => {
    const template = `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      LifecyclePolicy:
        LifecyclePolicyText: |
          {"rules": []}
      RepositoryPolicyText:
        Statement: []
  Bucket:
    Type: AWS::S3::Bucket
    Properties: {}
  Bare:
    Type: AWS::ECR::Repository
`;
    const found = documents(template, "yaml");
    expect(found.map((document) => `${document.kind}/${document.form}`)).toEqual(["ecr-repository/cloudformation", "ecr-lifecycle-policy/cloudformation", "ecr-policy/cloudformation", "ecr-repository/cloudformation"]);
    const [repository] = found as RepositoryDocument[];
    expect(repository!.object.get("repositoryName")?.kind).toBe("string");
    expect(repository!.object.keyName("imageScanningConfiguration")).toBe("ImageScanningConfiguration");
    expect(repository!.label).toBe('Repository "web"');
    // A resource without Properties: every default, named by its logical ID.
    const bare = found[3] as RepositoryDocument;
    expect(bare.object.entries).toEqual([]);
    expect(bare.label).toBe('Repository "Bare"');
  });
});

describe("look-alikes", () => {
  it.each([
    ["package.json", `{"name": "x", "version": "1.0.0", "dependencies": {}}`],
    ["tsconfig.json", `{"compilerOptions": {"strict": true}}`],
    ["a list of people", `[{"name": "Ada", "image": "ada.png"}]`],
    ["an object with a stray desiredCount among other keys", `{"desiredCount": 2, "color": "red", "size": 3, "weight": 4, "height": 5}`],
  ])("takes %s for nothing", (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it("takes a Kubernetes Deployment for a Kubernetes workload (a fragment without containers), not an ECS document", () => {
    expect(kinds(`{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}, "spec": {"replicas": 2}}`)).toEqual(["kubernetes-workload/manifest"]);
  });
});
