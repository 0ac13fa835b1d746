/**
 * Where ECS tasks run: capacity providers, managed scaling, and what a service
 * or a task asks of its task definition and its cluster.
 *
 * Sources (reference/aws-facts.md §2, §4, §5):
 * - API ECS CreateServiceRequest / RunTaskRequest `networkConfiguration`: "This parameter is
 *   required for task definitions that use the awsvpc network mode to receive their own elastic
 *   network interface, and it isn't supported for other network modes."
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html ; cfn-lint E3052.
 * - A service or task on Fargate needs a task definition validated for Fargate: ECS answers
 *   `InvalidParameterException: Task definition does not support launch_type FARGATE.` otherwise
 *   (aws/aws-cli#3983, sil-org/ecs-deploy#129). A task definition registered with
 *   `requiresCompatibilities: ["FARGATE"]` gets `compatibilities: ["EC2", "FARGATE"]`
 *   (fabfuel/ecs-deploy#50), so EC2 cannot be judged from `requiresCompatibilities`; the describe
 *   output's `compatibilities` (API TaskDefinition.compatibilities: "The task launch types the task
 *   definition validated against during task definition registration") can. cfn-lint E3054, E3713.
 * - API CreateServiceRequest.capacityProviderStrategy: "If no capacityProviderStrategy or launchType
 *   is specified, the defaultCapacityProviderStrategy for the cluster is used."
 * - API AutoScalingGroupProvider.managedTerminationProtection: "When using managed termination
 *   protection, managed scaling must also be used otherwise managed termination protection doesn't
 *   work." https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoScalingGroupProvider.html
 * - API ManagedScaling: "If managed scaling is off, the user must manage the scaling of the Auto
 *   Scaling group." https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScaling.html
 */

/**
 * `managedScaling.status` when CreateCapacityProvider omits it (or the whole `managedScaling`).
 * The API text gives no default; what AWS answers does: the Terraform AWS provider's acceptance
 * test `TestAccECSCapacityProvider_basic` (run against AWS; hashicorp/terraform-provider-aws
 * `internal/service/ecs/capacity_provider_test.go`) creates a provider with only
 * `auto_scaling_group_arn` and reads back `managed_scaling.0.status = "DISABLED"` and
 * `managed_termination_protection = "DISABLED"`; moto's ECS mock (`moto/ecs/models.py`,
 * `_prepare_asg_provider`) fills a missing `status` with `DISABLED` too.
 */
export const MANAGED_SCALING_DEFAULT_STATUS = "DISABLED";

/** The `managedScaling.status` that turns managed scaling on. */
export const MANAGED_SCALING_ENABLED = "ENABLED";

/** The `managedTerminationProtection` value that turns it on (API AutoScalingGroupProvider: "The default is off"). */
export const MANAGED_TERMINATION_PROTECTION_ENABLED = "ENABLED";

/** The launch type of Fargate tasks, and of the Fargate capacity providers' tasks. */
export const FARGATE_LAUNCH_TYPE = "FARGATE";

/**
 * The launch type of tasks placed on container instances without a capacity provider: given as
 * `launchType: EC2`, or taken when neither a launch type nor a strategy is given and the cluster has
 * no default capacity provider strategy (Fargate and external instances must be asked for) —
 * RULES.md's reading of "the defaultCapacityProviderStrategy for the cluster is used" [API-ECS]
 * when there is none; Terraform and Pulumi document `EC2` as the default `launchType`. The API
 * reference does not say it in these words.
 */
export const EC2_LAUNCH_TYPE = "EC2";

/**
 * The launch type of ECS Anywhere (external instances). Whether awsvpc tasks can run there is not
 * settled by the sources read (the API text is silent; ECS Anywhere is commonly described as
 * bridge/host/none only): a service on it is not told to add an awsvpc network configuration.
 */
export const EXTERNAL_LAUNCH_TYPE = "EXTERNAL";

/**
 * The suggestion for a cluster without capacity providers: the two Fargate providers, which every
 * account has and which need only be associated with the cluster (API CreateClusterRequest.capacityProviders),
 * with a default strategy on `FARGATE`. An EC2 cluster would instead name its Auto Scaling group
 * capacity provider, whose name the linter cannot know.
 */
export const SUGGESTED_CLUSTER_PROVIDERS: readonly string[] = ["FARGATE", "FARGATE_SPOT"];
export const SUGGESTED_DEFAULT_STRATEGY: readonly { readonly capacityProvider: string; readonly weight: number }[] = [{ capacityProvider: "FARGATE", weight: 1 }];

/**
 * CloudFormation resource types that launch EC2 instances a cluster's container instances come
 * from (the ECS-optimized AMI's user data names the cluster, `ECS_CLUSTER=…`): an Auto Scaling
 * group and what launches it, a bare instance, a fleet, and a capacity provider (an Auto Scaling
 * group or ECS Managed Instances). A template holding none of them, and no service that may take
 * the EC2 launch type, shows no EC2 capacity for its clusters: a cluster there without capacity
 * providers is a Fargate cluster, told what it misses as one (Fargate Spot; a launch type on every
 * service and task). https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_container_instance.html
 */
export const EC2_CAPACITY_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  "AWS::AutoScaling::AutoScalingGroup",
  "AWS::AutoScaling::LaunchConfiguration",
  "AWS::EC2::LaunchTemplate",
  "AWS::EC2::Instance",
  "AWS::EC2::SpotFleet",
  "AWS::EC2::EC2Fleet",
  "AWS::ECS::CapacityProvider",
]);
