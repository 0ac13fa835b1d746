import rule from "../../src/rules/non-root-user.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("non-root-user", rule, {
  valid: [
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
  ],
});
