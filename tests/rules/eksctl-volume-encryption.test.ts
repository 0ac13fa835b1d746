import rule from "../../src/rules/eksctl-volume-encryption.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const ACCOUNT_DEFAULT = "encrypted only if the account turned on EBS encryption by default in the region";
const CUSTOM_AMI_OR_ACCOUNT_DEFAULT = "encrypted only if its custom AMI's snapshot is encrypted or the account turned on EBS encryption by default in the region";

runRule("eksctl-volume-encryption", rule, {
  valid: [
    // Encrypted, with or without a key; YAML 1.1 yes.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
          volumeSize: 100
          volumeEncrypted: true
        - name: ng-2
          volumeSize: 100
          volumeEncrypted: yes
          volumeKmsKeyID: 36c0b54e-64ed-4f2d-a1c7-96558764311e
      managedNodeGroups:
        - name: mng-1
          volumeEncrypted: true
          additionalVolumes:
            - volumeName: /dev/sdb
              volumeEncrypted: true
              volumeKmsKeyID: alias/ebs
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod", "region": "eu-west-1" },
        "managedNodeGroups": [{ "name": "mng-1", "volumeEncrypted": true }]
      }
    `,
    // A managed group with a launch template: the template holds the volumes.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      managedNodeGroups:
        - name: lt
          launchTemplate:
            id: lt-1234
            version: "2"
    `,
    // No volume written: volumeSize 0; additional volumes without a name, of size 0, or from a snapshot.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      managedNodeGroups:
        - name: mng-1
          volumeSize: 0
          additionalVolumes:
            - volumeSize: 20
            - volumeName: /dev/sdc
              volumeSize: 0
            - volumeName: /dev/sdd
              snapshotID: snap-0123456789abcdef0
    `,
    // Unknown values: placeholders, a merge key, a quoted "false" (eksctl refuses it; valid-schema reports it).
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      x-volumes: &volumes
        volumeEncrypted: true
      managedNodeGroups:
        - name: placeholder
          volumeEncrypted: \${ENCRYPTED}
        - name: merged
          <<: *volumes
        - name: quoted
          volumeEncrypted: "false"
        - name: template
          launchTemplate: \${LAUNCH_TEMPLATE}
          volumeEncrypted: false
    `,
    // Not an eksctl config.
    json`
      { "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "x" }, "nodeGroups": [{ "name": "ng-1" }] }
    `,
  ],
  invalid: [
    {
      // Absent in a managed group: the suggestion sets it (eksctl defaults volumeSize there).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: mng-1
            instanceType: m5.large
      `,
      errors: [
        {
          messageId: "unencrypted",
          data: { nodeGroup: 'Managed node group "mng-1"', encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng-1
    instanceType: m5.large
    volumeEncrypted: true
`,
            },
          ],
        },
      ],
    },
    {
      // A custom AMI: its root volume is encrypted too when the AMI's snapshot is, and the message says so.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: custom
            ami: ami-0123456789abcdef0
            amiFamily: AmazonLinux2023
            volumeEncrypted: false
      `,
      errors: [
        {
          messageId: "disabled",
          data: { nodeGroup: 'Managed node group "custom"', encryptedOnlyIf: CUSTOM_AMI_OR_ACCOUNT_DEFAULT },
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 27,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: custom
    ami: ami-0123456789abcdef0
    amiFamily: AmazonLinux2023
    volumeEncrypted: true
`,
            },
          ],
        },
      ],
    },
    {
      // An AMI the linter cannot read may be a custom one; eksctl's own AMI resolution (auto) is not.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "eu-west-1" },
          "managedNodeGroups": [
            { "name": "templated", "ami": "\${NODE_AMI}", "amiFamily": "AmazonLinux2023", "volumeEncrypted": false },
            { "name": "auto", "ami": "auto", "volumeEncrypted": false }
          ]
        }
      `,
      errors: [
        {
          messageId: "disabled",
          data: { nodeGroup: 'Managed node group "templated"', encryptedOnlyIf: CUSTOM_AMI_OR_ACCOUNT_DEFAULT },
          line: 6, column: 101, endLine: 6, endColumn: 106,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod", "region": "eu-west-1" },
  "managedNodeGroups": [
    { "name": "templated", "ami": "\${NODE_AMI}", "amiFamily": "AmazonLinux2023", "volumeEncrypted": true },
    { "name": "auto", "ami": "auto", "volumeEncrypted": false }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "disabled",
          data: { nodeGroup: 'Managed node group "auto"', encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 7, column: 57, endLine: 7, endColumn: 62,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod", "region": "eu-west-1" },
  "managedNodeGroups": [
    { "name": "templated", "ami": "\${NODE_AMI}", "amiFamily": "AmazonLinux2023", "volumeEncrypted": false },
    { "name": "auto", "ami": "auto", "volumeEncrypted": true }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Absent in a self-managed group without volumeSize: the suggestion writes eksctl's default size too.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: ng-1
            instanceType: m5.large
          - name: sized
            volumeSize: 100
      `,
      errors: [
        {
          messageId: "unencryptedWithoutSize",
          data: { nodeGroup: 'Node group "ng-1"', encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setEncryptedAndSize",
              data: { size: 80 },
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
nodeGroups:
  - name: ng-1
    instanceType: m5.large
    volumeEncrypted: true
    volumeSize: 80
  - name: sized
    volumeSize: 100
`,
            },
          ],
        },
        {
          messageId: "unencrypted",
          data: { nodeGroup: 'Node group "sized"', encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
nodeGroups:
  - name: ng-1
    instanceType: m5.large
  - name: sized
    volumeSize: 100
    volumeEncrypted: true
`,
            },
          ],
        },
      ],
    },
    {
      // JSON, unnamed self-managed group.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "eu-west-1" },
          "nodeGroups": [{ "instanceType": "m5.large" }]
        }
      `,
      errors: [
        {
          messageId: "unencryptedWithoutSize",
          data: { nodeGroup: "nodeGroups[0]", encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: "setEncryptedAndSize",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod", "region": "eu-west-1" },
  "nodeGroups": [{ "instanceType": "m5.large", "volumeEncrypted": true, "volumeSize": 80 }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // false, also as YAML 1.1 off; the suggestion replaces it.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: mng-1
            volumeEncrypted: off
            instanceType: m5.large
      `,
      errors: [
        {
          messageId: "disabled",
          data: { nodeGroup: 'Managed node group "mng-1"', encryptedOnlyIf: ACCOUNT_DEFAULT },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 25,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng-1
    volumeEncrypted: true
    instanceType: m5.large
`,
            },
          ],
        },
      ],
    },
    {
      // A KMS key without encryption: eksctl's own error, with the group's path.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod", "region": "eu-west-1" },
          "nodeGroups": [
            { "name": "ng-0", "volumeSize": 100, "volumeEncrypted": true },
            { "name": "ng-1", "volumeSize": 100, "volumeEncrypted": false, "volumeKmsKeyID": "alias/ebs" }
          ]
        }
      `,
      errors: [
        {
          messageId: "kmsKeyWithoutEncryption",
          data: { nodeGroup: 'Node group "ng-1"', error: "nodeGroups[1].volumeKmsKeyID can not be set without nodeGroups[1].volumeEncrypted enabled explicitly" },
          line: 7,
          column: 86,
          endLine: 7,
          endColumn: 97,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod", "region": "eu-west-1" },
  "nodeGroups": [
    { "name": "ng-0", "volumeSize": 100, "volumeEncrypted": true },
    { "name": "ng-1", "volumeSize": 100, "volumeEncrypted": true, "volumeKmsKeyID": "alias/ebs" }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // A KMS key, encryption absent, in a self-managed group without volumeSize; and in a managed group.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: legacy
            volumeKmsKeyID: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
        managedNodeGroups:
          - name: mng
            volumeKmsKeyID: alias/ebs
      `,
      errors: [
        {
          messageId: "kmsKeyWithoutEncryption",
          data: { nodeGroup: 'Node group "legacy"', error: "nodeGroups[0].volumeKmsKeyID can not be set without nodeGroups[0].volumeEncrypted enabled explicitly" },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 96,
          suggestions: [
            {
              messageId: "setEncryptedAndSize",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
nodeGroups:
  - name: legacy
    volumeKmsKeyID: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
    volumeEncrypted: true
    volumeSize: 80
managedNodeGroups:
  - name: mng
    volumeKmsKeyID: alias/ebs
`,
            },
          ],
        },
        {
          messageId: "kmsKeyWithoutEncryption",
          data: { nodeGroup: 'Managed node group "mng"', error: "managedNodeGroups[0].volumeKmsKeyID can not be set without managedNodeGroups[0].volumeEncrypted enabled explicitly" },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 30,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
nodeGroups:
  - name: legacy
    volumeKmsKeyID: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
managedNodeGroups:
  - name: mng
    volumeKmsKeyID: alias/ebs
    volumeEncrypted: true
`,
            },
          ],
        },
      ],
    },
    {
      // Additional volumes: absent, false, a key without encryption.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: mng
            volumeEncrypted: true
            additionalVolumes:
              - volumeName: /dev/sdb
                volumeSize: 20
              - volumeName: /dev/sdc
                volumeEncrypted: false
              - volumeName: \${DEVICE}
                volumeKmsKeyID: alias/ebs
      `,
      errors: [
        {
          messageId: "additionalUnencrypted",
          data: { nodeGroup: 'Managed node group "mng"', volume: '"/dev/sdb"' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng
    volumeEncrypted: true
    additionalVolumes:
      - volumeName: /dev/sdb
        volumeSize: 20
        volumeEncrypted: true
      - volumeName: /dev/sdc
        volumeEncrypted: false
      - volumeName: \${DEVICE}
        volumeKmsKeyID: alias/ebs
`,
            },
          ],
        },
        {
          messageId: "additionalDisabled",
          data: { nodeGroup: 'Managed node group "mng"', volume: '"/dev/sdc"' },
          line: 11,
          column: 26,
          endLine: 11,
          endColumn: 31,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng
    volumeEncrypted: true
    additionalVolumes:
      - volumeName: /dev/sdb
        volumeSize: 20
      - volumeName: /dev/sdc
        volumeEncrypted: true
      - volumeName: \${DEVICE}
        volumeKmsKeyID: alias/ebs
`,
            },
          ],
        },
        {
          messageId: "additionalKmsKeyWithoutEncryption",
          data: { nodeGroup: 'Managed node group "mng"', volume: "#3" },
          line: 13,
          column: 25,
          endLine: 13,
          endColumn: 34,
          suggestions: [
            {
              messageId: "setEncrypted",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
managedNodeGroups:
  - name: mng
    volumeEncrypted: true
    additionalVolumes:
      - volumeName: /dev/sdb
        volumeSize: 20
      - volumeName: /dev/sdc
        volumeEncrypted: false
      - volumeName: \${DEVICE}
        volumeKmsKeyID: alias/ebs
        volumeEncrypted: true
`,
            },
          ],
        },
      ],
    },
    {
      // An empty self-managed group: reported, with no suggestion (two insertions into {} would overlap).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - {}
      `,
      errors: [{ messageId: "unencryptedWithoutSize", data: { nodeGroup: "nodeGroups[0]", encryptedOnlyIf: ACCOUNT_DEFAULT }, line: 5, column: 5, endLine: 5, endColumn: 6, suggestions: null }],
    },
  ],
});
