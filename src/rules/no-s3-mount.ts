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
import { itemLabel, literalString, objectValue, stringValue, type ObjectValue } from "../values/index.js";

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
        "Volume {{volume}} mounts S3 through Docker volume plugin {{driver}}, a FUSE client that cannot give a bucket file-system semantics and that runs only on EC2 instances where it is installed; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      s3FuseType:
        "Volume {{volume}} asks its Docker volume plugin for an S3 FUSE mount (type {{type}}), which cannot give a bucket file-system semantics; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
      bucketAsEfs:
        "Volume {{volume}} gives an S3 bucket as the EFS {{key}}, but EFS volumes mount only EFS file systems, whose IDs start with \"fs-\"; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or give an EFS file system ID.",
      s3FilesAsEfs:
        "Volume {{volume}} gives an S3 Files file system as the EFS {{key}}; mount it with an S3 Files volume ({{s3files}}) and its {{fileSystemArn}} instead.",
      s3fsHostPath:
        "Volume {{volume}} bind-mounts host path {{path}}, an S3 FUSE mount (s3fs, goofys) on the container instance, which cannot give a bucket file-system semantics and exists only on instances that mount it; use an S3 Files volume ({{s3files}}) to work with S3 data as files, or EFS for a shared file system.",
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
