import rule from "../../src/rules/no-host-namespaces.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("no-host-namespaces", rule, {
  valid: [
    json`
      {
        "family": "web",
        "networkMode": "awsvpc",
        "pidMode": "task",
        "ipcMode": "none",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
      }
    `,
    yaml`
      family: web
      networkMode: bridge
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "networkMode": "\${NETWORK_MODE}", "pidMode": "{{ pid_mode }}", "containerDefinitions": [] }`,
    yaml`
      family: web
      networkMode: !Ref NetworkMode
      ipcMode: !FindInMap [Modes, !Ref Env, Ipc]
      containerDefinitions: []
    `,
    yaml`
      family: web
      <<: *unresolved
      containerDefinitions: []
    `,
    // Values outside the enum are valid-schema's business.
    json`{ "family": "web", "networkMode": "HOST", "containerDefinitions": [] }`,
    // A bare container list has no task level.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
    // Not a task definition.
    json`{ "networkMode": "host" }`,
    // CloudFormation: modes from intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !Ref NetworkMode
            PidMode: !If [SharePids, host, !Ref AWS::NoValue]
            IpcMode: !Sub "\${IpcMode}"
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
    `,
    // Kubernetes: false or absent.
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
            hostNetwork: false
            hostPID: no
            containers:
              - name: web
                image: nginx:1.27
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "hostIPC": false, "containers": [{ "name": "web", "image": "nginx:1.27" }] } }`,
    // Unknown values, and a quoted string (valid-schema's business).
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "hostNetwork": "\${HOST_NETWORK}", "containers": [{ "name": "web", "image": "nginx:1.27" }] } }`,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        hostNetwork: "{{ hostNetwork }}"
        hostPID: "true"
        containers:
          - name: web
            image: nginx:1.27
    `,
    // A custom resource is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: web
                image: nginx:1.27
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "agent",
          "networkMode": "host",
          "pidMode": "host",
          "ipcMode": "host",
          "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "networkMode", suggested: "awsvpc" },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "networkMode", value: "awsvpc" },
              output: `{
  "family": "agent",
  "networkMode": "awsvpc",
  "pidMode": "host",
  "ipcMode": "host",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
        {
          messageId: "pidHost",
          data: { key: "pidMode" },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "pidMode", value: "task" },
              output: `{
  "family": "agent",
  "networkMode": "host",
  "pidMode": "task",
  "ipcMode": "host",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
        {
          messageId: "ipcHost",
          data: { key: "ipcMode" },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "ipcMode", value: "task" },
              output: `{
  "family": "agent",
  "networkMode": "host",
  "pidMode": "host",
  "ipcMode": "task",
  "containerDefinitions": [{ "name": "agent", "image": "amazon/cloudwatch-agent:1.300" }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // External instances (ECS Anywhere) have no awsvpc: suggest bridge. A quoted YAML string stays quoted.
      ...yaml`
        family: edge
        requiresCompatibilities: [EXTERNAL]
        networkMode: "host"
        containerDefinitions:
          - name: edge
            image: nginx:1.27
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "networkMode", suggested: "bridge" },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            {
              messageId: "useValue",
              data: { key: "networkMode", value: "bridge" },
              output: `family: edge
requiresCompatibilities: [EXTERNAL]
networkMode: "bridge"
containerDefinitions:
  - name: edge
    image: nginx:1.27
`,
            },
          ],
        },
      ],
    },
    {
      // Fargate has no ipcMode at all: suggest removing it.
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "networkMode": "awsvpc",
          "ipcMode": "host",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
        }
      `,
      errors: [
        {
          messageId: "ipcHost",
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: "remove",
              data: { key: "ipcMode" },
              output: `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Windows has no pidMode: suggest removing it (its YAML line goes).
      ...yaml`
        family: win
        runtimePlatform:
          operatingSystemFamily: WINDOWS_SERVER_2022_CORE
        pidMode: host
        containerDefinitions:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
      `,
      errors: [
        {
          messageId: "pidHost",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: "remove",
              output: `family: win
runtimePlatform:
  operatingSystemFamily: WINDOWS_SERVER_2022_CORE
containerDefinitions:
  - name: iis
    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
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
            "networkMode": "host",
            "containerDefinitions": []
          }
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: "useValue",
              output: `{
  "taskDefinition": {
    "family": "web",
    "networkMode": "awsvpc",
    "containerDefinitions": []
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: the suggestions write CloudFormation's keys.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: host
              PidMode: host
              IpcMode: host
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "NetworkMode", suggested: "awsvpc" },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 24,
          suggestions: [{ messageId: "useValue", data: { key: "NetworkMode", value: "awsvpc" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      PidMode: host
      IpcMode: host
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
        {
          messageId: "pidHost",
          data: { key: "PidMode" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 20,
          suggestions: [{ messageId: "useValue", data: { key: "PidMode", value: "task" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      PidMode: task
      IpcMode: host
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
        {
          messageId: "ipcHost",
          data: { key: "IpcMode" },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 20,
          suggestions: [{ messageId: "useValue", data: { key: "IpcMode", value: "task" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      PidMode: host
      IpcMode: task
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
` }],
        },
      ],
    },
    {
      // External instances: bridge; Windows has no pidMode: remove it.
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RequiresCompatibilities": ["EXTERNAL"],
                "NetworkMode": "host",
                "PidMode": "host",
                "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
                "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "networkHost",
          data: { key: "NetworkMode", suggested: "bridge" },
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 30,
          suggestions: [{ messageId: "useValue", data: { key: "NetworkMode", value: "bridge" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["EXTERNAL"],
        "NetworkMode": "bridge",
        "PidMode": "host",
        "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
      }
    }
  }
}
` }],
        },
        {
          messageId: "pidHost",
          data: { key: "PidMode" },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 26,
          suggestions: [{ messageId: "remove", data: { key: "PidMode" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["EXTERNAL"],
        "NetworkMode": "host",
        "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }]
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Kubernetes: hostNetwork on a Pod; set it false or remove it.
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "probe" },
          "spec": {
            "hostNetwork": true,
            "containers": [{ "name": "probe", "image": "example/probe:1.0" }]
          }
        }
      `,
      errors: [
        {
          messageId: "hostNetwork",
          data: { workload: 'Pod "probe"', key: "hostNetwork" },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 24,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "hostNetwork" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "probe" },
  "spec": {
    "hostNetwork": false,
    "containers": [{ "name": "probe", "image": "example/probe:1.0" }]
  }
}
`,
            },
            {
              messageId: "remove",
              data: { key: "hostNetwork" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "probe" },
  "spec": {
    "containers": [{ "name": "probe", "image": "example/probe:1.0" }]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // hostPID and hostIPC (YAML 1.1 yes and on) in a DaemonSet's pod template.
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-exporter
        spec:
          selector:
            matchLabels: {app: node-exporter}
          template:
            metadata:
              labels: {app: node-exporter}
            spec:
              hostPID: yes
              hostIPC: on
              containers:
                - name: exporter
                  image: prom/node-exporter:v1.8.2
      `,
      errors: [
        {
          messageId: "hostPID",
          data: { workload: 'DaemonSet "node-exporter"', key: "hostPID" },
          line: 12,
          column: 16,
          endLine: 12,
          endColumn: 19,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "hostPID" },
              output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      hostPID: false
      hostIPC: on
      containers:
        - name: exporter
          image: prom/node-exporter:v1.8.2
`,
            },
            {
              messageId: "remove",
              data: { key: "hostPID" },
              output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      hostIPC: on
      containers:
        - name: exporter
          image: prom/node-exporter:v1.8.2
`,
            },
          ],
        },
        {
          messageId: "hostIPC",
          data: { workload: 'DaemonSet "node-exporter"', key: "hostIPC" },
          line: 13,
          column: 16,
          endLine: 13,
          endColumn: 18,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "hostIPC" },
              output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      hostPID: yes
      hostIPC: false
      containers:
        - name: exporter
          image: prom/node-exporter:v1.8.2
`,
            },
            {
              messageId: "remove",
              data: { key: "hostIPC" },
              output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      hostPID: yes
      containers:
        - name: exporter
          image: prom/node-exporter:v1.8.2
`,
            },
          ],
        },
      ],
    },
    {
      // Multi-document YAML, a CronJob: the report lands in its own document.
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          hostNetwork: "true"
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: sweep
        spec:
          schedule: "@hourly"
          jobTemplate:
            spec:
              template:
                spec:
                  hostNetwork: true
                  restartPolicy: Never
                  containers:
                    - name: sweep
                      image: example/sweep:1.0
      `,
      errors: [
        {
          messageId: "hostNetwork",
          data: { workload: 'CronJob "sweep"', key: "hostNetwork" },
          line: 18,
          column: 24,
          endLine: 18,
          endColumn: 28,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "hostNetwork" },
              output: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  hostNetwork: "true"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sweep
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          hostNetwork: false
          restartPolicy: Never
          containers:
            - name: sweep
              image: example/sweep:1.0
`,
            },
            {
              messageId: "remove",
              data: { key: "hostNetwork" },
              output: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  hostNetwork: "true"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sweep
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: sweep
              image: example/sweep:1.0
`,
            },
          ],
        },
      ],
    },
    {
      // A List's items; a fragment is judged on what it sets.
      ...yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec: {hostIPC: true}
      `,
      filename: "host-patch.yaml",
      errors: [
        {
          messageId: "hostIPC",
          data: { workload: 'Deployment "web"', key: "hostIPC" },
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 29,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "hostIPC" },
              output: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec: {hostIPC: false}
`,
            },
            {
              messageId: "remove",
              data: { key: "hostIPC" },
              output: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec: {}
`,
            },
          ],
        },
      ],
    },

  ],
});
