import rule from "../../src/rules/readonly-root-filesystem.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const KEY = "readonlyRootFilesystem";

runRule("readonly-root-filesystem", rule, {
  valid: [
    // Windows without runtimePlatform, shown by its containers (RULES.md, Decisions).
    json`
      {
        "family": "web",
        "containerDefinitions": [{ "name": "web", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/web:2.1", "credentialSpecs": ["credentialspec:arn:aws:ssm:us-east-1:111122223333:parameter/gmsa"] }]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/web:2.1
          mountPoints:
            - sourceVolume: logs
              containerPath: 'C:\\inetpub\\logs'
    `,
    json`
      {
        "family": "web",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true }]
      }
    `,
    yaml`
      family: web
      runtimePlatform:
        operatingSystemFamily: LINUX
      containerDefinitions:
        - name: web
          image: nginx:1.27
          readonlyRootFilesystem: true
    `,
    // Windows containers have no read-only root file system.
    yaml`
      family: win
      runtimePlatform:
        operatingSystemFamily: WINDOWS_SERVER_2022_CORE
        cpuArchitecture: X86_64
      containerDefinitions:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    `,
    // An operating system that cannot be read: skipped.
    json`{ "family": "web", "runtimePlatform": { "operatingSystemFamily": "\${OS_FAMILY}" }, "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }] }`,
    // Unknown values are not missing.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": "\${READ_ONLY}" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          readonlyRootFilesystem: !Ref ReadOnlyRoot
    `,
    yaml`
      x-hardening: &hardening
        readonlyRootFilesystem: true
      family: web
      containerDefinitions:
        - <<: *hardening
          name: web
          image: nginx:1.27
        - <<: *unresolved
          name: sidecar
          image: busybox:1.36
    `,
    // A string is valid-schema's business.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": "false" }] }`,
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "readonlyRootFilesystem": true }]`,
    // CloudFormation: "true" is true; intrinsics are unknown; a Windows task is skipped.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                ReadonlyRootFilesystem: "true"
              - Name: api
                Image: api:1.0
                ReadonlyRootFilesystem: !If [IsProd, true, false]
              - Name: worker
                Image: worker:1.0
                ReadonlyRootFilesystem: !Ref ReadonlyRoot
        Windows:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RuntimePlatform:
              OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
            ContainerDefinitions:
              - Name: iis
                Image: iis:1.0
    `,
    // Kubernetes: true (YAML 1.1 yes counts) on every container and init container.
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
                  readOnlyRootFilesystem: yes
            containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  readOnlyRootFilesystem: true
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": { "readOnlyRootFilesystem": true } }] } }`,
    // Windows pods (spec.os.name, the OS node selector, required node affinity) are skipped.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: iis
      spec:
        os: {name: windows}
        containers:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
            securityContext:
              readOnlyRootFilesystem: false
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "iis" }, "spec": { "nodeSelector": { "kubernetes.io/os": "windows" }, "containers": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" }] } }`,
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: iis
      spec:
        selector:
          matchLabels: {app: iis}
        template:
          metadata:
            labels: {app: iis}
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: kubernetes.io/os, operator: In, values: [windows]}
            containers:
              - name: iis
                image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    `,
    // An operating system that cannot be read: nothing is called missing.
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "os": { "name": "\${OS}" }, "containers": [{ "name": "web", "image": "nginx:1.27" }] } }`,
    // Fragments: a kustomize patch (by file name, or an apps/v1 workload without its required selector).
    {
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
                  image: nginx:1.27
      `,
      filename: "kustomize/overlays/dev/patch.yaml",
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    // Unknown values.
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
              readOnlyRootFilesystem: "{{ readOnly }}"
          - name: side
            image: busybox:1.36
            securityContext: "{{ securityContext }}"
    `,
    // A custom resource is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "readonlyRootFilesystem": false }
          ]
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { container: '"web"', key: KEY },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: KEY },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true },
    { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "readonlyRootFilesystem": false }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "disabled",
          data: { container: '"log_router"', key: KEY },
          line: 5,
          column: 126,
          endLine: 5,
          endColumn: 131,
          suggestions: [
            {
              messageId: "setTrue",
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27" },
    { "name": "log_router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable", "readonlyRootFilesystem": true }
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
        family: worker
        containerDefinitions:
          - name: worker
            image: example/worker:2.4.1
            essential: true
      `,
      errors: [
        {
          messageId: "missing",
          data: { container: '"worker"', key: KEY },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setTrue",
              output: `family: worker
containerDefinitions:
  - name: worker
    image: example/worker:2.4.1
    essential: true
    readonlyRootFilesystem: true
`,
            },
          ],
        },
      ],
    },
    {
      // null is absent: the suggestion replaces it.
      ...yaml`
        family: worker
        containerDefinitions:
          - name: worker
            image: example/worker:2.4.1
            readonlyRootFilesystem: null
      `,
      errors: [
        {
          messageId: "missing",
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setTrue",
              output: `family: worker
containerDefinitions:
  - name: worker
    image: example/worker:2.4.1
    readonlyRootFilesystem: true
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list is taken as Linux.
      ...json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
      errors: [
        {
          messageId: "missing",
          data: { container: '"web"', key: KEY },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 10,
          suggestions: [{ messageId: "setTrue", output: `[{ "name": "web", "image": "nginx:1.27", "essential": true, "readonlyRootFilesystem": true }]\n` }],
        },
      ],
    },
    {
      // describe-task-definition output; an unnamed container is reported at its first character.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [
              {
                "image": "nginx:1.27",
                "essential": true
              }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          data: { container: "#1", key: KEY },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 8,
          suggestions: [
            {
              messageId: "setTrue",
              output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [
      {
        "image": "nginx:1.27",
        "essential": true,
        "readonlyRootFilesystem": true
      }
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
      // CloudFormation: "false" is false (CloudFormation converts it); the suggestions write CloudFormation's key and a boolean.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                - Name: api
                  Image: api:1.0
                  ReadonlyRootFilesystem: "false"
      `,
      errors: [
        {
          messageId: "missing",
          data: { container: '"web"', key: "ReadonlyRootFilesystem" },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 15,
          suggestions: [{ messageId: "setTrue", data: { key: "ReadonlyRootFilesystem" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          ReadonlyRootFilesystem: true
        - Name: api
          Image: api:1.0
          ReadonlyRootFilesystem: "false"
` }],
        },
        {
          messageId: "disabled",
          data: { container: '"api"', key: "ReadonlyRootFilesystem" },
          line: 10,
          column: 35,
          endLine: 10,
          endColumn: 42,
          suggestions: [{ messageId: "setTrue", data: { key: "ReadonlyRootFilesystem" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
        - Name: api
          Image: api:1.0
          ReadonlyRootFilesystem: true
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
                "ContainerDefinitions": [
                  {
                    "Name": "web",
                    "Image": "web:1.0",
                    "Essential": true
                  },
                  { "Name": "api", "Image": "api:1.0", "ReadonlyRootFilesystem": false }
                ]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 19,
          suggestions: [{ messageId: "setTrue", data: { key: "ReadonlyRootFilesystem" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          {
            "Name": "web",
            "Image": "web:1.0",
            "Essential": true,
            "ReadonlyRootFilesystem": true
          },
          { "Name": "api", "Image": "api:1.0", "ReadonlyRootFilesystem": false }
        ]
      }
    }
  }
}
` }],
        },
        {
          messageId: "disabled",
          line: 12,
          column: 74,
          endLine: 12,
          endColumn: 79,
          suggestions: [{ messageId: "setTrue", data: { key: "ReadonlyRootFilesystem" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          {
            "Name": "web",
            "Image": "web:1.0",
            "Essential": true
          },
          { "Name": "api", "Image": "api:1.0", "ReadonlyRootFilesystem": true }
        ]
      }
    }
  }
}
` }],
        },
      ],
    },
    {
      // Kubernetes: absent (reported on the container's name); the suggestion adds a securityContext.
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "web" },
          "spec": {
            "containers": [
              { "name": "web", "image": "nginx:1.27" }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "kubernetesMissing",
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.readOnlyRootFilesystem" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "web" },
  "spec": {
    "containers": [
      { "name": "web", "image": "nginx:1.27", "securityContext": {"readOnlyRootFilesystem":true} }
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
      // False (YAML 1.1 no) on a container, absent on an init container with a securityContext.
      ...yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
          template:
            metadata:
              labels: {app: db}
            spec:
              nodeSelector:
                kubernetes.io/os: linux
              initContainers:
                - name: init
                  image: busybox:1.36
                  securityContext:
                    runAsUser: 1000
              containers:
                - name: db
                  image: postgres:16
                  securityContext:
                    readOnlyRootFilesystem: no
      `,
      errors: [
        {
          messageId: "kubernetesMissing",
          data: { container: 'Init container "init"', workload: 'StatefulSet "db"', key: "securityContext.readOnlyRootFilesystem" },
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
              output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      initContainers:
        - name: init
          image: busybox:1.36
          securityContext:
            runAsUser: 1000
            readOnlyRootFilesystem: true
      containers:
        - name: db
          image: postgres:16
          securityContext:
            readOnlyRootFilesystem: no
`,
            },
          ],
        },
        {
          messageId: "kubernetesDisabled",
          data: { container: 'Container "db"', workload: 'StatefulSet "db"', key: "securityContext.readOnlyRootFilesystem" },
          line: 24,
          column: 37,
          endLine: 24,
          endColumn: 39,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
              output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      nodeSelector:
        kubernetes.io/os: linux
      initContainers:
        - name: init
          image: busybox:1.36
          securityContext:
            runAsUser: 1000
      containers:
        - name: db
          image: postgres:16
          securityContext:
            readOnlyRootFilesystem: true
`,
            },
          ],
        },
      ],
    },
    {
      // Multi-document YAML: each document's own containers; an explicit Linux os.
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              os: {name: linux}
              restartPolicy: Never
              containers:
                - name: migrate
                  image: example/migrate:1.0
                  securityContext: {readOnlyRootFilesystem: false}
      `,
      errors: [
        {
          messageId: "kubernetesDisabled",
          data: { container: 'Container "migrate"', workload: 'Job "migrate"', key: "securityContext.readOnlyRootFilesystem" },
          line: 18,
          column: 53,
          endLine: 18,
          endColumn: 58,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
              output: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      os: {name: linux}
      restartPolicy: Never
      containers:
        - name: migrate
          image: example/migrate:1.0
          securityContext: {readOnlyRootFilesystem: true}
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
              name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [
        {
          messageId: "kubernetesMissing",
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.readOnlyRootFilesystem" },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
              output: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext: {readOnlyRootFilesystem: true}
`,
            },
          ],
        },
      ],
    },
    {
      // A fragment is judged on what it sets.
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
                    readOnlyRootFilesystem: false
                - name: sidecar
                  image: busybox:1.36
      `,
      filename: "rootfs-patch.yaml",
      errors: [
        {
          messageId: "kubernetesDisabled",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.readOnlyRootFilesystem" },
          line: 11,
          column: 37,
          endLine: 11,
          endColumn: 42,
          suggestions: [
            {
              messageId: "setTrue",
              data: { key: "securityContext.readOnlyRootFilesystem" },
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
            readOnlyRootFilesystem: true
        - name: sidecar
          image: busybox:1.36
`,
            },
          ],
        },
      ],
    },

  ],
});
