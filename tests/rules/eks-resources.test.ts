import rule from "../../src/rules/eks-resources.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const ALL = { missing: "CPU request, memory request or memory limit", members: "resources.requests.cpu, resources.requests.memory and resources.limits.memory" };
/** Why, in the message: the scheduler, Fargate (not for a DaemonSet) and the memory limit (when it is missing). */
const WHY = "the scheduler places pods by their requests, Fargate sizes its pods from them and a container without a memory limit can take the node's memory";
const WHY_DAEMON_SET = "the scheduler places pods by their requests and a container without a memory limit can take the node's memory";
const WHY_WITH_LIMIT = "the scheduler places pods by their requests and Fargate sizes its pods from them";

runRule("eks-resources", rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            initContainers:
              - name: migrate
                image: migrate:1.0
                resources:
                  requests: { cpu: 100m, memory: 64Mi }
                  limits: { memory: 64Mi }
            containers:
              - name: web
                image: nginx:1.27
                resources:
                  requests:
                    cpu: 250m
                    memory: 512Mi
                  limits:
                    memory: 1Gi
    `,
    // A limit without a request counts as the request; numbers are quantities too.
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "resources": { "limits": { "cpu": 1, "memory": "512Mi" } } }] }
      }
    `,
    // Unknown values count as set.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources: "\${RESOURCES}"
          - name: side
            image: side:1.0
            resources:
              requests: "{{ requests }}"
              limits: { memory: "\${MEMORY}" }
    `,
    // Pod-level resources (Kubernetes 1.32+) cover the containers.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        resources:
          requests: { cpu: "1", memory: 1Gi }
          limits: { memory: 1Gi }
        containers:
          - name: web
            image: nginx:1.27
    `,
    // A kustomize patch, and an apps/v1 workload without the selector the API requires (an overlay), are fragments.
    { ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        template:
          spec:
            containers:
              - name: web
                image: nginx:1.28
    `, filename: "deployment-patch.yaml" },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        template:
          spec:
            containers:
              - name: web
                image: nginx:1.28
    `,
    // Custom resources are not judged.
    yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    // Not Kubernetes.
    json`{ "containers": [{ "name": "web", "image": "nginx:1.27" }] }`,
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
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [{ messageId: "missing", data: { container: 'Container "web"', workload: 'Deployment "web"', why: WHY, ...ALL }, line: 10, column: 11, endLine: 10, endColumn: 15 }],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "web" },
          "spec": {
            "containers": [
              { "name": "web", "image": "nginx:1.27", "resources": { "requests": { "cpu": "250m" } } },
              { "name": "side", "image": "side:1.0", "resources": { "requests": { "cpu": "0", "memory": "128Mi" } } }
            ]
          }
        }
      `,
      errors: [
        { messageId: "missing", data: { container: 'Container "web"', workload: 'Pod "web"', why: WHY, missing: "memory request or memory limit", members: "resources.requests.memory and resources.limits.memory" }, line: 7, column: 9, endLine: 7, endColumn: 15 },
        { messageId: "missing", data: { container: 'Container "side"', workload: 'Pod "web"', why: WHY, missing: "CPU request or memory limit", members: "resources.requests.cpu and resources.limits.memory" }, line: 8, column: 9, endLine: 8, endColumn: 15 },
      ],
    },
    // Init containers too; the report lands in the right document of a multi-document file.
    {
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings }
        data: { a: b }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: wait
                  image: busybox:1.36
                  resources:
                    requests: { cpu: 10m, memory: 16Mi }
              containers:
                - name: migrate
                  image: migrate:1.0
                  resources:
                    requests: { cpu: 500m, memory: 0 }
                    limits: { memory: 512Mi }
      `,
      errors: [{ messageId: "missing", data: { container: 'Init container "wait"', workload: 'Job "migrate"', why: WHY, missing: "memory limit", members: "resources.limits.memory" }, line: 14, column: 11, endLine: 14, endColumn: 15 }],
    },
    // A memory limit but no CPU request: the message gives only the reasons that apply.
    {
      ...json`
        { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "api" }, "spec": { "containers": [{ "name": "api", "image": "api:2.0", "resources": { "limits": { "memory": "256Mi" } } }] } }
      `,
      errors: [{ messageId: "missing", data: { container: 'Container "api"', workload: 'Pod "api"', why: WHY_WITH_LIMIT, missing: "CPU request", members: "resources.requests.cpu" }, line: 1, column: 96, endLine: 1, endColumn: 102 }],
    },
    // A DaemonSet: Fargate runs none, so the message leaves Fargate's sizing out.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              containers:
                - name: agent
                  image: agent:2.1
      `,
      errors: [{ messageId: "missing", data: { container: 'Container "agent"', workload: 'DaemonSet "agent"', why: WHY_DAEMON_SET, ...ALL }, line: 10, column: 11, endLine: 10, endColumn: 15 }],
    },
    // A List, and a container without a name (reported where it starts).
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "batch/v1",
              "kind": "CronJob",
              "metadata": { "name": "nightly" },
              "spec": {
                "schedule": "0 3 * * *",
                "jobTemplate": { "spec": { "template": { "spec": { "restartPolicy": "Never", "containers": [{ "image": "task:1.0" }] } } } }
              }
            }
          ]
        }
      `,
      errors: [{ messageId: "missing", data: { container: "Container #1", workload: 'CronJob "nightly"', why: WHY, ...ALL }, line: 11, column: 101, endLine: 11, endColumn: 102 }],
    },
  ],
});
