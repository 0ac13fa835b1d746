import rule from "../../src/rules/eksctl-ssh.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eksctl-ssh", rule, {
  valid: [
    // SSH from source security groups, or only inside the VPC (privateNetworking; YAML 1.1 "yes").
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
          ssh:
            allow: true
            sourceSecurityGroupIds: ["sg-0123456789abcdef0"]
        - name: ng-2
          privateNetworking: yes
          ssh:
            publicKeyName: ops
      managedNodeGroups:
        - name: mng-1
          privateNetworking: true
          ssh: { allow: true, publicKeyPath: ~/.ssh/ops.pub }
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "managedNodeGroups": [{ "name": "mng-1", "ssh": { "allow": true, "sourceSecurityGroupIds": ["sg-0123456789abcdef0"] } }]
      }
    `,
    // SSH off: no ssh, allow false (a key alone is then only installed), enableSsm only, an empty key.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
        - name: ng-2
          ssh:
            publicKeyName: ops
            allow: no
        - name: ng-3
          ssh:
            enableSsm: true
        - name: ng-4
          ssh:
            publicKeyName: ""
        - name: ng-5
          ssh: null
    `,
    // No security group of its own (self-managed withLocal: false); a managed group's own launch template.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
          securityGroups: { withLocal: false, attachIDs: ["sg-0123456789abcdef0"] }
          ssh: { allow: true }
      managedNodeGroups:
        - name: mng-1
          launchTemplate: { id: lt-0123456789abcdef0 }
          ssh: { allow: true }
    `,
    // Unknown: allow, the key, the source groups, privateNetworking, withLocal, a merge.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      x-private: &private { privateNetworking: true }
      nodeGroups:
        - name: ng-1
          ssh:
            allow: \${SSH_ALLOW}
        - name: ng-2
          ssh:
            publicKeyName: \${SSH_KEY}
        - name: ng-3
          ssh:
            allow: true
            sourceSecurityGroupIds: \${SSH_SOURCES}
        - name: ng-4
          privateNetworking: \${PRIVATE}
          ssh: { allow: true }
        - name: ng-5
          securityGroups:
            withLocal: \${WITH_LOCAL}
          ssh: { allow: true }
        - name: ng-6
          <<: *private
          ssh: { allow: true }
        - name: ng-7
          ssh: \${SSH}
    `,
    // CloudFormation: source security groups, no key, a launch template, intrinsics.
    yaml`
      Resources:
        Restricted:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            NodeRole: arn:aws:iam::111122223333:role/nodes
            Subnets: [subnet-0123456789abcdef0]
            RemoteAccess:
              Ec2SshKey: ops
              SourceSecurityGroups: [sg-0123456789abcdef0]
        NoKey:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            NodeRole: arn:aws:iam::111122223333:role/nodes
            Subnets: [subnet-0123456789abcdef0]
        KeyFromParameter:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            NodeRole: arn:aws:iam::111122223333:role/nodes
            Subnets: [subnet-0123456789abcdef0]
            RemoteAccess:
              Ec2SshKey: !Ref KeyName
        SourcesFromParameter:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            NodeRole: arn:aws:iam::111122223333:role/nodes
            Subnets: [subnet-0123456789abcdef0]
            RemoteAccess:
              Ec2SshKey: ops
              SourceSecurityGroups: !Split [",", !Sub "\${SshSources}"]
        WithLaunchTemplate:
          Type: AWS::EKS::Nodegroup
          Properties:
            ClusterName: prod
            NodeRole: arn:aws:iam::111122223333:role/nodes
            Subnets: [subnet-0123456789abcdef0]
            LaunchTemplate: { Id: lt-0123456789abcdef0 }
            RemoteAccess:
              Ec2SshKey: ops
    `,
    json`
      {
        "Resources": {
          "Workers": {
            "Type": "AWS::EKS::Nodegroup",
            "Properties": {
              "ClusterName": "prod",
              "NodeRole": "arn:aws:iam::111122223333:role/nodes",
              "Subnets": ["subnet-0123456789abcdef0"],
              "RemoteAccess": { "Ec2SshKey": "ops", "SourceSecurityGroups": [{ "Ref": "BastionSecurityGroup" }] }
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // allow: true (YAML 1.1 "on"), self-managed.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: ng-1
            instanceType: m5.large
            ssh:
              allow: on
      `,
      errors: [
        {
          messageId: "openSsh",
          data: { nodeGroup: 'Node group "ng-1"', key: "ssh.allow", cidrs: "0.0.0.0/0 and ::/0" },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 16,
          suggestions: [
            {
              messageId: "disableSsh",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
nodeGroups:
  - name: ng-1
    instanceType: m5.large
    ssh:
      allow: false
`,
            },
          ],
        },
      ],
    },
    {
      // A key implies allow; an empty source list and privateNetworking: false restrict nothing.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: mng-1
            privateNetworking: false
            securityGroups: { attachIDs: ["sg-0123456789abcdef0"] }
            ssh:
              publicKeyName: ops
              sourceSecurityGroupIds: []
      `,
      errors: [
        {
          messageId: "openSsh",
          data: { nodeGroup: 'Managed node group "mng-1"', key: "ssh.publicKeyName", cidrs: "0.0.0.0/0 and ::/0" },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 20,
          suggestions: [
            {
              messageId: "disableSsh",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng-1
    privateNetworking: false
    securityGroups: { attachIDs: ["sg-0123456789abcdef0"] }
    ssh:
      publicKeyName: ops
      sourceSecurityGroupIds: []
      allow: false
`,
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "nodeGroups": [
            { "name": "ng-1", "ssh": { "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOPSexample ops@example.com" } },
            { "instanceType": "m5.large", "securityGroups": { "withLocal": true }, "ssh": { "allow": true, "publicKeyPath": "~/.ssh/ops.pub" } }
          ]
        }
      `,
      errors: [
        {
          messageId: "openSsh",
          data: { nodeGroup: 'Node group "ng-1"', key: "ssh.publicKey", cidrs: "0.0.0.0/0 and ::/0" },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: "disableSsh",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod" },
  "nodeGroups": [
    { "name": "ng-1", "ssh": { "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOPSexample ops@example.com", "allow": false } },
    { "instanceType": "m5.large", "securityGroups": { "withLocal": true }, "ssh": { "allow": true, "publicKeyPath": "~/.ssh/ops.pub" } }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "openSsh",
          data: { nodeGroup: "nodeGroups[1]", key: "ssh.allow", cidrs: "0.0.0.0/0 and ::/0" },
          line: 7,
          column: 94,
          endLine: 7,
          endColumn: 98,
          suggestions: [
            {
              messageId: "disableSsh",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod" },
  "nodeGroups": [
    { "name": "ng-1", "ssh": { "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOPSexample ops@example.com" } },
    { "instanceType": "m5.large", "securityGroups": { "withLocal": true }, "ssh": { "allow": false, "publicKeyPath": "~/.ssh/ops.pub" } }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: a key without source security groups.
      ...yaml`
        Resources:
          Workers:
            Type: AWS::EKS::Nodegroup
            Properties:
              ClusterName: !Ref Cluster
              NodegroupName: workers
              NodeRole: !GetAtt NodeRole.Arn
              Subnets: [subnet-0123456789abcdef0]
              RemoteAccess:
                Ec2SshKey: ops
          Other:
            Type: AWS::EKS::Nodegroup
            Properties:
              ClusterName: !Ref Cluster
              NodeRole: !GetAtt NodeRole.Arn
              Subnets: [subnet-0123456789abcdef0]
              RemoteAccess: { Ec2SshKey: ops, SourceSecurityGroups: [] }
      `,
      errors: [
        {
          messageId: "openRemoteAccess",
          data: { nodeGroup: 'Managed node group "workers"', keyName: "RemoteAccess.Ec2SshKey", groupsKey: "RemoteAccess.SourceSecurityGroups", remoteAccess: "RemoteAccess", cidr: "0.0.0.0/0" },
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 23,
          suggestions: null,
        },
        {
          messageId: "openRemoteAccess",
          data: { nodeGroup: 'Managed node group "Other"', keyName: "RemoteAccess.Ec2SshKey", groupsKey: "RemoteAccess.SourceSecurityGroups", remoteAccess: "RemoteAccess", cidr: "0.0.0.0/0" },
          line: 17,
          column: 34,
          endLine: 17,
          endColumn: 37,
          suggestions: null,
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Workers": {
              "Type": "AWS::EKS::Nodegroup",
              "Properties": {
                "ClusterName": { "Ref": "Cluster" },
                "NodeRole": { "Fn::GetAtt": ["NodeRole", "Arn"] },
                "Subnets": ["subnet-0123456789abcdef0"],
                "RemoteAccess": { "Ec2SshKey": "ops" }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "openRemoteAccess", data: { nodeGroup: 'Managed node group "Workers"', keyName: "RemoteAccess.Ec2SshKey", groupsKey: "RemoteAccess.SourceSecurityGroups", remoteAccess: "RemoteAccess", cidr: "0.0.0.0/0" }, line: 9, column: 40, endLine: 9, endColumn: 45 }],
    },
  ],
});
