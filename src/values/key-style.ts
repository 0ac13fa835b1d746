/**
 * Key styles: the AWS APIs (and the CLI's `--cli-input-json`/`--cli-input-yaml`)
 * write members in camelCase (`taskRoleArn`); CloudFormation writes the same
 * members in PascalCase (`TaskRoleArn`), with a few documented exceptions.
 * Rules always ask for the API name; this module says how each style spells it.
 */
export type KeyStyle = "api" | "cloudformation";

/**
 * CloudFormation names that are not the API name with its first letter
 * capitalized. Where one API name maps to two CloudFormation names in
 * different shapes, both are listed.
 * Source: AWS CloudFormation Template Reference, AWS::ECS::TaskDefinition
 * (EFSVolumeConfiguration has `FilesystemId`, AuthorizationConfig has `IAM`,
 * FSxWindowsFileServerVolumeConfiguration has `FileSystemId`, ProxyConfiguration
 * has `ProxyConfigurationProperties`, S3FilesVolumeConfiguration capitalizes the F).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html
 */
const CLOUDFORMATION_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  efsVolumeConfiguration: ["EFSVolumeConfiguration"],
  s3filesVolumeConfiguration: ["S3FilesVolumeConfiguration"],
  fsxWindowsFileServerVolumeConfiguration: ["FSxWindowsFileServerVolumeConfiguration"],
  fileSystemId: ["FilesystemId", "FileSystemId"],
  iam: ["IAM"],
  properties: ["ProxyConfigurationProperties", "Properties"],
};

const cache = new Map<string, readonly string[]>();

/** The keys that spell an API member name in a style, most likely first. */
export function keyCandidates(apiName: string, style: KeyStyle): readonly string[] {
  if (style === "api") return [apiName];
  let candidates = cache.get(apiName);
  if (candidates === undefined) {
    candidates = CLOUDFORMATION_EXCEPTIONS[apiName] ?? [apiName.charAt(0).toUpperCase() + apiName.slice(1)];
    cache.set(apiName, candidates);
  }
  return candidates;
}
