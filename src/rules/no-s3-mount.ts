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
 */
import { createRule } from "../create-rule.js";
import { isS3FuseHostPath, isS3VolumeDriver, s3TargetOf, S3_FUSE_TYPES } from "../facts/s3-mounts.js";
import { maskPlaceholders } from "../facts/secrets.js";
import { literalString, objectValue, stringValue, type KeyStyle, type ObjectValue, type Value } from "../values/index.js";

export default createRule({
  name: "no-s3-mount",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mounting S3 buckets as file systems through FUSE plugins, EFS settings or host paths; use an S3 Files volume.",
      level: "error",
      platforms: ["ecs"],
      covers: "the notes (\"S3 cannot be used as a mount file system\")",
    },
    messages: {
      s3Driver:
        "Volume {{volume}} mounts S3 through the {{driver}} Docker volume plugin, a FUSE client that cannot give a bucket file-system semantics and that runs only on EC2 instances where it is installed; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      s3FuseType:
        "Volume {{volume}} asks its Docker volume plugin for an {{type}} mount of S3, a FUSE client that cannot give a bucket file-system semantics; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      bucketAsEfs:
        "Volume {{volume}} gives an S3 bucket as the EFS {{key}}, but EFS volumes mount EFS file systems (`fs-…`) only; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or give an EFS file system ID.",
      s3FilesAsEfs:
        "Volume {{volume}} gives an S3 Files file system as the EFS {{key}}; mount it with an S3 Files volume ({{s3files}}) and its {{fileSystemArn}} instead.",
      s3fsHostPath:
        "Volume {{volume}} bind-mounts {{path}}, an S3 FUSE mount (s3fs, goofys) on the container instance, which cannot give a bucket file-system semantics and exists only on instances that mount it; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        document.volumes.forEach((volume, index) => {
          const data = { volume: literalString(volume.get("name")) ?? `#${index + 1}`, s3files: s3FilesKey(volume.style) };
          checkDocker(volume, data);
          checkEfs(volume, data);
          checkHost(volume, data);
        });
      },
    };

    function checkDocker(volume: ObjectValue, data: Data): void {
      const docker = objectValue(volume.get("dockerVolumeConfiguration"));
      if (!docker) return;
      const driver = docker.get("driver");
      const driverName = literalString(driver);
      if (driverName !== undefined && isS3VolumeDriver(driverName)) {
        context.report(driver!, "s3Driver", { ...data, driver: driverName });
        return;
      }
      const type = objectValue(docker.get("driverOpts"))?.getExact("type");
      const typeName = literalString(type);
      if (typeName !== undefined && S3_FUSE_TYPES.has(typeName.toLowerCase())) context.report(type!, "s3FuseType", { ...data, type: typeName });
    }

    function checkEfs(volume: ObjectValue, data: Data): void {
      const efs = objectValue(volume.get("efsVolumeConfiguration"));
      const id = efs?.get("fileSystemId");
      const text = masked(id);
      if (!efs || text === undefined) return;
      const target = s3TargetOf(text);
      const key = efs.keyName("fileSystemId");
      if (target === "bucket") context.report(id!, "bucketAsEfs", { ...data, key });
      else if (target === "s3files") context.report(id!, "s3FilesAsEfs", { ...data, key, fileSystemArn: volume.style === "api" ? "fileSystemArn" : "FileSystemArn" });
    }

    function checkHost(volume: ObjectValue, data: Data): void {
      const sourcePath = objectValue(volume.get("host"))?.get("sourcePath");
      const path = literalString(sourcePath);
      if (path !== undefined && isS3FuseHostPath(path)) context.report(sourcePath!, "s3fsHostPath", { ...data, path });
    }
  },
});

type Data = { readonly volume: string; readonly s3files: string };

/** A string value with its placeholders masked, or undefined when it is not a string. */
function masked(value: Value | undefined): string | undefined {
  const text = stringValue(value);
  return text ? maskPlaceholders(text.parts) : undefined;
}

/**
 * The S3 Files volume key as the document spells it. CloudFormation writes
 * `S3FilesVolumeConfiguration` (capital F), which the shared key-style table
 * does not list yet.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-s3filesvolumeconfiguration.html
 */
function s3FilesKey(style: KeyStyle): string {
  return style === "api" ? "s3filesVolumeConfiguration" : "S3FilesVolumeConfiguration";
}
