import rule from "../../src/rules/eksctl-private-networking.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const DEFAULT_REASON = "vpc.clusterEndpoints.publicAccess is true by default and vpc.publicAccessCIDRs is absent, and 0.0.0.0/0 by default";
const ENDPOINT_KEYS = { cidrKey: "vpc.publicAccessCIDRs", publicKey: "vpc.clusterEndpoints.publicAccess", privateKey: "vpc.clusterEndpoints.privateAccess" };
const CFN_KEYS = { cidrKey: "ResourcesVpcConfig.PublicAccessCidrs", publicKey: "ResourcesVpcConfig.EndpointPublicAccess", privateKey: "ResourcesVpcConfig.EndpointPrivateAccess" };

runRule("eksctl-private-networking", rule, {
  valid: [
    // Private node groups (YAML 1.1 yes), a private endpoint.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      vpc:
        clusterEndpoints: { publicAccess: false, privateAccess: true }
      nodeGroups:
        - name: ng-1
          privateNetworking: true
      managedNodeGroups:
        - name: mng-1
          privateNetworking: yes
    `,
    // A public endpoint restricted to listed networks.
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "vpc": { "publicAccessCIDRs": ["203.0.113.0/24", "198.51.100.7/32"] },
        "managedNodeGroups": [{ "name": "mng-1", "privateNetworking": true }]
      }
    `,
    // A fully-private cluster: eksctl turns public access off once the cluster is up.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      privateCluster:
        enabled: true
      managedNodeGroups:
        - name: mng-1
          privateNetworking: true
    `,
    // A control plane on Outposts has a private endpoint only; no node groups.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: outpost }
      outpost:
        controlPlaneOutpostARN: "arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0"
        controlPlaneInstanceType: m5d.large
    `,
    // Unknown values stay silent.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      vpc:
        publicAccessCIDRs: ["\${ADMIN_CIDR}"]
      nodeGroups:
        - &base
          name: base
          privateNetworking: true
        - <<: *base
          name: merged
        - name: placeholder
          privateNetworking: "\${PRIVATE}"
        - name: own-subnets
          subnets: [subnet-0123456789abcdef0]
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      privateCluster: "\${PRIVATE_CLUSTER}"
      nodeGroups:
        - name: ng-1
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      vpc:
        clusterEndpoints:
          publicAccess: \${PUBLIC}
    `,
    // CloudFormation: private or restricted endpoints, intrinsics, Outposts.
    yaml`
      Resources:
        Private:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            ResourcesVpcConfig:
              SubnetIds: [subnet-0a1b2c3d4e5f60718]
              EndpointPublicAccess: false
              EndpointPrivateAccess: true
        Restricted:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            ResourcesVpcConfig:
              SubnetIds: [subnet-0a1b2c3d4e5f60718]
              PublicAccessCidrs: [203.0.113.0/24]
        Parameterized:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            ResourcesVpcConfig:
              SubnetIds: [subnet-0a1b2c3d4e5f60718]
              EndpointPublicAccess: !Ref PublicEndpoint
        Cidrs:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            ResourcesVpcConfig:
              SubnetIds: [subnet-0a1b2c3d4e5f60718]
              PublicAccessCidrs: !Ref AdminCidrs
        Config:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            ResourcesVpcConfig: !Ref VpcConfig
        Local:
          Type: AWS::EKS::Cluster
          Properties:
            RoleArn: arn:aws:iam::111122223333:role/eks
            OutpostConfig: { OutpostArns: [arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0], ControlPlaneInstanceType: m5d.large }
            ResourcesVpcConfig:
              SubnetIds: [subnet-0a1b2c3d4e5f60718]
        Nodes:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: !Ref Private
            Subnets: [subnet-0a1b2c3d4e5f60718]
    `,
    json`
      {
        "Resources": {
          "Cluster": {
            "Type": "AWS::EKS::Cluster",
            "Properties": { "ResourcesVpcConfig": { "SubnetIds": ["subnet-0a1b2c3d4e5f60718"], "EndpointPublicAccess": "false" } }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // Groups without privateNetworking (absent, false, YAML 1.1 no); an endpoint open to 0.0.0.0/0.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
        vpc:
          publicAccessCIDRs: ["0.0.0.0/0"]
        nodeGroups:
          - name: ng-1
            instanceType: m5.large
          - name: ng-2
            privateNetworking: false
        managedNodeGroups:
          - name: mng-1
            privateNetworking: no
      `,
      errors: [
        { messageId: "publicEndpoint", data: { cluster: 'ClusterConfig "prod"', reason: 'vpc.publicAccessCIDRs lists "0.0.0.0/0"', ...ENDPOINT_KEYS }, line: 6, column: 23, endLine: 6, endColumn: 34 },
        {
          messageId: "publicNodes",
          data: { nodeGroup: 'Node group "ng-1"', reason: "privateNetworking is absent, and false by default" },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\nvpc:\n  publicAccessCIDRs: ["0.0.0.0/0"]\nnodeGroups:\n  - name: ng-1\n    instanceType: m5.large\n    privateNetworking: true\n  - name: ng-2\n    privateNetworking: false\nmanagedNodeGroups:\n  - name: mng-1\n    privateNetworking: no\n',
            },
          ],
        },
        {
          messageId: "publicNodes",
          data: { nodeGroup: 'Node group "ng-2"', reason: "privateNetworking is false" },
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\nvpc:\n  publicAccessCIDRs: ["0.0.0.0/0"]\nnodeGroups:\n  - name: ng-1\n    instanceType: m5.large\n  - name: ng-2\n    privateNetworking: true\nmanagedNodeGroups:\n  - name: mng-1\n    privateNetworking: no\n',
            },
          ],
        },
        {
          messageId: "publicNodes",
          data: { nodeGroup: 'Managed node group "mng-1"', reason: "privateNetworking is false" },
          line: 14,
          column: 24,
          endLine: 14,
          endColumn: 26,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\nvpc:\n  publicAccessCIDRs: ["0.0.0.0/0"]\nnodeGroups:\n  - name: ng-1\n    instanceType: m5.large\n  - name: ng-2\n    privateNetworking: false\nmanagedNodeGroups:\n  - name: mng-1\n    privateNetworking: true\n',
            },
          ],
        },
      ],
    },
    {
      // No vpc section: the endpoint report lands on metadata.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "managedNodeGroups": [{ "name": "mng-1" }]
        }
      `,
      errors: [
        { messageId: "publicEndpoint", data: { cluster: 'ClusterConfig "prod"', reason: DEFAULT_REASON, ...ENDPOINT_KEYS }, line: 4, column: 3, endLine: 4, endColumn: 13 },
        {
          messageId: "publicNodes",
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output: '{\n  "apiVersion": "eksctl.io/v1alpha5",\n  "kind": "ClusterConfig",\n  "metadata": { "name": "prod" },\n  "managedNodeGroups": [{ "name": "mng-1", "privateNetworking": true }]\n}\n',
            },
          ],
        },
      ],
    },
    {
      // A fully-private cluster: eksctl refuses a group without privateNetworking.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        privateCluster:
          enabled: true
        managedNodeGroups:
          - name: mng-1
            privateNetworking: true
          - name: mng-2
      `,
      errors: [
        {
          messageId: "privateCluster",
          data: { nodeGroup: 'Managed node group "mng-2"', error: "managedNodeGroups[1].privateNetworking must be enabled for a fully-private cluster" },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output: "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod }\nprivateCluster:\n  enabled: true\nmanagedNodeGroups:\n  - name: mng-1\n    privateNetworking: true\n  - name: mng-2\n    privateNetworking: true\n",
            },
          ],
        },
      ],
    },
    {
      // publicAccess written (YAML 1.1 on) without CIDRs; an empty CIDR list.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        vpc:
          clusterEndpoints:
            publicAccess: on
      `,
      errors: [{ messageId: "publicEndpoint", data: { cluster: 'ClusterConfig "prod"', reason: "vpc.publicAccessCIDRs is absent, and 0.0.0.0/0 by default", ...ENDPOINT_KEYS }, line: 6, column: 19, endLine: 6, endColumn: 21 }],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "vpc": { "publicAccessCIDRs": [] }
        }
      `,
      errors: [{ messageId: "publicEndpoint", data: { cluster: 'ClusterConfig "prod"', reason: "vpc.publicAccessCIDRs is empty, and 0.0.0.0/0 by default", ...ENDPOINT_KEYS }, line: 5, column: 33, endLine: 5, endColumn: 35 }],
    },
    {
      // A group's own subnets: reported when each is one of vpc.subnets.public (by key or ID).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        vpc:
          clusterEndpoints: { publicAccess: false, privateAccess: true }
          subnets:
            public:
              public-a: { id: subnet-0a }
            private:
              private-a: { id: subnet-0b }
        nodeGroups:
          - name: public-by-key
            subnets: [public-a, subnet-0a]
          - name: elsewhere
            subnets: [subnet-0c]
          - name: private-listed
            subnets: [private-a]
      `,
      errors: [
        {
          messageId: "publicNodes",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setPrivateNetworking",
              output:
                "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod }\nvpc:\n  clusterEndpoints: { publicAccess: false, privateAccess: true }\n  subnets:\n    public:\n      public-a: { id: subnet-0a }\n    private:\n      private-a: { id: subnet-0b }\nnodeGroups:\n  - name: public-by-key\n    subnets: [public-a, subnet-0a]\n    privateNetworking: true\n  - name: elsewhere\n    subnets: [subnet-0c]\n  - name: private-listed\n    subnets: [private-a]\n",
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: defaults, 0.0.0.0/0 among the CIDRs, a string "true".
      ...yaml`
        Resources:
          Open:
            Type: AWS::EKS::Cluster
            Properties:
              Name: open
              RoleArn: arn:aws:iam::111122223333:role/eks
              ResourcesVpcConfig:
                SubnetIds: [subnet-0a, subnet-0b]
          World:
            Type: AWS::EKS::Cluster
            Properties:
              Name: world
              RoleArn: arn:aws:iam::111122223333:role/eks
              ResourcesVpcConfig:
                SubnetIds: [subnet-0a, subnet-0b]
                EndpointPublicAccess: true
                PublicAccessCidrs: [203.0.113.0/24, 0.0.0.0/0]
          Explicit:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              ResourcesVpcConfig:
                SubnetIds: [subnet-0a]
                EndpointPublicAccess: "true"
      `,
      errors: [
        {
          messageId: "publicEndpoint",
          data: { cluster: 'EKS cluster "open"', reason: "ResourcesVpcConfig.EndpointPublicAccess is true by default and ResourcesVpcConfig.PublicAccessCidrs is absent, and 0.0.0.0/0 by default", ...CFN_KEYS },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 25,
        },
        { messageId: "publicEndpoint", data: { cluster: 'EKS cluster "world"', reason: 'ResourcesVpcConfig.PublicAccessCidrs lists "0.0.0.0/0"', ...CFN_KEYS }, line: 17, column: 45, endLine: 17, endColumn: 54 },
        { messageId: "publicEndpoint", data: { cluster: 'EKS cluster "Explicit"', reason: "ResourcesVpcConfig.PublicAccessCidrs is absent, and 0.0.0.0/0 by default", ...CFN_KEYS }, line: 24, column: 31, endLine: 24, endColumn: 37 },
      ],
    },
  ],
});
