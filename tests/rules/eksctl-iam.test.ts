import rule from "../../src/rules/eksctl-iam.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eksctl-iam", rule, {
  valid: [
    // IRSA with OIDC; YAML 1.1 "yes" is true for eksctl.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        withOIDC: yes
        serviceAccounts:
          - metadata: { name: s3-reader }
            attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "iam": { "withOIDC": true, "serviceAccounts": [{ "metadata": { "name": "s3-reader" }, "attachPolicyARNs": ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"] }] }
      }
    `,
    // No service accounts (or an empty list): withOIDC does not matter.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        withOIDC: false
        serviceAccounts: []
    `,
    // Unknown: a placeholder withOIDC, service accounts from a placeholder, a merge that may set withOIDC.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        withOIDC: \${WITH_OIDC}
        serviceAccounts:
          - metadata: { name: s3-reader }
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        serviceAccounts: \${SERVICE_ACCOUNTS}
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      x-iam: &iam { withOIDC: true }
      iam:
        <<: *iam
        serviceAccounts:
          - metadata: { name: s3-reader }
    `,
    // Pod Identity with the agent addon.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      addons:
        - name: eks-pod-identity-agent
        - name: vpc-cni
          useDefaultPodIdentityAssociations: true
      iam:
        podIdentityAssociations:
          - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
    `,
    json`
      {
        "apiVersion": "eksctl.io/v1alpha5",
        "kind": "ClusterConfig",
        "metadata": { "name": "prod" },
        "addons": [{"name":"eks-pod-identity-agent"}],
        "iam": { "podIdentityAssociations": [{ "namespace": "default", "serviceAccountName": "s3-reader", "roleARN": "arn:aws:iam::111122223333:role/s3-reader" }] }
      }
    `,
    // Auto Mode runs the agent itself.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      autoModeConfig:
        enabled: true
      iam:
        podIdentityAssociations:
          - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
    `,
    // autoApplyPodIdentityAssociations with no addon listed asks for nothing (eksctl loops over the addons).
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      addonsConfig:
        autoApplyPodIdentityAssociations: true
    `,
    // No associations: an addon without them, useDefaultPodIdentityAssociations false, an empty list.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      addons:
        - name: vpc-cni
          useDefaultPodIdentityAssociations: false
        - name: aws-ebs-csi-driver
          podIdentityAssociations: []
      iam:
        podIdentityAssociations: []
    `,
    // Unknown: an addon name, the addons list, Auto Mode, the associations.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      addons:
        - name: \${AGENT_ADDON}
      iam:
        podIdentityAssociations:
          - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      addons: \${ADDONS}
      iam:
        podIdentityAssociations:
          - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      autoModeConfig:
        enabled: \${AUTO_MODE}
      iam:
        podIdentityAssociations:
          - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
    `,
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      iam:
        podIdentityAssociations: \${ASSOCIATIONS}
    `,
    // Node groups: no add-on policies, all off, unknown values, a launch template's own metadata options,
    // a role eksctl does not write.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
          iam:
            withAddonPolicies:
              autoScaler: false
              ebs: no
        - name: ng-2
          iam:
            withAddonPolicies: \${POLICIES}
        - name: ng-3
          iam:
            withAddonPolicies:
              cloudWatch: \${CLOUDWATCH}
        - name: ng-4
          disablePodIMDS: \${DISABLE_POD_IMDS}
          iam:
            withAddonPolicies:
              cloudWatch: true
        - name: ng-5
          iam:
            instanceRoleARN: arn:aws:iam::111122223333:role/nodes
            withAddonPolicies:
              cloudWatch: true
      managedNodeGroups:
        - name: mng-1
          launchTemplate: { id: lt-0123456789abcdef0 }
          iam:
            withAddonPolicies:
              externalDNS: true
        - name: mng-2
          disablePodIMDS: true
    `,
  ],
  invalid: [
    {
      // Service accounts without withOIDC (absent is false).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        iam:
          serviceAccounts:
            - metadata: { name: s3-reader }
              attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
      `,
      errors: [
        {
          messageId: "serviceAccountsWithoutOidc",
          data: { config: 'ClusterConfig "prod"' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: "setWithOidc",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  serviceAccounts:
    - metadata: { name: s3-reader }
      attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
  withOIDC: true
`,
            },
          ],
        },
      ],
    },
    {
      // withOIDC: no (YAML 1.1 false) is replaced.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        iam:
          withOIDC: no
          serviceAccounts:
            - metadata: { name: s3-reader }
      `,
      errors: [
        {
          messageId: "serviceAccountsWithoutOidc",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            {
              messageId: "setWithOidc",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  withOIDC: true
  serviceAccounts:
    - metadata: { name: s3-reader }
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
          "iam": { "withOIDC": false, "serviceAccounts": [{ "metadata": { "name": "s3-reader" } }] }
        }
      `,
      errors: [
        {
          messageId: "serviceAccountsWithoutOidc",
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: "setWithOidc",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod" },
  "iam": { "withOIDC": true, "serviceAccounts": [{ "metadata": { "name": "s3-reader" } }] }
}
`,
            },
          ],
        },
      ],
    },
    {
      // On Outposts eksctl refuses withOIDC too: no suggestion.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        outpost: { controlPlaneOutpostARN: "arn:aws:outposts:eu-west-1:111122223333:outpost/op-0123456789abcdef0" }
        iam:
          serviceAccounts:
            - metadata: { name: s3-reader }
      `,
      errors: [{ messageId: "serviceAccountsWithoutOidc", line: 6, column: 3, endLine: 6, endColumn: 18, suggestions: null }],
    },
    {
      // Pod Identity associations without the agent; no addons at all.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        iam:
          podIdentityAssociations:
            - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          data: { config: 'ClusterConfig "prod"', source: "iam.podIdentityAssociations", addon: "eks-pod-identity-agent" },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: "addAgent",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  podIdentityAssociations:
    - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
addons: [{name: eks-pod-identity-agent}]
`,
            },
          ],
        },
      ],
    },
    {
      // addons written as null: the suggestion gives it the agent where it is, not a second addons key (found by the fuzz test).
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        iam:
          podIdentityAssociations:
            - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
        "addons": null
        vpc: { id: vpc-1 }
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: "addAgent",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  podIdentityAssociations:
    - { namespace: default, serviceAccountName: s3-reader, roleARN: "arn:aws:iam::111122223333:role/s3-reader" }
"addons": [{name: eks-pod-identity-agent}]
vpc: { id: vpc-1 }
`,
            },
          ],
        },
      ],
    },
    {
      // An addon's own associations; other addons listed; Auto Mode off.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        autoModeConfig: { enabled: false }
        addons:
          - name: vpc-cni
          - name: aws-ebs-csi-driver
            podIdentityAssociations:
              - { namespace: kube-system, serviceAccountName: ebs-csi-controller-sa, permissionPolicyARNs: ["arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"] }
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          data: { config: 'ClusterConfig "prod"', source: 'addon "aws-ebs-csi-driver" podIdentityAssociations', addon: "eks-pod-identity-agent" },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: "addAgent",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
autoModeConfig: { enabled: false }
addons:
  - name: vpc-cni
  - name: aws-ebs-csi-driver
    podIdentityAssociations:
      - { namespace: kube-system, serviceAccountName: ebs-csi-controller-sa, permissionPolicyARNs: ["arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"] }
  - {name: eks-pod-identity-agent}
`,
            },
          ],
        },
      ],
    },
    {
      // useDefaultPodIdentityAssociations (YAML 1.1 "on").
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        addons:
          - name: vpc-cni
            useDefaultPodIdentityAssociations: on
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          data: { config: 'ClusterConfig "prod"', source: 'addon "vpc-cni" useDefaultPodIdentityAssociations', addon: "eks-pod-identity-agent" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 38,
          suggestions: [
            {
              messageId: "addAgent",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
addons:
  - name: vpc-cni
    useDefaultPodIdentityAssociations: on
  - {name: eks-pod-identity-agent}
`,
            },
          ],
        },
      ],
    },
    {
      // addonsConfig.autoApplyPodIdentityAssociations with an addon listed.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "addonsConfig": { "autoApplyPodIdentityAssociations": true },
          "addons": [{ "name": "vpc-cni" }]
        }
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          data: { config: 'ClusterConfig "prod"', source: "addonsConfig.autoApplyPodIdentityAssociations", addon: "eks-pod-identity-agent" },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 55,
          suggestions: [
            {
              messageId: "addAgent",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod" },
  "addonsConfig": { "autoApplyPodIdentityAssociations": true },
  "addons": [{ "name": "vpc-cni" }, {"name":"eks-pod-identity-agent"}]
}
`,
            },
          ],
        },
      ],
    },
    {
      // The name is compared as written: eksctl does not lower-case it here.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "addons": [{ "name": "EKS-Pod-Identity-Agent" }],
          "iam": { "podIdentityAssociations": [{ "namespace": "default", "serviceAccountName": "s3-reader", "roleARN": "arn:aws:iam::111122223333:role/s3-reader" }] }
        }
      `,
      errors: [
        {
          messageId: "podIdentityWithoutAgent",
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: "addAgent",
              output: `{
  "apiVersion": "eksctl.io/v1alpha5",
  "kind": "ClusterConfig",
  "metadata": { "name": "prod" },
  "addons": [{ "name": "EKS-Pod-Identity-Agent" }, {"name":"eks-pod-identity-agent"}],
  "iam": { "podIdentityAssociations": [{ "namespace": "default", "serviceAccountName": "s3-reader", "roleARN": "arn:aws:iam::111122223333:role/s3-reader" }] }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Both IAM checks in one config.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        iam:
          serviceAccounts: [{ metadata: { name: s3-reader } }]
          podIdentityAssociations: [{ namespace: default, serviceAccountName: s3-writer, roleARN: "arn:aws:iam::111122223333:role/s3-writer" }]
      `,
      errors: [
        {
          messageId: "serviceAccountsWithoutOidc",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: "setWithOidc",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  serviceAccounts: [{ metadata: { name: s3-reader } }]
  podIdentityAssociations: [{ namespace: default, serviceAccountName: s3-writer, roleARN: "arn:aws:iam::111122223333:role/s3-writer" }]
  withOIDC: true
`,
            },
          ],
        },
        {
          messageId: "podIdentityWithoutAgent",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 26,
          suggestions: [
            {
              messageId: "addAgent",
              output: `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  serviceAccounts: [{ metadata: { name: s3-reader } }]
  podIdentityAssociations: [{ namespace: default, serviceAccountName: s3-writer, roleARN: "arn:aws:iam::111122223333:role/s3-writer" }]
addons: [{name: eks-pod-identity-agent}]
`,
            },
          ],
        },
      ],
    },
    {
      // Add-on policies on the node role, self-managed and managed; "yes" is true.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: ng-1
            iam:
              withAddonPolicies:
                autoScaler: true
                cloudWatch: yes
                ebs: false
        managedNodeGroups:
          - name: mng-1
            disablePodIMDS: false
            iam:
              withAddonPolicies: { externalDNS: true }
      `,
      errors: [
        { messageId: "addonPolicies", data: { nodeGroup: 'Node group "ng-1"', policies: "autoScaler, cloudWatch" }, line: 7, column: 7, endLine: 7, endColumn: 24 },
        { messageId: "addonPolicies", data: { nodeGroup: 'Managed node group "mng-1"', policies: "externalDNS" }, line: 15, column: 7, endLine: 15, endColumn: 24 },
      ],
    },
    {
      // With disablePodIMDS: eksctl's own error.
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "nodeGroups": [
            { "instanceType": "m5.large", "disablePodIMDS": true, "iam": { "withAddonPolicies": { "awsLoadBalancerController": true, "efs": true } } }
          ]
        }
      `,
      errors: [{ messageId: "addonPoliciesWithoutPodImds", data: { nodeGroup: "nodeGroups[0]", policies: "efs, awsLoadBalancerController" }, line: 6, column: 68, endLine: 6, endColumn: 87 }],
    },
    {
      // eksctl refuses the pair even with a role it does not write, or a managed group's launch template.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        managedNodeGroups:
          - name: mng-1
            launchTemplate: { id: lt-0123456789abcdef0 }
            disablePodIMDS: yes
            iam:
              instanceRoleARN: arn:aws:iam::111122223333:role/nodes
              withAddonPolicies:
                xRay: true
      `,
      errors: [{ messageId: "addonPoliciesWithoutPodImds", data: { nodeGroup: 'Managed node group "mng-1"', policies: "xRay" }, line: 10, column: 7, endLine: 10, endColumn: 24 }],
    },
  ],
});
