import rule from "../../src/rules/eks-deprecated-api.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** A whole Deployment at an apiVersion, with `spec` lines (indented by two) before its template. */
const deployment = (apiVersion: string, spec: string) => ({
  syntax: "yaml" as const,
  code: `apiVersion: ${apiVersion}\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${spec}  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`,
});
const SELECTOR = "  selector:\n    matchLabels:\n      app: web\n";

runRule("eks-deprecated-api", rule, {
  valid: [
    deployment("apps/v1", SELECTOR),
    json`
      {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": { "name": "reader" },
        "rules": []
      }
    `,
    yaml`
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: web
      spec:
        minAvailable: 1
        selector:
          matchLabels:
            app: web
      ---
      apiVersion: v1
      kind: Endpoints
      metadata:
        name: legacy
    `,
    // Custom resources are not judged, whatever their version.
    yaml`
      apiVersion: example.com/v1beta1
      kind: Ingress
      metadata:
        name: custom
      ---
      apiVersion: karpenter.sh/v1alpha5
      kind: Provisioner
      metadata:
        name: default
    `,
    // Unknown apiVersions are not judged.
    yaml`
      apiVersion: \${API_VERSION}
      kind: Deployment
      metadata:
        name: web
    `,
    yaml`
      apiVersion: "{{ api_version }}"
      kind: Role
      metadata:
        name: reader
    `,
    json`{ "apiVersion": "\${RBAC_VERSION}", "kind": "Role", "metadata": { "name": "reader" }, "rules": [] }`,
    // Removed after 1.32: only reported when kubernetesVersion reaches the removal.
    yaml`
      apiVersion: admissionregistration.k8s.io/v1beta1
      kind: ValidatingAdmissionPolicy
      metadata:
        name: demo
      ---
      apiVersion: networking.k8s.io/v1beta1
      kind: ServiceCIDR
      metadata:
        name: extra
    `,
    {
      ...yaml`
        apiVersion: admissionregistration.k8s.io/v1beta1
        kind: ValidatingAdmissionPolicy
        metadata:
          name: demo
      `,
      options: [{ kubernetesVersion: "1.33" }],
    },
    // resource.k8s.io/v1beta1: the sources disagree on its removal; never reported.
    {
      ...yaml`
        apiVersion: resource.k8s.io/v1beta1
        kind: ResourceClaim
        metadata:
          name: gpu
      `,
      options: [{ kubernetesVersion: "1.38" }],
    },
    // gitRepo volumes still work on 1.32 (the default).
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: builder
      spec:
        containers:
          - name: build
            image: alpine:3.20
        volumes:
          - name: source
            gitRepo:
              repository: https://example.com/app.git
    `,
  ],
  invalid: [
    // A pure rename: autofix.
    {
      ...yaml`
        apiVersion: rbac.authorization.k8s.io/v1beta1
        kind: Role
        metadata:
          name: reader
        rules: []
      `,
      errors: [
        {
          messageId: "removed",
          data: { label: 'Role "reader"', apiVersion: "rbac.authorization.k8s.io/v1beta1", removed: "1.22", clusters: "no EKS cluster serves it", replacement: "rbac.authorization.k8s.io/v1" },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 46,
        },
      ],
      output: "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: reader\nrules: []\n",
    },
    {
      ...json`
        {
          "apiVersion": "batch/v1beta1",
          "kind": "CronJob",
          "metadata": { "name": "nightly" },
          "spec": { "schedule": "0 3 * * *" }
        }
      `,
      errors: [{ messageId: "removed", data: { label: 'CronJob "nightly"', apiVersion: "batch/v1beta1", removed: "1.25", clusters: "no EKS cluster serves it", replacement: "batch/v1" }, line: 2, column: 17, endLine: 2, endColumn: 32 }],
      output: '{\n  "apiVersion": "batch/v1",\n  "kind": "CronJob",\n  "metadata": { "name": "nightly" },\n  "spec": { "schedule": "0 3 * * *" }\n}\n',
    },
    // A quoted YAML value keeps its quotes.
    {
      ...yaml`
        apiVersion: 'storage.k8s.io/v1beta1'
        kind: StorageClass
        metadata:
          name: gp3
        provisioner: ebs.csi.aws.com
      `,
      errors: [{ messageId: "removed", line: 1, column: 13, endLine: 1, endColumn: 37 }],
      output: "apiVersion: 'storage.k8s.io/v1'\nkind: StorageClass\nmetadata:\n  name: gp3\nprovisioner: ebs.csi.aws.com\n",
    },
    // Multi-document YAML: the report lands in the document that has the old version.
    {
      ...yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: reader
        ---
        apiVersion: rbac.authorization.k8s.io/v1beta1
        kind: RoleBinding
        metadata:
          name: reader
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: Role
          name: reader
        subjects:
          - kind: ServiceAccount
            name: reader
      `,
      errors: [{ messageId: "removed", data: { label: 'RoleBinding "reader"', apiVersion: "rbac.authorization.k8s.io/v1beta1", removed: "1.22", clusters: "no EKS cluster serves it", replacement: "rbac.authorization.k8s.io/v1" }, line: 6, column: 13, endLine: 6, endColumn: 46 }],
      output:
        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: reader\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: reader\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: reader\nsubjects:\n  - kind: ServiceAccount\n    name: reader\n",
    },
    // A List: each item is judged.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "settings" } },
            { "apiVersion": "scheduling.k8s.io/v1beta1", "kind": "PriorityClass", "metadata": { "name": "high" }, "value": 1000 }
          ]
        }
      `,
      errors: [{ messageId: "removed", data: { label: 'PriorityClass "high"', apiVersion: "scheduling.k8s.io/v1beta1", removed: "1.22", clusters: "no EKS cluster serves it", replacement: "scheduling.k8s.io/v1" }, line: 6, column: 21, endLine: 6, endColumn: 48 }],
      output:
        '{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": [\n    { "apiVersion": "v1", "kind": "ConfigMap", "metadata": { "name": "settings" } },\n    { "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": { "name": "high" }, "value": 1000 }\n  ]\n}\n',
    },
    // Workloads: apps/v1 takes the same fields once spec.selector is there (a suggestion: defaults change).
    {
      ...deployment("extensions/v1beta1", SELECTOR),
      errors: [
        {
          messageId: "removedWithChanges",
          data: { label: 'Deployment "web"', apiVersion: "extensions/v1beta1", removed: "1.16", clusters: "no EKS cluster serves it", replacement: "apps/v1", changes: "spec.selector is required and defaults such as the update strategy change" },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: "changeApiVersion",
              data: { replacement: "apps/v1" },
              output: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "apps/v1beta2",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "selector": { "matchLabels": { "app": "db" } },
            "serviceName": "db",
            "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } }
          }
        }
      `,
      errors: [
        {
          messageId: "removedWithChanges",
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: "changeApiVersion",
              output:
                '{\n  "apiVersion": "apps/v1",\n  "kind": "StatefulSet",\n  "metadata": { "name": "db" },\n  "spec": {\n    "selector": { "matchLabels": { "app": "db" } },\n    "serviceName": "db",\n    "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    // Without spec.selector, or with a field apps/v1 dropped, changing the version is not enough: no suggestion.
    {
      ...deployment("apps/v1beta1", ""),
      errors: [{ messageId: "removedWithChanges", line: 1, column: 13, endLine: 1, endColumn: 25, suggestions: null }],
    },
    {
      ...deployment("apps/v1beta1", `${SELECTOR}  rollbackTo:\n    revision: 2\n`),
      errors: [{ messageId: "removedWithChanges", line: 1, column: 13, endLine: 1, endColumn: 25, suggestions: null }],
    },
    // Fields renamed or newly required: the message says what changes, no edit.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
      `,
      errors: [
        {
          messageId: "removedWithChanges",
          data: {
            label: 'Ingress "web"',
            apiVersion: "networking.k8s.io/v1beta1",
            removed: "1.22",
            clusters: "no EKS cluster serves it",
            replacement: "networking.k8s.io/v1",
            changes: "spec.backend becomes spec.defaultBackend, serviceName and servicePort become service.name and service.port, and every path needs a pathType",
          },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 38,
          suggestions: null,
        },
      ],
    },
    // Nothing replaces PodSecurityPolicy.
    {
      ...yaml`
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata:
          name: restricted
      `,
      errors: [
        {
          messageId: "removedNoReplacement",
          data: { label: 'PodSecurityPolicy "restricted"', apiVersion: "policy/v1beta1", removed: "1.25", clusters: "no EKS cluster serves it", changes: "PodSecurityPolicy has no replacement: use Pod Security Admission or a policy engine" },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 27,
        },
      ],
    },
    // policy/v1 reads an empty selector as "every pod": suggested only when the selector is not empty.
    {
      ...yaml`
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          minAvailable: 1
          selector:
            matchLabels:
              app: web
      `,
      errors: [
        {
          messageId: "removedWithChanges",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 27,
          suggestions: [{ messageId: "changeApiVersion", output: "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n" }],
        },
      ],
    },
    {
      ...yaml`
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata:
          name: none
        spec:
          minAvailable: 1
          selector: {}
      `,
      errors: [{ messageId: "removedWithChanges", line: 1, column: 13, endLine: 1, endColumn: 27, suggestions: null }],
    },
    // Alpha versions of built-in groups: EKS never enables them.
    {
      ...yaml`
        apiVersion: admissionregistration.k8s.io/v1alpha1
        kind: MutatingAdmissionPolicy
        metadata:
          name: defaults
      `,
      errors: [{ messageId: "alpha", data: { label: 'MutatingAdmissionPolicy "defaults"', apiVersion: "admissionregistration.k8s.io/v1alpha1" }, line: 1, column: 13, endLine: 1, endColumn: 50 }],
    },
    // kubernetesVersion: removals after 1.32 count from their version on (a suggestion: the guide does not document them).
    {
      ...yaml`
        apiVersion: admissionregistration.k8s.io/v1beta1
        kind: ValidatingAdmissionPolicy
        metadata:
          name: demo
      `,
      options: [{ kubernetesVersion: "1.34" }],
      errors: [
        {
          messageId: "removed",
          data: { label: 'ValidatingAdmissionPolicy "demo"', apiVersion: "admissionregistration.k8s.io/v1beta1", removed: "1.34", clusters: "EKS clusters on Kubernetes 1.34 and later reject it", replacement: "admissionregistration.k8s.io/v1" },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 49,
          suggestions: [{ messageId: "changeApiVersion", output: "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: demo\n" }],
        },
      ],
    },
    // A version older than EKS runs changes nothing: what 1.32 removed is gone everywhere.
    {
      ...json`{ "apiVersion": "flowcontrol.apiserver.k8s.io/v1beta3", "kind": "FlowSchema", "metadata": { "name": "system" } }`,
      options: [{ kubernetesVersion: "1.29" }],
      errors: [
        {
          messageId: "removedWithChanges",
          data: {
            label: 'FlowSchema "system"',
            apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
            removed: "1.32",
            clusters: "no EKS cluster serves it",
            replacement: "flowcontrol.apiserver.k8s.io/v1",
            changes: "nominalConcurrencyShares defaults to 30 only when unset (an explicit 0 stays 0)",
          },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 55,
          suggestions: [{ messageId: "changeApiVersion", output: '{ "apiVersion": "flowcontrol.apiserver.k8s.io/v1", "kind": "FlowSchema", "metadata": { "name": "system" } }\n' }],
        },
      ],
    },
    // From 1.33 the kubelet no longer mounts gitRepo volumes.
    {
      ...yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: build
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: build
                  image: alpine:3.20
              volumes:
                - name: source
                  gitRepo:
                    repository: https://example.com/app.git
      `,
      options: [{ kubernetesVersion: "1.33" }],
      errors: [{ messageId: "gitRepo", data: { volume: '"source"', label: 'Job "build"', disabledIn: "1.33" }, line: 14, column: 11, endLine: 14, endColumn: 18 }],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "builder" },
          "spec": {
            "containers": [{ "name": "build", "image": "alpine:3.20" }],
            "volumes": [{ "name": "source", "gitRepo": { "repository": "https://example.com/app.git" } }]
          }
        }
      `,
      options: [{ kubernetesVersion: "1.35" }],
      errors: [{ messageId: "gitRepo", line: 7, column: 37, endLine: 7, endColumn: 46 }],
    },
    // A patch still carries the apiVersion it targets: judged like any object.
    {
      ...yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 4 * * *"
      `,
      filename: "overlays/prod/cronjob-patch.yaml",
      errors: [{ messageId: "removed", line: 1, column: 13, endLine: 1, endColumn: 26 }],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 4 * * *"\n',
    },
  ],
});
