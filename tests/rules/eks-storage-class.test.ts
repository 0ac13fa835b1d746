import rule from "../../src/rules/eks-storage-class.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-storage-class", rule, {
  valid: [
    // EBS CSI and Auto Mode classes, encrypted and bound where the pod runs.
    json`
      {
        "apiVersion": "storage.k8s.io/v1",
        "kind": "StorageClass",
        "metadata": { "name": "gp3" },
        "provisioner": "ebs.csi.aws.com",
        "parameters": { "type": "gp3", "encrypted": "true", "kmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
        "volumeBindingMode": "WaitForFirstConsumer"
      }
    `,
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: auto-ebs
      provisioner: ebs.csi.eks.amazonaws.com
      parameters:
        type: gp3
        Encrypted: "true"
      volumeBindingMode: WaitForFirstConsumer
      ---
      # allowedTopologies pins the zone: Immediate binding is fine there.
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: zonal
      provisioner: ebs.csi.aws.com
      parameters: {encrypted: "true"}
      volumeBindingMode: Immediate
      allowedTopologies:
        - matchLabelExpressions:
            - key: topology.kubernetes.io/zone
              values: [us-east-1a]
    `,
    // Unquoted YAML 1.1 booleans are left to schema checks; placeholders are unknown.
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: a}
      provisioner: ebs.csi.aws.com
      parameters:
        encrypted: yes
      volumeBindingMode: WaitForFirstConsumer
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: b}
      provisioner: ebs.csi.aws.com
      parameters:
        encrypted: "\${ENCRYPTED}"
      volumeBindingMode: "{{ binding }}"
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: c}
      provisioner: \${PROVISIONER}
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: {name: d}
      provisioner: ebs.csi.aws.com
      parameters: \${PARAMETERS}
      volumeBindingMode: WaitForFirstConsumer
    `,
    // EFS: static classes (no parameters) and complete dynamic classes, S3 Files access points included.
    yaml`
      kind: StorageClass
      apiVersion: storage.k8s.io/v1
      metadata:
        name: efs-static
      provisioner: efs.csi.aws.com
      ---
      kind: StorageClass
      apiVersion: storage.k8s.io/v1
      metadata:
        name: efs-sc
      provisioner: efs.csi.aws.com
      parameters:
        provisioningMode: efs-ap
        fileSystemId: fs-92107410
        directoryPerms: "700"
      ---
      kind: StorageClass
      apiVersion: storage.k8s.io/v1
      metadata:
        name: s3files-sc
      provisioner: efs.csi.aws.com
      parameters:
        provisioningMode: s3files-ap
        fileSystemIdConfigRef: kube-system/efs-config/fileSystemId
        directoryPerms: "700"
    `,
    // FSx for Lustre: the driver's parameters, newer ones included, and the external provisioner's.
    json`
      {
        "apiVersion": "storage.k8s.io/v1",
        "kind": "StorageClass",
        "metadata": { "name": "fsx" },
        "provisioner": "fsx.csi.aws.com",
        "parameters": {
          "subnetId": "subnet-0eabfaa81fb22bcaf",
          "securityGroupIds": "sg-068000ccf82dfba88",
          "deploymentType": "PERSISTENT_2",
          "perUnitStorageThroughput": "125",
          "efaEnabled": "true",
          "metadataConfigurationMode": "AUTOMATIC",
          "csi.storage.k8s.io/fstype": "lustre"
        }
      }
    `,
    // Other provisioners, custom resources and fragments with nothing present.
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: fsxn
      provisioner: csi.trident.netapp.io
      parameters:
        backendType: ontap-nas
      ---
      apiVersion: example.com/v1
      kind: StorageClass
      metadata:
        name: custom
      provisioner: kubernetes.io/aws-ebs
    `,
    { ...yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
      provisioner: ebs.csi.aws.com
    `, filename: "storageclass-patch.yaml", },
  ],
  invalid: [
    // The in-tree provisioner, unencrypted, bound immediately (the default).
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: gp2
        provisioner: kubernetes.io/aws-ebs
        parameters:
          type: gp2
          fsType: ext4
      `,
      errors: [
        {
          messageId: "defaultBinding",
          data: {"name":"\"gp2\""},
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 5,
          suggestions: [
            { messageId: "setWaitForFirstConsumer", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp2\nprovisioner: kubernetes.io/aws-ebs\nparameters:\n  type: gp2\n  fsType: ext4\nvolumeBindingMode: WaitForFirstConsumer\n" },
          ],
        },
        {
          messageId: "inTreeProvisioner",
          data: {"name":"\"gp2\"","provisioner":"\"kubernetes.io/aws-ebs\"","csi":"\"ebs.csi.aws.com\""},
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            { messageId: "useCsiProvisioner", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp2\nprovisioner: ebs.csi.aws.com\nparameters:\n  type: gp2\n  fsType: ext4\n" },
          ],
        },
        {
          messageId: "unencrypted",
          data: {"name":"\"gp2\""},
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            { messageId: "setEncrypted", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp2\nprovisioner: kubernetes.io/aws-ebs\nparameters:\n  type: gp2\n  fsType: ext4\n  encrypted: \"true\"\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "storage.k8s.io/v1",
          "kind": "StorageClass",
          "metadata": { "name": "gp3" },
          "provisioner": "ebs.csi.aws.com",
          "parameters": { "type": "gp3", "encrypted": "false" },
          "volumeBindingMode": "Immediate"
        }
      `,
      errors: [
        {
          messageId: "notEncrypted",
          data: {"name":"\"gp3\"","key":"encrypted","value":"\"false\""},
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 54,
          suggestions: [
            { messageId: "setEncrypted", output: "{\n  \"apiVersion\": \"storage.k8s.io/v1\",\n  \"kind\": \"StorageClass\",\n  \"metadata\": { \"name\": \"gp3\" },\n  \"provisioner\": \"ebs.csi.aws.com\",\n  \"parameters\": { \"type\": \"gp3\", \"encrypted\": \"true\" },\n  \"volumeBindingMode\": \"Immediate\"\n}\n" },
          ],
        },
        {
          messageId: "immediateBinding",
          data: {"name":"\"gp3\""},
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 35,
          suggestions: [
            { messageId: "setWaitForFirstConsumer", output: "{\n  \"apiVersion\": \"storage.k8s.io/v1\",\n  \"kind\": \"StorageClass\",\n  \"metadata\": { \"name\": \"gp3\" },\n  \"provisioner\": \"ebs.csi.aws.com\",\n  \"parameters\": { \"type\": \"gp3\", \"encrypted\": \"false\" },\n  \"volumeBindingMode\": \"WaitForFirstConsumer\"\n}\n" },
          ],
        },
      ],
    },
    // Only exactly "true" encrypts; no parameters at all.
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: ebs-sc
        provisioner: ebs.csi.aws.com
        parameters:
          encrypted: "True"
        volumeBindingMode: WaitForFirstConsumer
        ---
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: bare
        provisioner: ebs.csi.aws.com
        volumeBindingMode: WaitForFirstConsumer
      `,
      errors: [
        {
          messageId: "notEncrypted",
          data: {"name":"\"ebs-sc\"","key":"encrypted","value":"\"True\""},
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 20,
          suggestions: [
            { messageId: "setEncrypted", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ebs-sc\nprovisioner: ebs.csi.aws.com\nparameters:\n  encrypted: \"true\"\nvolumeBindingMode: WaitForFirstConsumer\n---\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: bare\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\n" },
          ],
        },
        {
          messageId: "unencrypted",
          data: {"name":"\"bare\""},
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 5,
          suggestions: [
            { messageId: "setEncrypted", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ebs-sc\nprovisioner: ebs.csi.aws.com\nparameters:\n  encrypted: \"True\"\nvolumeBindingMode: WaitForFirstConsumer\n---\napiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: bare\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\nparameters: {encrypted: \"true\"}\n" },
          ],
        },
      ],
    },
    // A List.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "storage.k8s.io/v1",
              "kind": "StorageClass",
              "metadata": { "name": "auto" },
              "provisioner": "ebs.csi.eks.amazonaws.com",
              "parameters": {},
              "volumeBindingMode": "WaitForFirstConsumer"
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "unencrypted",
          data: {"name":"\"auto\""},
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 19,
          suggestions: [
            { messageId: "setEncrypted", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    {\n      \"apiVersion\": \"storage.k8s.io/v1\",\n      \"kind\": \"StorageClass\",\n      \"metadata\": { \"name\": \"auto\" },\n      \"provisioner\": \"ebs.csi.eks.amazonaws.com\",\n      \"parameters\": { \"encrypted\": \"true\" },\n      \"volumeBindingMode\": \"WaitForFirstConsumer\"\n    }\n  ]\n}\n" },
          ],
        },
      ],
    },
    // A patch still has its present values judged.
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: gp3
        provisioner: ebs.csi.aws.com
        volumeBindingMode: Immediate
      `,
      filename: "storageclass-patch.yaml", 
      errors: [
        {
          messageId: "immediateBinding",
          data: {"name":"\"gp3\""},
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            { messageId: "setWaitForFirstConsumer", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3\nprovisioner: ebs.csi.aws.com\nvolumeBindingMode: WaitForFirstConsumer\n" },
          ],
        },
      ],
    },
    // EFS dynamic classes missing what the driver needs, or with a mode it refuses.
    {
      ...yaml`
        kind: StorageClass
        apiVersion: storage.k8s.io/v1
        metadata:
          name: efs-sc
        provisioner: efs.csi.aws.com
        parameters:
          fileSystemId: fs-92107410
        ---
        kind: StorageClass
        apiVersion: storage.k8s.io/v1
        metadata:
          name: efs-ap
        provisioner: efs.csi.aws.com
        parameters:
          provisioningMode: efs-AP
          directoryPerms: "700"
      `,
      errors: [
        {
          messageId: "efsMissing",
          data: {"name":"\"efs-sc\"","parameter":"provisioningMode","why":"the EFS CSI driver refuses to provision without it (\"Missing provisioningMode parameter\")"},
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 11,
        },
        {
          messageId: "efsMissing",
          data: {"name":"\"efs-sc\"","parameter":"directoryPerms","why":"without it the access point's root directory is not created, and EFS fails mounts of a root directory that does not exist"},
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 11,
        },
        {
          messageId: "efsMissing",
          data: {"name":"\"efs-ap\"","parameter":"fileSystemId","why":"the EFS CSI driver cannot tell which file system to make access points on (\"fileSystemId not specified\"); give fileSystemId, fileSystemIdConfigRef or fileSystemIdSecretRef"},
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 11,
        },
        {
          messageId: "efsMode",
          data: {"name":"\"efs-ap\"","value":"\"efs-AP\"","modes":"\"efs-ap\" or \"s3files-ap\""},
          line: 15,
          column: 21,
          endLine: 15,
          endColumn: 27,
          suggestions: [
            { messageId: "replaceValue", output: "kind: StorageClass\napiVersion: storage.k8s.io/v1\nmetadata:\n  name: efs-sc\nprovisioner: efs.csi.aws.com\nparameters:\n  fileSystemId: fs-92107410\n---\nkind: StorageClass\napiVersion: storage.k8s.io/v1\nmetadata:\n  name: efs-ap\nprovisioner: efs.csi.aws.com\nparameters:\n  provisioningMode: efs-ap\n  directoryPerms: \"700\"\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "kind": "StorageClass",
          "apiVersion": "storage.k8s.io/v1",
          "metadata": { "name": "efs-sc" },
          "provisioner": "efs.csi.aws.com",
          "parameters": { "provisioningMode": "efs-ap", "fileSystemId": "fs-92107410" }
        }
      `,
      errors: [
        {
          messageId: "efsMissing",
          data: {"name":"\"efs-sc\"","parameter":"directoryPerms","why":"without it the access point's root directory is not created, and EFS fails mounts of a root directory that does not exist"},
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 15,
        },
      ],
    },
    // FSx for Lustre: parameters the driver does not read (keys are case-sensitive), values it cannot parse.
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata:
          name: fsx-lustre
        provisioner: fsx.csi.aws.com
        parameters:
          SubnetId: subnet-0eabfaa81fb22bcaf
          securityGroupIds: sg-068000ccf82dfba88
          deploymentType: SCRATCH2
          perUnitStorageThroughput: "a lot"
          efaEnable: "true"
          copyTagsToBackups: "yes"
          storageCapacity: "1200"
      `,
      errors: [
        {
          messageId: "fsxUnknownParameter",
          data: {"name":"\"fsx-lustre\"","key":"\"SubnetId\"","action":"rename it to \"subnetId\""},
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 11,
          suggestions: [
            { messageId: "renameParameter", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fsx-lustre\nprovisioner: fsx.csi.aws.com\nparameters:\n  subnetId: subnet-0eabfaa81fb22bcaf\n  securityGroupIds: sg-068000ccf82dfba88\n  deploymentType: SCRATCH2\n  perUnitStorageThroughput: \"a lot\"\n  efaEnable: \"true\"\n  copyTagsToBackups: \"yes\"\n  storageCapacity: \"1200\"\n" },
          ],
        },
        {
          messageId: "fsxBadValue",
          data: {"name":"\"fsx-lustre\"","key":"\"deploymentType\"","value":"\"SCRATCH2\"","expected":"expected \"SCRATCH_1\", \"SCRATCH_2\", \"PERSISTENT_1\" or \"PERSISTENT_2\""},
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 27,
          suggestions: [
            { messageId: "replaceValue", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fsx-lustre\nprovisioner: fsx.csi.aws.com\nparameters:\n  SubnetId: subnet-0eabfaa81fb22bcaf\n  securityGroupIds: sg-068000ccf82dfba88\n  deploymentType: SCRATCH_2\n  perUnitStorageThroughput: \"a lot\"\n  efaEnable: \"true\"\n  copyTagsToBackups: \"yes\"\n  storageCapacity: \"1200\"\n" },
          ],
        },
        {
          messageId: "fsxBadValue",
          data: {"name":"\"fsx-lustre\"","key":"\"perUnitStorageThroughput\"","value":"\"a lot\"","expected":"expected an integer"},
          line: 10,
          column: 29,
          endLine: 10,
          endColumn: 36,
        },
        {
          messageId: "fsxUnknownParameter",
          data: {"name":"\"fsx-lustre\"","key":"\"efaEnable\"","action":"rename it to \"efaEnabled\""},
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 12,
          suggestions: [
            { messageId: "renameParameter", output: "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fsx-lustre\nprovisioner: fsx.csi.aws.com\nparameters:\n  SubnetId: subnet-0eabfaa81fb22bcaf\n  securityGroupIds: sg-068000ccf82dfba88\n  deploymentType: SCRATCH2\n  perUnitStorageThroughput: \"a lot\"\n  efaEnabled: \"true\"\n  copyTagsToBackups: \"yes\"\n  storageCapacity: \"1200\"\n" },
          ],
        },
        {
          messageId: "fsxBadValue",
          data: {"name":"\"fsx-lustre\"","key":"\"copyTagsToBackups\"","value":"\"yes\"","expected":"expected \"true\" or \"false\""},
          line: 12,
          column: 22,
          endLine: 12,
          endColumn: 27,
        },
        {
          messageId: "fsxUnknownParameter",
          data: {"name":"\"fsx-lustre\"","key":"\"storageCapacity\"","action":"remove it"},
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 18,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "storage.k8s.io/v1",
          "kind": "StorageClass",
          "metadata": { "name": "fsx" },
          "provisioner": "fsx.csi.aws.com",
          "parameters": { "subnetId": "subnet-0eabfaa81fb22bcaf", "deploymentType": "PERSISTENT_3" }
        }
      `,
      errors: [
        {
          messageId: "fsxBadValue",
          data: {"name":"\"fsx\"","key":"\"deploymentType\"","value":"\"PERSISTENT_3\"","expected":"expected \"SCRATCH_1\", \"SCRATCH_2\", \"PERSISTENT_1\" or \"PERSISTENT_2\""},
          line: 6,
          column: 77,
          endLine: 6,
          endColumn: 91,
        },
      ],
    },
  ],

});
