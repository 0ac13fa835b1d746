import rule from "../../src/rules/no-sensitive-host-mounts.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const DOCKER_SOCKET = "the Docker socket, which gives full control of the host";

runRule("no-sensitive-host-mounts", rule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
