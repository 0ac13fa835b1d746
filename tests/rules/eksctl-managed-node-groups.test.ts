import rule from "../../src/rules/eksctl-managed-node-groups.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";


runRule("eksctl-managed-node-groups", rule, {
  valid: [
    // Managed node groups, and a config without node groups.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      managedNodeGroups:
        - name: mng-1
          instanceType: m5.large
        - name: mng-spot
          spot: true
          instanceTypes: [m5.large, m5a.large]
    `,
    json`
      { "apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig", "metadata": { "name": "prod", "region": "eu-west-1" }, "managedNodeGroups": [{ "name": "mng-1" }] }
    `,
    // Not an eksctl config.
    yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: x }
      nodeGroups:
        - name: ng-1
    `,
    // Local Zones: on the group, or subnets in a cluster with localZones.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: us-west-2 }
      localZones: [us-west-2-lax-1a]
      nodeGroups:
        - name: local-ng
          localZones: [us-west-2-lax-1a]
        - name: by-subnet
          subnets: [subnet-0123456789abcdef0]
    `,
    // Outposts: the group's outpostARN, or a control plane on an Outpost.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: us-west-2 }
      nodeGroups:
        - name: outpost-ng
          outpostARN: arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod", "region": "us-west-2" },
        "outpost": { "controlPlaneOutpostARN": "arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0" },
        "nodeGroups": [{ "name": "ng-1", "instanceType": "m5.large" }]
      }
    `,
    // instancesDistribution mixing On-Demand and Spot, or capping the Spot price.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: half
          instancesDistribution:
            instanceTypes: [t3.small, t3.medium]
            onDemandPercentageAboveBaseCapacity: 50
        - name: base-then-spot
          instancesDistribution:
            instanceTypes: [t3.small, t3.medium]
            onDemandBaseCapacity: 2
            onDemandPercentageAboveBaseCapacity: 0
        - name: capped
          instancesDistribution:
            maxPrice: 0.017
            instanceTypes: [t3.small, t3.medium]
            onDemandPercentageAboveBaseCapacity: 0
        - name: yaml11-octal
          instancesDistribution:
            instanceTypes: [t3.small, t3.medium]
            onDemandPercentageAboveBaseCapacity: 010
    `,
    // Members managed groups lack.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: kubelet
          kubeletExtraConfig: { kubeReserved: { cpu: 300m } }
        - name: dns
          clusterDNS: 169.254.20.10
        - name: clb
          classicLoadBalancerNames: [web]
        - name: tg
          targetGroupARNs: ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"]
        - name: metrics
          asgMetricsCollection: [{ granularity: 1Minute }]
        - name: credits
          instanceType: t3.large
          cpuCredits: unlimited
        - name: lifetime
          maxInstanceLifetime: 604800
        - name: enclave
          enclaveEnabled: true
        - name: override
          amiFamily: AmazonLinux2023
          overrideBootstrapCommand: |
            #!/bin/bash
            echo custom
    `,
    // Custom AMIs a managed group refuses: a Windows family, or with maxPodsPerNode; an unknown family.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: windows-custom
          amiFamily: WindowsServer2022FullContainer
          ami: ami-01579b74557facaf7
        - name: max-pods
          amiFamily: AmazonLinux2023
          ami: ami-0123456789abcdef0
          maxPodsPerNode: 50
        - name: family-unknown
          amiFamily: \${FAMILY}
          ami: ami-0123456789abcdef0
        - name: ami-unknown
          ami: \${AMI}
    `,
    // Unknown values count as present: placeholders, a merge key on the group or the distribution.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      x-defaults: &defaults
        instanceType: m5.large
      x-spot: &spot
        onDemandPercentageAboveBaseCapacity: 0
      nodeGroups:
        - name: merged
          <<: *defaults
        - name: zones
          localZones: \${LOCAL_ZONES}
        - name: percentage
          instancesDistribution:
            instanceTypes: [t3.small, t3.medium]
            onDemandPercentageAboveBaseCapacity: \${PERCENT}
        - name: distribution-merge
          instancesDistribution:
            <<: *spot
            instanceTypes: [t3.small, t3.medium]
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod", "region": "eu-west-1" },
        "nodeGroups": [{ "name": "tg", "targetGroupARNs": ["\${TARGET_GROUP_ARN}"] }, { "name": "op", "outpostARN": "\${OUTPOST}" }]
      }
    `,
  ],
  invalid: [
    {
      // A plain self-managed group; an empty list or a null counts as absent.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: ng-1
            instanceType: m5.large
            desiredCapacity: 2
            targetGroupARNs: []
            localZones: null
          - instanceType: m5.large
      `,
      errors: [
        { messageId: "selfManaged", data: { nodeGroup: 'Node group "ng-1"', withoutRuntime: "" }, line: 5, column: 5, endLine: 5, endColumn: 9 },
        { messageId: "selfManaged", data: { nodeGroup: "nodeGroups[1]", withoutRuntime: "" }, line: 10, column: 5, endLine: 10, endColumn: 6 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "eu-west-1" },
          "managedNodeGroups": [{ "name": "mng-1" }],
          "nodeGroups": [
            { "name": "windows-ng", "amiFamily": "WindowsServer2019FullContainer", "minSize": 2 }
          ]
        }
      `,
      errors: [{ messageId: "selfManaged", data: { nodeGroup: 'Node group "windows-ng"', withoutRuntime: "" }, line: 7, column: 7, endLine: 7, endColumn: 13 }],
    },
    {
      // containerRuntime: managed groups do not take the field (eksctl would reject the moved group), so the message says to leave it out.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: us-west-2 }
        nodeGroups:
          - name: windows-ng
            amiFamily: WindowsServer2022FullContainer
            containerRuntime: containerd
      `,
      errors: [
        {
          messageId: "selfManaged",
          data: { nodeGroup: 'Node group "windows-ng"', withoutRuntime: ", without containerRuntime (managed node groups do not take it; their nodes run containerd)" },
          line: 5, column: 5, endLine: 5, endColumn: 9,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "us-west-2" },
          "nodeGroups": [
            { "name": "spot-ng", "containerRuntime": "containerd", "instancesDistribution": { "instanceTypes": ["m5.large", "m5a.large"], "onDemandPercentageAboveBaseCapacity": 0 } }
          ]
        }
      `,
      errors: [
        {
          messageId: "selfManagedSpot",
          data: { nodeGroup: 'Node group "spot-ng"', withoutRuntime: ", without containerRuntime (managed node groups do not take it; their nodes run containerd)" },
          line: 6, column: 7, endLine: 6, endColumn: 13,
        },
      ],
    },
    {
      // Cluster-level localZones do not put a group without subnets or localZones in a Local Zone.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: us-west-2 }
        localZones: [us-west-2-lax-1a]
        nodeGroups:
          - name: regional
            instanceType: m5.large
      `,
      errors: [{ messageId: "selfManaged", data: { nodeGroup: 'Node group "regional"', withoutRuntime: "" }, line: 6, column: 5, endLine: 6, endColumn: 9 }],
    },
    {
      // A custom AMI of a family managed groups accept (case-insensitive), and eksctl's AMI resolvers.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: custom
            amiFamily: amazonlinux2023
            ami: ami-0123456789abcdef0
          - name: ssm
            ami: auto-ssm
      `,
      errors: [
        { messageId: "selfManaged", line: 5, column: 5, endLine: 5, endColumn: 9 },
        { messageId: "selfManaged", line: 8, column: 5, endLine: 8, endColumn: 9 },
      ],
    },
    {
      // instancesDistribution asking for one kind of capacity: On-Demand (the default 100 %), or Spot (0 %, YAML 1.1 0x0).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: on-demand
            instancesDistribution:
              instanceTypes: [m5.large, m5a.large]
              onDemandBaseCapacity: 2
          - name: spot
            instancesDistribution:
              instanceTypes: [m5.large, m5a.large]
              onDemandBaseCapacity: 0
              onDemandPercentageAboveBaseCapacity: 0x0
              spotAllocationStrategy: capacity-optimized
              capacityRebalance: true
      `,
      errors: [
        { messageId: "selfManagedOnDemand", data: { nodeGroup: 'Node group "on-demand"', withoutRuntime: "" }, line: 5, column: 5, endLine: 5, endColumn: 9 },
        { messageId: "selfManagedSpot", data: { nodeGroup: 'Node group "spot"', withoutRuntime: "" }, line: 9, column: 5, endLine: 9, endColumn: 9 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "eu-west-1" },
          "nodeGroups": [{
            "name": "spot",
            "instancesDistribution": { "instanceTypes": ["m5.large", "m5a.large"], "onDemandPercentageAboveBaseCapacity": 0 }
          }]
        }
      `,
      errors: [{ messageId: "selfManagedSpot", data: { nodeGroup: 'Node group "spot"', withoutRuntime: "" }, line: 6, column: 5, endLine: 6, endColumn: 11 }],
    },
  ],
});

