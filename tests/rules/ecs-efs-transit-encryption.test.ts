import rule from "../../src/rules/ecs-efs-transit-encryption.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-efs-transit-encryption", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }],
        "volumes": [
          { "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } },
          { "name": "scratch", "host": {} },
          { "name": "docker", "dockerVolumeConfiguration": { "scope": "task" } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions: []
      volumes:
        - name: data
          efsVolumeConfiguration:
            fileSystemId: fs-12345678
            transitEncryption: ENABLED
        - name: ebs
          configuredAtLaunch: true
    `,
    // Unknown values and merge keys are not judged; other values are valid-schema's.
    json`
      {
        "family": "web",
        "containerDefinitions": [],
        "volumes": [
          { "name": "a", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "\${TRANSIT}" } },
          { "name": "b", "efsVolumeConfiguration": "\${EFS}" },
          { "name": "c", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "enabled" } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions: []
      volumes:
        - name: a
          efsVolumeConfiguration:
            fileSystemId: fs-1
            transitEncryption: !Ref Transit
        - name: b
          efsVolumeConfiguration:
            <<: *efs-defaults
            fileSystemId: fs-2
    `,
    // A bare container list has no volumes.
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): EFSVolumeConfiguration in its spelling; the fix writes TransitEncryption; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions: []
            Volumes:
              - Name: a
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  TransitEncryption: ENABLED
              - Name: b
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  TransitEncryption: !If [Encrypt, ENABLED, DISABLED]
              - Name: c
                EFSVolumeConfiguration: !If [UseEfs, { FilesystemId: !Ref FileSystem }, !Ref AWS::NoValue]
              - Name: d
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  TransitEncryption: !Ref Transit
    `,
  ],
  invalid: [
    {
      // Every volume is checked, not only the first.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [],
          "volumes": [
            { "name": "first", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "ENABLED" } },
            { "name": "second", "efsVolumeConfiguration": { "fileSystemId": "fs-2", "transitEncryption": "DISABLED" } },
            { "name": "third", "efsVolumeConfiguration": { "fileSystemId": "fs-3" } }
          ]
        }
      `,
      errors: [
        { messageId: "disabled", data: { volume: '"second"', key: "transitEncryption" }, line: 6, column: 98, endLine: 6, endColumn: 108 },
        { messageId: "missing", data: { volume: '"third"', key: "transitEncryption" }, line: 7, column: 24, endLine: 7, endColumn: 48 },
      ],
      output: `{
  "family": "web",
  "containerDefinitions": [],
  "volumes": [
    { "name": "first", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "ENABLED" } },
    { "name": "second", "efsVolumeConfiguration": { "fileSystemId": "fs-2", "transitEncryption": "ENABLED" } },
    { "name": "third", "efsVolumeConfiguration": { "fileSystemId": "fs-3", "transitEncryption": "ENABLED" } }
  ]
}
`,
    },
    {
      ...yaml`
        family: web
        containerDefinitions: []
        volumes:
          - name: data
            efsVolumeConfiguration:
              fileSystemId: fs-12345678
              rootDirectory: /data
          - name: logs
            efsVolumeConfiguration:
              fileSystemId: fs-12345678
              transitEncryption: 'DISABLED'
          - efsVolumeConfiguration: {fileSystemId: fs-1}
      `,
      errors: [
        { messageId: "missing", data: { volume: '"data"', key: "transitEncryption" }, line: 5, column: 5, endLine: 5, endColumn: 27 },
        { messageId: "disabled", data: { volume: '"logs"', key: "transitEncryption" }, line: 11, column: 26, endLine: 11, endColumn: 36 },
        { messageId: "missing", data: { volume: "#3", key: "transitEncryption" }, line: 12, column: 5, endLine: 12, endColumn: 27 },
      ],
      output: `family: web
containerDefinitions: []
volumes:
  - name: data
    efsVolumeConfiguration:
      fileSystemId: fs-12345678
      rootDirectory: /data
      transitEncryption: ENABLED
  - name: logs
    efsVolumeConfiguration:
      fileSystemId: fs-12345678
      transitEncryption: 'ENABLED'
  - efsVolumeConfiguration: {fileSystemId: fs-1, transitEncryption: ENABLED}
`,
    },
    {
      // null is absent; describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [],
            "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": null } }]
          }
        }
      `,
      errors: [{ messageId: "missing", data: { volume: '"data"', key: "transitEncryption" }, line: 5, column: 35, endLine: 5, endColumn: 59 }],
      output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [],
    "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "transitEncryption": "ENABLED" } }]
  }
}
`,
    },
    {
      // A merged DISABLED: reported where it is written, fixed by an own member that overrides it.
      ...yaml`
        x-efs: &efs
          transitEncryption: DISABLED
        family: web
        containerDefinitions: []
        volumes:
          - name: data
            efsVolumeConfiguration:
              <<: *efs
              fileSystemId: fs-1
      `,
      errors: [{ messageId: "disabled", data: { volume: '"data"', key: "transitEncryption" }, line: 2, column: 22, endLine: 2, endColumn: 30 }],
      output: `x-efs: &efs
  transitEncryption: DISABLED
family: web
containerDefinitions: []
volumes:
  - name: data
    efsVolumeConfiguration:
      <<: *efs
      fileSystemId: fs-1
      transitEncryption: ENABLED
`,
    },
    // CloudFormation (AWS::ECS::TaskDefinition): EFSVolumeConfiguration in its spelling; the fix writes TransitEncryption; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions: []
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
                - Name: shared
                  EFSVolumeConfiguration:
                    FilesystemId: fs-12345678
                    TransitEncryption: DISABLED
      `,
      errors: [
        { messageId: "missing", data: { volume: '"data"', key: "TransitEncryption" }, line: 8, column: 11, endLine: 8, endColumn: 33 },
        { messageId: "disabled", data: { volume: '"shared"', key: "TransitEncryption" }, line: 13, column: 32, endLine: 13, endColumn: 40 },
      ],
      output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: []
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: !Ref FileSystem
            TransitEncryption: ENABLED
        - Name: shared
          EFSVolumeConfiguration:
            FilesystemId: fs-12345678
            TransitEncryption: ENABLED
`,
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [],
                "Volumes": [{ "Name": "data", "EFSVolumeConfiguration": { "FilesystemId": { "Ref": "FileSystem" } } }]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "missing", data: { volume: '"data"', key: "TransitEncryption" }, line: 7, column: 39, endLine: 7, endColumn: 63 },
      ],
      output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [],
        "Volumes": [{ "Name": "data", "EFSVolumeConfiguration": { "FilesystemId": { "Ref": "FileSystem" }, "TransitEncryption": "ENABLED" } }]
      }
    }
  }
}
`,
    },
  ],
});
