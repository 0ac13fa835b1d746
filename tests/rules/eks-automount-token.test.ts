import rule from "../../src/rules/eks-automount-token.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-eks-workloads/**/*.yaml"] } };

runRule("eks-automount-token", rule, {
  valid: [
    // The pod turns it off (YAML 1.1: plain "no" is false).
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            automountServiceAccountToken: no
            containers: [{ name: web, image: "nginx:1.27" }]
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "automountServiceAccountToken": false, "containers": [{ "name": "web", "image": "nginx:1.27" }] }
      }
    `,
    // Its account (same file) turns it off and the pod does not say otherwise.
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: web }
      automountServiceAccountToken: false
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        serviceAccountName: web
        containers: [{ name: web, image: "nginx:1.27" }]
    `,
    // The default account of this file turns it off.
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: default }
      automountServiceAccountToken: false
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        containers: [{ name: web, image: "nginx:1.27" }]
    `,
    // The account in the project index turns it off.
    { ...yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: report, namespace: shop }
      spec:
        serviceAccountName: reader
        containers: [{ name: report, image: "report:1.0" }]
    `, settings: project },
    // A named account seen nowhere: silent.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        serviceAccountName: web
        containers: [{ name: web, image: "nginx:1.27" }]
    `,
    // Unknown values.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        automountServiceAccountToken: "\${AUTOMOUNT}"
        containers: [{ name: web, image: "nginx:1.27" }]
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: api }
      automountServiceAccountToken: "{{ automount }}"
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: api }
      spec:
        serviceAccountName: api
        containers: [{ name: api, image: "api:1.0" }]
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: other }
      spec:
        serviceAccountName: "\${ACCOUNT}"
        containers: [{ name: other, image: "other:1.0" }]
    `,
    // Fragments are not judged for what they leave out; custom resources are not judged.
    { ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        template:
          spec:
            containers: [{ name: web, image: "nginx:1.28" }]
    `, filename: "image-patch.yaml" },
    yaml`
      apiVersion: example.com/v1
      kind: Pod
      metadata: { name: web }
      spec:
        containers: [{ name: web, image: "nginx:1.27" }]
    `,
  ],
  invalid: [
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: "nginx:1.27" }]
      `,
      errors: [
        {
          messageId: "inherited",
          data: { workload: 'Deployment "web"', account: 'ServiceAccount "default"' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setFalse",
              output: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "nginx:1.27" }]
      automountServiceAccountToken: false
`,
            },
          ],
        },
      ],
    },
    // The pod turns it on (YAML 1.1: plain "yes" is true), over its account's false.
    {
      ...yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: web }
        automountServiceAccountToken: false
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          serviceAccountName: web
          automountServiceAccountToken: yes
          containers: [{ name: web, image: "nginx:1.27" }]
      `,
      errors: [
        {
          messageId: "podTrue",
          data: { workload: 'Pod "web"' },
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          suggestions: [
            {
              messageId: "setFalse",
              output: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web }
automountServiceAccountToken: false
---
apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  serviceAccountName: web
  automountServiceAccountToken: false
  containers: [{ name: web, image: "nginx:1.27" }]
`,
            },
          ],
        },
      ],
    },
    // A named account in the same List that says nothing; a Job.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "batch" } },
            {
              "apiVersion": "batch/v1",
              "kind": "Job",
              "metadata": { "name": "once" },
              "spec": { "template": { "spec": { "serviceAccountName": "batch", "restartPolicy": "Never", "containers": [{ "name": "once", "image": "once:1.0" }] } } }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "inherited",
          data: { workload: 'Job "once"', account: 'ServiceAccount "batch"' },
          line: 10,
          column: 31,
          endLine: 10,
          endColumn: 37,
          suggestions: [
            {
              messageId: "setFalse",
              output: `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "batch" } },
    {
      "apiVersion": "batch/v1",
      "kind": "Job",
      "metadata": { "name": "once" },
      "spec": { "template": { "spec": { "serviceAccountName": "batch", "restartPolicy": "Never", "containers": [{ "name": "once", "image": "once:1.0" }], "automountServiceAccountToken": false } } }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    // The account in the project index turns it on.
    {
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: operator, namespace: shop }
        spec:
          serviceAccountName: operator
          containers: [{ name: operator, image: "operator:1.0" }]
      `,
      settings: project,
      errors: [
        {
          messageId: "inherited",
          data: { workload: 'Pod "operator"', account: 'ServiceAccount "operator"' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          suggestions: [
            {
              messageId: "setFalse",
              output: `apiVersion: v1
kind: Pod
metadata: { name: operator, namespace: shop }
spec:
  serviceAccountName: operator
  containers: [{ name: operator, image: "operator:1.0" }]
  automountServiceAccountToken: false
`,
            },
          ],
        },
      ],
    },
  ],
});
