import rule from "../../src/rules/eks-pod-disruption-budget.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-eks-workloads/**/*.yaml"] } };

/** A Deployment of `replicas` pods labelled app: web (no replicas line when undefined). */
function deployment(name: string, replicas: number | undefined, app = "web"): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
${replicas === undefined ? "" : `  replicas: ${replicas}\n`}  selector: { matchLabels: { app: ${app} } }
  template:
    metadata: { labels: { app: ${app} } }
    spec:
      containers: [{ name: ${name}, image: "${name}:1.0" }]
`;
}

runRule("eks-pod-disruption-budget", rule, {
  valid: [
    yaml`
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web }
      spec:
        maxUnavailable: 1
        selector: { matchLabels: { app: web } }
    `,
    { syntax: "yaml", code: `${deployment("web", 3)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 2\n  selector: { matchLabels: { app: web } }\n` },
    // 50% of 3 rounds up to 2: one pod may go.
    { syntax: "yaml", code: `${deployment("web", 3)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 50%\n  selector: { matchLabels: { app: web } }\n` },
    // YAML 1.1: plain 010 is octal 8, below 9 replicas.
    { syntax: "yaml", code: `${deployment("web", 9)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 010\n  selector: { matchLabels: { app: web } }\n` },
    // An autoscaled workload: its replica count is the HPA's.
    { syntax: "yaml", code: `${deployment("web", undefined)}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: web }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  minReplicas: 3\n  maxReplicas: 9\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 1\n  selector: { matchLabels: { app: web } }\n` },
    // The workload is nowhere to be seen; a DaemonSet has no replica count; labels that cannot be read.
    yaml`
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web }
      spec:
        minAvailable: 1
        selector: { matchLabels: { app: web } }
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
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: agent }
      spec:
        minAvailable: 1
        selector: { matchLabels: { app: agent } }
    `,
    { syntax: "yaml", code: `${deployment("web", 1)}---\n${deployment("other", 1, '"${APP}"')}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 1\n  selector: { matchLabels: { app: web } }\n` },
    // Unknown values, a string that is not a percentage (valid-schema's), no selector, a custom resource.
    json`
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          { "apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": { "name": "a" }, "spec": { "maxUnavailable": "\${MAX}", "selector": { "matchLabels": { "app": "a" } } } },
          { "apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": { "name": "b" }, "spec": { "maxUnavailable": "0", "selector": { "matchLabels": { "app": "b" } } } },
          { "apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": { "name": "c" }, "spec": { "minAvailable": 1 } },
          { "apiVersion": "example.com/v1", "kind": "PodDisruptionBudget", "metadata": { "name": "d" }, "spec": { "maxUnavailable": 0 } }
        ]
      }
    `,
  ],
  invalid: [
    {
      ...yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: web }
        spec:
          maxUnavailable: 0
          selector: { matchLabels: { app: web } }
      `,
      errors: [
        {
          messageId: "noEviction",
          data: { pdb: 'PodDisruptionBudget "web"', member: "maxUnavailable", value: "0" },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 20,
          suggestions: [{ messageId: "setOne", output: "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: web } }\n" }],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "policy/v1",
          "kind": "PodDisruptionBudget",
          "metadata": { "name": "web" },
          "spec": { "maxUnavailable": "0%", "selector": { "matchLabels": { "app": "web" } } }
        }
      `,
      errors: [
        {
          messageId: "noEviction",
          data: { pdb: 'PodDisruptionBudget "web"', member: "maxUnavailable", value: '"0%"' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: "setOne",
              output: '{\n  "apiVersion": "policy/v1",\n  "kind": "PodDisruptionBudget",\n  "metadata": { "name": "web" },\n  "spec": { "maxUnavailable": 1, "selector": { "matchLabels": { "app": "web" } } }\n}\n',
            },
          ],
        },
      ],
    },
    // A List item; YAML 1.1: plain 00 is the integer 0.
    {
      ...yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: { name: web }
            spec:
              maxUnavailable: 00
              selector: { matchLabels: { app: web } }
      `,
      errors: [
        {
          messageId: "noEviction",
          data: { pdb: 'PodDisruptionBudget "web"', member: "maxUnavailable", value: "0" },
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 25,
          suggestions: [{ messageId: "setOne", output: "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: policy/v1\n    kind: PodDisruptionBudget\n    metadata: { name: web }\n    spec:\n      maxUnavailable: 1\n      selector: { matchLabels: { app: web } }\n" }],
        },
      ],
    },
    // 100% always; the report lands in the second document; even in a patch (the value is there).
    {
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: web }
        spec:
          minAvailable: "100%"
      `,
      filename: "pdb-patch.yaml",
      errors: [
        {
          messageId: "noEviction",
          data: { pdb: 'PodDisruptionBudget "web"', member: "minAvailable", value: '"100%"' },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 23,
          suggestions: [{ messageId: "useMaxUnavailable", output: "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings }\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  maxUnavailable: 1\n" }],
        },
      ],
    },
    // minAvailable 1 with one replica (absent replicas is 1).
    {
      syntax: "yaml",
      code: `${deployment("web", undefined)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 1\n  selector: { matchLabels: { app: web } }\n`,
      errors: [
        {
          messageId: "coversAll",
          data: { pdb: 'PodDisruptionBudget "web"', value: "1", workloads: 'Deployment "web"', count: 1 },
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 18,
          suggestions: [{ messageId: "useMaxUnavailable", output: `${deployment("web", undefined)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: web } }\n` }],
        },
      ],
    },
    // Two workloads share the labels: their pods add up; 60% of one pod rounds up to one.
    {
      syntax: "yaml",
      code: `${deployment("web", 1)}---\n${deployment("web-canary", 2)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 3\n  selector: { matchLabels: { app: web } }\n---\n${deployment("solo", 1, "solo")}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: solo }\nspec:\n  minAvailable: 60%\n  selector: { matchLabels: { app: solo } }\n`,
      errors: [
        {
          messageId: "coversAll",
          data: { pdb: 'PodDisruptionBudget "web"', value: "3", workloads: 'Deployment "web" and Deployment "web-canary"', count: 3 },
          line: 27,
          column: 17,
          endLine: 27,
          endColumn: 18,
          suggestions: [{ messageId: "useMaxUnavailable", output: `${deployment("web", 1)}---\n${deployment("web-canary", 2)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: web } }\n---\n${deployment("solo", 1, "solo")}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: solo }\nspec:\n  minAvailable: 60%\n  selector: { matchLabels: { app: solo } }\n` }],
        },
        {
          messageId: "coversAll",
          data: { pdb: 'PodDisruptionBudget "solo"', value: '"60%"', workloads: 'Deployment "solo"', count: 1 },
          line: 45,
          column: 17,
          endLine: 45,
          endColumn: 20,
          suggestions: [{ messageId: "useMaxUnavailable", output: `${deployment("web", 1)}---\n${deployment("web-canary", 2)}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\nspec:\n  minAvailable: 3\n  selector: { matchLabels: { app: web } }\n---\n${deployment("solo", 1, "solo")}---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: solo }\nspec:\n  maxUnavailable: 1\n  selector: { matchLabels: { app: solo } }\n` }],
        },
      ],
    },
    // The workload is in the project index (tests/fixtures/project-eks-workloads/catalog.yaml, 2 replicas).
    {
      ...json`
        {
          "apiVersion": "policy/v1",
          "kind": "PodDisruptionBudget",
          "metadata": { "name": "catalog", "namespace": "shop" },
          "spec": { "minAvailable": 2, "maxUnavailable": null, "selector": { "matchLabels": { "app": "catalog" } } }
        }
      `,
      settings: project,
      errors: [{ messageId: "coversAll", data: { pdb: 'PodDisruptionBudget "catalog"', value: "2", workloads: 'Deployment "catalog"', count: 2 }, line: 5, column: 29, endLine: 5, endColumn: 30, suggestions: null }],
    },
  ],
});
