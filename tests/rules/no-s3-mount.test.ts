import rule from "../../src/rules/no-s3-mount.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const S3FILES = "s3filesVolumeConfiguration";

runRule("no-s3-mount", rule, {
  valid: [
    // S3 Files is the supported way to work with S3 data as files: never reported.
    json`
      {
        "family": "ml",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "1024",
        "memory": "2048",
        "taskRoleArn": "arn:aws:iam::123456789012:role/ml-task",
        "containerDefinitions": [{ "name": "train", "image": "train:1", "mountPoints": [{ "sourceVolume": "datasets", "containerPath": "/mnt/datasets" }] }],
        "volumes": [
          { "name": "datasets", "s3filesVolumeConfiguration": { "fileSystemArn": "arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0" } }
        ]
      }
    `,
    yaml`
      family: ml
      containerDefinitions:
        - name: train
          image: train:1
      volumes:
        - name: datasets
          s3filesVolumeConfiguration:
            fileSystemArn: arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0
            rootDirectory: /images
        - name: shared
          efsVolumeConfiguration:
            fileSystemId: fs-12345678
            transitEncryption: ENABLED
        - name: ebs
          dockerVolumeConfiguration:
            driver: rexray/ebs
            scope: shared
            autoprovision: true
        - name: scratch
          dockerVolumeConfiguration:
            driver: local
            scope: task
            driverOpts: {type: tmpfs, device: tmpfs}
        - name: cache
          host:
            sourcePath: /mnt/s3-cache
        - name: efs-on-host
          host:
            sourcePath: /mnt/efs/uploads
    `,
    // Unknown values are not judged.
    json`
      {
        "family": "web",
        "containerDefinitions": [],
        "volumes": [
          { "name": "a", "dockerVolumeConfiguration": { "driver": "\${VOLUME_DRIVER}" } },
          { "name": "b", "efsVolumeConfiguration": { "fileSystemId": "\${FILE_SYSTEM_ID}" } },
          { "name": "c", "efsVolumeConfiguration": { "fileSystemId": { "Ref": "FileSystem" } } },
          { "name": "d", "host": { "sourcePath": "\${S3FS_MOUNT}" } }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions: []
      volumes:
        - name: a
          dockerVolumeConfiguration:
            driver: !Ref VolumeDriver
        - name: b
          <<: *volumeDefaults
    `,
    // A bare container list has no volumes.
    json`[{ "name": "app", "image": "app:1", "mountPoints": [{ "sourceVolume": "s3fs", "containerPath": "/data" }] }]`,
    // CloudFormation: file systems and drivers from intrinsics are unknown; an S3 Files volume is the supported way.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
            Volumes:
              - Name: efs
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
              - Name: attr
                EFSVolumeConfiguration:
                  FilesystemId: !GetAtt FileSystem.FileSystemId
              - Name: plugin
                DockerVolumeConfiguration:
                  Driver: !Ref VolumeDriver
              - Name: files
                S3FilesVolumeConfiguration:
                  FileSystemArn: !Sub "arn:\${AWS::Partition}:s3files:\${AWS::Region}:\${AWS::AccountId}:file-system/\${S3FileSystem}"
    `,
    // Kubernetes: Mountpoint for Amazon S3 on EC2 nodes, inline or through a claim; a host path named plain s3.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: ui
      spec:
        template:
          spec:
            containers:
              - name: ui
                image: public.ecr.aws/aws-containers/retail-store-sample-ui:1.2.1
            volumes:
              - name: inline
                csi:
                  driver: s3.csi.aws.com
                  volumeAttributes: {bucketName: amzn-s3-demo-bucket}
              - name: claim
                persistentVolumeClaim:
                  claimName: s3-claim
              - name: cache
                hostPath:
                  path: /mnt/s3/cache
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata:
        name: s3-pv
      spec:
        capacity: {storage: 1Gi}
        accessModes: [ReadWriteMany]
        csi:
          driver: s3.csi.aws.com
          volumeHandle: s3-csi-driver-volume
    `,
    // Kubernetes: Fargate pods with EFS, a claim found nowhere, an unknown driver.
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "app", "labels": { "eks.amazonaws.com/fargate-profile": "fp-default" } },
        "spec": {
          "containers": [{ "name": "app", "image": "public.ecr.aws/docker/library/busybox:1.36" }],
          "volumes": [
            { "name": "efs", "persistentVolumeClaim": { "claimName": "efs-claim" } },
            { "name": "elsewhere", "persistentVolumeClaim": { "claimName": "s3-claim" } },
            { "name": "templated", "csi": { "driver": "\${CSI_DRIVER}" } }
          ]
        }
      }
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "uploads",
          "containerDefinitions": [{ "name": "app", "image": "app:1", "mountPoints": [{ "sourceVolume": "bucket", "containerPath": "/uploads" }] }],
          "volumes": [
            {
              "name": "bucket",
              "dockerVolumeConfiguration": { "scope": "shared", "autoprovision": true, "driver": "rexray/s3fs" }
            }
          ]
        }
      `,
      errors: [{ messageId: "s3Driver", data: { volume: '"bucket"', driver: '"rexray/s3fs"', s3files: S3FILES }, line: 7, column: 90, endLine: 7, endColumn: 103 }],
    },
    {
      ...yaml`
        family: uploads
        containerDefinitions:
          - name: app
            image: app:1
        volumes:
          - name: media
            dockerVolumeConfiguration:
              driver: rexray/s3fs:latest
              driverOpts:
                bucket: my-media
          - name: reports
            dockerVolumeConfiguration:
              driver: s3fs
          - name: exports
            dockerVolumeConfiguration:
              driver: docker.io/mochoa/s3fs-volume-plugin:latest
          - name: anyfs
            dockerVolumeConfiguration:
              driver: ghcr.io/wtnb75/anyfs
              driverOpts:
                type: s3fs
                src: my-bucket
      `,
      errors: [
        { messageId: "s3Driver", data: { volume: '"media"', driver: '"rexray/s3fs:latest"', s3files: S3FILES }, line: 8, column: 15, endLine: 8, endColumn: 33 },
        { messageId: "s3Driver", data: { volume: '"reports"', driver: '"s3fs"', s3files: S3FILES }, line: 13, column: 15, endLine: 13, endColumn: 19 },
        { messageId: "s3Driver", data: { volume: '"exports"', driver: '"docker.io/mochoa/s3fs-volume-plugin:latest"', s3files: S3FILES }, line: 16, column: 15, endLine: 16, endColumn: 57 },
        { messageId: "s3FuseType", data: { volume: '"anyfs"', type: '"s3fs"', s3files: S3FILES }, line: 21, column: 15, endLine: 21, endColumn: 19 },
      ],
    },
    {
      // An S3 bucket, or an S3 Files file system, given to an EFS volume.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [],
          "volumes": [
            { "name": "a", "efsVolumeConfiguration": { "fileSystemId": "arn:aws:s3:::my-bucket" } },
            { "name": "b", "efsVolumeConfiguration": { "fileSystemId": "s3://my-bucket/prefix" } },
            { "name": "c", "efsVolumeConfiguration": { "fileSystemId": "arn:aws:s3:::\${BUCKET}" } },
            { "name": "d", "efsVolumeConfiguration": { "fileSystemId": "my-bucket.s3.eu-west-1.amazonaws.com" } },
            { "name": "e", "efsVolumeConfiguration": { "fileSystemId": "arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0" } }
          ]
        }
      `,
      errors: [
        { messageId: "bucketAsEfs", data: { volume: '"a"', key: "fileSystemId", s3files: S3FILES }, line: 5, column: 64, endLine: 5, endColumn: 88 },
        { messageId: "bucketAsEfs", data: { volume: '"b"', key: "fileSystemId", s3files: S3FILES }, line: 6, column: 64, endLine: 6, endColumn: 87 },
        { messageId: "bucketAsEfs", data: { volume: '"c"', key: "fileSystemId", s3files: S3FILES }, line: 7, column: 64, endLine: 7, endColumn: 88 },
        { messageId: "bucketAsEfs", data: { volume: '"d"', key: "fileSystemId", s3files: S3FILES }, line: 8, column: 64, endLine: 8, endColumn: 102 },
        {
          messageId: "s3FilesAsEfs",
          data: { volume: '"e"', key: "fileSystemId", s3files: S3FILES, fileSystemArn: "fileSystemArn" },
          line: 9,
          column: 64,
          endLine: 9,
          endColumn: 137,
        },
      ],
    },
    {
      // A host path under an s3fs or goofys mount on the instance.
      ...yaml`
        family: web
        containerDefinitions: []
        volumes:
          - name: uploads
            host:
              sourcePath: /mnt/s3fs/uploads
          - name: assets
            host: {sourcePath: /var/goofys-assets}
      `,
      errors: [
        { messageId: "s3fsHostPath", data: { volume: '"uploads"', path: '"/mnt/s3fs/uploads"', s3files: S3FILES }, line: 6, column: 19, endLine: 6, endColumn: 36 },
        { messageId: "s3fsHostPath", data: { volume: '"assets"', path: '"/var/goofys-assets"', s3files: S3FILES }, line: 8, column: 24, endLine: 8, endColumn: 42 },
      ],
    },
    {
      // describe-task-definition output; a volume without a name.
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": [],
            "volumes": [{ "dockerVolumeConfiguration": { "driver": "kolbyjack/s3fs" } }]
          }
        }
      `,
      errors: [{ messageId: "s3Driver", data: { volume: "#1", driver: '"kolbyjack/s3fs"', s3files: S3FILES }, line: 4, column: 60, endLine: 4, endColumn: 76 }],
    },
    {
      // A YAML merge key: the driver comes from the anchor and is reported there, once.
      ...yaml`
        x-s3: &s3
          driver: rexray/s3fs
          scope: shared
        family: web
        containerDefinitions: []
        volumes:
          - name: one
            dockerVolumeConfiguration:
              <<: *s3
          - name: two
            dockerVolumeConfiguration: *s3
      `,
      errors: [
        { messageId: "s3Driver", data: { volume: '"one"', driver: '"rexray/s3fs"', s3files: S3FILES }, line: 2, column: 11, endLine: 2, endColumn: 22 },
        { messageId: "s3Driver", data: { volume: '"two"', driver: '"rexray/s3fs"', s3files: S3FILES }, line: 2, column: 11, endLine: 2, endColumn: 22 },
      ],
    },
    {
      // CloudFormation: messages spell CloudFormation's keys; a Sub ARN is judged on its literal start.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
              Volumes:
                - Name: bucket
                  DockerVolumeConfiguration:
                    Driver: rexray/s3fs
                    Scope: shared
                - Name: efs
                  EFSVolumeConfiguration:
                    FilesystemId: !Sub "arn:\${AWS::Partition}:s3:::\${Bucket}"
                - Name: s3files
                  EFSVolumeConfiguration:
                    FilesystemId: arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0
      `,
      errors: [
        { messageId: "s3Driver", data: { volume: '"bucket"', driver: '"rexray/s3fs"', s3files: "S3FilesVolumeConfiguration" }, line: 11, column: 21, endLine: 11, endColumn: 32 },
        { messageId: "bucketAsEfs", data: { volume: '"efs"', key: "FilesystemId", s3files: "S3FilesVolumeConfiguration" }, line: 15, column: 27, endLine: 15, endColumn: 70 },
        {
          messageId: "s3FilesAsEfs",
          data: { volume: '"s3files"', key: "FilesystemId", s3files: "S3FilesVolumeConfiguration", fileSystemArn: "FileSystemArn" },
          line: 18,
          column: 27,
          endLine: 18,
          endColumn: 98,
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
                "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0" }],
                "Volumes": [
                  { "Name": "fuse", "DockerVolumeConfiguration": { "Driver": "local", "DriverOpts": { "type": "fuse.s3fs" } } },
                  { "Name": "host", "Host": { "SourcePath": "/mnt/s3fs/data" } }
                ]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "s3FuseType", data: { volume: '"fuse"', type: '"fuse.s3fs"', s3files: "S3FilesVolumeConfiguration" }, line: 8, column: 103, endLine: 8, endColumn: 114 },
        { messageId: "s3fsHostPath", data: { volume: '"host"', path: '"/mnt/s3fs/data"', s3files: "S3FilesVolumeConfiguration" }, line: 9, column: 53, endLine: 9, endColumn: 69 },
      ],
    },
    // Kubernetes: S3 FUSE volumes in a pod: a CSI driver, a FlexVolume driver, a host path in an s3fs mount.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: uploads
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: public.ecr.aws/docker/library/busybox:1.36
              volumes:
                - name: bucket
                  csi:
                    driver: ch.ctrox.csi.s3-driver
                    volumeAttributes: {bucket: uploads}
                - name: flex
                  flexVolume:
                    driver: informaticslab/s3-fuse-flex-volume
                - name: fuse
                  hostPath:
                    path: /mnt/s3fs/uploads
      `,
      errors: [
        {
          messageId: "fuseDriver",
          data: {"holder":"Volume \"bucket\"","type":"CSI","driver":"\"ch.ctrox.csi.s3-driver\""},
          line: 14,
          column: 21,
          endLine: 14,
          endColumn: 43,
        },
        {
          messageId: "fuseDriver",
          data: {"holder":"Volume \"flex\"","type":"FlexVolume","driver":"\"informaticslab/s3-fuse-flex-volume\""},
          line: 18,
          column: 21,
          endLine: 18,
          endColumn: 55,
        },
        {
          messageId: "fuseHostPath",
          data: {"holder":"Volume \"fuse\"","path":"\"/mnt/s3fs/uploads\""},
          line: 21,
          column: 19,
          endLine: 21,
          endColumn: 36,
        },
      ],
    },
    // Kubernetes: a PersistentVolume and a StorageClass of an S3 FUSE driver (a List).
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "v1",
              "kind": "PersistentVolume",
              "metadata": { "name": "bucket" },
              "spec": { "capacity": { "storage": "10Gi" }, "accessModes": ["ReadWriteMany"], "csi": { "driver": "ru.yandex.s3.csi", "volumeHandle": "uploads" } }
            },
            { "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": { "name": "csi-s3" }, "provisioner": "ch.ctrox.csi.s3-driver" }
          ]
        }
      `,
      errors: [
        {
          messageId: "fuseDriver",
          data: {"holder":"PersistentVolume \"bucket\"","type":"CSI","driver":"\"ru.yandex.s3.csi\""},
          line: 9,
          column: 105,
          endLine: 9,
          endColumn: 123,
        },
        {
          messageId: "fuseProvisioner",
          data: {"holder":"StorageClass \"csi-s3\"","driver":"\"ch.ctrox.csi.s3-driver\""},
          line: 11,
          column: 115,
          endLine: 11,
          endColumn: 139,
        },
      ],
    },
    // Kubernetes: Mountpoint for Amazon S3 in pods bound to Fargate: inline, through a claim in the same file, through the project index.
    {
      ...yaml`
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: media
        spec:
          capacity: {storage: 1Gi}
          accessModes: [ReadWriteMany]
          csi: {driver: s3.csi.aws.com, volumeHandle: media}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: media
          namespace: ui
        spec:
          accessModes: [ReadWriteMany]
          storageClassName: ""
          volumeName: media
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: ui
          namespace: ui
        spec:
          template:
            metadata:
              labels:
                eks.amazonaws.com/fargate-profile: ui
            spec:
              containers:
                - name: ui
                  image: public.ecr.aws/aws-containers/retail-store-sample-ui:1.2.1
              volumes:
                - name: inline
                  csi:
                    driver: s3.csi.aws.com
                - name: media
                  persistentVolumeClaim:
                    claimName: media
                - name: shared
                  persistentVolumeClaim:
                    claimName: s3-claim
      `,
      settings: {"aws-containers":{"project":["tests/fixtures/project-no-s3-mount/*.yaml"]}}, 
      errors: [
        {
          messageId: "mountpointOnFargate",
          data: {"holder":"Volume \"inline\"","through":""},
          line: 37,
          column: 21,
          endLine: 37,
          endColumn: 35,
        },
        {
          messageId: "mountpointOnFargate",
          data: {"holder":"Volume \"media\"","through":" (through claim \"media\")"},
          line: 40,
          column: 24,
          endLine: 40,
          endColumn: 29,
        },
        {
          messageId: "mountpointOnFargate",
          data: {"holder":"Volume \"shared\"","through":" (through claim \"s3-claim\")"},
          line: 43,
          column: 24,
          endLine: 43,
          endColumn: 32,
        },
      ],
    },
    // Kubernetes: a Fargate node selector; the claim's class provisions Mountpoint volumes.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": { "name": "s3" }, "provisioner": "s3.csi.aws.com" },
            { "apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": { "name": "data" }, "spec": { "accessModes": ["ReadWriteMany"], "storageClassName": "s3" } },
            {
              "apiVersion": "batch/v1",
              "kind": "Job",
              "metadata": { "name": "import" },
              "spec": {
                "template": {
                  "spec": {
                    "nodeSelector": { "eks.amazonaws.com/compute-type": "fargate" },
                    "containers": [{ "name": "import", "image": "public.ecr.aws/docker/library/busybox:1.36" }],
                    "volumes": [{ "name": "data", "persistentVolumeClaim": { "claimName": "data" } }],
                    "restartPolicy": "Never"
                  }
                }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "mountpointOnFargate",
          data: {"holder":"Volume \"data\"","through":" (through claim \"data\")"},
          line: 16,
          column: 83,
          endLine: 16,
          endColumn: 89,
        },
      ],
    },
  ],
});
