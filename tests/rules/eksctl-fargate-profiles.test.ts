import rule from "../../src/rules/eksctl-fargate-profiles.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eksctl-fargate-profiles", rule, {
  valid: [
    // eksctl's examples/16-fargate-profile.yaml.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: cluster-16, region: ap-northeast-1 }
      fargateProfiles:
        - name: fp-default
          selectors:
            - namespace: default
            - namespace: kube-system
        - name: fp-dev
          selectors:
            - namespace: dev
              labels: { env: dev, checks: passed }
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "fargateProfiles": [{ "name": "fp-batch", "selectors": [{ "namespace": "batch" }, { "namespace": "jobs-*" }] }]
      }
    `,
    // No profiles at all; a name that merely contains "eks-"; exactly five selectors; "EKS-" is not the reserved prefix.
    json`{ "apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig", "metadata": { "name": "prod" } }`,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      fargateProfiles:
        - name: my-eks-profile
          selectors: [{ namespace: a }, { namespace: b }, { namespace: c }, { namespace: d }, { namespace: e }]
        - name: EKS-upper
          selectors: [{ namespace: f }]
    `,
    // Unknown: placeholders, a merge key, a null list (absent), an unknown selectors value.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      fargateProfiles:
        - name: "\${PROFILE}"
          selectors: [{ namespace: "\${NAMESPACE}" }]
        - name: "\${PREFIX}-batch"
          selectors: "\${SELECTORS}"
        - <<: *profile
        - name: fp-merged
          selectors:
            - <<: *selector
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod }
      fargateProfiles: null
    `,
    // Another document kind with fargateProfiles is not an eksctl config.
    json`{ "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "x" }, "data": { "fargateProfiles": "" } }`,
    // CloudFormation: a name is optional; intrinsics stay silent.
    yaml`
      Resources:
        Profile:
          Type: AWS::EKS::FargateProfile
          Properties:
            ClusterName: !Ref Cluster
            PodExecutionRoleArn: !GetAtt Role.Arn
            Selectors:
              - Namespace: batch
                Labels: [{ Key: fargate, Value: "yes" }]
        Named:
          Type: AWS::EKS::FargateProfile
          Properties:
            ClusterName: !Ref Cluster
            FargateProfileName: !Ref ProfileName
            PodExecutionRoleArn: !GetAtt Role.Arn
            Selectors: !If [Batch, [{ Namespace: batch }], [{ Namespace: default }]]
        Conditional:
          Type: AWS::EKS::FargateProfile
          Properties:
            ClusterName: !Ref Cluster
            PodExecutionRoleArn: !GetAtt Role.Arn
            Selectors:
              - Namespace: !Ref Namespace
              - !If [Extra, { Namespace: a }, !Ref AWS::NoValue]
              - Namespace: b
              - Namespace: c
              - Namespace: d
              - Namespace: e
    `,
    json`
      {
        "Resources": {
          "Profile": {
            "Type": "AWS::EKS::FargateProfile",
            "Properties": { "ClusterName": "prod", "FargateProfileName": "fp-web", "PodExecutionRoleArn": "arn:aws:iam::111122223333:role/p", "Selectors": [{ "Namespace": "web" }] }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // The reserved prefix, a missing name, selectors without a namespace, none at all, an empty list.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        fargateProfiles:
          - name: eks-default
            selectors:
              - namespace: default
          - selectors:
              - namespace: ""
              - labels: { app: web }
          - name: fp-none
          - name: fp-empty
            selectors: []
          - name: ""
            selectors: [{ namespace: x }]
      `,
      errors: [
        { messageId: "reservedName", data: { profile: 'Fargate profile "eks-default"', prefix: "eks-" }, line: 5, column: 11, endLine: 5, endColumn: 22 },
        { messageId: "emptyName", data: { profile: "fargateProfiles[1]", key: "name" }, line: 8, column: 5, endLine: 8, endColumn: 6 },
        { messageId: "noNamespace", data: { index: "1", profile: "fargateProfiles[1]", key: "namespace" }, line: 9, column: 20, endLine: 9, endColumn: 22 },
        { messageId: "noNamespace", data: { index: "2", profile: "fargateProfiles[1]", key: "namespace" }, line: 10, column: 9, endLine: 10, endColumn: 10 },
        { messageId: "noSelectors", data: { profile: 'Fargate profile "fp-none"', key: "selectors" }, line: 11, column: 5, endLine: 11, endColumn: 9 },
        { messageId: "noSelectors", data: { profile: 'Fargate profile "fp-empty"', key: "selectors" }, line: 13, column: 16, endLine: 13, endColumn: 18 },
        { messageId: "emptyName", data: { profile: "fargateProfiles[4]", key: "name" }, line: 14, column: 11, endLine: 14, endColumn: 13 },
      ],
    },
    {
      // A templated name with the reserved prefix written out; seven selectors (reported at the sixth).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        fargateProfiles:
          - name: "eks-\${ENV}"
            selectors:
              - namespace: a
              - namespace: b
              - namespace: c
              - namespace: d
              - namespace: e
              - namespace: f
              - namespace: g
      `,
      errors: [
        { messageId: "reservedName", data: { profile: "fargateProfiles[0]", prefix: "eks-" }, line: 5, column: 11, endLine: 5, endColumn: 23 },
        { messageId: "tooManySelectors", data: { profile: "fargateProfiles[0]", count: "7", max: "5" }, line: 12, column: 9, endLine: 12, endColumn: 21 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "fargateProfiles": [
            { "name": "eks-batch", "selectors": [{ "namespace": "batch" }] },
            { "name": "fp", "selectors": [{ "labels": { "a": "b" } }] },
            { "name": "fp-none", "selectors": [] }
          ]
        }
      `,
      errors: [
        { messageId: "reservedName", data: { profile: 'Fargate profile "eks-batch"', prefix: "eks-" }, line: 6, column: 15, endLine: 6, endColumn: 26 },
        { messageId: "noNamespace", data: { index: "1", profile: 'Fargate profile "fp"', key: "namespace" }, line: 7, column: 35, endLine: 7, endColumn: 36 },
        { messageId: "noSelectors", data: { profile: 'Fargate profile "fp-none"', key: "selectors" }, line: 8, column: 39, endLine: 8, endColumn: 41 },
      ],
    },
    {
      // A .yml file, as eksctl's users often name it.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod }
        fargateProfiles:
          - name: eks-fp
            selectors: [{ namespace: web }]
      `,
      filename: "cluster.yml",
      errors: [{ messageId: "reservedName", data: { profile: 'Fargate profile "eks-fp"', prefix: "eks-" }, line: 5, column: 11, endLine: 5, endColumn: 17 }],
    },
    {
      // CloudFormation: the reserved prefix, Selectors required (absent Properties too), Namespace required.
      ...yaml`
        Resources:
          Profile:
            Type: AWS::EKS::FargateProfile
            Properties:
              ClusterName: !Ref Cluster
              FargateProfileName: eks-batch
              PodExecutionRoleArn: arn:aws:iam::111122223333:role/p
          Second:
            Type: AWS::EKS::FargateProfile
            Properties:
              ClusterName: prod
              PodExecutionRoleArn: arn:aws:iam::111122223333:role/p
              Selectors:
                - Labels: [{ Key: a, Value: b }]
                - Namespace: ""
          Bare:
            Type: AWS::EKS::FargateProfile
      `,
      errors: [
        { messageId: "noSelectorsResource", data: { profile: 'Fargate profile "eks-batch"', key: "Selectors" }, line: 4, column: 5, endLine: 4, endColumn: 15 },
        { messageId: "reservedName", data: { profile: 'Fargate profile "eks-batch"', prefix: "eks-" }, line: 6, column: 27, endLine: 6, endColumn: 36 },
        { messageId: "noNamespace", data: { index: "1", profile: 'Fargate profile "Second"', key: "Namespace" }, line: 14, column: 11, endLine: 14, endColumn: 12 },
        { messageId: "noNamespace", data: { index: "2", profile: 'Fargate profile "Second"', key: "Namespace" }, line: 15, column: 22, endLine: 15, endColumn: 24 },
        { messageId: "noSelectorsResource", data: { profile: 'Fargate profile "Bare"', key: "Selectors" }, line: 16, column: 3, endLine: 16, endColumn: 7 },
      ],
    },
    {
      // !Sub keeps its literal start: the name starts with "eks-" whatever Env is.
      ...yaml`
        Resources:
          Profile:
            Type: AWS::EKS::FargateProfile
            Properties:
              ClusterName: !Ref Cluster
              FargateProfileName: !Sub "eks-\${Env}"
              PodExecutionRoleArn: !GetAtt Role.Arn
              Selectors: [{ Namespace: batch }]
      `,
      errors: [{ messageId: "reservedName", data: { profile: 'Fargate profile "Profile"', prefix: "eks-" }, line: 6, column: 27, endLine: 6, endColumn: 44 }],
    },
    {
      ...json`
        {
          "Resources": {
            "Profile": {
              "Type": "AWS::EKS::FargateProfile",
              "Properties": {
                "ClusterName": "prod",
                "PodExecutionRoleArn": "arn:aws:iam::111122223333:role/p",
                "Selectors": [
                  { "Namespace": "a" }, { "Namespace": "b" }, { "Namespace": "c" },
                  { "Namespace": "d" }, { "Namespace": "e" }, { "Namespace": "f" }
                ]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "tooManySelectors", data: { profile: 'Fargate profile "Profile"', count: "6", max: "5" }, line: 10, column: 55, endLine: 10, endColumn: 75 }],
    },
  ],
});
