/**
 * Ways people try to mount an S3 bucket as a file system in an ECS task
 * definition, and the one ECS supports.
 *
 * Sources:
 * - ECS volume types: `host` (bind mounts), `dockerVolumeConfiguration`
 *   (Docker volumes, EC2 only), `efsVolumeConfiguration`,
 *   `fsxWindowsFileServerVolumeConfiguration`, `configuredAtLaunch` (EBS) and,
 *   since 2026, `s3filesVolumeConfiguration` (Amazon S3 Files: a file system
 *   built on EFS that keeps an S3 bucket in sync; `fileSystemArn`
 *   `arn:aws:s3files:<region>:<account>:file-system/fs-…`; Fargate and ECS
 *   Managed Instances, not the EC2 launch type).
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_S3FilesVolumeConfiguration.html
 *   reference/aws-facts.md §1.4.
 * - `efsVolumeConfiguration.fileSystemId` is an EFS file system ID (`fs-…`)
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html ;
 *   S3 bucket ARNs are `arn:<partition>:s3:::<bucket>`
 *   https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-arn-format.html .
 * - `dockerVolumeConfiguration.driver` is the Docker volume plugin's name as
 *   `docker plugin ls` shows it (`rexray/s3fs:latest`) or its alias
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html .
 *   S3 FUSE volume plugins: REX-Ray `rexray/s3fs` (https://github.com/rexray/rexray,
 *   docs "s3fs" driver); `mochoa/s3fs-volume-plugin` and
 *   `trajano/s3fs-volume-plugin` (https://github.com/marcelo-ochoa/docker-volume-plugins);
 *   `kolbyjack/s3fs` (https://github.com/kolbyjack/docker-volume-s3fs);
 *   `cblomart/s3vol` (https://github.com/cblomart/s3vol, "Docker Volume plugin
 *   using s3fs"); goofys-docker (https://github.com/monder/goofys-docker, a
 *   volume plugin wrapping goofys, an S3 FUSE client); `ghcr.io/wtnb75/anyfs`
 *   with `-o type=s3fs`.
 * - s3fs-fuse (https://github.com/s3fs-fuse/s3fs-fuse) and goofys
 *   (https://github.com/kahing/goofys): FUSE clients that present a bucket as
 *   a directory, without POSIX semantics (no random writes, no atomic
 *   renames, no locks).
 */

/** Docker volume plugins (repository, without registry or tag) that mount S3 through FUSE. */
export const S3_VOLUME_PLUGINS: ReadonlySet<string> = new Set([
  "rexray/s3fs",
  "mochoa/s3fs-volume-plugin",
  "trajano/s3fs-volume-plugin",
  "kolbyjack/s3fs",
  "cblomart/s3vol",
  "monder/goofys-docker",
]);

/** A plugin or alias whose own name says s3fs or goofys (`s3fs`, `s3fs-volume-plugin`, `docker-volume-s3fs`, `goofys`). */
const S3_FUSE_NAME = /(?:^|[-_.])(?:s3fs|goofys|s3vol)(?:$|[-_.])/;

/** `driverOpts.type` values that ask a generic FUSE plugin for an S3 client. */
export const S3_FUSE_TYPES: ReadonlySet<string> = new Set(["s3fs", "fuse.s3fs", "goofys"]);

/** The driver's repository without registry, `docker.io/`, `library/` or tag. */
function driverRepository(driver: string): string {
  let rest = driver.trim().toLowerCase();
  const at = rest.indexOf("@");
  if (at !== -1) rest = rest.slice(0, at);
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) rest = rest.slice(0, colon);
  const slash = rest.indexOf("/");
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") rest = rest.slice(slash + 1);
  }
  return rest.replace(/^library\//, "");
}

/** True when a Docker volume driver is an S3 FUSE plugin (by repository, or by a name that says s3fs/goofys). */
export function isS3VolumeDriver(driver: string): boolean {
  const repository = driverRepository(driver);
  if (S3_VOLUME_PLUGINS.has(repository)) return true;
  const name = repository.slice(repository.lastIndexOf("/") + 1);
  return S3_FUSE_NAME.test(name);
}

/**
 * What an EFS `fileSystemId` names when it is not an EFS file system: an S3
 * bucket (ARN, `s3://` URL, or virtual-hosted endpoint) or an S3 Files file
 * system ARN. Judged on the literal start of the value; an ARN's partition may
 * be a placeholder (CloudFormation's `arn:${AWS::Partition}:s3:::…`, read as one
 * hole, U+E000–U+F8FF; see placeholders.ts).
 */
export function s3TargetOf(fileSystemId: string): "bucket" | "s3files" | undefined {
  const text = fileSystemId.trim();
  if (/^arn:(?:aws[a-z-]*|[\ue000-\uf8ff]):s3files:/.test(text)) return "s3files";
  if (/^arn:(?:aws[a-z-]*|[\ue000-\uf8ff]):s3:/.test(text) || /^s3a?:\/\//i.test(text)) return "bucket";
  if (/^[a-z0-9][a-z0-9.-]*\.s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com(?:\.cn)?\/?$/.test(text)) return "bucket";
  return undefined;
}

/**
 * A host path that sits in an S3 FUSE mount: a path segment named `s3fs` or
 * `goofys` (`/mnt/s3fs/uploads`, `/var/goofys`). A segment named plain `s3` is
 * not enough: instances mount Mountpoint for Amazon S3, local caches and other
 * things at such paths.
 */
export function isS3FuseHostPath(path: string): boolean {
  return path.split("/").some((segment) => /^(?:s3fs|goofys)(?:$|[-_])/i.test(segment));
}

/* ---------------- Kubernetes ---------------- */

/**
 * The Mountpoint for Amazon S3 CSI driver: AWS's supported way to mount a
 * bucket on EKS, on EC2 nodes only ("not supported on AWS Fargate", EKS UG
 * `storage/s3-csi.adoc`, https://docs.aws.amazon.com/eks/latest/userguide/s3-csi.html).
 * Never reported off Fargate.
 */
export const MOUNTPOINT_S3_CSI_DRIVER = "s3.csi.aws.com";

/**
 * CSI drivers that mount S3 through a FUSE client: ctrox/csi-s3
 * (`ch.ctrox.csi.s3-driver`, mounters goofys, s3fs, rclone, s3backer:
 * https://github.com/ctrox/csi-s3) and its fork yandex-cloud/k8s-csi-s3
 * (`ru.yandex.s3.csi`, mounters geesefs, s3fs, rclone: https://github.com/yandex-cloud/k8s-csi-s3).
 */
export const S3_FUSE_CSI_DRIVERS: ReadonlySet<string> = new Set(["ch.ctrox.csi.s3-driver", "ru.yandex.s3.csi"]);

/**
 * A CSI or FlexVolume driver whose name says it is an S3 FUSE client:
 * `s3fs`, `goofys`, `geesefs` (https://github.com/yandex-cloud/geesefs), or
 * `s3-fuse` (`informaticslab/s3-fuse-flex-volume`, https://github.com/informatics-lab/s3-fuse-flex-volume).
 */
const S3_FUSE_DRIVER_NAME = /(?:^|[./_-])(?:s3fs|goofys|geesefs|s3-?fuse)(?:$|[./_-])/i;

/** True when a Kubernetes CSI or FlexVolume driver mounts S3 through FUSE (not Mountpoint, which is judged apart). */
export function isS3FuseKubernetesDriver(driver: string): boolean {
  const name = driver.trim().toLowerCase();
  return S3_FUSE_CSI_DRIVERS.has(name) || S3_FUSE_DRIVER_NAME.test(name);
}

