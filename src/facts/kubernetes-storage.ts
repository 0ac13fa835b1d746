/**
 * Kubernetes storage on EKS: the provisioners of the AWS CSI drivers, their
 * StorageClass parameters, and what Kubernetes does with claims and classes.
 *
 * Sources (reference/eks-facts.md §3.4 and §3.8, re-read in the drivers' repositories):
 * - Amazon EBS CSI driver (kubernetes-sigs/aws-ebs-csi-driver at 429e202e,
 *   2026-08-19): `docs/parameters.md`
 *   (https://github.com/kubernetes-sigs/aws-ebs-csi-driver/blob/master/docs/parameters.md):
 *   parameters are case-insensitive; "encrypted … Valid values are "true" or
 *   "false"", default false, and the code encrypts only on exactly `"true"`
 *   (`isTrue`, `pkg/driver/controller.go`); `WaitForFirstConsumer` "is
 *   recommended whenever possible for dynamic provisioning" (an EBS volume lives
 *   in one Availability Zone). `docs/multi-attach.md`: `ReadWriteMany` only as
 *   Multi-Attach, io2 with `volumeMode: Block`.
 * - In-tree `kubernetes.io/aws-ebs`: "no longer supported", calls go to the
 *   EBS CSI driver through CSI migration (EKS UG `storage/ebs-csi-migration-faq.adoc`,
 *   https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi-migration-faq.html).
 * - EKS Auto Mode block storage: provisioner `ebs.csi.eks.amazonaws.com`, same
 *   parameters; AWS's examples set `encrypted: "true"` (EKS UG
 *   `automode/create-storage-class.adoc`, https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html).
 * - Amazon EFS CSI driver (kubernetes-sigs/aws-efs-csi-driver at a4fc6760,
 *   2026-07-24): `docs/parameters.md` and `pkg/driver/controller.go`
 *   (https://github.com/kubernetes-sigs/aws-efs-csi-driver/blob/master/docs/parameters.md):
 *   dynamic provisioning needs `provisioningMode` (`efs-ap`, or `s3files-ap`
 *   for Amazon S3 Files; "Missing provisioningMode parameter"), exactly one of
 *   `fileSystemId`, `fileSystemIdConfigRef`, `fileSystemIdSecretRef`, and
 *   `directoryPerms` (marked required: without it the access point gets no
 *   creation info, and EFS fails mounts whose root directory does not exist).
 *   A class with no parameters serves static provisioning.
 * - Amazon FSx for Lustre CSI driver (kubernetes-sigs/aws-fsx-csi-driver at
 *   5b227125, 2026-04-21): `pkg/driver/controller.go` reads exactly these
 *   parameters and ignores any other (https://github.com/kubernetes-sigs/aws-fsx-csi-driver);
 *   `deploymentType` values from the FSx API `CreateFileSystemLustreConfiguration`
 *   (https://docs.aws.amazon.com/fsx/latest/APIReference/API_CreateFileSystemLustreConfiguration.html).
 * - Keys starting with `csi.storage.k8s.io/` are read by the CSI external
 *   provisioner, not the driver (https://kubernetes-csi.github.io/docs/secrets-and-credentials-storage-class.html).
 * - EKS 1.30: the `gp2` class EKS creates is no longer the default class, so a
 *   claim without `storageClassName` gets no volume (EKS UG
 *   `clusters/kubernetes-versions-standard.adoc`, 1.30 notes,
 *   https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-standard.html).
 * - Kubernetes: `volumeBindingMode` defaults to `Immediate`; the
 *   `storageclass.kubernetes.io/is-default-class` annotation marks the default
 *   class; the beta annotation `volume.beta.kubernetes.io/storage-class` still
 *   names a claim's class (https://kubernetes.io/docs/concepts/storage/storage-classes/,
 *   https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class).
 */

export const EBS_CSI_PROVISIONER = "ebs.csi.aws.com";
export const EBS_AUTO_MODE_PROVISIONER = "ebs.csi.eks.amazonaws.com";
export const EBS_IN_TREE_PROVISIONER = "kubernetes.io/aws-ebs";
export const EFS_CSI_PROVISIONER = "efs.csi.aws.com";
export const FSX_LUSTRE_CSI_PROVISIONER = "fsx.csi.aws.com";

/** Provisioners of EBS volumes (single Availability Zone, single node unless io2 Multi-Attach). */
export const EBS_PROVISIONERS: ReadonlySet<string> = new Set([EBS_CSI_PROVISIONER, EBS_AUTO_MODE_PROVISIONER, EBS_IN_TREE_PROVISIONER]);

/** EBS parameter names, lower-cased (the driver lower-cases keys). */
export const EBS_ENCRYPTED_PARAMETER = "encrypted";
export const EBS_TYPE_PARAMETER = "type";
/** The only value that encrypts. */
export const EBS_ENCRYPTED_TRUE = "true";

/** The one EBS volume type that attaches to several nodes, and only as a raw block device. */
export const EBS_MULTI_ATTACH_TYPE = "io2";
export const BLOCK_VOLUME_MODE = "Block";
export const READ_WRITE_MANY = "ReadWriteMany";

export const IMMEDIATE_BINDING = "Immediate";
export const WAIT_FOR_FIRST_CONSUMER = "WaitForFirstConsumer";

/** EFS dynamic provisioning. */
export const EFS_PROVISIONING_MODE = "provisioningMode";
export const EFS_PROVISIONING_MODES: readonly string[] = ["efs-ap", "s3files-ap"];
export const EFS_FILE_SYSTEM_PARAMETERS: readonly string[] = ["fileSystemId", "fileSystemIdConfigRef", "fileSystemIdSecretRef"];
export const EFS_DIRECTORY_PERMS = "directoryPerms";
/** Parameters that show a class is meant for dynamic provisioning. */
export const EFS_DYNAMIC_PARAMETERS: readonly string[] = [EFS_PROVISIONING_MODE, ...EFS_FILE_SYSTEM_PARAMETERS, EFS_DIRECTORY_PERMS];

/** Parameters of the FSx for Lustre driver and how it parses each (`strconv.ParseBool`, `strconv.ParseInt`). */
export const FSX_LUSTRE_PARAMETERS: Readonly<Record<string, "string" | "boolean" | "integer" | "deploymentType">> = {
  subnetId: "string",
  securityGroupIds: "string",
  autoImportPolicy: "string",
  s3ImportPath: "string",
  s3ExportPath: "string",
  deploymentType: "deploymentType",
  kmsKeyId: "string",
  perUnitStorageThroughput: "integer",
  storageType: "string",
  driveCacheType: "string",
  automaticBackupRetentionDays: "integer",
  dailyAutomaticBackupStartTime: "string",
  copyTagsToBackups: "boolean",
  dataCompressionType: "string",
  weeklyMaintenanceStartTime: "string",
  fileSystemTypeVersion: "string",
  extraTags: "string",
  efaEnabled: "boolean",
  metadataConfigurationMode: "string",
  metadataIops: "integer",
};

export const FSX_LUSTRE_DEPLOYMENT_TYPES: readonly string[] = ["SCRATCH_1", "SCRATCH_2", "PERSISTENT_1", "PERSISTENT_2"];

/** Parameters for the CSI external provisioner (secrets, fstype, …), valid for every CSI driver. */
export const CSI_PROVISIONER_PARAMETER_PREFIX = "csi.storage.k8s.io/";

/** Go's `strconv.ParseBool`. */
export const GO_BOOLEAN_STRINGS: ReadonlySet<string> = new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);

/** Claims: the legacy annotation that still names a class, and the annotation that makes a class the default. */
export const LEGACY_STORAGE_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
export const DEFAULT_STORAGE_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
export const DEFAULT_STORAGE_CLASS_BETA_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";
