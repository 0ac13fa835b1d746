import rule from "../../src/rules/ecs-capacity-provider-managed-scaling.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const ASG = "arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:0e4f0c5a:autoScalingGroupName/prod";

runRule("ecs-capacity-provider-managed-scaling", rule, {
  valid: [
    json`
      {
        "name": "prod-asg",
        "autoScalingGroupProvider": {
          "autoScalingGroupArn": "${ASG}",
          "managedScaling": { "status": "ENABLED", "targetCapacity": 100, "minimumScalingStepSize": 1, "maximumScalingStepSize": 1 },
          "managedTerminationProtection": "ENABLED"
        }
      }
    `,
    yaml`
      name: prod-asg
      autoScalingGroupProvider:
        autoScalingGroupArn: ${ASG}
        managedScaling:
          status: ENABLED
    `,
    // Managed termination protection off, the default.
    yaml`
      name: prod-asg
      autoScalingGroupProvider:
        autoScalingGroupArn: ${ASG}
        managedScaling:
          status: ENABLED
          targetCapacity: 90
        managedTerminationProtection: DISABLED
    `,
    // Not an Auto Scaling group provider.
    json`{ "name": "mi", "cluster": "prod", "managedInstancesProvider": { "infrastructureRoleArn": "arn:aws:iam::123456789012:role/ecs-infra" } }`,
    // Unknown values.
    yaml`
      name: prod-asg
      autoScalingGroupProvider:
        autoScalingGroupArn: ${ASG}
        managedScaling: !Ref ManagedScaling
        managedTerminationProtection: ENABLED
    `,
    json`
      {
        "name": "prod-asg",
        "autoScalingGroupProvider": {
          "autoScalingGroupArn": "${ASG}",
          "managedScaling": { "status": "\${MANAGED_SCALING}" },
          "managedTerminationProtection": "ENABLED"
        }
      }
    `,
    yaml`
      name: prod-asg
      autoScalingGroupProvider:
        autoScalingGroupArn: ${ASG}
        <<: *scaling
    `,
    yaml`
      name: prod-asg
      autoScalingGroupProvider:
        autoScalingGroupArn: ${ASG}
        managedScaling:
          targetCapacity: 80
          <<: *status
    `,
    // describe-capacity-providers output: the Fargate providers have no Auto Scaling group.
    json`
      {
        "capacityProviders": [
          { "capacityProviderArn": "arn:aws:ecs:eu-west-1:123456789012:capacity-provider/FARGATE", "name": "FARGATE", "status": "ACTIVE" },
          {
            "capacityProviderArn": "arn:aws:ecs:eu-west-1:123456789012:capacity-provider/prod-asg",
            "name": "prod-asg",
            "status": "ACTIVE",
            "autoScalingGroupProvider": { "autoScalingGroupArn": "${ASG}", "managedScaling": { "status": "ENABLED", "targetCapacity": 100 } }
          }
        ]
      }
    `,
    // CloudFormation: unknown status and provider, managed scaling on
    yaml`
      Resources:
        Provider:
          Type: AWS::ECS::CapacityProvider
          Properties:
            AutoScalingGroupProvider:
              AutoScalingGroupArn: !Ref Asg
              ManagedScaling:
                Status: !If [Managed, ENABLED, DISABLED]
              ManagedTerminationProtection: ENABLED
        Other:
          Type: AWS::ECS::CapacityProvider
          Properties:
            AutoScalingGroupProvider: !If [UseAsg, { AutoScalingGroupArn: !Ref Asg }, !Ref AWS::NoValue]
        Third:
          Type: AWS::ECS::CapacityProvider
          Properties:
            AutoScalingGroupProvider:
              AutoScalingGroupArn: !Ref Asg
              ManagedScaling:
                Status: ENABLED
                TargetCapacity: "100"
        Empty:
          Type: AWS::ECS::CapacityProvider
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "name": "prod-asg",
          "autoScalingGroupProvider": {
            "autoScalingGroupArn": "${ASG}",
            "managedTerminationProtection": "ENABLED"
          }
        }
      `,
      errors: [
        {
          messageId: "noManagedScaling",
          data: { name: '"prod-asg"', key: "managedScaling", default: "DISABLED" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: "enableManagedScaling",
              output: `{
  "name": "prod-asg",
  "autoScalingGroupProvider": {
    "autoScalingGroupArn": "${ASG}",
    "managedTerminationProtection": "ENABLED",
    "managedScaling": {"status":"ENABLED"}
  }
}
`,
            },
          ],
        },
        { messageId: "terminationProtectionWithoutScaling", data: { name: '"prod-asg"', key: "managedTerminationProtection" }, line: 5, column: 37, endLine: 5, endColumn: 46 },
      ],
    },
    {
      ...yaml`
        name: prod-asg
        autoScalingGroupProvider:
          autoScalingGroupArn: ${ASG}
          managedScaling:
            status: DISABLED
            targetCapacity: 80
      `,
      errors: [
        {
          messageId: "disabled",
          data: { name: '"prod-asg"', value: "DISABLED" },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: "enableManagedScaling",
              output: `name: prod-asg\nautoScalingGroupProvider:\n  autoScalingGroupArn: ${ASG}\n  managedScaling:\n    status: ENABLED\n    targetCapacity: 80\n`,
            },
          ],
        },
      ],
    },
    {
      // Managed scaling configured but not turned on: the fix turns it on.
      ...yaml`
        name: prod-asg
        autoScalingGroupProvider:
          autoScalingGroupArn: ${ASG}
          managedScaling:
            targetCapacity: 80
            maximumScalingStepSize: 2
      `,
      output: `name: prod-asg\nautoScalingGroupProvider:\n  autoScalingGroupArn: ${ASG}\n  managedScaling:\n    targetCapacity: 80\n    maximumScalingStepSize: 2\n    status: ENABLED\n`,
      errors: [{ messageId: "noStatus", data: { name: '"prod-asg"', key: "managedScaling", status: "status", default: "DISABLED" }, line: 4, column: 3, endLine: 4, endColumn: 17 }],
    },
    {
      ...json`
        {
          "name": "prod-asg",
          "autoScalingGroupProvider": {
            "autoScalingGroupArn": "${ASG}",
            "managedScaling": { "status": null, "targetCapacity": 75 }
          }
        }
      `,
      output: `{
  "name": "prod-asg",
  "autoScalingGroupProvider": {
    "autoScalingGroupArn": "${ASG}",
    "managedScaling": { "status": "ENABLED", "targetCapacity": 75 }
  }
}
`,
      errors: [{ messageId: "noStatus", line: 5, column: 5, endLine: 5, endColumn: 21 }],
    },
    {
      // describe-capacity-providers output: no fixes or suggestions on what AWS answered.
      ...json`
        {
          "capacityProviders": [
            {
              "capacityProviderArn": "arn:aws:ecs:eu-west-1:123456789012:capacity-provider/legacy-asg",
              "name": "legacy-asg",
              "autoScalingGroupProvider": {
                "autoScalingGroupArn": "${ASG}",
                "managedScaling": { "status": "DISABLED", "targetCapacity": 100 },
                "managedTerminationProtection": "ENABLED"
              }
            }
          ]
        }
      `,
      errors: [
        { messageId: "disabled", data: { name: '"legacy-asg"', value: "DISABLED" }, line: 8, column: 39, endLine: 8, endColumn: 49 },
        { messageId: "terminationProtectionWithoutScaling", line: 9, column: 41, endLine: 9, endColumn: 50 },
      ],
    },
    {
      name: "CloudFormation: no ManagedScaling (suggestion), ManagedScaling without Status (fix), Status DISABLED with termination protection",
      ...yaml`
        Resources:
          Provider:
            Type: AWS::ECS::CapacityProvider
            Properties:
              AutoScalingGroupProvider:
                AutoScalingGroupArn: !Ref Asg
          Scaled:
            Type: AWS::ECS::CapacityProvider
            Properties:
              Name: scaled
              AutoScalingGroupProvider:
                AutoScalingGroupArn: !Ref Asg
                ManagedScaling:
                  TargetCapacity: 90
          Protected:
            Type: AWS::ECS::CapacityProvider
            Properties:
              AutoScalingGroupProvider:
                AutoScalingGroupArn: !Ref Asg
                ManagedScaling:
                  Status: DISABLED
                ManagedTerminationProtection: ENABLED
      `,
      errors: [
        {
          messageId: "noManagedScaling",
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            { messageId: "enableManagedScaling", output: "Resources:\n  Provider:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling: {Status: ENABLED}\n  Scaled:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      Name: scaled\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          TargetCapacity: 90\n  Protected:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          Status: DISABLED\n        ManagedTerminationProtection: ENABLED\n" },
          ],
        },
        {
          messageId: "noStatus",
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 23,
        },
        {
          messageId: "disabled",
          line: 21,
          column: 19,
          endLine: 21,
          endColumn: 27,
          suggestions: [
            { messageId: "enableManagedScaling", output: "Resources:\n  Provider:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n  Scaled:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      Name: scaled\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          TargetCapacity: 90\n  Protected:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          Status: ENABLED\n        ManagedTerminationProtection: ENABLED\n" },
          ],
        },
        {
          messageId: "terminationProtectionWithoutScaling",
          line: 22,
          column: 39,
          endLine: 22,
          endColumn: 46,
        },
      ],
      output: "Resources:\n  Provider:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n  Scaled:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      Name: scaled\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          TargetCapacity: 90\n          Status: ENABLED\n  Protected:\n    Type: AWS::ECS::CapacityProvider\n    Properties:\n      AutoScalingGroupProvider:\n        AutoScalingGroupArn: !Ref Asg\n        ManagedScaling:\n          Status: DISABLED\n        ManagedTerminationProtection: ENABLED\n",
    },

    {
      name: "CloudFormation JSON: ManagedScaling without Status is fixed with CloudFormation's key",
      ...json`
        {
          "Resources": {
            "Provider": {
              "Type": "AWS::ECS::CapacityProvider",
              "Properties": {
                "AutoScalingGroupProvider": {
                  "AutoScalingGroupArn": { "Ref": "Asg" },
                  "ManagedScaling": { "TargetCapacity": "90" }
                }
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noStatus",
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 27,
        },
      ],
      output: "{\n  \"Resources\": {\n    \"Provider\": {\n      \"Type\": \"AWS::ECS::CapacityProvider\",\n      \"Properties\": {\n        \"AutoScalingGroupProvider\": {\n          \"AutoScalingGroupArn\": { \"Ref\": \"Asg\" },\n          \"ManagedScaling\": { \"TargetCapacity\": \"90\", \"Status\": \"ENABLED\" }\n        }\n      }\n    }\n  }\n}\n",
    },
  ],
});
