import rule from "../../src/rules/no-sensitive-host-mounts.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const DOCKER_SOCKET = "the Docker socket, which gives full control of the host";

runRule("no-sensitive-host-mounts", rule, {
  valid: [
    // Devices that are not host disks or memory, and unknown ones.
    yaml`
      family: gpu
      containerDefinitions:
        - name: app
          image: busybox:1.36
          linuxParameters:
            devices:
              - hostPath: /dev/fuse
              - hostPath: /dev/nvidia0
              - hostPath: \${DEVICE}
    `,
    // Paths that hold nothing of the host's own.
    json`
      {
        "family": "logs",
        "containerDefinitions": [
          {
            "name": "shipper",
            "image": "example/shipper:1.0",
            "mountPoints": [
              { "sourceVolume": "logs", "containerPath": "/logs", "readOnly": true },
              { "sourceVolume": "tmp", "containerPath": "/tmp" },
              { "sourceVolume": "data", "containerPath": "/data" },
              { "sourceVolume": "app-run", "containerPath": "/run/app" },
              { "sourceVolume": "look-alike", "containerPath": "/mnt" },
              { "sourceVolume": "scratch", "containerPath": "/scratch" }
            ]
          }
        ],
        "volumes": [
          { "name": "logs", "host": { "sourcePath": "/var/log" } },
          { "name": "tmp", "host": { "sourcePath": "/tmp" } },
          { "name": "data", "host": { "sourcePath": "/data" } },
          { "name": "app-run", "host": { "sourcePath": "/var/run/app" } },
          { "name": "look-alike", "host": { "sourcePath": "/etcetera" } },
          { "name": "scratch", "host": {} }
        ]
      }
    `,
    // A volume no container mounts is mounted nowhere.
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
      volumes:
        - name: docker-socket
          host:
            sourcePath: /var/run/docker.sock
    `,
    // Unknown values are not reported.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "\${VOLUME}", "containerPath": "/host" }] }
        ],
        "volumes": [
          { "name": "host-etc", "host": { "sourcePath": "/etc" } },
          { "name": "\${VOLUME}", "host": { "sourcePath": "\${HOST_ROOT}/etc" } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          mountPoints:
            - sourceVolume: host
              containerPath: /host
      volumes:
        - name: host
          host:
            sourcePath: !Ref HostPath
    `,
    // Windows paths are not judged.
    yaml`
      family: win
      runtimePlatform:
        operatingSystemFamily: WINDOWS_SERVER_2022_CORE
      containerDefinitions:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
          mountPoints:
            - sourceVolume: data
              containerPath: C:\\data
      volumes:
        - name: data
          host:
            sourcePath: /etc
    `,
    // A relative path is not a host path to judge.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "v", "containerPath": "/v" }] }], "volumes": [{ "name": "v", "host": { "sourcePath": "etc" } }] }`,
    // A bare container list has no volumes.
    json`[{ "name": "web", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "docker-socket", "containerPath": "/var/run/docker.sock" }] }]`,
    // CloudFormation: host paths and volume names from intrinsics are unknown; an unmounted volume is mounted nowhere.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: agent
                Image: agent:1.0
                MountPoints:
                  - SourceVolume: host
                    ContainerPath: /host
                  - SourceVolume: !Ref VolumeName
                    ContainerPath: /data
            Volumes:
              - Name: host
                Host:
                  SourcePath: !Ref HostPath
              - Name: sub
                Host:
                  SourcePath: !Sub "\${HostRoot}/etc"
              - Name: root
                Host:
                  SourcePath: /
    `,
    // Kubernetes: host paths that are not sensitive, other volume types.
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: fluent-bit
      spec:
        selector:
          matchLabels: {app: fluent-bit}
        template:
          metadata:
            labels: {app: fluent-bit}
          spec:
            containers:
              - name: fluent-bit
                image: fluent/fluent-bit:3.1
            volumes:
              - name: logs
                hostPath:
                  path: /var/log
              - name: data
                hostPath:
                  path: /data/cache
                  type: DirectoryOrCreate
              - name: tmp
                emptyDir: {}
    `,
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }], "volumes": [{ "name": "tmp", "hostPath": { "path": "/tmp" } }] } }`,
    // Unknown paths, and a Windows path.
    json`{ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "web" }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }], "volumes": [{ "name": "host", "hostPath": { "path": "\${HOST_PATH}" } }] } }`,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
        volumes:
          - name: host
            hostPath:
              path: "{{ hostPath }}"
          - name: windows
            hostPath:
              path: C:\ProgramData
    `,
    // A custom resource is not read.
    yaml`
      apiVersion: example.com/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: example/agent:1.0
            volumes:
              - name: root
                hostPath:
                  path: /
    `,
  ],
  invalid: [
    {
      // Host disks and memory mapped as devices (RULES.md decisions); a GPU or FUSE device is not reported.
      ...json`
        {
          "family": "disk-tool",
          "containerDefinitions": [
            {
              "name": "tool",
              "image": "busybox:1.36",
              "linuxParameters": { "devices": [{ "hostPath": "/dev/xvda", "containerPath": "/dev/xvda" }, { "hostPath": "/dev/fuse" }, { "hostPath": "/dev/mem" }] }
            }
          ]
        }
      `,
      errors: [
        { messageId: "device", data: { container: '"tool"', path: '"/dev/xvda"', exposes: "one of the host's disks, read and written below its file systems" }, line: 7, column: 54, endLine: 7, endColumn: 65 },
        { messageId: "device", data: { container: '"tool"', path: '"/dev/mem"', exposes: "the host's physical memory" }, line: 7, column: 142, endLine: 7, endColumn: 152 },
      ],
    },
    {
      ...yaml`
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: tool
                  Image: busybox:1.36
                  LinuxParameters:
                    Devices:
                      - HostPath: /dev/nvme1n1
      `,
      errors: [{ messageId: "device", data: { container: '"tool"', path: '"/dev/nvme1n1"', exposes: "one of the host's NVMe disks, read and written below its file systems" }, line: 10, column: 27, endLine: 10, endColumn: 39 }],
    },
    {
      // The Docker socket, mounted by the second container.
      ...json`
        {
          "family": "agent",
          "containerDefinitions": [
            { "name": "app", "image": "example/app:1.0" },
            {
              "name": "agent",
              "image": "public.ecr.aws/datadog/agent:7",
              "mountPoints": [{ "sourceVolume": "docker_sock", "containerPath": "/var/run/docker.sock", "readOnly": true }]
            }
          ],
          "volumes": [{ "name": "docker_sock", "host": { "sourcePath": "/var/run/docker.sock" } }]
        }
      `,
      errors: [
        {
          messageId: "is",
          data: { container: '"agent"', path: '"/var/run/docker.sock"', sensitive: '"/var/run/docker.sock"', exposes: DOCKER_SOCKET },
          line: 11,
          column: 64,
          endLine: 11,
          endColumn: 86,
        },
      ],
    },
    {
      // `/` only as itself; a path inside a sensitive one (the most specific entry); a path that holds one; normalized paths.
      ...yaml`
        family: node-agent
        containerDefinitions:
          - name: agent
            image: example/node-agent:3.2
            mountPoints:
              - { sourceVolume: root, containerPath: /host, readOnly: true }
              - { sourceVolume: pki, containerPath: /pki, readOnly: true }
              - { sourceVolume: var, containerPath: /host/var }
              - { sourceVolume: proc, containerPath: /host/proc }
              - { sourceVolume: run, containerPath: /host/run }
        volumes:
          - { name: root, host: { sourcePath: / } }
          - { name: pki, host: { sourcePath: /etc/kubernetes/pki/ } }
          - { name: var, host: { sourcePath: /var } }
          - { name: proc, host: { sourcePath: "//proc/./1/.." } }
          - { name: run, host: { sourcePath: /run } }
      `,
      errors: [
        {
          messageId: "is",
          data: { container: '"agent"', path: '"/"', sensitive: '"/"', exposes: "the host's whole file system" },
          line: 12,
          column: 39,
          endLine: 12,
          endColumn: 40,
        },
        {
          messageId: "within",
          data: {
            container: '"agent"',
            path: '"/etc/kubernetes/pki/"',
            sensitive: '"/etc/kubernetes"',
            exposes: "the Kubernetes node's configuration and credentials",
          },
          line: 13,
          column: 38,
          endLine: 13,
          endColumn: 58,
        },
        {
          messageId: "holds",
          data: { container: '"agent"', path: '"/var"', sensitive: '"/var/lib/docker"', exposes: "Docker's state, with every container's files" },
          line: 14,
          column: 38,
          endLine: 14,
          endColumn: 42,
        },
        {
          messageId: "is",
          data: { container: '"agent"', path: '"//proc/./1/.."', sensitive: '"/proc"', exposes: "the host's processes and kernel settings" },
          line: 15,
          column: 39,
          endLine: 15,
          endColumn: 54,
        },
        {
          messageId: "holds",
          data: { container: '"agent"', path: '"/run"', sensitive: '"/run/docker.sock"', exposes: DOCKER_SOCKET },
          line: 16,
          column: 38,
          endLine: 16,
          endColumn: 42,
        },
      ],
    },
    {
      // describe-task-definition output; containerd's socket folder, mounted by two containers (the first is named).
      ...yaml`
        taskDefinition:
          family: builder
          containerDefinitions:
            - name: builder
              image: example/buildkit:0.15
              mountPoints:
                - sourceVolume: containerd
                  containerPath: /run/containerd
            - name: cleaner
              image: example/cleaner:1.0
              mountPoints:
                - sourceVolume: containerd
                  containerPath: /run/containerd
          volumes:
            - name: containerd
              host:
                sourcePath: /run/containerd/
      `,
      errors: [
        {
          messageId: "is",
          data: {
            container: '"builder"',
            path: '"/run/containerd/"',
            sensitive: '"/run/containerd"',
            exposes: "containerd's socket folder, which gives control of every container on the host",
          },
          line: 17,
          column: 21,
          endLine: 17,
          endColumn: 37,
        },
      ],
    },
    {
      // CloudFormation: Volumes[].Host.SourcePath mounted through MountPoints[].SourceVolume; ReadOnly does not silence it.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: agent
                  Image: agent:1.0
                  MountPoints:
                    - SourceVolume: docker
                      ContainerPath: /var/run/docker.sock
                    - SourceVolume: etc
                      ContainerPath: /host/etc
                      ReadOnly: "true"
              Volumes:
                - Name: docker
                  Host:
                    SourcePath: /var/run/docker.sock
                - Name: etc
                  Host:
                    SourcePath: /etc
      `,
      errors: [
        { messageId: "is", line: 17, column: 25, endLine: 17, endColumn: 45 },
        { messageId: "is", line: 20, column: 25, endLine: 20, endColumn: 29 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [{ "Name": "agent", "Image": "agent:1.0", "MountPoints": [{ "SourceVolume": "proc", "ContainerPath": "/host/proc" }] }],
                "Volumes": [{ "Name": "proc", "Host": { "SourcePath": "/proc/" } }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "is", line: 7, column: 63, endLine: 7, endColumn: 71 }],
    },
    {
      // Kubernetes: a hostPath volume on the Docker socket, reported at its path.
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "DaemonSet",
          "metadata": { "name": "builder" },
          "spec": {
            "selector": { "matchLabels": { "app": "builder" } },
            "template": {
              "metadata": { "labels": { "app": "builder" } },
              "spec": {
                "containers": [{ "name": "builder", "image": "docker:27", "volumeMounts": [{ "name": "docker", "mountPath": "/var/run/docker.sock" }] }],
                "volumes": [{ "name": "docker", "hostPath": { "path": "/var/run/docker.sock", "type": "Socket" } }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "volumeIs",
          data: { volume: '"docker"', workload: 'DaemonSet "builder"', path: '"/var/run/docker.sock"', sensitive: '"/var/run/docker.sock"', exposes: "the Docker socket, which gives full control of the host" },
          line: 11,
          column: 63,
          endLine: 11,
          endColumn: 85,
        },
      ],
    },
    {
      // Inside a sensitive path, holding one, the root itself; declared volumes count whether or not a container mounts them yet.
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: collector
        spec:
          containers:
            - name: collector
              image: example/collector:1.0
              volumeMounts:
                - name: pki
                  mountPath: /pki
          volumes:
            - name: pki
              hostPath:
                path: /etc/kubernetes/pki
            - name: var
              hostPath:
                path: /var
            - name: host
              hostPath: {path: /}
            - name: logs
              hostPath:
                path: /var/log
      `,
      errors: [
        {
          messageId: "volumeWithin",
          data: { volume: '"pki"', workload: 'Pod "collector"', path: '"/etc/kubernetes/pki"', sensitive: '"/etc/kubernetes"', exposes: "the Kubernetes node's configuration and credentials" },
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 34,
        },
        {
          messageId: "volumeHolds",
          data: { volume: '"var"', workload: 'Pod "collector"', path: '"/var"', sensitive: '"/var/lib/docker"', exposes: "Docker's state, with every container's files" },
          line: 18,
          column: 15,
          endLine: 18,
          endColumn: 19,
        },
        {
          messageId: "volumeIs",
          data: { volume: '"host"', workload: 'Pod "collector"', path: '"/"', sensitive: '"/"', exposes: "the host's whole file system" },
          line: 20,
          column: 24,
          endLine: 20,
          endColumn: 25,
        },
      ],
    },
    {
      // Host disks and memory devices (BlockDevice, CharDevice).
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: disk-tool
        spec:
          selector:
            matchLabels: {app: disk-tool}
          template:
            metadata:
              labels: {app: disk-tool}
            spec:
              containers:
                - name: tool
                  image: example/disk-tool:1.0
              volumes:
                - name: disk
                  hostPath:
                    path: /dev/nvme1n1
                    type: BlockDevice
                - name: mem
                  hostPath:
                    path: /dev/mem
                    type: CharDevice
      `,
      errors: [
        {
          messageId: "volumeDevice",
          data: { volume: '"disk"', workload: 'DaemonSet "disk-tool"', path: '"/dev/nvme1n1"', exposes: "one of the host's NVMe disks, read and written below its file systems" },
          line: 18,
          column: 19,
          endLine: 18,
          endColumn: 31,
        },
        {
          messageId: "volumeDevice",
          data: { volume: '"mem"', workload: 'DaemonSet "disk-tool"', path: '"/dev/mem"', exposes: "the host's physical memory" },
          line: 22,
          column: 19,
          endLine: 22,
          endColumn: 27,
        },
      ],
    },
    {
      // Multi-document YAML, a List's items, and a fragment (judged on what it sets).
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: List
        items:
          - apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: cleanup
            spec:
              schedule: "@daily"
              jobTemplate:
                spec:
                  template:
                    spec:
                      volumes:
                        - name: containerd
                          hostPath:
                            path: /run/containerd/containerd.sock
      `,
      filename: "volumes-patch.yaml",
      errors: [
        {
          messageId: "volumeWithin",
          data: { volume: '"containerd"', workload: 'CronJob "cleanup"', path: '"/run/containerd/containerd.sock"', sensitive: '"/run/containerd"', exposes: "containerd's socket folder, which gives control of every container on the host" },
          line: 24,
          column: 27,
          endLine: 24,
          endColumn: 58,
        },
      ],
    },

  ],
});
