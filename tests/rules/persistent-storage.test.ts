import rule from "../../src/rules/persistent-storage.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** Message data in the API's key style. */
function data(container: string, image: string, path: string, volume?: string): Record<string, string> {
  return { container, image, path, efs: "efsVolumeConfiguration", ebs: "configuredAtLaunch", ...(volume === undefined ? {} : { volume }) };
}

runRule("persistent-storage", rule, {
  valid: [
    // The data directory on EFS.
    json`
      {
        "family": "db",
        "requiresCompatibilities": ["FARGATE"],
        "containerDefinitions": [{
          "name": "postgres",
          "image": "postgres:16",
          "mountPoints": [{ "sourceVolume": "pgdata", "containerPath": "/var/lib/postgresql/data" }]
        }],
        "volumes": [{ "name": "pgdata", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } }]
      }
    `,
    // A parent of the data directory counts; EBS configured at launch, FSx and S3 Files count as persistent.
    yaml`
      family: data
      containerDefinitions:
        - name: mysql
          image: mysql:8.4
          mountPoints:
            - {sourceVolume: efs, containerPath: /var/lib}
        - name: mongo
          image: mongo:7
          mountPoints:
            - {sourceVolume: ebs, containerPath: /data/db/}
        - name: search
          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
          mountPoints:
            - {sourceVolume: files, containerPath: /usr/share/elasticsearch/data}
        - name: postgres
          image: postgres:18
          mountPoints:
            - {sourceVolume: efs, containerPath: /var/lib/postgresql}
      volumes:
        - name: efs
          efsVolumeConfiguration: {fileSystemId: fs-12345678}
        - name: ebs
          configuredAtLaunch: true
        - name: files
          s3filesVolumeConfiguration: {fileSystemArn: "arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0"}
    `,
    // Not stateful: caches, web servers, and stateful images running a client or a one-off command.
    json`
      {
        "family": "misc",
        "containerDefinitions": [
          { "name": "cache", "image": "redis:7" },
          { "name": "web", "image": "nginx:1.27" },
          { "name": "migrate", "image": "postgres:16", "command": ["psql", "-h", "db", "-f", "/migrations/up.sql"] },
          { "name": "backup", "image": "mongo:7", "entryPoint": ["mongodump"], "command": ["--uri", "mongodb://db"] },
          { "name": "shell", "image": "mysql:8", "entryPoint": ["sh", "-c"], "command": ["mysqld --datadir=/x"] },
          { "name": "topics", "image": "apache/kafka:3.8.0", "command": ["/opt/kafka/bin/kafka-topics.sh", "--list"] },
          { "name": "consul-client", "image": "hashicorp/consul:1.19", "command": ["agent", "-retry-join", "consul.internal"] },
          { "name": "consul-dev", "image": "hashicorp/consul:1.19", "command": ["agent", "-server", "-dev"] },
          { "name": "influx", "image": "influxdb:latest" },
          { "name": "minio-help", "image": "minio/minio" },
          { "name": "etcd", "image": "quay.io/coreos/etcd:v3.5.15" }
        ]
      }
    `,
    // The data directory moved by the environment or the command line, onto the mounted volume.
    yaml`
      family: db
      containerDefinitions:
        - name: postgres
          image: postgres:16
          environment:
            - {name: PGDATA, value: /var/lib/postgresql/data/pgdata}
          mountPoints:
            - {sourceVolume: efs, containerPath: /var/lib/postgresql/data}
        - name: mongo
          image: mongo:7
          command: [--dbpath, /srv/mongo, --bind_ip_all]
          mountPoints:
            - {sourceVolume: efs, containerPath: /srv}
      volumes:
        - name: efs
          efsVolumeConfiguration: {fileSystemId: fs-12345678}
    `,
    // Unknown: the image, the command, the environment, mount points and volumes that cannot be read.
    json`
      {
        "family": "db",
        "containerDefinitions": [
          { "name": "a", "image": "\${DB_IMAGE}" },
          { "name": "b", "image": { "Ref": "DbImage" } },
          { "name": "c", "image": "postgres:16", "command": ["\${DB_COMMAND}"] },
          { "name": "d", "image": "postgres:16", "environment": [{ "name": "PGDATA", "value": "\${PGDATA}" }] },
          { "name": "e", "image": "postgres:16", "environmentFiles": [{ "value": "arn:aws:s3:::config/db.env", "type": "s3" }] },
          { "name": "f", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "data", "containerPath": "\${DATA_DIR}" }] },
          { "name": "g", "image": "postgres:16", "volumesFrom": [{ "sourceContainer": "data" }] },
          { "name": "h", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "unknown", "containerPath": "/var/lib/postgresql/data" }] },
          { "name": "i", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "plugin", "containerPath": "/var/lib/postgresql/data" }] },
          { "name": "j", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "efs-on-host", "containerPath": "/var/lib/postgresql/data" }] },
          { "name": "k", "image": "\${NAMESPACE}/postgresql:16" },
          { "name": "l", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "templated", "containerPath": "/var/lib/postgresql/data" }] }
        ],
        "volumes": [
          { "name": "plugin", "dockerVolumeConfiguration": { "driver": "rexray/ebs", "scope": "shared" } },
          { "name": "efs-on-host", "host": { "sourcePath": "/mnt/efs/postgres" } },
          { "name": "templated", "host": { "sourcePath": { "Ref": "DataPath" } } }
        ]
      }
    `,
    yaml`
      family: db
      containerDefinitions:
        - name: a
          image: !Ref DbImage
        - name: b
          image: postgres:16
          mountPoints: !Ref Mounts
        - name: c
          image: postgres:16
          mountPoints:
            - <<: *mount
        - name: d
          image: postgres:16
          mountPoints:
            - {sourceVolume: data, containerPath: /var/lib/postgresql/data}
      volumes:
        - name: data
          <<: *volume
    `,
    // A YAML merge key may supply any member of a volume (here EFS): not judged.
    yaml`
      x-volume: &task-volume
        dockerVolumeConfiguration: {scope: task}
      family: db
      containerDefinitions:
        - name: couchdb
          image: couchdb:3
          mountPoints:
            - {sourceVolume: data, containerPath: /opt/couchdb/data}
      volumes:
        - name: data
          <<: *task-volume
    `,
    // A bare container list: the volumes are elsewhere (Terraform), so a mounted data directory is not judged.
    json`[{ "name": "db", "image": "postgres:16", "essential": true, "mountPoints": [{ "sourceVolume": "pgdata", "containerPath": "/var/lib/postgresql/data" }] }]`,
    // A mount inside the data directory: a deliberate layout, not judged.
    json`
      {
        "family": "db",
        "containerDefinitions": [{ "name": "db", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "wal", "containerPath": "/var/lib/postgresql/data/pg_wal" }] }],
        "volumes": [{ "name": "wal", "host": {} }]
      }
    `,
    // Windows tasks are not judged.
    json`
      {
        "family": "db",
        "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "containerDefinitions": [{ "name": "db", "image": "mcr.microsoft.com/mssql/server:2022-latest" }]
      }
    `,
    // Options: an empty list removes a built-in image.
    {
      ...json`{ "family": "test", "containerDefinitions": [{ "name": "db", "image": "postgres:16", "essential": true }] }`,
      options: [{ images: { postgres: [] } }],
    },
    // CloudFormation: EFS and "true" for ConfiguredAtLaunch are persistent; images, commands and volumes from intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: db
                Image: postgres:16
                MountPoints:
                  - SourceVolume: efs
                    ContainerPath: /var/lib/postgresql/data
              - Name: mysql
                Image: mysql:8.0
                MountPoints:
                  - SourceVolume: ebs
                    ContainerPath: /var/lib/mysql
              - Name: mongo
                Image: !Ref MongoImage
              - Name: es
                Image: !Sub "\${Registry}/\${Engine}:8.13.0"
              - Name: kafka
                Image: apache/kafka:3.7.0
                Environment:
                  - Name: KAFKA_LOG_DIRS
                    Value: !Ref LogDirs
              - Name: rabbit
                Image: rabbitmq:3.13
                MountPoints:
                  - SourceVolume: !Ref VolumeName
                    ContainerPath: /var/lib/rabbitmq
            Volumes:
              - Name: efs
                EFSVolumeConfiguration:
                  FilesystemId: !Ref FileSystem
                  TransitEncryption: ENABLED
              - Name: ebs
                ConfiguredAtLaunch: "true"
    `,
    // Kubernetes: the data directory on a StatefulSet's claim (which replaces a pod volume of the same name) or a PersistentVolumeClaim.
    yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: catalog-mysql-ebs
      spec:
        serviceName: catalog-mysql-ebs
        template:
          spec:
            containers:
              - name: mysql
                image: public.ecr.aws/docker/library/mysql:8.0
                volumeMounts:
                  - name: data
                    mountPath: /var/lib/mysql
            volumes:
              - name: data
                emptyDir: {}
        volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: [ReadWriteOnce]
              storageClassName: ebs-csi-default-sc
              resources: {requests: {storage: 30Gi}}
    `,
    json`
      {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": { "name": "db" },
        "spec": {
          "template": {
            "spec": {
              "containers": [{ "name": "postgres", "image": "postgres:16", "volumeMounts": [{ "name": "pgdata", "mountPath": "/var/lib/postgresql" }] }],
              "volumes": [{ "name": "pgdata", "persistentVolumeClaim": { "claimName": "pgdata" } }]
            }
          }
        }
      }
    `,
    // Kubernetes: Jobs, clients, init containers, shared-storage host paths, values that cannot be read, patches.
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: restore
      spec:
        template:
          spec:
            containers:
              - name: postgres
                image: postgres:16
            restartPolicy: Never
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: tools
      spec:
        template:
          spec:
            initContainers:
              - name: wait
                image: mysql:8.4
            containers:
              - name: dump
                image: mongo:7
                command: [mongodump]
                args: [--uri, mongodb://db]
              - name: pg
                image: postgres:16
                env:
                  - name: PGDATA
                    valueFrom: {configMapKeyRef: {name: db, key: pgdata}}
              - name: es
                image: opensearchproject/opensearch:2.17.0
                envFrom: [{configMapRef: {name: search}}]
              - name: templated
                image: "{{ image }}"
              - name: nfs
                image: rabbitmq:3.13
                volumeMounts: [{name: shared, mountPath: /var/lib/rabbitmq}]
            volumes:
              - name: shared
                hostPath: {path: /mnt/efs/rabbitmq}
    `,
    { ...yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        template:
          spec:
            containers:
              - name: postgres
                image: postgres:17
    `, filename: "statefulset-patch.yaml", },
    // Kubernetes: a DaemonSet's pod, or a pod pinned to a node, comes back to the same host path.
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: consul
      spec:
        template:
          spec:
            containers:
              - name: consul
                image: hashicorp/consul:1.19
                args: [agent, -server, -data-dir=/consul/data]
                volumeMounts: [{name: data, mountPath: /consul/data}]
            volumes:
              - name: data
                hostPath: {path: /var/lib/consul}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: etcd
      spec:
        nodeName: ip-10-0-1-23.ec2.internal
        containers:
          - name: etcd
            image: registry.k8s.io/etcd:3.5.15-0
            command: [etcd, --data-dir=/var/lib/etcd]
            volumeMounts: [{name: data, mountPath: /var/lib/etcd}]
        volumes:
          - name: data
            hostPath: {path: /var/lib/etcd}
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "db",
          "requiresCompatibilities": ["FARGATE"],
          "containerDefinitions": [{ "name": "postgres", "image": "public.ecr.aws/docker/library/postgres:16.4", "essential": true }]
        }
      `,
      errors: [{ messageId: "notMounted", data: data('"postgres"', '"postgres"', '"/var/lib/postgresql/data"'), line: 4, column: 59, endLine: 4, endColumn: 104 }],
    },
    {
      // Task storage, host paths and local Docker volumes.
      ...yaml`
        family: data
        containerDefinitions:
          - name: mysql
            image: mysql:8.4
            mountPoints:
              - sourceVolume: scratch
                containerPath: /var/lib/mysql
          - name: mongo
            image: mongo:7
            mountPoints:
              - {sourceVolume: host, containerPath: /data/db}
          - name: queue
            image: rabbitmq:3-management
            mountPoints:
              - {sourceVolume: task-volume, containerPath: /var/lib/rabbitmq}
          - name: search
            image: opensearchproject/opensearch:2
            mountPoints:
              - {sourceVolume: shared-volume, containerPath: /usr/share/opensearch}
        volumes:
          - name: scratch
          - name: host
            host: {sourcePath: /data/mongo}
          - name: task-volume
            dockerVolumeConfiguration: {scope: task, driver: local}
          - name: shared-volume
            dockerVolumeConfiguration: {scope: shared, autoprovision: true}
      `,
      errors: [
        { messageId: "taskStorage", data: data('"mysql"', '"mysql"', '"/var/lib/mysql"', '"scratch"'), line: 6, column: 23, endLine: 6, endColumn: 30 },
        { messageId: "hostPath", data: data('"mongo"', '"mongo"', '"/data/db"', '"host"'), line: 11, column: 24, endLine: 11, endColumn: 28 },
        { messageId: "taskStorage", data: data('"queue"', '"rabbitmq"', '"/var/lib/rabbitmq"', '"task-volume"'), line: 15, column: 24, endLine: 15, endColumn: 35 },
        {
          messageId: "instanceVolume",
          data: data('"search"', '"opensearchproject/opensearch"', '"/usr/share/opensearch/data"', '"shared-volume"'),
          line: 19,
          column: 24,
          endLine: 19,
          endColumn: 37,
        },
      ],
    },
    {
      // PostgreSQL 18 keeps its data in /var/lib/postgresql/18/docker: the old mount point misses it. No tag means latest.
      ...json`
        {
          "family": "db",
          "containerDefinitions": [
            { "name": "pg18", "image": "postgres:18-alpine", "mountPoints": [{ "sourceVolume": "efs", "containerPath": "/var/lib/postgresql/data" }] },
            { "name": "latest", "image": "postgres" }
          ],
          "volumes": [{ "name": "efs", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]
        }
      `,
      errors: [
        { messageId: "notMounted", data: data('"pg18"', '"postgres"', '"/var/lib/postgresql/18/docker"'), line: 4, column: 32, endLine: 4, endColumn: 52 },
        { messageId: "notMounted", data: data('"latest"', '"postgres"', '"/var/lib/postgresql"'), line: 5, column: 34, endLine: 5, endColumn: 44 },
      ],
    },
    {
      // Several data directories, data directories from the command line, and publishers' own layouts.
      ...yaml`
        family: cluster
        containerDefinitions:
          - name: zookeeper
            image: zookeeper:3.9
          - name: mongo
            image: mongo:7
            command: [--dbpath=/srv/mongo]
            mountPoints:
              - {sourceVolume: efs, containerPath: /data/db}
          - name: consul
            image: hashicorp/consul:1.19
            command: [agent, -server, -bootstrap-expect=3, -data-dir=/opt/consul]
          - name: minio
            image: quay.io/minio/minio:RELEASE.2024-10-02T17-50-41Z
            command: [server, /data, --console-address, ":9001"]
          - name: bitnami
            image: bitnami/postgresql:16
          - name: mssql
            image: mcr.microsoft.com/mssql/server:2022-latest
          - name: kafka
            image: apache/kafka:3.8.0
          - name: search
            image: elasticsearch:8.15.0
            command: [eswrapper, -Epath.data=/esdata]
        volumes:
          - name: efs
            efsVolumeConfiguration: {fileSystemId: fs-12345678}
      `,
      errors: [
        { messageId: "notMounted", data: data('"zookeeper"', '"zookeeper"', '"/data" and "/datalog"'), line: 4, column: 12, endLine: 4, endColumn: 25 },
        { messageId: "notMounted", data: data('"mongo"', '"mongo"', '"/srv/mongo"'), line: 6, column: 12, endLine: 6, endColumn: 19 },
        { messageId: "notMounted", data: data('"consul"', '"hashicorp/consul"', '"/opt/consul"'), line: 11, column: 12, endLine: 11, endColumn: 33 },
        { messageId: "notMounted", data: data('"minio"', '"minio/minio"', '"/data"'), line: 14, column: 12, endLine: 14, endColumn: 60 },
        { messageId: "notMounted", data: data('"bitnami"', '"bitnami/postgresql"', '"/bitnami/postgresql"'), line: 17, column: 12, endLine: 17, endColumn: 33 },
        { messageId: "notMounted", data: data('"mssql"', '"mssql/server"', '"/var/opt/mssql"'), line: 19, column: 12, endLine: 19, endColumn: 54 },
        {
          messageId: "notMounted",
          data: data('"kafka"', '"apache/kafka"', '"/tmp/kraft-combined-logs" or "/tmp/kafka-logs"'),
          line: 21,
          column: 12,
          endLine: 21,
          endColumn: 30,
        },
        { messageId: "notMounted", data: data('"search"', '"elasticsearch"', '"/esdata"'), line: 23, column: 12, endLine: 23, endColumn: 32 },
      ],
    },
    {
      // Options: more images, by name or by repository; a user entry replaces a built-in one.
      ...json`
        {
          "family": "app",
          "containerDefinitions": [
            { "name": "a", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-db:1.0" },
            { "name": "b", "image": "ghcr.io/acme/ledger:2", "command": ["serve"] },
            { "name": "c", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "efs", "containerPath": "/var/lib/postgresql/data" }] }
          ],
          "volumes": [{ "name": "efs", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]
        }
      `,
      options: [{ images: { "my-db": "/var/lib/mydb", "acme/ledger": ["/ledger", "/journal"], postgres: "/srv/pg" } }],
      errors: [
        { messageId: "notMounted", data: data('"a"', '"my-db"', '"/var/lib/mydb"'), line: 4, column: 29, endLine: 4, endColumn: 85 },
        { messageId: "notMounted", data: data('"b"', '"acme/ledger"', '"/ledger" and "/journal"'), line: 5, column: 29, endLine: 5, endColumn: 52 },
        { messageId: "notMounted", data: data('"c"', '"postgres"', '"/srv/pg"'), line: 6, column: 29, endLine: 6, endColumn: 42 },
      ],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": [{ "name": "db", "image": "mariadb:11", "mountPoints": [{ "sourceVolume": "data", "containerPath": "/var/lib/mysql" }] }],
            "volumes": [{ "name": "data", "host": { "sourcePath": "/srv/mariadb" } }]
          }
        }
      `,
      errors: [{ messageId: "hostPath", data: data('"db"', '"mariadb"', '"/var/lib/mysql"', '"data"'), line: 3, column: 103, endLine: 3, endColumn: 109 }],
    },
    {
      // A bare container list: no mount at all is known to be the writable layer.
      // The literal part of a templated image is judged (\${REGISTRY}/postgres:16 runs postgres).
      ...json`
        [
          { "name": "db", "image": "mysql:8.4", "essential": true, "memory": 1024 },
          { "name": "pg", "image": "\${REGISTRY}/postgres:16", "essential": true, "memory": 1024 }
        ]
      `,
      errors: [
        { messageId: "notMounted", data: data('"db"', '"mysql"', '"/var/lib/mysql"'), line: 2, column: 28, endLine: 2, endColumn: 39 },
        { messageId: "notMounted", data: data('"pg"', '"postgres"', '"/var/lib/postgresql/data"'), line: 3, column: 28, endLine: 3, endColumn: 53 },
      ],
    },
    {
      // YAML aliases resolve; the report sits on the mount point.
      ...yaml`
        x-task-docker: &task-docker {scope: task}
        family: db
        containerDefinitions:
          - name: couchdb
            image: couchdb:3
            mountPoints:
              - {sourceVolume: data, containerPath: /opt/couchdb/data}
        volumes:
          - name: data
            dockerVolumeConfiguration: *task-docker
      `,
      errors: [{ messageId: "taskStorage", data: data('"couchdb"', '"couchdb"', '"/opt/couchdb/data"', '"data"'), line: 7, column: 24, endLine: 7, endColumn: 28 }],
    },
    {
      // CloudFormation: ConfiguredAtLaunch "false" is false; a Sub image is judged on its literal name; messages spell EFSVolumeConfiguration.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: db
                  Image: postgres:16
                  MountPoints:
                    - SourceVolume: data
                      ContainerPath: /var/lib/postgresql/data
                - Name: mysql
                  Image: mysql:8.0
                  MountPoints:
                    - SourceVolume: ebs
                      ContainerPath: /var/lib/mysql
                - Name: es
                  Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/elasticsearch:8.13.0"
              Volumes:
                - Name: data
                  Host:
                    SourcePath: /srv/postgres
                - Name: ebs
                  ConfiguredAtLaunch: "false"
      `,
      errors: [
        {
          messageId: "hostPath",
          data: { container: '"db"', image: '"postgres"', path: '"/var/lib/postgresql/data"', volume: '"data"', efs: "EFSVolumeConfiguration", ebs: "ConfiguredAtLaunch" },
          line: 9,
          column: 29,
          endLine: 9,
          endColumn: 33,
        },
        {
          messageId: "taskStorage",
          data: { container: '"mysql"', image: '"mysql"', path: '"/var/lib/mysql"', volume: '"ebs"', efs: "EFSVolumeConfiguration", ebs: "ConfiguredAtLaunch" },
          line: 14,
          column: 29,
          endLine: 14,
          endColumn: 32,
        },
        {
          messageId: "notMounted",
          data: { container: '"es"', image: '"elasticsearch"', path: '"/usr/share/elasticsearch/data"', efs: "EFSVolumeConfiguration", ebs: "ConfiguredAtLaunch" },
          line: 17,
          column: 18,
          endLine: 17,
          endColumn: 100,
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
                  { "Name": "mongo", "Image": "mongo:7", "MountPoints": [{ "SourceVolume": "local", "ContainerPath": "/data/db" }] }
                ],
                "Volumes": [{ "Name": "local", "DockerVolumeConfiguration": { "Driver": "local", "Scope": "shared" } }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "instanceVolume",
          data: { container: '"mongo"', image: '"mongo"', path: '"/data/db"', volume: '"local"', efs: "EFSVolumeConfiguration", ebs: "ConfiguredAtLaunch" },
          line: 7,
          column: 84,
          endLine: 7,
          endColumn: 91,
        },
      ],
    },
    // Kubernetes: the data directory on emptyDir, in a StatefulSet without volumeClaimTemplates.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: orders-postgresql
        spec:
          serviceName: orders-postgresql
          template:
            spec:
              containers:
                - name: postgresql
                  image: public.ecr.aws/docker/library/postgres:16.1
                  env:
                    - name: PGDATA
                      value: /data/pgdata
                  volumeMounts:
                    - name: data
                      mountPath: /data
              volumes:
                - name: data
                  emptyDir: {}
      `,
      errors: [
        {
          messageId: "podStorage",
          data: {"container":"\"postgresql\"","image":"\"postgres\"","path":"\"/data/pgdata\"","volume":"\"data\"","remedy":"add a volumeClaimTemplates entry named \"data\", which replaces the pod volume of that name with a PersistentVolumeClaim per replica","type":"emptyDir"},
          line: 16,
          column: 21,
          endLine: 16,
          endColumn: 25,
        },
      ],
    },
    // Kubernetes: nothing mounted; a host path; a generic ephemeral volume (a List).
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "apps/v1",
              "kind": "StatefulSet",
              "metadata": { "name": "mysql" },
              "spec": { "serviceName": "mysql", "template": { "spec": { "containers": [{ "name": "mysql", "image": "mysql:8.4" }] } }, "selector": { "matchLabels": { "app": "mysql" } } }
            },
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": { "name": "mongo" },
              "spec": {
                "containers": [{ "name": "mongo", "image": "mongo:7", "volumeMounts": [{ "name": "db", "mountPath": "/data/db" }] }],
                "volumes": [{ "name": "db", "hostPath": { "path": "/var/lib/mongo" } }]
              }
            },
            {
              "apiVersion": "apps/v1",
              "kind": "Deployment",
              "metadata": { "name": "search" },
              "spec": {
                "template": {
                  "spec": {
                    "containers": [{ "name": "es", "image": "docker.elastic.co/elasticsearch/elasticsearch:8.15.0", "volumeMounts": [{ "name": "scratch", "mountPath": "/usr/share/elasticsearch/data" }] }],
                    "volumes": [{ "name": "scratch", "ephemeral": { "volumeClaimTemplate": { "spec": { "accessModes": ["ReadWriteOnce"], "resources": { "requests": { "storage": "10Gi" } } } } } }]
                  }
                }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "podNotMounted",
          data: {"container":"\"mysql\"","image":"\"mysql\"","path":"\"/var/lib/mysql\"","remedy":"add a volumeClaimTemplates entry and mount it at \"/var/lib/mysql\""},
          line: 9,
          column: 108,
          endLine: 9,
          endColumn: 119,
        },
        {
          messageId: "nodePath",
          data: {"container":"\"mongo\"","image":"\"mongo\"","path":"\"/data/db\"","volume":"\"db\"","remedy":"back volume \"db\" with a persistentVolumeClaim"},
          line: 16,
          column: 90,
          endLine: 16,
          endColumn: 94,
        },
        {
          messageId: "podStorage",
          data: {"container":"\"es\"","image":"\"elasticsearch/elasticsearch\"","path":"\"/usr/share/elasticsearch/data\"","volume":"\"scratch\"","remedy":"back volume \"scratch\" with a persistentVolumeClaim","type":"ephemeral"},
          line: 27,
          column: 136,
          endLine: 27,
          endColumn: 145,
        },
      ],
    },
    // Kubernetes: multi-document YAML; the images option.
    {
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: cache
        spec:
          template:
            spec:
              containers:
                - name: redis
                  image: redis:7
          selector: {matchLabels: {app: cache}}
      `,
      options: [{"images":{"redis":"/data"}}], 
      errors: [
        {
          messageId: "podNotMounted",
          data: {"container":"\"redis\"","image":"\"redis\"","path":"\"/data\"","remedy":"mount a persistentVolumeClaim volume at \"/data\""},
          line: 15,
          column: 18,
          endLine: 15,
          endColumn: 25,
        },
      ],
    },
    // Kubernetes: a patch still has its present volumes judged.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
        spec:
          template:
            spec:
              containers:
                - name: postgres
                  image: postgres:16
                  volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
              volumes:
                - name: data
                  emptyDir: {medium: Memory}
      `,
      filename: "deployment-patch.yaml", 
      errors: [
        {
          messageId: "podStorage",
          data: {"container":"\"postgres\"","image":"\"postgres\"","path":"\"/var/lib/postgresql/data\"","volume":"\"data\"","remedy":"back volume \"data\" with a persistentVolumeClaim","type":"emptyDir"},
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 37,
        },
      ],
    },
  ],
});
