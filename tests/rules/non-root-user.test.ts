import rule from "../../src/rules/non-root-user.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("non-root-user", rule, {
  valid: [
    // Windows without runtimePlatform, shown by its containers (RULES.md, Decisions): no Linux user to set.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: mcr.microsoft.com/dotnet/framework/aspnet:4.8
          workingDirectory: C:\\inetpub\\wwwroot
    `,
    // Non-root users, with or without a group; a non-root user in the root group is not root.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "a", "image": "nginx:1.27", "user": "1000" },
          { "name": "b", "image": "nginx:1.27", "user": "1000:1000" },
          { "name": "c", "image": "nginx:1.27", "user": "nginx" },
          { "name": "d", "image": "nginx:1.27", "user": "1000:0" },
          { "name": "e", "image": "nginx:1.27", "user": "app:root" },
          { "name": "f", "image": "nginx:1.27", "user": "containeradministrator" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          user: "101:101"
    `,
    // Windows: an absent user is not reported; ContainerUser is not an administrator.
    yaml`
      family: win
      runtimePlatform:
        operatingSystemFamily: WINDOWS_SERVER_2019_FULL
      containerDefinitions:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2019
        - name: tool
          image: mcr.microsoft.com/windows/nanoserver:ltsc2019
          user: ContainerUser
    `,
    // An operating system that cannot be read: skipped.
    yaml`
      family: web
      runtimePlatform:
        operatingSystemFamily: !Ref OsFamily
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Unknown values are not reported, nor missing.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "a", "image": "nginx:1.27", "user": "\${APP_UID}" },
          { "name": "b", "image": "nginx:1.27", "user": "\${APP_UID}:0" },
          { "name": "c", "image": "nginx:1.27", "user": "{{ app_user }}:{{ app_group }}" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          user: !Ref AppUser
        - <<: *unresolved
          name: sidecar
          image: busybox:1.36
    `,
    // A number is valid-schema's business.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "user": 0 }] }`,
    // CloudFormation: a number is the string CloudFormation makes of it (1000 is not root); intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: app
                Image: app:1.0
                User: 1000
              - Name: ref
                Image: ref:1.0
                User: !Ref ContainerUser
              - Name: sub
                Image: sub:1.0
                User: !Sub "\${Uid}:\${Gid}"
              - Name: if
                Image: if:1.0
                User: !If [IsRoot, "0", !Ref AWS::NoValue]
        Windows:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RuntimePlatform:
              OperatingSystemFamily: WINDOWS_SERVER_2022_CORE
            ContainerDefinitions:
              - Name: iis
                Image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
        Unknown:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RuntimePlatform:
              OperatingSystemFamily: !Ref OperatingSystem
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
    `,
    // Kubernetes: runAsNonRoot true or a non-zero runAsUser, the container's own or the pod's; group 0 is not root.
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
            securityContext:
              runAsNonRoot: yes
            initContainers:
              - name: setup
                image: busybox:1.36
            containers:
              - name: web
                image: nginx:1.27
              - name: agent
                image: example/agent:1.0
                securityContext:
                  runAsUser: 1000
                  runAsGroup: 0
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "securityContext": { "runAsUser": 1000, "runAsNonRoot": false }, "containers": [{ "name": "web", "image": "nginx:1.27" }] } }`,
    // A container's own non-zero runAsUser wins over the pod's 0.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext:
          runAsUser: 0
        containers:
          - name: web
            image: nginx:1.27
            securityContext:
              runAsUser: 101
    `,
    // runAsUser 0 with runAsNonRoot true: the kubelet refuses to start it, so it never runs as root.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext:
          runAsNonRoot: true
        containers:
          - name: web
            image: nginx:1.27
            securityContext:
              runAsUser: 0
    `,
    // Windows pods: no Linux user; a non-administrator account is fine.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: iis
      spec:
        nodeSelector:
          kubernetes.io/os: windows
        containers:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
          - name: agent
            image: example/agent:1.0-windows
            securityContext:
              windowsOptions:
                runAsUserName: ContainerUser
    `,
    // Fragments: nothing is called missing.
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
      filename: "patches/web.yaml",
    },
    // Unknown values, and an operating system that cannot be read.
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": { "runAsUser": "\${UID}" } }] } }`,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext:
          runAsNonRoot: "{{ nonRoot }}"
        containers:
          - name: web
            image: nginx:1.27
          - name: side
            image: busybox:1.36
            securityContext: "{{ securityContext }}"
    `,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeSelector: "{{ nodeSelector }}"
        containers:
          - name: web
            image: nginx:1.27
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
            securityContext:
              runAsUser: 0
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "app", "image": "example/app:1.0" },
            { "name": "a", "image": "nginx:1.27", "user": "root" },
            { "name": "b", "image": "nginx:1.27", "user": "0:0" },
            { "name": "c", "image": "nginx:1.27", "user": "root:wheel" }
          ]
        }
      `,
      errors: [
        { messageId: "missing", data: { container: '"app"', key: "user" }, line: 4, column: 7, endLine: 4, endColumn: 13 },
        { messageId: "root", data: { container: '"a"', key: "user", user: '"root"' }, line: 5, column: 51, endLine: 5, endColumn: 57 },
        { messageId: "root", data: { container: '"b"', key: "user", user: '"0:0"' }, line: 6, column: 51, endLine: 6, endColumn: 56 },
        { messageId: "root", data: { container: '"c"', key: "user", user: '"root:wheel"' }, line: 7, column: 51, endLine: 7, endColumn: 63 },
      ],
    },
    {
      // UID 0 however written; a literal user before a placeholder group; an empty user is no user.
      ...yaml`
        family: worker
        containerDefinitions:
          - name: a
            image: example/worker:1.0
            user: "00"
          - name: b
            image: example/worker:1.0
            user: root:\${GID}
          - name: c
            image: example/worker:1.0
            user: ""
      `,
      errors: [
        { messageId: "root", data: { container: '"a"', key: "user", user: '"00"' }, line: 5, column: 11, endLine: 5, endColumn: 15 },
        { messageId: "root", data: { container: '"b"', key: "user", user: '"root:${GID}"' }, line: 8, column: 11, endLine: 8, endColumn: 22 },
        { messageId: "missing", data: { container: '"c"', key: "user" }, line: 11, column: 11, endLine: 11, endColumn: 13 },
      ],
    },
    {
      // Windows: the administrator account, in any case.
      ...yaml`
        family: win
        runtimePlatform:
          operatingSystemFamily: WINDOWS_SERVER_2022_CORE
        containerDefinitions:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
            user: ContainerAdministrator
      `,
      errors: [
        {
          messageId: "administrator",
          data: { container: '"iis"', key: "user", user: '"ContainerAdministrator"' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 33,
        },
      ],
    },
    {
      // A bare container list is taken as Linux.
      ...json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "user" }, line: 1, column: 4, endLine: 1, endColumn: 10 }],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "user": "0" }]
          }
        }
      `,
      errors: [{ messageId: "root", data: { container: '"web"', key: "user", user: '"0"' }, line: 4, column: 78, endLine: 4, endColumn: 81 }],
    },
    {
      // CloudFormation: User: 0 is UID 0; a Sub with a literal root user is judged.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                - Name: root
                  Image: root:1.0
                  User: 0
                - Name: sub
                  Image: sub:1.0
                  User: !Sub "root:\${Group}"
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "User" }, line: 6, column: 11, endLine: 6, endColumn: 15 },
        { messageId: "root", data: { container: '"root"', key: "User", user: '"0"' }, line: 10, column: 17, endLine: 10, endColumn: 18 },
        { messageId: "root", data: { container: '"sub"', key: "User", user: '"root:${Group}"' }, line: 13, column: 17, endLine: 13, endColumn: 37 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RuntimePlatform": { "OperatingSystemFamily": "WINDOWS_SERVER_2019_CORE" },
                "ContainerDefinitions": [{ "Name": "iis", "Image": "iis:1.0", "User": "ContainerAdministrator" }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "administrator", data: { container: '"iis"', key: "User", user: '"ContainerAdministrator"' }, line: 7, column: 79, endLine: 7, endColumn: 103 }],
    },
    {
      // Kubernetes: neither runAsNonRoot nor runAsUser, on the container or the pod.
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
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.runAsNonRoot" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setNonRoot",
              data: { key: "securityContext.runAsNonRoot" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "web" },
  "spec": {
    "containers": [
      { "name": "web", "image": "nginx:1.27", "securityContext": {"runAsNonRoot":true} }
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
      // runAsUser 0 on a container (YAML 1.1 00 is octal 0), runAsNonRoot false with no runAsUser on an init container.
      ...yaml`
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
                - name: chown
                  image: busybox:1.36
                  securityContext:
                    runAsNonRoot: false
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    runAsUser: 00
      `,
      errors: [
        {
          messageId: "kubernetesNonRootFalse",
          data: { container: 'Init container "chown"', workload: 'Deployment "web"', key: "securityContext.runAsNonRoot" },
          line: 16,
          column: 27,
          endLine: 16,
          endColumn: 32,
          suggestions: [
            {
              messageId: "setNonRoot",
              data: { key: "securityContext.runAsNonRoot" },
              output: `apiVersion: apps/v1
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
        - name: chown
          image: busybox:1.36
          securityContext:
            runAsNonRoot: true
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: 00
`,
            },
          ],
        },
        {
          messageId: "kubernetesRoot",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.runAsUser" },
          line: 21,
          column: 24,
          endLine: 21,
          endColumn: 26,
        },
      ],
    },
    {
      // A pod-level runAsUser 0 is reported once, naming the containers it applies to (not one with its own user).
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: csi-node
        spec:
          selector:
            matchLabels: {app: csi-node}
          template:
            metadata:
              labels: {app: csi-node}
            spec:
              securityContext:
                runAsNonRoot: false
                runAsUser: 0
              containers:
                - name: plugin
                  image: example/csi:1.0
                - name: registrar
                  image: example/registrar:1.0
                - name: probe
                  image: example/probe:1.0
                  securityContext:
                    runAsUser: 65534
      `,
      errors: [
        {
          messageId: "kubernetesPodRoot",
          data: { workload: 'DaemonSet "csi-node"', containers: 'containers "plugin" and "registrar"', key: "securityContext.runAsUser" },
          line: 14,
          column: 20,
          endLine: 14,
          endColumn: 21,
        },
      ],
    },
    {
      // A pod-level runAsNonRoot false with no runAsUser.
      ...json`
        {
          "apiVersion": "batch/v1",
          "kind": "Job",
          "metadata": { "name": "migrate" },
          "spec": {
            "template": {
              "spec": {
                "restartPolicy": "Never",
                "securityContext": { "runAsNonRoot": false },
                "containers": [{ "name": "migrate", "image": "example/migrate:1.0" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "kubernetesPodNonRootFalse",
          data: { workload: 'Job "migrate"', containers: 'container "migrate"', key: "securityContext.runAsNonRoot" },
          line: 9,
          column: 46,
          endLine: 9,
          endColumn: 51,
          suggestions: [
            {
              messageId: "setNonRoot",
              data: { key: "securityContext.runAsNonRoot" },
              output: `{
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": { "name": "migrate" },
  "spec": {
    "template": {
      "spec": {
        "restartPolicy": "Never",
        "securityContext": { "runAsNonRoot": true },
        "containers": [{ "name": "migrate", "image": "example/migrate:1.0" }]
      }
    }
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // Windows pods: ContainerAdministrator, the container's own or the pod's.
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: iis
        spec:
          os: {name: windows}
          securityContext:
            windowsOptions:
              runAsUserName: ContainerAdministrator
          containers:
            - name: iis
              image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
            - name: agent
              image: example/agent:1.0-windows
              securityContext:
                windowsOptions:
                  runAsUserName: containeradministrator
            - name: logger
              image: example/logger:1.0-windows
              securityContext:
                windowsOptions:
                  runAsUserName: ContainerUser
      `,
      errors: [
        {
          messageId: "kubernetesPodAdministrator",
          data: { workload: 'Pod "iis"', containers: 'container "iis"', key: "securityContext.windowsOptions.runAsUserName", user: '"ContainerAdministrator"' },
          line: 9,
          column: 22,
          endLine: 9,
          endColumn: 44,
        },
        {
          messageId: "kubernetesAdministrator",
          data: { container: 'Container "agent"', workload: 'Pod "iis"', key: "securityContext.windowsOptions.runAsUserName", user: '"containeradministrator"' },
          line: 17,
          column: 26,
          endLine: 17,
          endColumn: 48,
        },
      ],
    },
    {
      // Multi-document YAML and a List: each report in its own document.
      ...yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: web
        ---
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
                  securityContext: {runAsUser: 0}
      `,
      errors: [
        {
          messageId: "kubernetesRoot",
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.runAsUser" },
          line: 17,
          column: 40,
          endLine: 17,
          endColumn: 41,
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
                    runAsUser: 0
                - name: sidecar
                  image: busybox:1.36
      `,
      filename: "user-patch.yaml",
      errors: [
        {
          messageId: "kubernetesRoot",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.runAsUser" },
          line: 11,
          column: 24,
          endLine: 11,
          endColumn: 25,
        },
      ],
    },

  ],
});
