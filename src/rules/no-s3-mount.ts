/**
 * no-s3-mount: volumes that try to mount an S3 bucket as a file system.
 *
 * S3 is object storage: FUSE clients such as s3fs and goofys make a bucket
 * look like a directory but cannot give it file-system semantics (no writes
 * in place, no atomic renames, no locks), and ECS has no volume type for them:
 * Docker volume plugins run only on EC2 instances that have them installed,
 * and EFS volumes take EFS file systems only. The supported way to work with
 * S3 data as files is an Amazon S3 Files volume (`s3filesVolumeConfiguration`),
 * which this rule never reports.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html
 *
 * Kubernetes: S3 FUSE volumes (CSI and FlexVolume drivers built on s3fs,
 * goofys or geesefs; host paths under an s3fs mount) in pods and
 * PersistentVolumes, and StorageClasses that provision them. The Mountpoint
 * for Amazon S3 CSI driver (`s3.csi.aws.com`) is AWS's supported way on EC2
 * nodes and is reported only in pods bound to Fargate, which runs no CSI node
 * driver (EKS UG `storage/s3-csi.adoc`; reference/eks-facts.md §3.3).
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { fargateBinding, kubernetesNamed, type WorkloadDocument } from "../documents/index.js";
import {
  isS3FuseHostPath,
  isS3FuseKubernetesDriver,
  isS3VolumeDriver,
  MOUNTPOINT_S3_CSI_DRIVER,
  s3TargetOf,
  S3_FUSE_TYPES,
} from "../facts/s3-mounts.js";
import { itemLabel, literalString, objectValue, path, stringValue, type ObjectValue } from "../values/index.js";

type MessageId = "s3Driver" | "s3FuseType" | "bucketAsEfs" | "s3FilesAsEfs" | "s3fsHostPath" | "fuseDriver" | "fuseHostPath" | "fuseProvisioner" | "mountpointOnFargate";

export default createRule<MessageId>({
  name: "no-s3-mount",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mounting S3 buckets as file systems through FUSE plugins and drivers, EFS settings or host paths, and Mountpoint for Amazon S3 on Fargate; use S3 Files.",
      level: "error",
      platforms: ["ecs", "eks"],
      covers: "the notes (\"S3 cannot be used as a mount file system\")",
    },
    messages: {
      s3Driver:
        "Volume {{volume}} mounts S3 through Docker volume plugin {{driver}}, a FUSE client that cannot give a bucket file-system semantics and that runs only on EC2 instances where it is installed; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      s3FuseType:
        "Volume {{volume}} asks its Docker volume plugin for an S3 FUSE mount (type {{type}}), which cannot give a bucket file-system semantics; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      bucketAsEfs:
        "Volume {{volume}} gives an S3 bucket as the EFS {{key}}, but EFS volumes mount only EFS file systems, whose IDs start with \"fs-\"; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or give an EFS file system ID.",
      s3FilesAsEfs:
        "Volume {{volume}} gives an S3 Files file system as the EFS {{key}}; mount it with an S3 Files volume ({{s3files}}) and its {{fileSystemArn}} instead.",
      s3fsHostPath:
        "Volume {{volume}} bind-mounts host path {{path}}, an S3 FUSE mount (s3fs, goofys) on the container instance, which cannot give a bucket file-system semantics and exists only on instances that mount it; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      fuseDriver:
        "{{holder}} mounts S3 through {{type}} driver {{driver}}, a FUSE client that cannot give a bucket file-system semantics and needs a privileged daemon on every node; use S3 Files through the EFS CSI driver (efs.csi.aws.com) to work with S3 data as files, or the Mountpoint for Amazon S3 CSI driver (s3.csi.aws.com) on EC2 nodes to read objects.",
      fuseHostPath:
        "{{holder}} mounts host path {{path}}, an S3 FUSE mount (s3fs, goofys) on the node, which cannot give a bucket file-system semantics and exists only on nodes that mount it; use S3 Files through the EFS CSI driver (efs.csi.aws.com) to work with S3 data as files, or the Mountpoint for Amazon S3 CSI driver (s3.csi.aws.com) on EC2 nodes to read objects.",
      fuseProvisioner:
        "{{holder}} provisions volumes with {{driver}}, a CSI driver that mounts S3 through a FUSE client, which cannot give a bucket file-system semantics; use S3 Files through the EFS CSI driver (efs.csi.aws.com) to work with S3 data as files, or the Mountpoint for Amazon S3 CSI driver (s3.csi.aws.com) on EC2 nodes to read objects.",
      mountpointOnFargate:
        "{{holder}} mounts S3 with the Mountpoint for Amazon S3 CSI driver{{through}}, but the pods are bound to Fargate, which does not support it (its node driver cannot run there), so they do not start; run them on EC2 nodes, or use a statically provisioned EFS volume on Fargate.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const volume of document.volumes) {
          const data = { volume: itemLabel(volume), s3files: volume.keyName("s3filesVolumeConfiguration") };
          checkDocker(volume, data);
          checkEfs(volume, data);
          checkHost(volume, data);
        }
      },
      "kubernetes-workload"(document) {
        const fargate = fargateBinding(document, context.related) !== undefined;
        for (const volume of document.volumes) checkPodVolume(context, document, volume, fargate);
      },
      "kubernetes-persistent-volume"(document) {
        const spec = document.spec;
        if (spec) checkKubernetesVolume(context, spec, `PersistentVolume ${JSON.stringify(document.name ?? "")}`);
      },
      "kubernetes-storage-class"(document) {
        const provisioner = document.root.get("provisioner");
        const name = literalString(provisioner);
        if (name !== undefined && isS3FuseKubernetesDriver(name)) context.report(provisioner!, "fuseProvisioner", { holder: `StorageClass ${JSON.stringify(document.name ?? "")}`, driver: JSON.stringify(name) });
      },
    };

    function checkDocker(volume: ObjectValue, data: Data): void {
      const docker = objectValue(volume.get("dockerVolumeConfiguration"));
      if (!docker) return;
      const driver = docker.get("driver");
      const driverName = literalString(driver);
      if (driverName !== undefined && isS3VolumeDriver(driverName)) {
        context.report(driver!, "s3Driver", { ...data, driver: JSON.stringify(driverName) });
        return;
      }
      const type = objectValue(docker.get("driverOpts"))?.getExact("type");
      const typeName = literalString(type);
      if (typeName !== undefined && S3_FUSE_TYPES.has(typeName.toLowerCase())) context.report(type!, "s3FuseType", { ...data, type: JSON.stringify(typeName) });
    }

    function checkEfs(volume: ObjectValue, data: Data): void {
      const efs = objectValue(volume.get("efsVolumeConfiguration"));
      const id = efs?.get("fileSystemId");
      const text = stringValue(id);
      if (!efs || text === undefined) return;
      const target = s3TargetOf(text.holed);
      const key = efs.keyName("fileSystemId");
      if (target === "bucket") context.report(id!, "bucketAsEfs", { ...data, key });
      else if (target === "s3files") context.report(id!, "s3FilesAsEfs", { ...data, key, fileSystemArn: volume.keyName("fileSystemArn") });
    }

    function checkHost(volume: ObjectValue, data: Data): void {
      const sourcePath = objectValue(volume.get("host"))?.get("sourcePath");
      const path = literalString(sourcePath);
      if (path !== undefined && isS3FuseHostPath(path)) context.report(sourcePath!, "s3fsHostPath", { ...data, path: JSON.stringify(path) });
    }
  },
});

type Data = { readonly volume: string; readonly s3files: string };

type Context = RuleContext<MessageId, []>;

/** A pod volume or a PersistentVolume's source: an S3 FUSE CSI or FlexVolume driver, or a host path in an S3 FUSE mount. Returns the CSI driver's name. */
function checkKubernetesVolume(context: Context, source: ObjectValue, holder: string): string | undefined {
  const hostPath = path(source, "hostPath", "path");
  const hostPathText = literalString(hostPath);
  if (hostPathText !== undefined && isS3FuseHostPath(hostPathText)) context.report(hostPath!, "fuseHostPath", { holder, path: JSON.stringify(hostPathText) });
  const flexDriver = path(source, "flexVolume", "driver");
  const flexName = literalString(flexDriver);
  if (flexName !== undefined && isS3FuseKubernetesDriver(flexName)) context.report(flexDriver!, "fuseDriver", { holder, type: "FlexVolume", driver: JSON.stringify(flexName) });
  const csiDriver = path(source, "csi", "driver");
  const csiName = literalString(csiDriver);
  if (csiName !== undefined && isS3FuseKubernetesDriver(csiName)) context.report(csiDriver!, "fuseDriver", { holder, type: "CSI", driver: JSON.stringify(csiName) });
  return csiName;
}

function checkPodVolume(context: Context, document: WorkloadDocument, volume: ObjectValue, fargate: boolean): void {
  const holder = `Volume ${itemLabel(volume)}`;
  const csiDriver = checkKubernetesVolume(context, volume, holder);
  if (!fargate) return;
  if (csiDriver === MOUNTPOINT_S3_CSI_DRIVER) {
    context.report(path(volume, "csi", "driver")!, "mountpointOnFargate", { holder, through: "" });
    return;
  }
  const claimName = path(volume, "persistentVolumeClaim", "claimName");
  const claim = literalString(claimName);
  if (claim !== undefined && claimUsesMountpoint(context, document, claim)) context.report(claimName!, "mountpointOnFargate", { holder, through: ` (through claim ${JSON.stringify(claim)})` });
}

/** True when a claim (same file or index) is bound to a Mountpoint volume, by its PersistentVolume or its StorageClass. */
function claimUsesMountpoint(context: Context, document: WorkloadDocument, name: string): boolean {
  const claim = kubernetesNamed(context.related, "PersistentVolumeClaim", document.namespace, name);
  if (!claim) return false;
  const volumeName = literalString(claim.spec?.get("volumeName"));
  const volume = volumeName === undefined ? undefined : context.related.kubernetes("PersistentVolume").find((object) => object.name === volumeName);
  if (volume && literalString(path(volume.spec, "csi", "driver")) === MOUNTPOINT_S3_CSI_DRIVER) return true;
  const className = literalString(claim.spec?.get("storageClassName"));
  const storageClass = className ? context.related.kubernetes("StorageClass").find((object) => object.name === className) : undefined;
  return storageClass !== undefined && literalString(storageClass.root.get("provisioner")) === MOUNTPOINT_S3_CSI_DRIVER;
}

