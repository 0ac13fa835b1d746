import rule from "../../src/rules/eksctl-logging.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eksctl-logging", rule, {
  valid: [
    // eksctl's examples/11-cloudwatch-cluster-logging.yaml and 19-kms-cluster.yaml, together.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: cluster-11, region: eu-west-2 }
      cloudWatch:
        clusterLogging:
          enableTypes: ["audit", "authenticator", "controllerManager"]
          logRetentionInDays: 60
      secretsEncryption:
        keyARN: "arn:aws:kms:us-west-2:000000000000:key/00000000-0000-0000-0000-000000000000"
    `,
    // "*" and "all" turn every type on; no secretsEncryption is fine (default envelope encryption).
    json`{ "apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig", "metadata": { "name": "prod" }, "cloudWatch": { "clusterLogging": { "enableTypes": ["*"] } } }`,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      cloudWatch: { clusterLogging: { enableTypes: [all] } }
      secretsEncryption: null
    `,
    // The option: the types listed are all on.
    {
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        cloudWatch: { clusterLogging: { enableTypes: [api, audit, authenticator] } }
      `,
      options: [{ logTypes: ["audit", "authenticator"] }],
    },
    // Unknown: placeholders, a merge key, an unreadable item; a placeholder key ARN.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      cloudWatch: { clusterLogging: { enableTypes: "\${LOG_TYPES}" } }
      secretsEncryption: { keyARN: "\${KMS_KEY_ARN}" }
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      cloudWatch:
        clusterLogging:
          enableTypes: [api, "\${EXTRA_TYPE}"]
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      <<: *defaults
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      cloudWatch:
        <<: *logging
      secretsEncryption:
        <<: *encryption
    `,
    // CloudFormation: audit on, key set; intrinsics stay silent; no EncryptionConfig is fine.
    yaml`
      Resources:
        Cluster:
          Type: AWS::EKS::Cluster
          Properties:
            Name: prod
            RoleArn: !GetAtt Role.Arn
            ResourcesVpcConfig: { SubnetIds: [subnet-1] }
            Logging:
              ClusterLogging:
                EnabledTypes:
                  - Type: api
                  - Type: audit
            EncryptionConfig:
              - Provider: { KeyArn: !GetAtt Key.Arn }
                Resources: [secrets]
        Second:
          Type: AWS::EKS::Cluster
          Properties:
            Logging: !If [Prod, { ClusterLogging: { EnabledTypes: [{ Type: audit }] } }, !Ref AWS::NoValue]
            EncryptionConfig: !Ref Encryption
        Third:
          Type: AWS::EKS::Cluster
          Properties:
            Logging:
              ClusterLogging:
                EnabledTypes:
                  - Type: !Ref LogType
                  - !If [Audit, { Type: audit }, !Ref AWS::NoValue]
            EncryptionConfig:
              - Provider: !Ref Provider
    `,
    json`
      {
        "Resources": {
          "Cluster": {
            "Type": "AWS::EKS::Cluster",
            "Properties": {
              "Name": "prod",
              "Logging": { "ClusterLogging": { "EnabledTypes": [{ "Type": "audit" }] } },
              "EncryptionConfig": [{ "Provider": { "KeyArn": "arn:aws:kms:eu-west-1:111122223333:key/k" }, "Resources": ["secrets"] }]
            }
          }
        }
      }
    `,
    // Not an eksctl config.
    json`{ "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "x" }, "data": { "cloudWatch": "" } }`,
  ],
  invalid: [
    {
      // No cloudWatch at all: reported at kind; secretsEncryption without keyARN at its key.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        secretsEncryption: {}
      `,
      errors: [
        {
          messageId: "noLogging",
          data: { cluster: 'ClusterConfig "prod"', path: "cloudWatch.clusterLogging.enableTypes", types: '"audit"' },
          line: 2, column: 1, endLine: 2, endColumn: 5,
          suggestions: [{ messageId: "enableTypes", output: "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod, region: eu-west-1 }\nsecretsEncryption: {}\ncloudWatch: {clusterLogging: {enableTypes: [audit]}}\n" }],
        },
        {
          messageId: "noKey",
          data: { cluster: 'ClusterConfig "prod"', section: "secretsEncryption", key: "keyARN", refusal: "field secretsEncryption.keyARN is required for enabling secrets encryption" },
          line: 4, column: 1, endLine: 4, endColumn: 18, suggestions: null,
        },
      ],
    },
    {
      // Types without audit; an empty key ARN (and a null one is absent).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
        cloudWatch:
          clusterLogging:
            enableTypes:
              - api
              - authenticator
        secretsEncryption:
          keyARN: ""
      `,
      errors: [
        {
          messageId: "missingTypes",
          data: { cluster: 'ClusterConfig "prod"', types: '"audit"', path: "cloudWatch.clusterLogging.enableTypes" },
          line: 8, column: 7, endLine: 9, endColumn: 22,
          suggestions: [{ messageId: "enableTypes", output: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\ncloudWatch:\n  clusterLogging:\n    enableTypes:\n      - api\n      - authenticator\n      - audit\nsecretsEncryption:\n  keyARN: ""\n' }],
        },
        { messageId: "noKey", line: 11, column: 11, endLine: 11, endColumn: 13, suggestions: null },
      ],
    },
    {
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        secretsEncryption: { keyARN: null }
        cloudWatch:
          clusterLogging:
            logRetentionInDays: 30
      `,
      errors: [
        { messageId: "noKey", line: 4, column: 1, endLine: 4, endColumn: 18, suggestions: null },
        {
          messageId: "noLogging",
          line: 6, column: 3, endLine: 6, endColumn: 17,
          suggestions: [{ messageId: "enableTypes", output: "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod }\nsecretsEncryption: { keyARN: null }\ncloudWatch:\n  clusterLogging:\n    logRetentionInDays: 30\n    enableTypes: [audit]\n" }],
        },
      ],
    },
    {
      // An empty list; a type spelled with the wrong case is not audit (eksctl refuses it too).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        cloudWatch:
          clusterLogging:
            enableTypes: []
      `,
      errors: [
        {
          messageId: "noLogging",
          line: 6, column: 18, endLine: 6, endColumn: 20,
          suggestions: [{ messageId: "enableTypes", output: "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod }\ncloudWatch:\n  clusterLogging:\n    enableTypes: [audit]\n" }],
        },
      ],
    },
    {
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        cloudWatch: { clusterLogging: { enableTypes: [Audit] } }
      `,
      filename: "cluster.yml",
      errors: [
        {
          messageId: "missingTypes",
          line: 4, column: 46, endLine: 4, endColumn: 53,
          suggestions: [{ messageId: "enableTypes", output: "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: prod }\ncloudWatch: { clusterLogging: { enableTypes: [Audit, audit] } }\n" }],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "cloudWatch": {}
        }
      `,
      errors: [
        {
          messageId: "noLogging",
          data: { cluster: 'ClusterConfig "prod"', path: "cloudWatch.clusterLogging.enableTypes", types: '"audit"' },
          line: 5, column: 3, endLine: 5, endColumn: 15,
          suggestions: [{ messageId: "enableTypes", output: '{\n  "apiVersion": "eksctl.io/v1alpha5",\n  "kind": "ClusterConfig",\n  "metadata": { "name": "prod" },\n  "cloudWatch": { "clusterLogging": {"enableTypes":["audit"]} }\n}\n' }],
        },
      ],
    },
    {
      // The option: two required types, both missing.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "cloudWatch": { "clusterLogging": { "enableTypes": ["api"] } }
        }
      `,
      options: [{ logTypes: ["audit", "authenticator"] }],
      errors: [
        {
          messageId: "missingTypes",
          data: { cluster: 'ClusterConfig "prod"', types: '"audit", "authenticator"', path: "cloudWatch.clusterLogging.enableTypes" },
          line: 5, column: 54, endLine: 5, endColumn: 61,
          suggestions: [{ messageId: "enableTypes", output: '{\n  "apiVersion": "eksctl.io/v1alpha5",\n  "kind": "ClusterConfig",\n  "metadata": { "name": "prod" },\n  "cloudWatch": { "clusterLogging": { "enableTypes": ["api","audit","authenticator"] } }\n}\n' }],
        },
      ],
    },
    {
      // CloudFormation: no Logging (at Properties, or at the resource when it has none), no EnabledTypes, types without audit; EncryptionConfig without a key.
      ...yaml`
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              Name: prod
              RoleArn: !GetAtt Role.Arn
              EncryptionConfig:
                - Resources: [secrets]
                - Provider: {}
                  Resources: [secrets]
          Second:
            Type: AWS::EKS::Cluster
            Properties:
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
          Third:
            Type: AWS::EKS::Cluster
            Properties:
              Logging: {}
          Bare:
            Type: AWS::EKS::Cluster
      `,
      errors: [
        {
          messageId: "noLogging",
          data: { cluster: 'EKS cluster "prod"', path: "Logging.ClusterLogging.EnabledTypes", types: '"audit"' },
          line: 4, column: 5, endLine: 4, endColumn: 15,
          suggestions: [{ messageId: "enableTypes", output: "Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: prod\n      RoleArn: !GetAtt Role.Arn\n      EncryptionConfig:\n        - Resources: [secrets]\n        - Provider: {}\n          Resources: [secrets]\n      Logging: {ClusterLogging: {EnabledTypes: [{Type: audit}]}}\n  Second:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n  Third:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging: {}\n  Bare:\n    Type: AWS::EKS::Cluster\n" }],
        },
        { messageId: "noKeyResource", data: { cluster: 'EKS cluster "prod"', section: "EncryptionConfig", index: "1", key: "Provider.KeyArn" }, line: 8, column: 11, endLine: 8, endColumn: 12, suggestions: null },
        { messageId: "noKeyResource", data: { cluster: 'EKS cluster "prod"', section: "EncryptionConfig", index: "2", key: "Provider.KeyArn" }, line: 9, column: 11, endLine: 9, endColumn: 19, suggestions: null },
        {
          messageId: "missingTypes",
          data: { cluster: 'EKS cluster "Second"', types: '"audit"', path: "Logging.ClusterLogging.EnabledTypes" },
          line: 17, column: 13, endLine: 17, endColumn: 24,
          suggestions: [{ messageId: "enableTypes", output: "Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: prod\n      RoleArn: !GetAtt Role.Arn\n      EncryptionConfig:\n        - Resources: [secrets]\n        - Provider: {}\n          Resources: [secrets]\n  Second:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - {Type: audit}\n  Third:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging: {}\n  Bare:\n    Type: AWS::EKS::Cluster\n" }],
        },
        {
          messageId: "noLogging",
          data: { cluster: 'EKS cluster "Third"', path: "Logging.ClusterLogging.EnabledTypes", types: '"audit"' },
          line: 21, column: 7, endLine: 21, endColumn: 14,
          suggestions: [{ messageId: "enableTypes", output: "Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: prod\n      RoleArn: !GetAtt Role.Arn\n      EncryptionConfig:\n        - Resources: [secrets]\n        - Provider: {}\n          Resources: [secrets]\n  Second:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n  Third:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging: {ClusterLogging: {EnabledTypes: [{Type: audit}]}}\n  Bare:\n    Type: AWS::EKS::Cluster\n" }],
        },
        { messageId: "noLogging", data: { cluster: 'EKS cluster "Bare"', path: "Logging.ClusterLogging.EnabledTypes", types: '"audit"' }, line: 22, column: 3, endLine: 22, endColumn: 7, suggestions: null },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "Cluster": {
              "Type": "AWS::EKS::Cluster",
              "Properties": {
                "Name": "prod",
                "Logging": { "ClusterLogging": { "EnabledTypes": [] } },
                "EncryptionConfig": [{ "Provider": { "KeyArn": "" }, "Resources": ["secrets"] }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "noLogging",
          line: 7, column: 58, endLine: 7, endColumn: 60,
          suggestions: [{ messageId: "enableTypes", output: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::EKS::Cluster",\n      "Properties": {\n        "Name": "prod",\n        "Logging": { "ClusterLogging": { "EnabledTypes": [{"Type":"audit"}] } },\n        "EncryptionConfig": [{ "Provider": { "KeyArn": "" }, "Resources": ["secrets"] }]\n      }\n    }\n  }\n}\n' }],
        },
        { messageId: "noKeyResource", data: { cluster: 'EKS cluster "prod"', section: "EncryptionConfig", index: "1", key: "Provider.KeyArn" }, line: 8, column: 56, endLine: 8, endColumn: 58, suggestions: null },
      ],
    },
  ],
});
