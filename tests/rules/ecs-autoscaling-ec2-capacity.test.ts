import rule from "../../src/rules/ecs-autoscaling-ec2-capacity.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-ecs-autoscaling-ec2-capacity/**/*.json"] } };

const EC2_VIA = 'launchType "EC2"';

runRule("ecs-autoscaling-ec2-capacity", rule, {
  valid: [
    // The service and the cluster are found nowhere.
    json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/api", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 10 }`,
    // The cluster scales its instances with an Auto Scaling group capacity provider.
    yaml`
      clusterName: prod
      capacityProviders: [prod-asg]
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Fargate tasks need no instances.
    yaml`
      clusterName: prod
      settings:
        - name: containerInsights
          value: enabled
      ---
      serviceName: api
      cluster: prod
      launchType: FARGATE
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // A strategy (its providers belong to the cluster).
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      capacityProviderStrategy:
        - capacityProvider: prod-asg
          weight: 1
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // No launch type and no strategy, but the cluster has a default strategy.
    yaml`
      clusterName: prod
      capacityProviders: [FARGATE]
      defaultCapacityProviderStrategy:
        - capacityProvider: FARGATE
          weight: 1
      ---
      serviceName: api
      cluster: prod
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Only the service is found; only the cluster is found.
    yaml`
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // A service of that name in another cluster.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: staging
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Daemon services are not scaled by desired count.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: agent
      cluster: prod
      launchType: EC2
      schedulingStrategy: DAEMON
      taskDefinition: agent
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/agent
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Unknown values.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: !Sub service/\${ClusterName}/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      capacityProviders: !Ref Providers
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: \${LAUNCH_TYPE}
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    yaml`
      clusterName: prod
      settings: []
      <<: *providers
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: ecs
      ResourceId: service/prod/api
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Another namespace.
    yaml`
      clusterName: prod
      settings: []
      ---
      serviceName: api
      cluster: prod
      launchType: EC2
      taskDefinition: api
      desiredCount: 2
      ---
      ServiceNamespace: dynamodb
      ResourceId: service/prod/api
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      MinCapacity: 2
      MaxCapacity: 10
    `,
    // Project index: a Fargate service in the same cluster.
    { ...json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 }`, settings: project },
    { ...json`{ "ServiceNamespace": "ecs", "ResourceId": "service/prod/missing", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 }`, settings: project },
  ],
  invalid: [
    {
      ...yaml`
        clusterName: prod
        settings:
          - name: containerInsights
            value: enabled
        ---
        serviceName: api
        cluster: arn:aws:ecs:eu-west-1:123456789012:cluster/prod
        launchType: EC2
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/prod/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"prod"', via: EC2_VIA }, line: 13, column: 13, endLine: 13, endColumn: 29 }],
    },
    {
      // No launch type, no strategy, and a cluster with Fargate providers only and no default strategy.
      ...yaml`
        clusterName: prod
        capacityProviders: [FARGATE, FARGATE_SPOT]
        ---
        serviceName: api
        cluster: prod
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/prod/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [
        {
          messageId: "noInstanceScaling",
          data: { service: '"api"', cluster: '"prod"', via: "no launch type, no capacity provider strategy and no default strategy on the cluster" },
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 29,
        },
      ],
    },
    {
      // The default cluster: a service without `cluster` runs in "default".
      ...yaml`
        capacityProviders: []
        settings: []
        ---
        serviceName: api
        launchType: EC2
        taskDefinition: api
        desiredCount: 2
        ---
        ServiceNamespace: ecs
        ResourceId: service/default/api
        ScalableDimension: ecs:service:DesiredCount
        MinCapacity: 2
        MaxCapacity: 10
      `,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"default"', via: EC2_VIA }, line: 10, column: 13, endLine: 10, endColumn: 32 }],
    },
    {
      // Project index: describe-services and describe-clusters outputs.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "service/prod/api",
          "ScalableDimension": "ecs:service:DesiredCount",
          "MinCapacity": 2,
          "MaxCapacity": 10
        }
      `,
      settings: project,
      errors: [{ messageId: "noInstanceScaling", data: { service: '"api"', cluster: '"prod"', via: EC2_VIA }, line: 3, column: 17, endLine: 3, endColumn: 35 }],
    },
    {
      // describe-scalable-targets output: each target is checked.
      ...json`
        {
          "ScalableTargets": [
            { "ServiceNamespace": "ecs", "ResourceId": "service/prod/web", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 1, "MaxCapacity": 4 },
            { "ServiceNamespace": "ecs", "ResourceId": "service/prod/api", "ScalableDimension": "ecs:service:DesiredCount", "MinCapacity": 2, "MaxCapacity": 10 }
          ]
        }
      `,
      settings: project,
      errors: [{ messageId: "noInstanceScaling", line: 4, column: 48, endLine: 4, endColumn: 66 }],
    },
  ],
});
