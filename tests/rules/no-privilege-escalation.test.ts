import rule from "../../src/rules/no-privilege-escalation.js";
import { dangerousCapability } from "../../src/facts/capabilities.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const KEY = "linuxParameters.capabilities.add";

/** The message data for a dangerous capability added to a container. */
function added(container: string, capability: string) {
  return { container, capability: JSON.stringify(capability), risk: dangerousCapability(capability)!, key: KEY };
}

runRule("no-privilege-escalation", rule, {
  valid: [
    // SYS_PTRACE (what Fargate allows for debugging sidecars) and other capabilities are fine.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "linuxParameters": { "capabilities": { "add": ["SYS_PTRACE", "NET_BIND_SERVICE", "CHOWN"], "drop": ["ALL", "SYS_ADMIN"] } }
          }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            capabilities:
              add: [cap_sys_ptrace]
              drop: [ALL]
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": ["\${EXTRA_CAP}"] } } }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            capabilities:
              add: !Ref ExtraCapabilities
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            <<: *unresolved
    `,
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": [] } } }] }`,
    // CloudFormation: capabilities from intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                LinuxParameters:
                  Capabilities:
                    Add: [!Ref ExtraCapability, !Sub "\${Capability}", NET_BIND_SERVICE]
              - Name: side
                Image: side:1.0
                LinuxParameters:
                  Capabilities:
                    Add: !If [IsDebug, [SYS_PTRACE], !Ref AWS::NoValue]
    `,
    // Kubernetes: allowPrivilegeEscalation false (YAML 1.1 no counts) on every container and init container; harmless capabilities.
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
                  allowPrivilegeEscalation: no
            containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop: [ALL]
                    add: [NET_BIND_SERVICE, SYS_PTRACE]
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": { "allowPrivilegeEscalation": false } }] } }`,
    // A privileged container always escalates (and the API server refuses false with it): no-privileged reports it.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: agent
      spec:
        containers:
          - name: agent
            image: example/agent:1.0
            securityContext:
              privileged: true
    `,
    // Windows pods: the field cannot be set there.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: iis
      spec:
        os:
          name: windows
        containers:
          - name: iis
            image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    `,
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
    `,
    // An operating system that cannot be read: nothing is called missing.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        nodeSelector:
          kubernetes.io/os: "{{ os }}"
        containers:
          - name: web
            image: nginx:1.27
    `,
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
      filename: "deployment-patch.yaml",
    },
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: node-agent
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: example/agent:master
    `,
    // Unknown values: a placeholder securityContext, member or capability.
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "securityContext": "\${SECURITY_CONTEXT}" }] } }`,
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
              allowPrivilegeEscalation: "{{ escalation }}"
              capabilities:
                add: ["{{ capability }}"]
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
              capabilities:
                add: [SYS_ADMIN]
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "vpn",
          "containerDefinitions": [
            {
              "name": "vpn",
              "image": "example/wireguard:1.0",
              "linuxParameters": {
                "capabilities": {
                  "add": [
                    "SYS_PTRACE",
                    "SYS_ADMIN",
                    "NET_ADMIN"
                  ]
                }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"vpn"', "SYS_ADMIN"),
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 24,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"SYS_ADMIN"', key: KEY },
              output: `{
  "family": "vpn",
  "containerDefinitions": [
    {
      "name": "vpn",
      "image": "example/wireguard:1.0",
      "linuxParameters": {
        "capabilities": {
          "add": [
            "SYS_PTRACE",
            "NET_ADMIN"
          ]
        }
      }
    }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added('"vpn"', "NET_ADMIN"),
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 24,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "family": "vpn",
  "containerDefinitions": [
    {
      "name": "vpn",
      "image": "example/wireguard:1.0",
      "linuxParameters": {
        "capabilities": {
          "add": [
            "SYS_PTRACE",
            "SYS_ADMIN"
          ]
        }
      }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Any case, with or without CAP_; a block item goes with its line.
      ...yaml`
        family: tools
        containerDefinitions:
          - name: tools
            image: example/tools:2.1
            linuxParameters:
              capabilities:
                add:
                  - cap_sys_admin
                  - NET_BIND_SERVICE
                  - All
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"tools"', "cap_sys_admin"),
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"cap_sys_admin"', key: KEY },
              output: `family: tools
containerDefinitions:
  - name: tools
    image: example/tools:2.1
    linuxParameters:
      capabilities:
        add:
          - NET_BIND_SERVICE
          - All
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added('"tools"', "All"),
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 16,
          suggestions: [
            {
              messageId: "remove",
              output: `family: tools
containerDefinitions:
  - name: tools
    image: example/tools:2.1
    linuxParameters:
      capabilities:
        add:
          - cap_sys_admin
          - NET_BIND_SERVICE
`,
            },
          ],
        },
      ],
    },
    {
      // The only item: the list becomes empty.
      ...yaml`
        family: clock
        containerDefinitions:
          - name: chrony
            image: example/chrony:4.5
            linuxParameters:
              capabilities:
                add:
                  - SYS_TIME
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 21,
          suggestions: [
            {
              messageId: "remove",
              output: `family: clock
containerDefinitions:
  - name: chrony
    image: example/chrony:4.5
    linuxParameters:
      capabilities:
        add: []
`,
            },
          ],
        },
      ],
    },
    {
      // An indentless block list (dashes under the key's own column).
      ...yaml`
        family: clock
        containerDefinitions:
        - name: chrony
          image: example/chrony:4.5
          linuxParameters:
            capabilities:
              add:
              - SYS_TIME
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 17,
          suggestions: [
            {
              messageId: "remove",
              output: `family: clock
containerDefinitions:
- name: chrony
  image: example/chrony:4.5
  linuxParameters:
    capabilities:
      add: []
`,
            },
          ],
        },
      ],
    },
    {
      // A YAML flow list.
      ...yaml`
        family: net
        containerDefinitions:
          - name: router
            image: example/router:1.0
            linuxParameters: { capabilities: { add: [NET_RAW, DAC_READ_SEARCH] } }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"router"', "DAC_READ_SEARCH"),
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: "remove",
              output: `family: net
containerDefinitions:
  - name: router
    image: example/router:1.0
    linuxParameters: { capabilities: { add: [NET_RAW] } }
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list; the only item of a JSON list.
      ...json`[{ "name": "loader", "image": "example/loader:1.0", "linuxParameters": { "capabilities": { "add": ["CAP_SYS_MODULE"] } } }]`,
      errors: [
        {
          messageId: "dangerous",
          data: added('"loader"', "CAP_SYS_MODULE"),
          line: 1,
          column: 100,
          endLine: 1,
          endColumn: 116,
          suggestions: [
            {
              messageId: "remove",
              output: `[{ "name": "loader", "image": "example/loader:1.0", "linuxParameters": { "capabilities": { "add": [] } } }]\n`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output; an unnamed container.
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": [
              { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_RAWIO", "SYS_BOOT"] } } }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added("#1", "SYS_RAWIO"),
          line: 4,
          column: 86,
          endLine: 4,
          endColumn: 97,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "containerDefinitions": [
      { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_BOOT"] } } }
    ]
  }
}
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added("#1", "SYS_BOOT"),
          line: 4,
          column: 99,
          endLine: 4,
          endColumn: 109,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "containerDefinitions": [
      { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_RAWIO"] } } }
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
      // CloudFormation: the key path is written in CloudFormation's keys.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                  LinuxParameters:
                    Capabilities:
                      Add: [SYS_ADMIN, !Ref ExtraCapability, NET_BIND_SERVICE]
      `,
      errors: [
        {
          messageId: "dangerous",
          data: {
            container: '"web"',
            capability: '"SYS_ADMIN"',
            risk: "mount file systems and use many other administrative kernel interfaces, the usual way out of a container",
            key: "LinuxParameters.Capabilities.Add",
          },
          line: 10,
          column: 21,
          endLine: 10,
          endColumn: 30,
          suggestions: [{ messageId: "remove", data: { capability: '"SYS_ADMIN"', key: "LinuxParameters.Capabilities.Add" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          LinuxParameters:
            Capabilities:
              Add: [!Ref ExtraCapability, NET_BIND_SERVICE]
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
                  { "Name": "web", "Image": "web:1.0", "LinuxParameters": { "Capabilities": { "Add": ["NET_ADMIN"], "Drop": ["ALL"] } } }
                ]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 7,
          column: 95,
          endLine: 7,
          endColumn: 106,
          suggestions: [{ messageId: "remove", data: { capability: '"NET_ADMIN"', key: "LinuxParameters.Capabilities.Add" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "web:1.0", "LinuxParameters": { "Capabilities": { "Add": [], "Drop": ["ALL"] } } }
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
      // Kubernetes: allowPrivilegeEscalation absent (it defaults to true); the suggestion adds a securityContext.
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
          messageId: "escalationMissing",
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.allowPrivilegeEscalation" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "web" },
  "spec": {
    "containers": [
      { "name": "web", "image": "nginx:1.27", "securityContext": {"allowPrivilegeEscalation":false} }
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
      // Absent from an existing securityContext (reported on the container's name), and true (YAML 1.1 yes) on an init container.
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
                - name: setup
                  image: busybox:1.36
                  securityContext:
                    allowPrivilegeEscalation: yes
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    runAsNonRoot: true
      `,
      errors: [
        {
          messageId: "escalationAllowed",
          data: { container: 'Init container "setup"', workload: 'Deployment "web"', key: "securityContext.allowPrivilegeEscalation" },
          line: 16,
          column: 39,
          endLine: 16,
          endColumn: 42,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
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
        - name: setup
          image: busybox:1.36
          securityContext:
            allowPrivilegeEscalation: false
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsNonRoot: true
`,
            },
          ],
        },
        {
          messageId: "escalationMissing",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.allowPrivilegeEscalation" },
          line: 18,
          column: 11,
          endLine: 18,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
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
        - name: setup
          image: busybox:1.36
          securityContext:
            allowPrivilegeEscalation: yes
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
`,
            },
          ],
        },
      ],
    },
    {
      // Dangerous capabilities (any case, with or without CAP_); SYS_ADMIN always escalates, so that container gets the capability report alone.
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: vpn
        spec:
          containers:
            - name: vpn
              image: example/vpn:1.0
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  add: [net_admin, NET_BIND_SERVICE]
            - name: fuse
              image: example/fuse:1.0
              securityContext:
                capabilities:
                  add:
                    - CAP_SYS_ADMIN
      `,
      errors: [
        {
          messageId: "kubernetesDangerous",
          data: { container: 'Container "vpn"', workload: 'Pod "vpn"', key: "securityContext.capabilities.add", capability: '"net_admin"', risk: "reconfigure network interfaces, routes and firewall rules" },
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 26,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"net_admin"', key: "securityContext.capabilities.add" },
              output: `apiVersion: v1
kind: Pod
metadata:
  name: vpn
spec:
  containers:
    - name: vpn
      image: example/vpn:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          add: [NET_BIND_SERVICE]
    - name: fuse
      image: example/fuse:1.0
      securityContext:
        capabilities:
          add:
            - CAP_SYS_ADMIN
`,
            },
          ],
        },
        {
          messageId: "kubernetesDangerous",
          data: { container: 'Container "fuse"', workload: 'Pod "vpn"', key: "securityContext.capabilities.add", capability: '"CAP_SYS_ADMIN"', risk: "mount file systems and use many other administrative kernel interfaces, the usual way out of a container" },
          line: 18,
          column: 15,
          endLine: 18,
          endColumn: 28,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"CAP_SYS_ADMIN"', key: "securityContext.capabilities.add" },
              output: `apiVersion: v1
kind: Pod
metadata:
  name: vpn
spec:
  containers:
    - name: vpn
      image: example/vpn:1.0
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          add: [net_admin, NET_BIND_SERVICE]
    - name: fuse
      image: example/fuse:1.0
      securityContext:
        capabilities:
          add: []
`,
            },
          ],
        },
      ],
    },
    {
      // A capability in JSON; the suggestion removes it.
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "tool" },
          "spec": {
            "containers": [
              { "name": "tool", "image": "example/tool:1.0", "securityContext": { "allowPrivilegeEscalation": false, "capabilities": { "add": ["SYS_MODULE"] } } }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "kubernetesDangerous",
          data: { container: 'Container "tool"', workload: 'Pod "tool"', key: "securityContext.capabilities.add", capability: '"SYS_MODULE"', risk: "load and unload modules in the host's kernel" },
          line: 7,
          column: 136,
          endLine: 7,
          endColumn: 148,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"SYS_MODULE"', key: "securityContext.capabilities.add" },
              output: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "tool" },
  "spec": {
    "containers": [
      { "name": "tool", "image": "example/tool:1.0", "securityContext": { "allowPrivilegeEscalation": false, "capabilities": { "add": [] } } }
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
      // Multi-document YAML: each document's own containers.
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: example/migrate:1.0
                  securityContext: {allowPrivilegeEscalation: true}
      `,
      errors: [
        {
          messageId: "escalationAllowed",
          data: { container: 'Container "migrate"', workload: 'Job "migrate"', key: "securityContext.allowPrivilegeEscalation" },
          line: 19,
          column: 55,
          endLine: 19,
          endColumn: 59,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
              output: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example/migrate:1.0
          securityContext: {allowPrivilegeEscalation: false}
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
                  securityContext:
                    readOnlyRootFilesystem: true
      `,
      errors: [
        {
          messageId: "escalationMissing",
          data: { container: 'Container "web"', workload: 'Pod "web"', key: "securityContext.allowPrivilegeEscalation" },
          line: 10,
          column: 11,
          endLine: 10,
          endColumn: 15,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
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
          securityContext:
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
`,
            },
          ],
        },
      ],
    },
    {
      // A fragment is judged on what it sets, never on what it leaves out.
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
                    allowPrivilegeEscalation: true
                - name: sidecar
                  image: busybox:1.36
      `,
      filename: "security-patch.yaml",
      errors: [
        {
          messageId: "escalationAllowed",
          data: { container: 'Container "web"', workload: 'Deployment "web"', key: "securityContext.allowPrivilegeEscalation" },
          line: 11,
          column: 39,
          endLine: 11,
          endColumn: 43,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "securityContext.allowPrivilegeEscalation" },
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
            allowPrivilegeEscalation: false
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
