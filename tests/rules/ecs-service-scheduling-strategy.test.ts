import rule from "../../src/rules/ecs-service-scheduling-strategy.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-service-scheduling-strategy", rule, {
  valid: [
    // Daemon services on EC2 with the ECS controller.
    json`{ "serviceName": "log-agent", "cluster": "prod", "launchType": "EC2", "schedulingStrategy": "DAEMON" }`,
    yaml`
      serviceName: log-agent
      launchType: EXTERNAL
      schedulingStrategy: DAEMON
      deploymentController:
        type: ECS
    `,
    // ecspresso's daemon definition: no launch type, cluster not known.
    json`{ "schedulingStrategy": "DAEMON" }`,
    // No launch type, on a cluster without a default strategy: EC2 launch type.
    yaml`
      clusterName: prod
      capacityProviders: [asg-prod]
      ---
      serviceName: log-agent
      cluster: prod
      schedulingStrategy: DAEMON
    `,
    // Replica services may do all of it.
    json`
      {
        "serviceName": "web",
        "launchType": "FARGATE",
        "schedulingStrategy": "REPLICA",
        "deploymentController": { "type": "CODE_DEPLOY" }
      }
    `,
    yaml`
      serviceName: web
      capacityProviderStrategy:
        - capacityProvider: FARGATE_SPOT
          weight: 1
    `,
    // Unknown values.
    json`{ "serviceName": "web", "launchType": "FARGATE", "schedulingStrategy": "\${STRATEGY}" }`,
    json`{ "serviceName": "web", "launchType": "\${LAUNCH_TYPE}", "schedulingStrategy": "DAEMON", "deploymentController": { "type": "\${CONTROLLER}" } }`,
    yaml`
      serviceName: log-agent
      schedulingStrategy: DAEMON
      capacityProviderStrategy: !Ref Strategy
      deploymentController: !Ref Controller
    `,
    yaml`
      serviceName: log-agent
      schedulingStrategy: DAEMON
      <<: *placement
    `,
    // CloudFormation: unknown values; a daemon on EC2; a cluster whose association resource cannot be told
    yaml`
      Resources:
        Daemon:
          Type: AWS::ECS::Service
          Properties:
            SchedulingStrategy: DAEMON
            LaunchType: !If [UseEc2, EC2, !Ref AWS::NoValue]
            DeploymentController: { Type: !Ref Controller }
        Agent:
          Type: AWS::ECS::Service
          Properties:
            SchedulingStrategy: !Ref Strategy
            LaunchType: FARGATE
        Ec2:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            SchedulingStrategy: DAEMON
            LaunchType: EC2
        Cluster:
          Type: AWS::ECS::Cluster
        Associations:
          Type: AWS::ECS::ClusterCapacityProviderAssociations
          Properties:
            Cluster: !ImportValue SharedCluster
            CapacityProviders: [FARGATE]
            DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }]
        Logs:
          Type: AWS::ECS::Service
          Properties:
            Cluster: !Ref Cluster
            SchedulingStrategy: DAEMON
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "serviceName": "log-agent",
          "launchType": "FARGATE",
          "schedulingStrategy": "DAEMON"
        }
      `,
      errors: [{ messageId: "fargateLaunchType", data: { key: "schedulingStrategy", launchType: "launchType", strategy: "capacityProviderStrategy" }, line: 4, column: 25, endLine: 4, endColumn: 33 }],
    },
    {
      ...yaml`
        serviceName: log-agent
        schedulingStrategy: DAEMON
        capacityProviderStrategy:
          - capacityProvider: FARGATE
            weight: 1
          - capacityProvider: FARGATE_SPOT
            weight: 1
      `,
      errors: [{ messageId: "fargateStrategy", line: 2, column: 21, endLine: 2, endColumn: 27 }],
    },
    {
      // Any strategy: ECS refuses strategies for daemon services.
      ...yaml`
        serviceName: log-agent
        schedulingStrategy: "DAEMON"
        capacityProviderStrategy:
          - capacityProvider: asg-prod
            weight: 1
      `,
      errors: [{ messageId: "strategy", line: 2, column: 21, endLine: 2, endColumn: 29 }],
    },
    {
      // Deployment controllers that do not take daemons; both problems on one service.
      ...json`
        {
          "serviceName": "log-agent",
          "launchType": "FARGATE",
          "schedulingStrategy": "DAEMON",
          "deploymentController": { "type": "CODE_DEPLOY" }
        }
      `,
      errors: [
        { messageId: "fargateLaunchType", line: 4, column: 25, endLine: 4, endColumn: 33 },
        { messageId: "controller", data: { key: "schedulingStrategy", launchType: "launchType", strategy: "capacityProviderStrategy", controller: "CODE_DEPLOY" }, line: 4, column: 25, endLine: 4, endColumn: 33 },
      ],
    },
    {
      ...yaml`
        serviceName: log-agent
        launchType: EC2
        schedulingStrategy: DAEMON
        deploymentController:
          type: EXTERNAL
      `,
      errors: [{ messageId: "controller", data: { key: "schedulingStrategy", launchType: "launchType", strategy: "capacityProviderStrategy", controller: "EXTERNAL" }, line: 3, column: 21, endLine: 3, endColumn: 27 }],
    },
    {
      // Multi-document YAML: no launch type, and the cluster has a default strategy.
      ...yaml`
        clusterName: prod
        capacityProviders: [asg-prod]
        defaultCapacityProviderStrategy:
          - capacityProvider: asg-prod
            weight: 1
        ---
        serviceName: log-agent
        cluster: prod
        schedulingStrategy: DAEMON
      `,
      errors: [{ messageId: "clusterDefault", data: { key: "schedulingStrategy", launchType: "launchType", strategy: "capacityProviderStrategy", cluster: "prod" }, line: 9, column: 21, endLine: 9, endColumn: 27 }],
    },
    {
      // describe-services output with two services: only the daemon on Fargate reports.
      ...json`
        {
          "services": [
            { "serviceName": "agent", "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/agent", "launchType": "EC2", "schedulingStrategy": "DAEMON" },
            { "serviceName": "bad", "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/bad", "launchType": "FARGATE", "schedulingStrategy": "DAEMON" }
          ]
        }
      `,
      errors: [{ messageId: "fargateLaunchType", line: 4, column: 145, endLine: 4, endColumn: 153 }],
    },
    {
      name: "CloudFormation: daemons on Fargate, on a strategy, on a template cluster whose association resource sets a default strategy, and with CODE_DEPLOY",
      ...yaml`
        Resources:
          Fargate:
            Type: AWS::ECS::Service
            Properties:
              SchedulingStrategy: DAEMON
              LaunchType: FARGATE
          Strategy:
            Type: AWS::ECS::Service
            Properties:
              SchedulingStrategy: DAEMON
              CapacityProviderStrategy: [{ CapacityProvider: !Ref AsgProvider, Weight: 1 }]
          Cluster:
            Type: AWS::ECS::Cluster
          Associations:
            Type: AWS::ECS::ClusterCapacityProviderAssociations
            Properties:
              Cluster: !Ref Cluster
              CapacityProviders: [!Ref AsgProvider]
              DefaultCapacityProviderStrategy: [{ CapacityProvider: !Ref AsgProvider, Weight: 1 }]
          Default:
            Type: AWS::ECS::Service
            Properties:
              Cluster: !Ref Cluster
              SchedulingStrategy: DAEMON
              DeploymentController:
                Type: CODE_DEPLOY
      `,
      errors: [
        {
          messageId: "fargateLaunchType",
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 33,
        },
        {
          messageId: "strategy",
          line: 10,
          column: 27,
          endLine: 10,
          endColumn: 33,
        },
        {
          messageId: "clusterDefault",
          data: { key: "SchedulingStrategy", launchType: "LaunchType", strategy: "CapacityProviderStrategy", cluster: "Cluster" },
          line: 24,
          column: 27,
          endLine: 24,
          endColumn: 33,
        },
        {
          messageId: "controller",
          line: 24,
          column: 27,
          endLine: 24,
          endColumn: 33,
        },
      ],
    },

    {
      name: "CloudFormation JSON: a daemon on Fargate",
      ...json`
        {
          "Resources": {
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": { "SchedulingStrategy": "DAEMON", "LaunchType": "FARGATE" }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "fargateLaunchType",
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 53,
        },
      ],
    },
  ],
});
