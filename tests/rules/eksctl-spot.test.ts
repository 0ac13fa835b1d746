import rule from "../../src/rules/eksctl-spot.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eksctl-spot", rule, {
  valid: [
    // Managed: several types, On-Demand groups, an instance selector (eksctl picks many types).
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      managedNodeGroups:
        - name: spot
          spot: true
          instanceTypes: ["c5.large", "c5a.large", "c6i.large"]
        - name: on-demand
        - name: on-demand-one-type
          instanceType: m5.large
        - name: not-spot
          spot: false
          instanceTypes: [m5.large]
        - name: not-spot-yaml11
          spot: no
        - name: selector
          spot: true
          instanceSelector:
            vCPUs: 2
            memory: 4GiB
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "managedNodeGroups": [{ "name": "spot", "spot": true, "instanceTypes": ["m5.large", "m5a.large"] }]
      }
    `,
    // Self-managed: On-Demand (no percentage: 100; 100 written; YAML 1.1 1_00 is 100), two types, a selector.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      nodeGroups:
        - name: plain
          instanceType: m5.large
        - name: on-demand-mixed
          instancesDistribution:
            instanceTypes: [m5.large]
        - name: on-demand-100
          instancesDistribution:
            instanceTypes: [m5.large]
            onDemandPercentageAboveBaseCapacity: 100
        - name: on-demand-yaml11
          instancesDistribution:
            instanceTypes: [m5.large]
            onDemandPercentageAboveBaseCapacity: 1_00
        - name: spot-two
          instancesDistribution:
            instanceTypes: ["t3.small", "t3.medium"]
            onDemandPercentageAboveBaseCapacity: 50
        - name: spot-selector
          instanceSelector: { vCPUs: 4 }
          instancesDistribution:
            onDemandPercentageAboveBaseCapacity: 0
    `,
    // Unknown values stay silent.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      managedNodeGroups:
        - name: spot-placeholder
          spot: "\${SPOT}"
        - name: types-placeholder
          spot: true
          instanceTypes: "\${INSTANCE_TYPES}"
        - name: type-placeholder
          spot: true
          instanceTypes: ["\${INSTANCE_TYPE}"]
        - name: single-placeholder
          spot: true
          instanceType: "\${INSTANCE_TYPE}"
        - &defaults
          name: base
        - <<: *defaults
          name: merged
          spot: true
      nodeGroups:
        - name: percentage-placeholder
          instancesDistribution:
            instanceTypes: [m5.large]
            onDemandPercentageAboveBaseCapacity: \${PERCENT}
        - name: on-demand-base
          instancesDistribution: &distribution
            onDemandBaseCapacity: 1
        - name: merged-distribution
          instancesDistribution:
            <<: *distribution
            onDemandPercentageAboveBaseCapacity: 0
    `,
    // CloudFormation: two types, On-Demand, intrinsics.
    yaml`
      Resources:
        Spot:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            CapacityType: SPOT
            InstanceTypes: [m5.large, m5a.large]
        OnDemand:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            CapacityType: ON_DEMAND
        Capacity:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            CapacityType: !Ref CapacityType
        Types:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            CapacityType: SPOT
            InstanceTypes: !Ref InstanceTypes
        TypeItem:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            CapacityType: SPOT
            InstanceTypes: [!Ref InstanceType]
    `,
    json`
      {
        "Resources": {
          "Nodes": {
            "Type": "AWS::EKS::Nodegroup",
            "Properties": { "ClusterName": "prod", "CapacityType": "SPOT", "InstanceTypes": ["c5.large", { "Ref": "OtherType" }] }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // Managed: one listed type, YAML 1.1 yes and eksctl's default, instanceType alone, duplicates, a launch template, an empty selector.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: spot-1
            spot: true
            instanceTypes: ["c5.large"]
          - name: spot-2
            spot: yes
          - name: spot-3
            spot: true
            instanceType: m5.xlarge
          - name: spot-4
            spot: true
            instanceTypes: [c5.large, c5.large]
          - name: spot-5
            spot: true
            launchTemplate:
              id: lt-0123456789abcdef0
          - name: spot-6
            spot: true
            instanceSelector: {}
      `,
      errors: [
        { messageId: "oneType", data: { nodeGroup: 'Managed node group "spot-1"', type: "c5.large", key: "instanceTypes" }, line: 7, column: 20, endLine: 7, endColumn: 32 },
        { messageId: "defaultType", data: { nodeGroup: 'Managed node group "spot-2"', type: "m5.large", key: "instanceTypes", source: "eksctl's default" }, line: 9, column: 11, endLine: 9, endColumn: 14 },
        { messageId: "oneType", data: { nodeGroup: 'Managed node group "spot-3"', type: "m5.xlarge", key: "instanceTypes" }, line: 12, column: 19, endLine: 12, endColumn: 28 },
        { messageId: "oneType", data: { nodeGroup: 'Managed node group "spot-4"', type: "c5.large", key: "instanceTypes" }, line: 15, column: 20, endLine: 15, endColumn: 40 },
        { messageId: "launchTemplateType", data: { nodeGroup: 'Managed node group "spot-5"', key: "instanceTypes", fallback: "" }, line: 17, column: 11, endLine: 17, endColumn: 15 },
        { messageId: "defaultType", data: { nodeGroup: 'Managed node group "spot-6"', type: "m5.large", key: "instanceTypes", source: "eksctl's default" }, line: 21, column: 11, endLine: 21, endColumn: 15 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "managedNodeGroups": [{ "name": "spot", "spot": true }]
        }
      `,
      errors: [{ messageId: "defaultType", data: { nodeGroup: 'Managed node group "spot"', type: "m5.large", key: "instanceTypes", source: "eksctl's default" }, line: 5, column: 51, endLine: 5, endColumn: 55 }],
    },
    {
      // Self-managed: one type; an empty list and no list (eksctl refuses both); YAML 1.1 octal 050 is 40.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
        nodeGroups:
          - name: gpu-spot
            instancesDistribution:
              instanceTypes: ["g5.xlarge"]
              onDemandBaseCapacity: 0
              onDemandPercentageAboveBaseCapacity: 0
          - name: empty
            instancesDistribution:
              instanceTypes: []
              onDemandPercentageAboveBaseCapacity: 050
          - name: absent
            instancesDistribution:
              onDemandPercentageAboveBaseCapacity: 99
      `,
      errors: [
        { messageId: "oneType", data: { nodeGroup: 'Node group "gpu-spot"', type: "g5.xlarge", key: "instancesDistribution.instanceTypes" }, line: 8, column: 22, endLine: 8, endColumn: 35 },
        { messageId: "noMixedTypes", data: { nodeGroup: 'Node group "empty"', error: "at least two instance types have to be specified for mixed nodegroups" }, line: 12, column: 5, endLine: 12, endColumn: 26 },
        { messageId: "noMixedTypes", data: { nodeGroup: 'Node group "absent"', error: "at least two instance types have to be specified for mixed nodegroups" }, line: 16, column: 5, endLine: 16, endColumn: 26 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "nodeGroups": [
            { "name": "ng-spot", "instancesDistribution": { "instanceTypes": ["m5.large"], "onDemandPercentageAboveBaseCapacity": 25 } }
          ]
        }
      `,
      errors: [{ messageId: "oneType", data: { nodeGroup: 'Node group "ng-spot"', type: "m5.large", key: "instancesDistribution.instanceTypes" }, line: 6, column: 70, endLine: 6, endColumn: 82 }],
    },
    {
      // CloudFormation: one type; none (EKS's t3.medium); a launch template (it sets at most one type).
      ...yaml`
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          SpotNodes:
            Type: AWS::EKS::Nodegroup
            Properties:
              ClusterName: prod
              NodeRole: arn:aws:iam::111122223333:role/eks-node
              Subnets: [subnet-0a1b2c3d4e5f60718]
              CapacityType: SPOT
              InstanceTypes: [m5.large]
          DefaultNodes:
            Type: AWS::EKS::Nodegroup
            Properties:
              ClusterName: prod
              NodegroupName: default-spot
              NodeRole: arn:aws:iam::111122223333:role/eks-node
              Subnets: [subnet-0a1b2c3d4e5f60718]
              CapacityType: SPOT
          TemplateNodes:
            Type: AWS::EKS::Nodegroup
            Properties:
              ClusterName: !Ref Cluster
              NodeRole: arn:aws:iam::111122223333:role/eks-node
              Subnets: [subnet-0a1b2c3d4e5f60718]
              CapacityType: SPOT
              LaunchTemplate:
                Id: !Ref NodeTemplate
      `,
      errors: [
        { messageId: "oneType", data: { nodeGroup: 'Managed node group "SpotNodes"', type: "m5.large", key: "InstanceTypes" }, line: 10, column: 22, endLine: 10, endColumn: 32 },
        { messageId: "defaultType", data: { nodeGroup: 'Managed node group "default-spot"', type: "t3.medium", key: "InstanceTypes", source: "EKS's default" }, line: 18, column: 21, endLine: 18, endColumn: 25 },
        {
          messageId: "launchTemplateType",
          data: { nodeGroup: 'Managed node group "TemplateNodes"', key: "InstanceTypes", fallback: " (or t3.medium, EKS's default, when it sets none)" },
          line: 25,
          column: 21,
          endLine: 25,
          endColumn: 25,
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Nodes": {
              "Type": "AWS::EKS::Nodegroup",
              "Properties": { "ClusterName": "prod", "CapacityType": "SPOT", "InstanceTypes": ["t3.large", "t3.large"] }
            }
          }
        }
      `,
      errors: [{ messageId: "oneType", data: { nodeGroup: 'Managed node group "Nodes"', type: "t3.large", key: "InstanceTypes" }, line: 5, column: 87, endLine: 5, endColumn: 111 }],
    },
  ],
});
