/**
 * Kubernetes pod volumes (`Volume` and its sources: `emptyDir`, `configMap`,
 * `secret`, `projected`, `csi`, `ephemeral`, `persistentVolumeClaim`, `hostPath`,
 * `nfs`… and the legacy in-tree sources the API still accepts) and the
 * `PersistentVolumeClaimSpec` that claims and claim templates share.
 *
 * Source: Kubernetes API reference, "Volume" and "PersistentVolumeClaim"
 * (https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/volume/),
 * `kubernetes/api` `core/v1/types.go`; checked against `kubernetes-models` by
 * `tests/facts/kubernetes-schemas.test.ts`. A volume takes one source at most
 * ("may not specify more than 1 volume type"); with none it is an `emptyDir`.
 */
import { ACCESS_MODES, HOST_PATH_TYPES, PULL_POLICIES, VOLUME_MODES } from "./kubernetes-enums.js";
import { LABEL_SELECTOR, LOCAL_OBJECT_REFERENCE, OBJECT_META, quantity } from "./kubernetes-meta-schema.js";
import { boolean, integer, list, map, mapOf, required, string, struct, type StructSchema } from "./schema.js";

export const AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE: StructSchema = struct("AWSElasticBlockStoreVolumeSource", {
  fsType: string(),
  partition: integer(),
  readOnly: boolean,
  volumeID: required(string()),
});

export const AZURE_DISK_VOLUME_SOURCE: StructSchema = struct("AzureDiskVolumeSource", {
  cachingMode: string(),
  diskName: required(string()),
  diskURI: required(string()),
  fsType: string(),
  kind: string(),
  readOnly: boolean,
});

export const AZURE_FILE_VOLUME_SOURCE: StructSchema = struct("AzureFileVolumeSource", {
  readOnly: boolean,
  secretName: required(string()),
  shareName: required(string()),
});

export const CEPH_FS_VOLUME_SOURCE: StructSchema = struct("CephFSVolumeSource", {
  monitors: required(list(string())),
  path: string(),
  readOnly: boolean,
  secretFile: string(),
  secretRef: LOCAL_OBJECT_REFERENCE,
  user: string(),
});

export const CINDER_VOLUME_SOURCE: StructSchema = struct("CinderVolumeSource", {
  fsType: string(),
  readOnly: boolean,
  secretRef: LOCAL_OBJECT_REFERENCE,
  volumeID: required(string()),
});

export const KEY_TO_PATH: StructSchema = struct("KeyToPath", {
  key: required(string()),
  mode: integer(),
  path: required(string()),
});

export const CONFIG_MAP_VOLUME_SOURCE: StructSchema = struct("ConfigMapVolumeSource", {
  defaultMode: integer(),
  items: list(KEY_TO_PATH),
  name: string(),
  optional: boolean,
});

export const CSI_VOLUME_SOURCE: StructSchema = struct("CSIVolumeSource", {
  driver: required(string()),
  fsType: string(),
  nodePublishSecretRef: LOCAL_OBJECT_REFERENCE,
  readOnly: boolean,
  volumeAttributes: map,
});

export const OBJECT_FIELD_SELECTOR: StructSchema = struct("ObjectFieldSelector", {
  apiVersion: string(),
  fieldPath: required(string()),
});

export const RESOURCE_FIELD_SELECTOR: StructSchema = struct("ResourceFieldSelector", {
  containerName: string(),
  divisor: quantity,
  resource: required(string()),
});

export const DOWNWARD_API_VOLUME_FILE: StructSchema = struct("DownwardAPIVolumeFile", {
  fieldRef: OBJECT_FIELD_SELECTOR,
  mode: integer(),
  path: required(string()),
  resourceFieldRef: RESOURCE_FIELD_SELECTOR,
});

export const DOWNWARD_API_VOLUME_SOURCE: StructSchema = struct("DownwardAPIVolumeSource", {
  defaultMode: integer(),
  items: list(DOWNWARD_API_VOLUME_FILE),
});

export const EMPTY_DIR_VOLUME_SOURCE: StructSchema = struct("EmptyDirVolumeSource", {
  medium: string(),
  sizeLimit: quantity,
});

export const TYPED_LOCAL_OBJECT_REFERENCE: StructSchema = struct("TypedLocalObjectReference", {
  apiGroup: string(),
  kind: required(string()),
  name: required(string()),
});

export const TYPED_OBJECT_REFERENCE: StructSchema = struct("TypedObjectReference", {
  apiGroup: string(),
  kind: required(string()),
  name: required(string()),
  namespace: string(),
});

export const VOLUME_RESOURCE_REQUIREMENTS: StructSchema = struct("VolumeResourceRequirements", {
  limits: mapOf(quantity),
  requests: mapOf(quantity),
});

export const PERSISTENT_VOLUME_CLAIM_SPEC: StructSchema = struct("PersistentVolumeClaimSpec", {
  accessModes: list(string({ enum: ACCESS_MODES })),
  dataSource: TYPED_LOCAL_OBJECT_REFERENCE,
  dataSourceRef: TYPED_OBJECT_REFERENCE,
  resources: VOLUME_RESOURCE_REQUIREMENTS,
  selector: LABEL_SELECTOR,
  storageClassName: string(),
  volumeAttributesClassName: string(),
  volumeMode: string({ enum: VOLUME_MODES }),
  volumeName: string(),
});

export const PERSISTENT_VOLUME_CLAIM_TEMPLATE: StructSchema = struct("PersistentVolumeClaimTemplate", {
  metadata: OBJECT_META,
  spec: required(PERSISTENT_VOLUME_CLAIM_SPEC),
});

export const EPHEMERAL_VOLUME_SOURCE: StructSchema = struct("EphemeralVolumeSource", {
  volumeClaimTemplate: PERSISTENT_VOLUME_CLAIM_TEMPLATE,
});

export const FC_VOLUME_SOURCE: StructSchema = struct("FCVolumeSource", {
  fsType: string(),
  lun: integer(),
  readOnly: boolean,
  targetWWNs: list(string()),
  wwids: list(string()),
});

export const FLEX_VOLUME_SOURCE: StructSchema = struct("FlexVolumeSource", {
  driver: required(string()),
  fsType: string(),
  options: map,
  readOnly: boolean,
  secretRef: LOCAL_OBJECT_REFERENCE,
});

export const FLOCKER_VOLUME_SOURCE: StructSchema = struct("FlockerVolumeSource", {
  datasetName: string(),
  datasetUUID: string(),
});

export const GCE_PERSISTENT_DISK_VOLUME_SOURCE: StructSchema = struct("GCEPersistentDiskVolumeSource", {
  fsType: string(),
  partition: integer(),
  pdName: required(string()),
  readOnly: boolean,
});

export const GIT_REPO_VOLUME_SOURCE: StructSchema = struct("GitRepoVolumeSource", {
  directory: string(),
  repository: required(string()),
  revision: string(),
});

export const GLUSTERFS_VOLUME_SOURCE: StructSchema = struct("GlusterfsVolumeSource", {
  endpoints: required(string()),
  path: required(string()),
  readOnly: boolean,
});

export const HOST_PATH_VOLUME_SOURCE: StructSchema = struct("HostPathVolumeSource", {
  path: required(string()),
  type: string({ enum: HOST_PATH_TYPES }),
});

export const IMAGE_VOLUME_SOURCE: StructSchema = struct("ImageVolumeSource", {
  pullPolicy: string({ enum: PULL_POLICIES }),
  reference: string(),
});

export const ISCSI_VOLUME_SOURCE: StructSchema = struct("ISCSIVolumeSource", {
  chapAuthDiscovery: boolean,
  chapAuthSession: boolean,
  fsType: string(),
  initiatorName: string(),
  iqn: required(string()),
  iscsiInterface: string(),
  lun: required(integer()),
  portals: list(string()),
  readOnly: boolean,
  secretRef: LOCAL_OBJECT_REFERENCE,
  targetPortal: required(string()),
});

export const NFS_VOLUME_SOURCE: StructSchema = struct("NFSVolumeSource", {
  path: required(string()),
  readOnly: boolean,
  server: required(string()),
});

export const PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE: StructSchema = struct("PersistentVolumeClaimVolumeSource", {
  claimName: required(string()),
  readOnly: boolean,
});

export const PHOTON_PERSISTENT_DISK_VOLUME_SOURCE: StructSchema = struct("PhotonPersistentDiskVolumeSource", {
  fsType: string(),
  pdID: required(string()),
});

export const PORTWORX_VOLUME_SOURCE: StructSchema = struct("PortworxVolumeSource", {
  fsType: string(),
  readOnly: boolean,
  volumeID: required(string()),
});

export const CLUSTER_TRUST_BUNDLE_PROJECTION: StructSchema = struct("ClusterTrustBundleProjection", {
  labelSelector: LABEL_SELECTOR,
  name: string(),
  optional: boolean,
  path: required(string()),
  signerName: string(),
});

export const CONFIG_MAP_PROJECTION: StructSchema = struct("ConfigMapProjection", {
  items: list(KEY_TO_PATH),
  name: string(),
  optional: boolean,
});

export const DOWNWARD_API_PROJECTION: StructSchema = struct("DownwardAPIProjection", {
  items: list(DOWNWARD_API_VOLUME_FILE),
});

export const POD_CERTIFICATE_PROJECTION: StructSchema = struct("PodCertificateProjection", {
  certificateChainPath: string(),
  credentialBundlePath: string(),
  keyPath: string(),
  keyType: required(string()),
  maxExpirationSeconds: integer(),
  signerName: required(string()),
  userAnnotations: map,
});

export const SECRET_PROJECTION: StructSchema = struct("SecretProjection", {
  items: list(KEY_TO_PATH),
  name: string(),
  optional: boolean,
});

export const SERVICE_ACCOUNT_TOKEN_PROJECTION: StructSchema = struct("ServiceAccountTokenProjection", {
  audience: string(),
  expirationSeconds: integer(),
  path: required(string()),
});

export const VOLUME_PROJECTION: StructSchema = struct("VolumeProjection", {
  clusterTrustBundle: CLUSTER_TRUST_BUNDLE_PROJECTION,
  configMap: CONFIG_MAP_PROJECTION,
  downwardAPI: DOWNWARD_API_PROJECTION,
  podCertificate: POD_CERTIFICATE_PROJECTION,
  secret: SECRET_PROJECTION,
  serviceAccountToken: SERVICE_ACCOUNT_TOKEN_PROJECTION,
});

export const PROJECTED_VOLUME_SOURCE: StructSchema = struct("ProjectedVolumeSource", {
  defaultMode: integer(),
  sources: list(VOLUME_PROJECTION),
});

export const QUOBYTE_VOLUME_SOURCE: StructSchema = struct("QuobyteVolumeSource", {
  group: string(),
  readOnly: boolean,
  registry: required(string()),
  tenant: string(),
  user: string(),
  volume: required(string()),
});

export const RBD_VOLUME_SOURCE: StructSchema = struct("RBDVolumeSource", {
  fsType: string(),
  image: required(string()),
  keyring: string(),
  monitors: required(list(string())),
  pool: string(),
  readOnly: boolean,
  secretRef: LOCAL_OBJECT_REFERENCE,
  user: string(),
});

export const SCALE_IO_VOLUME_SOURCE: StructSchema = struct("ScaleIOVolumeSource", {
  fsType: string(),
  gateway: required(string()),
  protectionDomain: string(),
  readOnly: boolean,
  secretRef: required(LOCAL_OBJECT_REFERENCE),
  sslEnabled: boolean,
  storageMode: string(),
  storagePool: string(),
  system: required(string()),
  volumeName: string(),
});

export const SECRET_VOLUME_SOURCE: StructSchema = struct("SecretVolumeSource", {
  defaultMode: integer(),
  items: list(KEY_TO_PATH),
  optional: boolean,
  secretName: string(),
});

export const STORAGE_OS_VOLUME_SOURCE: StructSchema = struct("StorageOSVolumeSource", {
  fsType: string(),
  readOnly: boolean,
  secretRef: LOCAL_OBJECT_REFERENCE,
  volumeName: string(),
  volumeNamespace: string(),
});

export const VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE: StructSchema = struct("VsphereVirtualDiskVolumeSource", {
  fsType: string(),
  storagePolicyID: string(),
  storagePolicyName: string(),
  volumePath: required(string()),
});

const VOLUME_MEMBERS = {
  awsElasticBlockStore: AWS_ELASTIC_BLOCK_STORE_VOLUME_SOURCE,
  azureDisk: AZURE_DISK_VOLUME_SOURCE,
  azureFile: AZURE_FILE_VOLUME_SOURCE,
  cephfs: CEPH_FS_VOLUME_SOURCE,
  cinder: CINDER_VOLUME_SOURCE,
  configMap: CONFIG_MAP_VOLUME_SOURCE,
  csi: CSI_VOLUME_SOURCE,
  downwardAPI: DOWNWARD_API_VOLUME_SOURCE,
  emptyDir: EMPTY_DIR_VOLUME_SOURCE,
  ephemeral: EPHEMERAL_VOLUME_SOURCE,
  fc: FC_VOLUME_SOURCE,
  flexVolume: FLEX_VOLUME_SOURCE,
  flocker: FLOCKER_VOLUME_SOURCE,
  gcePersistentDisk: GCE_PERSISTENT_DISK_VOLUME_SOURCE,
  gitRepo: GIT_REPO_VOLUME_SOURCE,
  glusterfs: GLUSTERFS_VOLUME_SOURCE,
  hostPath: HOST_PATH_VOLUME_SOURCE,
  image: IMAGE_VOLUME_SOURCE,
  iscsi: ISCSI_VOLUME_SOURCE,
  name: required(string()),
  nfs: NFS_VOLUME_SOURCE,
  persistentVolumeClaim: PERSISTENT_VOLUME_CLAIM_VOLUME_SOURCE,
  photonPersistentDisk: PHOTON_PERSISTENT_DISK_VOLUME_SOURCE,
  portworxVolume: PORTWORX_VOLUME_SOURCE,
  projected: PROJECTED_VOLUME_SOURCE,
  quobyte: QUOBYTE_VOLUME_SOURCE,
  rbd: RBD_VOLUME_SOURCE,
  scaleIO: SCALE_IO_VOLUME_SOURCE,
  secret: SECRET_VOLUME_SOURCE,
  storageos: STORAGE_OS_VOLUME_SOURCE,
  vsphereVolume: VSPHERE_VIRTUAL_DISK_VOLUME_SOURCE,
};

/** A pod volume: a name and one source at most. */
export const VOLUME: StructSchema = struct("Volume", VOLUME_MEMBERS, {
  oneOf: { members: Object.keys(VOLUME_MEMBERS).filter((member) => member !== "name"), atLeastOne: false },
});
