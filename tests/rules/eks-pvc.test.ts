import rule from "../../src/rules/eks-pvc.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-pvc", rule, {
  valid: [
    // A class by name, "" for a pre-created volume, the legacy annotation.
    json`
      {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": { "name": "data" },
        "spec": { "accessModes": ["ReadWriteOnce"], "storageClassName": "gp3", "resources": { "requests": { "storage": "10Gi" } } }
      }
    `,
    yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: s3-claim
      spec:
        accessModes: [ReadWriteMany]
        storageClassName: ""
        volumeName: s3-pv
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: legacy
        annotations:
          volume.beta.kubernetes.io/storage-class: gp3
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: templated
      spec:
        storageClassName: "\${STORAGE_CLASS}"
        accessModes: [ReadWriteMany]
    `,
    // A default class in the same file or the project index.
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
        annotations:
          storageclass.kubernetes.io/is-default-class: "true"
      provisioner: ebs.csi.aws.com
      parameters: {encrypted: "true"}
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
    `,
    { ...yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteMany]
        resources: {requests: {storage: 1Gi}}
    `, settings: {"aws-containers":{"project":["tests/fixtures/project-eks-pvc/default-class.json"]}}, },
    // Patches, custom resources, and StatefulSets whose templates name a class.
    { ...yaml`
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        resources: {requests: {storage: 20Gi}}
    `, filename: "pvc-patch.yaml", },
    yaml`
      apiVersion: example.com/v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec: {}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector: {matchLabels: {app: db}}
        template:
          metadata: {labels: {app: db}}
          spec:
            containers:
              - name: db
                image: postgres:16
        volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: [ReadWriteOnce]
              storageClassName: gp3
              resources: {requests: {storage: 30Gi}}
    `,
    // ReadWriteMany: EFS, io2 Multi-Attach in Block mode, a class found nowhere, a type that cannot be read.
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: efs-sc}
      provisioner: efs.csi.aws.com
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: io2}
      provisioner: ebs.csi.aws.com
      parameters: {type: io2, iops: "1000", encrypted: "true"}
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: templated}
      provisioner: ebs.csi.aws.com
      parameters: {type: "\${VOLUME_TYPE}"}
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: shared}
      spec:
        accessModes: [ReadWriteMany]
        storageClassName: efs-sc
        resources: {requests: {storage: 5Gi}}
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: multi-attach}
      spec:
        accessModes: [ReadWriteMany]
        volumeMode: Block
        storageClassName: io2
        resources: {requests: {storage: 5Gi}}
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: elsewhere}
      spec:
        accessModes: [ReadWriteMany]
        storageClassName: somewhere-else
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: {name: unknown-type}
      spec:
        accessModes: [ReadWriteMany]
        storageClassName: templated
    `,
  ],
  invalid: [
    // No class, and no class in the file or index to offer.
    {
      ...yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes:
            - ReadWriteOnce
          resources:
            requests:
              storage: 10Gi
      `,
      errors: [
        {
          messageId: "noClass",
          data: {"claim":"PersistentVolumeClaim \"data\""},
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 5,
        },
      ],
    },
    // The classes of the file are offered (a List).
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": { "name": "gp3" }, "provisioner": "ebs.csi.aws.com", "parameters": { "encrypted": "true" }, "volumeBindingMode": "WaitForFirstConsumer" },
            { "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": { "name": "efs-sc" }, "provisioner": "efs.csi.aws.com" },
            { "apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": { "name": "data" }, "spec": { "accessModes": ["ReadWriteOnce"], "resources": { "requests": { "storage": "10Gi" } } } }
          ]
        }
      `,
      errors: [
        {
          messageId: "noClass",
          data: {"claim":"PersistentVolumeClaim \"data\""},
          line: 7,
          column: 92,
          endLine: 7,
          endColumn: 98,
          suggestions: [
            { messageId: "setClass", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    { \"apiVersion\": \"storage.k8s.io/v1\", \"kind\": \"StorageClass\", \"metadata\": { \"name\": \"gp3\" }, \"provisioner\": \"ebs.csi.aws.com\", \"parameters\": { \"encrypted\": \"true\" }, \"volumeBindingMode\": \"WaitForFirstConsumer\" },\n    { \"apiVersion\": \"storage.k8s.io/v1\", \"kind\": \"StorageClass\", \"metadata\": { \"name\": \"efs-sc\" }, \"provisioner\": \"efs.csi.aws.com\" },\n    { \"apiVersion\": \"v1\", \"kind\": \"PersistentVolumeClaim\", \"metadata\": { \"name\": \"data\" }, \"spec\": { \"accessModes\": [\"ReadWriteOnce\"], \"resources\": { \"requests\": { \"storage\": \"10Gi\" } }, \"storageClassName\": \"gp3\" } }\n  ]\n}\n" },
            { messageId: "setClass", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    { \"apiVersion\": \"storage.k8s.io/v1\", \"kind\": \"StorageClass\", \"metadata\": { \"name\": \"gp3\" }, \"provisioner\": \"ebs.csi.aws.com\", \"parameters\": { \"encrypted\": \"true\" }, \"volumeBindingMode\": \"WaitForFirstConsumer\" },\n    { \"apiVersion\": \"storage.k8s.io/v1\", \"kind\": \"StorageClass\", \"metadata\": { \"name\": \"efs-sc\" }, \"provisioner\": \"efs.csi.aws.com\" },\n    { \"apiVersion\": \"v1\", \"kind\": \"PersistentVolumeClaim\", \"metadata\": { \"name\": \"data\" }, \"spec\": { \"accessModes\": [\"ReadWriteOnce\"], \"resources\": { \"requests\": { \"storage\": \"10Gi\" } }, \"storageClassName\": \"efs-sc\" } }\n  ]\n}\n" },
          ],
        },
      ],
    },
    // A pre-created volume without a class: "" binds it alone; the index's class is offered too.
    {
      ...yaml`
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
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: s3-claim
        spec:
          accessModes: [ReadWriteMany]
          volumeName: s3-pv
          resources: {requests: {storage: 1Gi}}
      `,
      settings: {"aws-containers":{"project":["tests/fixtures/project-eks-pvc/gp3.yaml"]}}, 
      errors: [
        {
          messageId: "noClassWithVolume",
          data: {"claim":"PersistentVolumeClaim \"s3-claim\"","volume":"\"s3-pv\""},
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 5,
          suggestions: [
            { messageId: "setEmptyClass", output: "apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: s3-pv\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteMany]\n  csi:\n    driver: s3.csi.aws.com\n    volumeHandle: s3-csi-driver-volume\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: s3-claim\nspec:\n  accessModes: [ReadWriteMany]\n  volumeName: s3-pv\n  resources: {requests: {storage: 1Gi}}\n  storageClassName: \"\"\n" },
            { messageId: "setClass", output: "apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: s3-pv\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteMany]\n  csi:\n    driver: s3.csi.aws.com\n    volumeHandle: s3-csi-driver-volume\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: s3-claim\nspec:\n  accessModes: [ReadWriteMany]\n  volumeName: s3-pv\n  resources: {requests: {storage: 1Gi}}\n  storageClassName: gp3\n" },
          ],
        },
      ],
    },
    // StatefulSet claim templates are claims.
    {
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "serviceName": "db",
            "selector": { "matchLabels": { "app": "db" } },
            "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } },
            "volumeClaimTemplates": [
              { "metadata": { "name": "data" }, "spec": { "accessModes": ["ReadWriteOnce"], "resources": { "requests": { "storage": "30Gi" } } } }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "noClass",
          data: {"claim":"The volumeClaimTemplates entry \"data\" of StatefulSet \"db\""},
          line: 10,
          column: 41,
          endLine: 10,
          endColumn: 47,
        },
      ],
    },
    // ReadWriteMany from EBS classes: the same file, the index, io2 without Block mode.
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: gp2}
        provisioner: kubernetes.io/aws-ebs
        ---
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: io2}
        provisioner: ebs.csi.aws.com
        parameters: {Type: io2}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: shared}
        spec:
          accessModes: [ReadWriteOnce, ReadWriteMany]
          storageClassName: gp2
          resources: {requests: {storage: 5Gi}}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: filesystem}
        spec:
          accessModes:
            - ReadWriteMany
          storageClassName: io2
      `,
      errors: [
        {
          messageId: "ebsReadWriteMany",
          data: {"claim":"PersistentVolumeClaim \"shared\"","class":"\"gp2\""},
          line: 16,
          column: 32,
          endLine: 16,
          endColumn: 45,
        },
        {
          messageId: "ebsReadWriteMany",
          data: {"claim":"PersistentVolumeClaim \"filesystem\"","class":"\"io2\""},
          line: 25,
          column: 7,
          endLine: 25,
          endColumn: 20,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "PersistentVolumeClaim",
          "metadata": { "name": "shared", "namespace": "web" },
          "spec": { "accessModes": ["ReadWriteMany"], "storageClassName": "gp3", "resources": { "requests": { "storage": "5Gi" } } }
        }
      `,
      settings: {"aws-containers":{"project":["tests/fixtures/project-eks-pvc/gp3.yaml"]}}, 
      errors: [
        {
          messageId: "ebsReadWriteMany",
          data: {"claim":"PersistentVolumeClaim \"shared\"","class":"\"gp3\""},
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 44,
        },
      ],
    },
    // A patch still has its present values judged.
    {
      ...yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
        spec:
          accessModes: [ReadWriteMany]
          storageClassName: gp3
      `,
      filename: "pvc-patch.yaml", settings: {"aws-containers":{"project":["tests/fixtures/project-eks-pvc/gp3.yaml"]}}, 
      errors: [
        {
          messageId: "ebsReadWriteMany",
          data: {"claim":"PersistentVolumeClaim \"data\"","class":"\"gp3\""},
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 30,
        },
      ],
    },
  ],

});
