import rule from "../../src/rules/ecs-efs-volume.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-efs-volume", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [],
        "volumes": [
          {
            "name": "data",
            "efsVolumeConfiguration": {
              "fileSystemId": "fs-12345678",
              "rootDirectory": "/",
              "transitEncryption": "ENABLED",
              "authorizationConfig": { "accessPointId": "fsap-1234567890abcdef0", "iam": "ENABLED" }
            }
          },
          { "name": "plain", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "rootDirectory": "/data" } },
          { "name": "iam-off", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "authorizationConfig": { "iam": "DISABLED" } } }
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
            authorizationConfig:
              accessPointId: fsap-1234567890abcdef0
    `,
    // Unknown values are not judged; a merge key may supply anything.
    json`
      {
        "family": "web",
        "containerDefinitions": [],
        "volumes": [
          {
            "name": "a",
            "efsVolumeConfiguration": {
              "fileSystemId": "\${FS_ID}",
              "transitEncryption": "\${TRANSIT}",
              "rootDirectory": "\${ROOT}",
              "authorizationConfig": { "accessPointId": "\${AP}", "iam": "\${IAM}" }
            }
          },
          { "name": "b", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "authorizationConfig": { "iam": "\${IAM}" } } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions: []
      volumes:
        - name: a
          efsVolumeConfiguration:
            <<: *efs-defaults
            authorizationConfig:
              accessPointId: !Ref AccessPoint
        - name: b
          efsVolumeConfiguration:
            fileSystemId: fs-1
            authorizationConfig:
              <<: *auth-defaults
              iam: DISABLED
    `,
    // CloudFormation (AWS::ECS::TaskDefinition): EFSVolumeConfiguration, FilesystemId and IAM in its spelling; an access point given by Ref counts; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions: []
            Volumes:
              - Name: data
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  RootDirectory: /
                  TransitEncryption: ENABLED
                  AuthorizationConfig:
                    AccessPointId: !Ref AccessPoint
                    IAM: ENABLED
              - Name: conditional
                EFSVolumeConfiguration:
                  FilesystemId: !ImportValue shared-file-system
                  TransitEncryption: !If [Encrypt, ENABLED, DISABLED]
                  AuthorizationConfig:
                    IAM: !If [UseIam, ENABLED, DISABLED]
    `,
  ],
  invalid: [
    {
      // IAM authorization without transit encryption; no fileSystemId.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [],
          "volumes": [
            { "name": "data", "efsVolumeConfiguration": { "authorizationConfig": { "iam": "ENABLED" } } }
          ]
        }
      `,
      errors: [
        { messageId: "missingFileSystemId", data: { volume: '"data"', key: "fileSystemId" }, line: 5, column: 23, endLine: 5, endColumn: 47 },
        {
          messageId: "iamWithoutTransitEncryption",
          data: { volume: '"data"', key: "transitEncryption" },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 47,
          suggestions: [
            {
              messageId: "enableTransitEncryption",
              data: { key: "transitEncryption" },
              output: `{
  "family": "web",
  "containerDefinitions": [],
  "volumes": [
    { "name": "data", "efsVolumeConfiguration": { "authorizationConfig": { "iam": "ENABLED" }, "transitEncryption": "ENABLED" } }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // An access point (even an unknown one) with transit encryption DISABLED and a root directory.
      ...yaml`
        family: web
        containerDefinitions: []
        volumes:
          - name: data
            efsVolumeConfiguration:
              fileSystemId: fs-12345678
              rootDirectory: /data
              transitEncryption: DISABLED
              authorizationConfig:
                accessPointId: !Ref AccessPoint
      `,
      errors: [
        {
          messageId: "rootDirectoryWithAccessPoint",
          data: { volume: '"data"', key: "rootDirectory", value: '"/data"' },
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: "removeRootDirectory",
              data: { key: "rootDirectory" },
              output: `family: web
containerDefinitions: []
volumes:
  - name: data
    efsVolumeConfiguration:
      fileSystemId: fs-12345678
      transitEncryption: DISABLED
      authorizationConfig:
        accessPointId: !Ref AccessPoint
`,
            },
          ],
        },
        {
          messageId: "accessPointWithoutTransitEncryption",
          data: { volume: '"data"', key: "transitEncryption" },
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 34,
          suggestions: [
            {
              messageId: "enableTransitEncryption",
              data: { key: "transitEncryption" },
              output: `family: web
containerDefinitions: []
volumes:
  - name: data
    efsVolumeConfiguration:
      fileSystemId: fs-12345678
      rootDirectory: /data
      transitEncryption: ENABLED
      authorizationConfig:
        accessPointId: !Ref AccessPoint
`,
            },
          ],
        },
      ],
    },
    {
      // Both IAM and an access point; describe-task-definition output; null transit encryption is absent.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [],
            "volumes": [
              {
                "efsVolumeConfiguration": {
                  "fileSystemId": "fs-1",
                  "transitEncryption": null,
                  "authorizationConfig": { "accessPointId": "fsap-1", "iam": "ENABLED" }
                }
              }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "bothWithoutTransitEncryption",
          data: { volume: "#1", key: "transitEncryption" },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: "enableTransitEncryption",
              data: { key: "transitEncryption" },
              output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [],
    "volumes": [
      {
        "efsVolumeConfiguration": {
          "fileSystemId": "fs-1",
          "transitEncryption": "ENABLED",
          "authorizationConfig": { "accessPointId": "fsap-1", "iam": "ENABLED" }
        }
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
      // A root directory from a merge: reported where written, no removal offered.
      ...yaml`
        x-efs: &efs
          rootDirectory: /shared
        family: web
        containerDefinitions: []
        volumes:
          - name: data
            efsVolumeConfiguration:
              <<: *efs
              fileSystemId: fs-1
              transitEncryption: ENABLED
              authorizationConfig: {accessPointId: fsap-1}
          - name: empty
            efsVolumeConfiguration: {}
      `,
      errors: [
        { messageId: "rootDirectoryWithAccessPoint", data: { volume: '"data"', key: "rootDirectory", value: '"/shared"' }, line: 2, column: 18, endLine: 2, endColumn: 25 },
        { messageId: "missingFileSystemId", data: { volume: '"empty"', key: "fileSystemId" }, line: 13, column: 5, endLine: 13, endColumn: 27 },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): EFSVolumeConfiguration, FilesystemId and IAM in its spelling; an access point given by Ref counts; intrinsics are unknown.
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
                    RootDirectory: /data
                    AuthorizationConfig:
                      AccessPointId: !Ref AccessPoint
                      IAM: ENABLED
                - Name: shared
                  EFSVolumeConfiguration:
                    TransitEncryption: ENABLED
      `,
      errors: [
        { messageId: "bothWithoutTransitEncryption", data: { volume: '"data"', key: "TransitEncryption" }, line: 8, column: 11, endLine: 8, endColumn: 33,
          suggestions: [
            { messageId: "enableTransitEncryption", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: []
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: !Ref FileSystem
            RootDirectory: /data
            AuthorizationConfig:
              AccessPointId: !Ref AccessPoint
              IAM: ENABLED
            TransitEncryption: ENABLED
        - Name: shared
          EFSVolumeConfiguration:
            TransitEncryption: ENABLED
` },
          ],
        },
        { messageId: "rootDirectoryWithAccessPoint", data: { volume: '"data"', key: "RootDirectory", value: '"/data"' }, line: 10, column: 28, endLine: 10, endColumn: 33,
          suggestions: [
            { messageId: "removeRootDirectory", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions: []
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: !Ref FileSystem
            AuthorizationConfig:
              AccessPointId: !Ref AccessPoint
              IAM: ENABLED
        - Name: shared
          EFSVolumeConfiguration:
            TransitEncryption: ENABLED
` },
          ],
        },
        { messageId: "missingFileSystemId", data: { volume: '"shared"', key: "FilesystemId" }, line: 15, column: 11, endLine: 15, endColumn: 33 },
      ],
    },
  ],
});
