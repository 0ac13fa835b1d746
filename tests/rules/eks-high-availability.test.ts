import rule from "../../src/rules/eks-high-availability.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-eks-workloads/**/*.yaml"] } };

runRule("eks-high-availability", rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 3
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            topologySpreadConstraints:
              - maxSkew: 1
                topologyKey: kubernetes.io/hostname
                whenUnsatisfiable: ScheduleAnyway
              - maxSkew: 1
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: DoNotSchedule
            containers: [{ name: web, image: "nginx:1.27" }]
    `,
    json`
      {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": { "name": "db" },
        "spec": {
          "replicas": 2,
          "selector": { "matchLabels": { "app": "db" } },
          "template": {
            "metadata": { "labels": { "app": "db" } },
            "spec": {
              "affinity": { "podAntiAffinity": { "requiredDuringSchedulingIgnoredDuringExecution": [{ "topologyKey": "kubernetes.io/hostname", "labelSelector": { "matchLabels": { "app": "db" } } }] } },
              "containers": [{ "name": "db", "image": "postgres:16" }]
            }
          }
        }
      }
    `,
    // An HPA in the same file owns the replica count: its minimum decides.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway }]
            containers: [{ name: web, image: "nginx:1.27" }]
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
        minReplicas: 3
        maxReplicas: 10
    `,
    // The HPA in the project index (tests/fixtures/project-eks-workloads/hpa.yaml, minReplicas 2).
    { ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api, namespace: shop }
      spec:
        replicas: 1
        selector: { matchLabels: { app: api } }
        template:
          metadata: { labels: { app: api } }
          spec:
            affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } }
            containers: [{ name: api, image: "api:1.0" }]
    `, settings: project },
    // A KEDA ScaledObject may scale to zero by design.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: worker }
      spec:
        selector: { matchLabels: { app: worker } }
        template:
          metadata: { labels: { app: worker } }
          spec:
            containers: [{ name: worker, image: "worker:1.0" }]
      ---
      apiVersion: keda.sh/v1alpha1
      kind: ScaledObject
      metadata: { name: worker }
      spec:
        scaleTargetRef: { name: worker }
    `,
    // Scaled to zero on purpose; other kinds; unknown values.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: off }
      spec:
        replicas: 0
        selector: { matchLabels: { app: off } }
        template:
          metadata: { labels: { app: off } }
          spec:
            containers: [{ name: off, image: "off:1.0" }]
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            containers: [{ name: agent, image: "agent:1.0" }]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: templated }
      spec:
        replicas: "\${REPLICAS}"
        selector: { matchLabels: { app: templated } }
        template:
          metadata: { labels: { app: templated } }
          spec:
            containers: [{ name: templated, image: "templated:1.0" }]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: spread }
      spec:
        replicas: 3
        selector: { matchLabels: { app: spread } }
        template:
          metadata: { labels: { app: spread } }
          spec:
            topologySpreadConstraints: "{{ constraints }}"
            containers: [{ name: spread, image: "spread:1.0" }]
    `,
    // Fragments: what they leave out is not judged.
    { ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 3
    `, filename: "replicas-patch.yaml" },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        template:
          spec:
            containers: [{ name: web, image: "nginx:1.28" }]
    `,
    // Custom resources are not judged.
    yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        replicas: 1
        selector: { matchLabels: { app: web } }
        template:
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
          replicas: 1
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: "nginx:1.27" }]
      `,
      errors: [
        {
          messageId: "singleReplica",
          data: { workload: 'Deployment "web"' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: "setReplicas",
              output: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "nginx:1.27" }]
`,
            },
          ],
        },
      ],
    },
    // Absent replicas means 1: reported on spec, where it goes.
    {
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": { "selector": { "matchLabels": { "app": "db" } }, "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } } }
        }
      `,
      errors: [
        {
          messageId: "singleReplica",
          data: { workload: 'StatefulSet "db"' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setReplicas",
              output: `{
  "apiVersion": "apps/v1",
  "kind": "StatefulSet",
  "metadata": { "name": "db" },
  "spec": { "selector": { "matchLabels": { "app": "db" } }, "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } }, "replicas": 2 }
}
`,
            },
          ],
        },
      ],
    },
    // Several replicas, spread over hosts only: reported on the pod spec, with a zone constraint to add.
    {
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          replicas: 3
          selector:
            matchLabels: { app: web, tier: front }
          template:
            metadata: { labels: { app: web, tier: front } }
            spec:
              topologySpreadConstraints:
                - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }
              containers: [{ name: web, image: "nginx:1.27" }]
      `,
      errors: [
        {
          messageId: "notSpread",
          data: { workload: 'Deployment "web"', replicas: 3, zoneKey: "topology.kubernetes.io/zone" },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 9,
          suggestions: [
            {
              messageId: "addSpread",
              data: { zoneKey: "topology.kubernetes.io/zone" },
              output: `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 3
  selector:
    matchLabels: { app: web, tier: front }
  template:
    metadata: { labels: { app: web, tier: front } }
    spec:
      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }
        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web, tier: front}}}
      containers: [{ name: web, image: "nginx:1.27" }]
`,
            },
          ],
        },
      ],
    },
    // An HPA that may scale to one; a List item with matchExpressions (no suggestion).
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "apps/v1",
              "kind": "Deployment",
              "metadata": { "name": "web" },
              "spec": {
                "replicas": 4,
                "selector": { "matchLabels": { "app": "web" } },
                "template": { "metadata": { "labels": { "app": "web" } }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }] } }
              }
            },
            {
              "apiVersion": "autoscaling/v2",
              "kind": "HorizontalPodAutoscaler",
              "metadata": { "name": "web" },
              "spec": { "scaleTargetRef": { "apiVersion": "apps/v1", "kind": "Deployment", "name": "web" }, "maxReplicas": 8 }
            },
            {
              "apiVersion": "apps/v1",
              "kind": "StatefulSet",
              "metadata": { "name": "cache" },
              "spec": {
                "replicas": 2,
                "selector": { "matchExpressions": [{ "key": "app", "operator": "In", "values": ["cache"] }] },
                "template": { "metadata": { "labels": { "app": "cache" } }, "spec": { "containers": [{ "name": "cache", "image": "redis:7" }] } }
              }
            }
          ]
        }
      `,
      errors: [
        { messageId: "autoscaledToOne", data: { workload: 'Deployment "web"', autoscaler: 'HorizontalPodAutoscaler "web"' }, line: 10, column: 21, endLine: 10, endColumn: 22, suggestions: null },
        { messageId: "notSpread", data: { workload: 'StatefulSet "cache"', replicas: 2, zoneKey: "topology.kubernetes.io/zone" }, line: 28, column: 69, endLine: 28, endColumn: 75, suggestions: null },
      ],
    },
    // A patch that sets one replica is judged: the value is there.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          replicas: 1
      `,
      filename: "replicas-patch.yaml",
      errors: [{ messageId: "singleReplica", data: { workload: 'Deployment "web"' }, line: 5, column: 13, endLine: 5, endColumn: 14, suggestions: [{ messageId: "setReplicas", output: "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  replicas: 2\n" }] }],
    },
    // The HPA in the project index allows one replica (tests/fixtures/project-eks-workloads/hpa.yaml).
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: worker, namespace: shop }
        spec:
          selector: { matchLabels: { app: worker } }
          template:
            metadata: { labels: { app: worker } }
            spec:
              containers: [{ name: worker, image: "worker:1.0" }]
      `,
      settings: project,
      errors: [{ messageId: "autoscaledToOne", data: { workload: 'Deployment "worker"', autoscaler: 'HorizontalPodAutoscaler "worker"' }, line: 4, column: 1, endLine: 4, endColumn: 5, suggestions: null }],
    },
  ],
});
