import rule from "../../src/rules/no-privileged.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("no-privileged", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "privileged": false },
          { "name": "sidecar", "image": "busybox:1.36" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          privileged: false
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": "\${PRIVILEGED}" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          privileged: !Ref Privileged
    `,
    yaml`
      family: web
      containerDefinitions:
        - <<: *unresolved
          name: web
          image: nginx:1.27
    `,
    // A string is valid-schema's business.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": "true" }] }`,
    // null is absent.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": null }] }`,
    // Not a task definition.
    json`{ "name": "web", "privileged": true }`,
    // CloudFormation: "false" is false; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                Privileged: "false"
              - Name: agent
                Image: agent:1.0
                Privileged: !If [IsDebug, true, false]
              - Name: side
                Image: side:1.0
                Privileged: !Ref Privileged
    `,
    // Kubernetes: privileged false or absent, containers and init containers.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            initContainers:
              - name: setup
                image: busybox:1.36
                securityContext:
                  privileged: no
            containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  privileged: false
              - name: sidecar
                image: busybox:1.36
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": { "privileged": false } }] }
      }
    `,
    // Unknown values: placeholders.
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": { "privileged": "\${PRIVILEGED}" } }] } }`,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            securityContext:
              privileged: "{{ privileged }}"
    `,
    // A quoted "true" is a string, which the API server refuses (valid-schema's business).
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            securityContext:
              privileged: "true"
    `,
    // Pods have no privileged member: a pod-level one is not read.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext:
          privileged: true
        containers:
          - name: web
            image: nginx:1.27
    `,
    // A custom resource that happens to be called Pod is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            securityContext:
              privileged: true
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "privileged": true }
          ]
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "privileged" },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "privileged" },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "privileged": false }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - name: agent
            image: amazon/cloudwatch-agent:1.300
            privileged: true
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"agent"', key: "privileged" },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: "setFalse",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
  - name: agent
    image: amazon/cloudwatch-agent:1.300
    privileged: false
`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "image": "nginx:1.27", "privileged": true }]
          }
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: "#1", key: "privileged" },
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 73,
          suggestions: [
            {
              messageId: "setFalse",
              output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [{ "image": "nginx:1.27", "privileged": false }]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list (Terraform container_definitions).
      ...json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "privileged": true }]`,
      errors: [
        {
          messageId: "privileged",
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 79,
          suggestions: [{ messageId: "setFalse", output: `[{ "name": "web", "image": "nginx:1.27", "essential": true, "privileged": false }]\n` }],
        },
      ],
    },
    {
      // A value reached through a YAML alias is reported at the alias.
      ...yaml`
        x-privileged: &on true
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            privileged: *on
      `,
      errors: [
        {
          messageId: "privileged",
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: "setFalse",
              output: `x-privileged: &on true
family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    privileged: false
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: "true" is true (CloudFormation converts it); the suggestion writes a boolean.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                  Privileged: "true"
                - Name: agent
                  Image: agent:1.0
                  Privileged: true
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "Privileged" },
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 29,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          Privileged: false
        - Name: agent
          Image: agent:1.0
          Privileged: true
` }],
        },
        {
          messageId: "privileged",
          data: { container: '"agent"', key: "Privileged" },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 27,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          Privileged: "true"
        - Name: agent
          Image: agent:1.0
          Privileged: false
` }],
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0", "Privileged": "true" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "Privileged" },
          line: 6,
          column: 85,
          endLine: 6,
          endColumn: 91,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0", "Privileged": false }]
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Kubernetes: a container's securityContext.privileged.
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "agent" },
          "spec": {
            "containers": [
              { "name": "agent", "image": "example/agent:1.0", "securityContext": { "privileged": true } }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Container "agent"', workload: 'Pod "agent"', key: "securityContext.privileged" },
          line: 7,
          column: 91,
          endLine: 7,
          endColumn: 95,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "agent" },
  "spec": {
    "containers": [
      { "name": "agent", "image": "example/agent:1.0", "securityContext": { "privileged": false } }
    ]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A CSI node plugin: Bidirectional mount propagation needs privilege, so the message says so and nothing suggests privileged: false alone.
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: csi-node }
        spec:
          selector: { matchLabels: { app: csi-node } }
          template:
            metadata: { labels: { app: csi-node } }
            spec:
              containers:
                - name: plugin
                  image: example/csi:1.0
                  securityContext: { privileged: true }
                  volumeMounts:
                    - name: socket-dir
                      mountPath: /csi
                    - name: kubelet-dir
                      mountPath: /var/lib/kubelet
                      mountPropagation: Bidirectional
              volumes:
                - { name: socket-dir, hostPath: { path: /var/lib/kubelet/plugins/example, type: DirectoryOrCreate } }
                - { name: kubelet-dir, hostPath: { path: /var/lib/kubelet, type: Directory } }
      `,
      errors: [
        {
          messageId: "kubernetesPrivilegedMount",
          data: { container: 'Container "plugin"', workload: 'DaemonSet "csi-node"', key: "securityContext.privileged", volume: '"kubelet-dir"' },
          line: 12, column: 42, endLine: 12, endColumn: 46,
          suggestions: null,
        },
      ],
    },
    {
      // HostToContainer needs no privilege: the usual message and suggestion.
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "watcher" },
          "spec": {
            "containers": [
              { "name": "watch", "image": "example/watch:1.0", "securityContext": { "privileged": true }, "volumeMounts": [{ "name": "host", "mountPath": "/host", "mountPropagation": "HostToContainer" }] }
            ],
            "volumes": [{ "name": "host", "hostPath": { "path": "/" } }]
          }
        }
      `,
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Container "watch"', workload: 'Pod "watcher"', key: "securityContext.privileged" },
          line: 7, column: 91, endLine: 7, endColumn: 95,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "watcher" },
  "spec": {
    "containers": [
      { "name": "watch", "image": "example/watch:1.0", "securityContext": { "privileged": false }, "volumeMounts": [{ "name": "host", "mountPath": "/host", "mountPropagation": "HostToContainer" }] }
    ],
    "volumes": [{ "name": "host", "hostPath": { "path": "/" } }]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // An init container, YAML 1.1 yes.
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-agent
        spec:
          selector:
            matchLabels: {app: node-agent}
          template:
            metadata:
              labels: {app: node-agent}
            spec:
              initContainers:
                - name: sysctl
                  image: busybox:1.36
                  securityContext:
                    privileged: yes
              containers:
                - name: agent
                  image: example/agent:1.0
      `,
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Init container "sysctl"', workload: 'DaemonSet "node-agent"', key: "securityContext.privileged" },
          line: 16,
          column: 25,
          endLine: 16,
          endColumn: 28,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels: {app: node-agent}
  template:
    metadata:
      labels: {app: node-agent}
    spec:
      initContainers:
        - name: sysctl
          image: busybox:1.36
          securityContext:
            privileged: false
      containers:
        - name: agent
          image: example/agent:1.0
`,
            },
          ],
        },
      ],
    },
    {
      // Multi-document YAML: the report lands in the second document; a CronJob's template.
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: backup
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: backup
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: backup
                      image: example/backup:1.0
                      securityContext: {privileged: true}
      `,
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Container "backup"', workload: 'CronJob "backup"', key: "securityContext.privileged" },
          line: 22,
          column: 45,
          endLine: 22,
          endColumn: 49,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `apiVersion: v1
kind: Service
metadata:
  name: backup
spec:
  ports: [{port: 80}]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: example/backup:1.0
              securityContext: {privileged: false}
`,
            },
          ],
        },
      ],
    },
    {
      // A List's items.
      ...yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata:
              name: debug
            spec:
              containers:
                - name: shell
                  image: busybox:1.36
                  securityContext:
                    privileged: true
      `,
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Container "shell"', workload: 'Pod "debug"', key: "securityContext.privileged" },
          line: 13,
          column: 25,
          endLine: 13,
          endColumn: 29,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: debug
    spec:
      containers:
        - name: shell
          image: busybox:1.36
          securityContext:
            privileged: false
`,
            },
          ],
        },
      ],
    },
    {
      // A fragment (kustomize patch) is still judged on what it sets.
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  securityContext:
                    privileged: true
      `,
      filename: "privileged-patch.yaml",
      errors: [
        {
          messageId: "kubernetesPrivileged",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.privileged" },
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.privileged" },
              output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          securityContext:
            privileged: false
`,
            },
          ],
        },
      ],
    },

  ],
});
