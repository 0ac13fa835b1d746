/**
 * Practices for ECS services, tasks and clusters that Security Hub, Control
 * Tower and checkov check: public IP addresses, Fargate platform versions, the
 * deployment circuit breaker, Container Insights and ECS Exec logging. Used by
 * ecs-service-public-ip, ecs-service-platform-version,
 * ecs-service-circuit-breaker, ecs-cluster-container-insights and
 * ecs-exec-logging. Each fact carries its source.
 *
 * Sources:
 * - [API-ECS] ECS API model (`@aws-sdk/client-ecs` 3.1164, botocore `ecs/2014-11-13`),
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/ (`AwsVpcConfiguration`,
 *   `CreateServiceRequest.platformVersion`, `DeploymentConfiguration`, `DeploymentCircuitBreaker`,
 *   `ClusterSetting`, `ExecuteCommandConfiguration`, `DescribeClustersRequest.include`).
 * - [PEERS] /work/shared/reference/peers-ecs-ecr-apprunner.md rows S1, S2, K1, K2 (Security Hub
 *   ECS.2, ECS.10, ECS.12, ECS.16; Control Tower CT.ECS.PR.1, .2, .9; checkov CKV_AWS_65, 223, 332, 333).
 * - [FACTS] /work/shared/reference/aws-facts.md §2.4, §4, §5.1.
 */

/* ---------------- public IP addresses ---------------- */

/**
 * The `assignPublicIp` value that keeps tasks off the internet: "Whether the task's elastic
 * network interface receives a public IP address. The default value is DISABLED." [API-ECS
 * AwsVpcConfiguration.assignPublicIp]. EventBridge and Scheduler `AssignPublicIp` take the same
 * two values (src/facts/eventbridge-enums.ts); `ENABLED` is `PUBLIC_IP_ENABLED` in
 * src/facts/ecs-scheduled-tasks.ts.
 *
 * The cost of the choice, said in the suggestion: "For a task on Fargate to pull a container
 * image, the task must have a route to the internet": a public IP in a public subnet, a NAT
 * gateway for a private subnet, or Amazon ECR interface VPC endpoints
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html).
 *
 * Tasks on EC2 instances cannot get one at all: ECS answers "InvalidParameterException: Assign
 * public IP is not supported for this launch type" (aws/containers-roadmap#450,
 * hashicorp/waypoint#643, aws/aws-cdk#13348, pulumi/pulumi-cloud#452; EventBridge's API says
 * it outright: "You can specify ENABLED only when LaunchType in EcsParameters is set to
 * FARGATE"). ecs-service-public-ip leaves known non-Fargate launch types alone: the error is
 * ecs-service-network-configuration's for services and run-task input, ecs-scheduled-task's
 * for EventBridge and Scheduler targets.
 */
export const PUBLIC_IP_DISABLED = "DISABLED";

/* ---------------- Fargate platform versions ---------------- */

/**
 * The platform version that always means the newest one: "If one isn't specified, the LATEST
 * platform version is used." [API-ECS CreateServiceRequest.platformVersion, RunTaskRequest].
 * "The latest Linux platform version is 1.4.0. The latest Windows platform version is 1.0.0."
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html).
 */
export const LATEST_PLATFORM_VERSION_NAME = "LATEST";

/**
 * The oldest Linux platform version Fargate still runs. 1.0.0, 1.1.0 and 1.2.0 were deprecated on
 * 2020-12-14; 1.3.0 is retired in 2026 ("you will not be able to launch new tasks or create new
 * services configured with platform version 1.3.0 … we will terminate all the remaining running
 * tasks") — the live page gives March 2026, the China mirror June 2026
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-versions-retired.html).
 * "Standalone tasks or services with an explicit platform version set are not affected by the
 * force update date" (same page): a pinned old version stays old until it fails. RULES.md
 * Decisions: explicit Linux versions below 1.4.0 report; `LATEST`, `1.4.0` and omitted are fine.
 * Security Hub ECS.10 passes 1.4.0 too; checkov CKV_AWS_332 and CT.ECS.PR.1 want `LATEST` [PEERS S2].
 */
export const MIN_LINUX_PLATFORM_VERSION = "1.4.0";

/**
 * The Windows platform versions. "The platform version numbers for Linux containers and
 * Windows containers on Fargate are independent": Windows' only version is 1.0.0
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-windows-fargate.html,
 * changelog: "1.0.0 — Initial release"). So "1.0.0" is current for a Windows task and retired
 * for a Linux one: the rule reports it only when the task is known to run Linux.
 */
export const WINDOWS_PLATFORM_VERSIONS: readonly string[] = ["1.0.0"];

/**
 * What a suggestion writes for EventBridge and Scheduler targets, whose `PlatformVersion` is
 * documented as numeric only: "Specify only the numeric portion of the platform version, such as
 * 1.1.0" (EventBridge and Scheduler API, EcsParameters; aws-facts §2.4, §8).
 */
export const SUGGESTED_NUMERIC_PLATFORM_VERSION = MIN_LINUX_PLATFORM_VERSION;

/** A platform version as three numbers (`1.3.0`), or undefined when it is not one. */
export function platformVersionNumbers(version: string): readonly [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** True when a numeric platform version is below the oldest Linux version Fargate runs. */
export function belowMinLinuxPlatformVersion(version: string): boolean {
  const numbers = platformVersionNumbers(version);
  const minimum = platformVersionNumbers(MIN_LINUX_PLATFORM_VERSION)!;
  if (numbers === undefined) return false;
  for (let index = 0; index < 3; index += 1) if (numbers[index] !== minimum[index]) return numbers[index]! < minimum[index]!;
  return false;
}

/**
 * The operating system a described service's tasks run, from describe-services' `platformFamily`
 * ("The operating system that your tasks in the service run on. A platform family is specified
 * only for tasks using the Fargate launch type." [API-ECS Service.platformFamily]; `Linux` in
 * describe output, `WINDOWS_SERVER_*` names for Windows).
 */
export function platformFamilyOs(family: string): "linux" | "windows" | undefined {
  const lower = family.toLowerCase();
  if (lower === "linux") return "linux";
  return lower.startsWith("windows") ? "windows" : undefined;
}

/* ---------------- deployment circuit breaker ---------------- */

/**
 * Where the deployment circuit breaker applies, and what it does:
 * "The deployment circuit breaker can only be used for services using the rolling update (ECS)
 * deployment type. … If you use the deployment circuit breaker, a service deployment will
 * transition to a failed state and stop launching new tasks. If you use the rollback option, when
 * a service deployment fails, the service is rolled back to the last deployment that completed
 * successfully." [API-ECS DeploymentConfiguration.deploymentCircuitBreaker]. `enable` and
 * `rollback` are both required [API-ECS DeploymentCircuitBreaker].
 *
 * - Controller: `ECS` (the default); `CODE_DEPLOY` and `EXTERNAL` deploy otherwise.
 * - Strategy: `ROLLING` (the default). For `BLUE_GREEN`, `LINEAR` and `CANARY` the sources
 *   disagree — the API text ties the breaker to rolling updates, while the developer guide's
 *   "Amazon ECS deployment failure detection" page says both methods "only support rolling update
 *   deployment and blue/green deployment types" — so those services are not reported.
 * - Scheduling: `REPLICA` only (RULES.md). No AWS text read says whether the breaker works for
 *   `DAEMON` services (the `DaemonCircuitBreaker` shape belongs to ECS Managed Instances daemons),
 *   so daemon services are not reported.
 * - Deployment alarms (`alarms` with `rollback: true`) do not count: they roll back when the
 *   CloudWatch alarms they name go off, while the breaker counts tasks that never reach RUNNING or
 *   fail their health checks (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html,
 *   deployment-failure-detection.html: "When both methods are used, either can trigger deployment failure").
 */
export const CIRCUIT_BREAKER_CONTROLLER = "ECS";
export const CIRCUIT_BREAKER_STRATEGY = "ROLLING";
export const CIRCUIT_BREAKER_SCHEDULING_STRATEGY = "REPLICA";

/** The circuit breaker a suggestion writes. */
export const SUGGESTED_CIRCUIT_BREAKER: { readonly enable: boolean; readonly rollback: boolean } = { enable: true, rollback: true };

/* ---------------- Container Insights ---------------- */

/**
 * Cluster `settings`: "name — The value is containerInsights"; "value — The supported values are
 * enhanced, enabled, and disabled." "If a cluster value is specified, it will override the
 * containerInsights value set with PutAccountSetting or PutAccountSettingDefault"; without one,
 * Container Insights is "off unless the containerInsights account setting is turned on"
 * [API-ECS ClusterSetting]. `enabled` and `enhanced` (enhanced observability: more task and
 * container metrics, at a higher CloudWatch cost) both turn it on — RULES.md; checkov CKV_AWS_65
 * accepts both since PR #7001, Security Hub ECS.12 [PEERS K1].
 */
export const CONTAINER_INSIGHTS_SETTING = "containerInsights";
export const CONTAINER_INSIGHTS_ON: readonly string[] = ["enabled", "enhanced"];
export const CONTAINER_INSIGHTS_OFF = "disabled";

/*
 * describe-clusters lists a cluster's `settings` only when asked: "If SETTINGS is specified, the
 * settings for the cluster are included" — "If this field is omitted, this information isn't
 * included" [API-ECS DescribeClustersRequest.include]. A described cluster without `settings`
 * says nothing about Container Insights.
 */

/* ---------------- ECS Exec logging ---------------- */

/**
 * `configuration.executeCommandConfiguration.logging`: "NONE: The execute command session is not
 * logged. DEFAULT: The awslogs configuration in the task definition is used. If no logging
 * parameter is specified, it defaults to this value. If no awslogs log driver is configured in the
 * task definition, the output won't be logged. OVERRIDE: Specify the logging details as a part of
 * logConfiguration." [API-ECS ExecuteCommandConfiguration.logging]; checkov CKV_AWS_223 [PEERS K2].
 */
export const EXEC_LOGGING_NONE = "NONE";
export const EXEC_LOGGING_DEFAULT = "DEFAULT";
