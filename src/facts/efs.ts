/**
 * Amazon EFS volumes of ECS task definitions (`volumes[].efsVolumeConfiguration`).
 *
 * Source: ECS API `EFSVolumeConfiguration` and `EFSAuthorizationConfig`
 * (botocore `ecs/2014-11-13/service-2.json`, 2026-08-05;
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSVolumeConfiguration.html,
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html):
 * - `transitEncryption`: "If this parameter is omitted, the default value of DISABLED is used";
 *   "Transit encryption must be turned on if Amazon EFS IAM authorization is used";
 * - `authorizationConfig.accessPointId`: "If an access point is used, transit encryption must be on";
 *   "the root directory value … must either be omitted or set to `/`";
 * - `rootDirectory`: "Specifying `/` will have the same effect as omitting this parameter";
 * - `fileSystemId` is required.
 * RegisterTaskDefinition enforces them: "When using an EFS access point, the root directory must either
 * be set to "/" or be omitted", and an access point without transit encryption is refused
 * (aws/aws-cdk#10683, 2020).
 * See reference/aws-facts.md §1.4 (EFS rules 1–4).
 */

/** The `transitEncryption` value that turns TLS on (absent means `DISABLED`). */
export const EFS_TRANSIT_ENCRYPTION_ENABLED = "ENABLED";
export const EFS_TRANSIT_ENCRYPTION_DISABLED = "DISABLED";

/** The `authorizationConfig.iam` value that mounts with the task role (absent means `DISABLED`). */
export const EFS_IAM_ENABLED = "ENABLED";

/** The only `rootDirectory` an access point allows (besides omitting it): the access point sets the root. */
export const EFS_ACCESS_POINT_ROOT_DIRECTORY = "/";
