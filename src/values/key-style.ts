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
 * Source: AWS CloudFormation Template Reference, AWS::ECS::TaskDefinition, AWS::ECS::Cluster
 * (`ClusterSettings`), AWS::ECS::Service / AWS::Scheduler::Schedule (`AwsvpcConfiguration`),
 * AWS::Events::Rule (`AwsVpcConfiguration`)
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
  // AWS::ECS::Cluster names CreateCluster's `settings` `ClusterSettings`.
  settings: ["ClusterSettings"],
  // `awsvpcConfiguration` (lower case in both the ECS and the EventBridge/Scheduler APIs):
  // `AwsvpcConfiguration` in AWS::ECS::Service and AWS::Scheduler::Schedule,
  // `AwsVpcConfiguration` in AWS::Events::Rule targets.
  awsvpcConfiguration: ["AwsvpcConfiguration", "AwsVpcConfiguration"],
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
