/**
 * What `ecs-scheduled-task` knows about EventBridge targets and EventBridge
 * Scheduler targets that run ECS tasks (`EcsParameters`), beyond the shapes of
 * `eventbridge-schema.ts` (which already require `TaskDefinitionArn`, the
 * Scheduler's `RoleArn` and `awsvpcConfiguration.Subnets`, and bound `TaskCount`).
 *
 * Sources: EventBridge API reference, API_EcsParameters.html, API_AwsVpcConfiguration.html,
 * API_PutTargets.html (https://docs.aws.amazon.com/eventbridge/latest/APIReference/);
 * Scheduler API reference, API_EcsParameters.html, API_AwsVpcConfiguration.html
 * (https://docs.aws.amazon.com/scheduler/latest/APIReference/); ECS developer guide
 * CWE_IAM_role.html; reference/aws-facts.md §8.
 */

/** The launch type whose tasks take a platform version and a public IP, and need awsvpc networking. */
export { FARGATE_LAUNCH_TYPE } from "./ecs-placement.js";

/**
 * `AssignPublicIp: ENABLED`: "You can specify ENABLED only when LaunchType in
 * EcsParameters is set to FARGATE" (both APIs, AwsVpcConfiguration).
 */
export const PUBLIC_IP_ENABLED = "ENABLED";

/**
 * `PlatformVersion`: "Specify only the numeric portion of the platform version,
 * such as 1.1.0. This structure is used only if LaunchType is FARGATE" (both
 * APIs, EcsParameters). Fargate platform versions are three numbers (`1.4.0`,
 * Windows `1.0.0`; ECS developer guide, platform-fargate.html).
 *
 * `LATEST` is not numeric, but it is accepted silently: EventBridge and Scheduler
 * pass it on to RunTask, which takes it, and it is common in working
 * configurations (Terraform `aws_cloudwatch_event_target` / `aws_scheduler_schedule`
 * examples with `platform_version = "LATEST"`). No AWS page says the services reject it.
 */
export const PLATFORM_VERSION = /^\d+\.\d+\.\d+$/;
export const LATEST_PLATFORM_VERSION = /^LATEST$/i;

/**
 * The EventBridge role of an ECS target: `RoleArn` is optional in the PutTargets
 * model, but EventBridge runs ECS tasks only through a role it can assume, with
 * `ecs:RunTask` (and `iam:PassRole` for the task and execution roles) — "Before
 * you can use Amazon ECS scheduled tasks with EventBridge rules and targets, the
 * EventBridge service needs permissions to run Amazon ECS tasks on your behalf.
 * These permissions are provided by the EventBridge IAM role (ecsEventsRole)."
 * Source: ECS developer guide, CWE_IAM_role.html; aws-facts §8.1. (Scheduler's
 * `Target.RoleArn` is required by its model: valid-schema reports it.)
 */
export const EVENTBRIDGE_ROLE_PERMISSIONS = "ecs:RunTask and iam:PassRole";
