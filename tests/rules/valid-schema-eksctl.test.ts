/**
 * valid-schema on eksctl ClusterConfigs (src/facts/eksctl-schema.ts): unknown
 * fields with the closest name, field names in another case, wrong types read
 * as YAML 1.1, the enums and required members eksctl enforces, nested
 * definitions and maps; placeholders, merges, null and types that decode
 * themselves silent.
 */
import rule from "../../src/rules/valid-schema.js";
import { dedent, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** An expected output, written like the cases (dedented). */
const fixed = (strings: TemplateStringsArray): string => dedent(String.raw({ raw: strings }));

runRule("valid-schema", rule, {
  valid: [
    {
      name: "a whole config: YAML 1.1 booleans and octal integers, maps, a whole float for an integer, null, taints as a map",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
        version: "1.30"
        tags:
          team: web
      iam:
        withOIDC: yes
        serviceAccounts:
          - metadata:
              name: s3-reader
              namespace: web
              labels: {app: web}
            attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
      vpc:
        cidr: 10.10.0.0/16
        nat:
          gateway: Single
        subnets:
          private:
            eu-west-1a: {id: subnet-0aaa}
      managedNodeGroups:
        - name: mng-1
          instanceType: m5.large
          desiredCapacity: 3.0
          minSize: 0644
          volumeType: gp3
          amiFamily: AmazonLinux2023
          privateNetworking: on
          labels: {role: web}
          taints: [{key: dedicated, value: web, effect: NoSchedule}]
          iam: null
      nodeGroups:
        - name: ng-1
          taints: {dedicated: "web:NoSchedule"}
      cloudWatch:
        clusterLogging:
          enableTypes: ["api", "audit", "*"]
      addons:
        - name: vpc-cni
          attachPolicy:
            Version: "2012-10-17"
            Statement: []
      identityProviders:
        - name: okta
          type: oidc
          issuerURL: https://example.okta.com
          clientID: abc
      `,
    },
    {
      name: "placeholders, a merge key and an unknown version are not judged",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: \${CLUSTER_NAME}
        region: \${AWS_REGION}
        version: \${K8S_VERSION}
      nodeGroups:
        - &defaults
          name: ng-0
          instanceType: m5.large
        - <<: *defaults
          name: ng-1
          desiredCapacity: \${N}
          amiFamily: \${AMI_FAMILY}
      `,
    },
    {
      name: "JSON: a whole config",
      ...json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod", "region": "eu-west-1", "version": "1.30" },
        "nodeGroups": [{ "name": "ng-1", "desiredCapacity": 2, "privateNetworking": true, "labels": { "role": "web" } }]
      }
      `,
    },
  ],
  invalid: [
    {
      name: "typos: the closest field name is suggested, or removal",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
      nodeGroups:
        - name: ng-1
          privateNetwork: true
      `,
      errors: [
        { messageId: "unknownConfigFieldNear", data: { shape: "NodeGroup", key: "privateNetwork", name: "privateNetworking" }, line: 8, column: 5, endLine: 8, endColumn: 19,
          suggestions: [
            { messageId: "rename", data: { key: "privateNetwork", name: "privateNetworking" }, output: fixed`
              apiVersion: eksctl.io/v1alpha5
              kind: ClusterConfig
              metadata:
                name: prod
                region: eu-west-1
              nodeGroups:
                - name: ng-1
                  privateNetworking: true
            ` },
            { messageId: "remove", data: { key: "privateNetwork" }, output: fixed`
              apiVersion: eksctl.io/v1alpha5
              kind: ClusterConfig
              metadata:
                name: prod
                region: eu-west-1
              nodeGroups:
                - name: ng-1
            ` },
          ] },
      ],
    },
    {
      name: "a field in another case: eksctl's check passes it, its decoder drops it (fixed)",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
      managedNodegroups:
        - name: mng-1
      `,
      errors: [{ messageId: "configFieldCase", data: { shape: "ClusterConfig", key: "managedNodegroups", name: "managedNodeGroups" }, line: 6, column: 1, endLine: 6, endColumn: 18 }],
      output: fixed`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        managedNodeGroups:
          - name: mng-1
      `,
    },
    {
      name: "wrong types: a number for a string, a string for an integer and a boolean, a fraction for an integer",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
        version: 1.30
      iam:
        withOIDC: "true"
      nodeGroups:
        - name: ng-1
          desiredCapacity: "3"
          volumeSize: 2.5
      `,
      errors: [
        { messageId: "wrongType", data: { subject: "ClusterMeta field version", expected: "a string", actual: "a number" }, line: 6, column: 12, endLine: 6, endColumn: 16,
          suggestions: [{ messageId: "convert", data: { value: '"1.30"' }, output: fixed`
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
              region: eu-west-1
              version: "1.30"
            iam:
              withOIDC: "true"
            nodeGroups:
              - name: ng-1
                desiredCapacity: "3"
                volumeSize: 2.5
          ` }] },
        { messageId: "wrongType", data: { subject: "ClusterIAM field withOIDC", expected: "true or false", actual: "a string" }, line: 8, column: 13, endLine: 8, endColumn: 19,
          suggestions: [{ messageId: "convert", data: { value: "true" }, output: fixed`
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
              region: eu-west-1
              version: 1.30
            iam:
              withOIDC: true
            nodeGroups:
              - name: ng-1
                desiredCapacity: "3"
                volumeSize: 2.5
          ` }] },
        { messageId: "wrongType", data: { subject: "NodeGroup field desiredCapacity", expected: "an integer", actual: "a string" }, line: 11, column: 22, endLine: 11, endColumn: 25,
          suggestions: [{ messageId: "convert", data: { value: "3" }, output: fixed`
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
              region: eu-west-1
              version: 1.30
            iam:
              withOIDC: "true"
            nodeGroups:
              - name: ng-1
                desiredCapacity: 3
                volumeSize: 2.5
          ` }] },
        { messageId: "notInteger", data: { subject: "NodeGroup field volumeSize", value: "2.5" }, line: 12, column: 17, endLine: 12, endColumn: 20 },
      ],
    },
    {
      name: "YAML 1.1: a plain yes where a string goes is a boolean to eksctl",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
        tags:
          public: yes
      `,
      errors: [
        { messageId: "yaml11ConfigType", data: { subject: 'Entry "public" of ClusterMeta field tags', value: "yes", actual: "a boolean" }, line: 7, column: 13, endLine: 7, endColumn: 16,
          suggestions: [{ messageId: "convert", data: { value: '"yes"' }, output: fixed`
            apiVersion: eksctl.io/v1alpha5
            kind: ClusterConfig
            metadata:
              name: prod
              region: eu-west-1
              tags:
                public: "yes"
          ` }] },
      ],
    },
    {
      name: "enums eksctl enforces: amiFamily, log types (a case-only difference is fixed), supportType, apiVersion",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
        region: eu-west-1
      upgradePolicy:
        supportType: LONG
      managedNodeGroups:
        - name: mng-1
          amiFamily: AmazonLinux3
      cloudWatch:
        clusterLogging:
          enableTypes: ["api", "Audit"]
      `,
      errors: [
        { messageId: "enumValue", data: { subject: "UpgradePolicy field supportType", allowed: '"STANDARD" or "EXTENDED"', value: "LONG" }, line: 7, column: 16, endLine: 7, endColumn: 20 },
        { messageId: "enumValue", data: { subject: "ManagedNodeGroup field amiFamily", allowed: 'one of 18 values such as "AmazonLinux2023", "AmazonLinux2", "UbuntuPro2604"', value: "AmazonLinux3" }, line: 10, column: 16, endLine: 10, endColumn: 28 },
        { messageId: "enumCase", data: { subject: "Item 2 of ClusterCloudWatchLogging field enableTypes", fixed: "audit", value: "Audit" }, line: 13, column: 26, endLine: 13, endColumn: 33 },
      ],
      output: fixed`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: prod
          region: eu-west-1
        upgradePolicy:
          supportType: LONG
        managedNodeGroups:
          - name: mng-1
            amiFamily: AmazonLinux3
        cloudWatch:
          clusterLogging:
            enableTypes: ["api", "audit"]
      `,
    },
    {
      name: "nested definitions and required members: a launch template without id, a Fargate selector without namespace, metadata without region",
      ...yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: prod
      managedNodeGroups:
        - name: mng-1
          launchTemplate:
            version: "2"
      fargateProfiles:
        - name: fp-1
          selectors:
            - labels: {app: web}
      `,
      errors: [
        { messageId: "missingMember", data: { shape: "ClusterMeta", key: "region" }, line: 3, column: 1, endLine: 3, endColumn: 9 },
        { messageId: "missingMember", data: { shape: "LaunchTemplate", key: "id" }, line: 7, column: 5, endLine: 7, endColumn: 19 },
        { messageId: "missingMember", data: { shape: "FargateProfileSelector", key: "namespace" }, line: 12, column: 9, endLine: 12, endColumn: 10 },
      ],
    },
    {
      name: "JSON: an unknown field, a wrong type, a label that is not a string, a repeated key",
      ...json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod", "region": "eu-west-1", "version": 1.30 },
        "nodeGroups": [{ "name": "ng-1", "desiredCapacity": "2", "labels": { "tier": 1 }, "zone": "a" }],
        "vpc": { "cidr": "10.0.0.0/16", "cidr": "10.1.0.0/16" }
      }
      `,
      errors: [
        { messageId: "wrongType", data: { subject: "ClusterMeta field version", expected: "a string", actual: "a number" }, line: 4, column: 67, endLine: 4, endColumn: 71,
          suggestions: [{ messageId: "convert", data: { value: '"1.30"' }, output: fixed`
            {
              "apiVersion": "eksctl.io/v1alpha5",
              "kind": "ClusterConfig",
              "metadata": { "name": "prod", "region": "eu-west-1", "version": "1.30" },
              "nodeGroups": [{ "name": "ng-1", "desiredCapacity": "2", "labels": { "tier": 1 }, "zone": "a" }],
              "vpc": { "cidr": "10.0.0.0/16", "cidr": "10.1.0.0/16" }
            }
          ` }] },
        { messageId: "wrongType", data: { subject: "NodeGroup field desiredCapacity", expected: "an integer", actual: "a string" }, line: 5, column: 55, endLine: 5, endColumn: 58,
          suggestions: [{ messageId: "convert", data: { value: "2" }, output: fixed`
            {
              "apiVersion": "eksctl.io/v1alpha5",
              "kind": "ClusterConfig",
              "metadata": { "name": "prod", "region": "eu-west-1", "version": 1.30 },
              "nodeGroups": [{ "name": "ng-1", "desiredCapacity": 2, "labels": { "tier": 1 }, "zone": "a" }],
              "vpc": { "cidr": "10.0.0.0/16", "cidr": "10.1.0.0/16" }
            }
          ` }] },
        { messageId: "wrongType", data: { subject: 'Entry "tier" of NodeGroup field labels', expected: "a string", actual: "a number" }, line: 5, column: 80, endLine: 5, endColumn: 81,
          suggestions: [{ messageId: "convert", data: { value: '"1"' }, output: fixed`
            {
              "apiVersion": "eksctl.io/v1alpha5",
              "kind": "ClusterConfig",
              "metadata": { "name": "prod", "region": "eu-west-1", "version": 1.30 },
              "nodeGroups": [{ "name": "ng-1", "desiredCapacity": "2", "labels": { "tier": "1" }, "zone": "a" }],
              "vpc": { "cidr": "10.0.0.0/16", "cidr": "10.1.0.0/16" }
            }
          ` }] },
        { messageId: "unknownConfigField", data: { shape: "NodeGroup", key: "zone" }, line: 5, column: 85, endLine: 5, endColumn: 91,
          suggestions: [{ messageId: "remove", data: { key: "zone" }, output: fixed`
            {
              "apiVersion": "eksctl.io/v1alpha5",
              "kind": "ClusterConfig",
              "metadata": { "name": "prod", "region": "eu-west-1", "version": 1.30 },
              "nodeGroups": [{ "name": "ng-1", "desiredCapacity": "2", "labels": { "tier": 1 } }],
              "vpc": { "cidr": "10.0.0.0/16", "cidr": "10.1.0.0/16" }
            }
          ` }] },
        { messageId: "duplicateConfigKey", data: { key: "cidr" }, line: 6, column: 12, endLine: 6, endColumn: 18,
          suggestions: [{ messageId: "remove", data: { key: "cidr" }, output: fixed`
            {
              "apiVersion": "eksctl.io/v1alpha5",
              "kind": "ClusterConfig",
              "metadata": { "name": "prod", "region": "eu-west-1", "version": 1.30 },
              "nodeGroups": [{ "name": "ng-1", "desiredCapacity": "2", "labels": { "tier": 1 }, "zone": "a" }],
              "vpc": { "cidr": "10.1.0.0/16" }
            }
          ` }] },
      ],
    },
  ],
});
