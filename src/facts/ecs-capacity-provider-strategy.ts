/**
 * Capacity provider strategies, daemon services and service load balancers:
 * what ECS accepts where tasks are placed. Used by ecs-capacity-provider-strategy,
 * ecs-service-capacity-provider, ecs-service-scheduling-strategy and
 * no-classic-load-balancer. Each fact carries its source.
 *
 * Sources:
 * - [API-ECS] ECS API model, botocore `ecs/2014-11-13/service-2.json` (botocore 1.43.11),
 *   rendered at https://docs.aws.amazon.com/AmazonECS/latest/APIReference/
 *   (`CreateServiceRequest`, `RunTaskRequest`, `UpdateServiceRequest`,
 *   `CapacityProviderStrategyItem`, `LoadBalancer`).
 * - [API-EVB] EventBridge model `events/2015-10-07`, [API-SCH] Scheduler model
 *   `scheduler/2021-06-30` (`EcsParameters`, `CapacityProviderStrategyItem`).
 * - [DG] Amazon ECS Developer Guide, "Amazon ECS capacity providers",
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-capacity-providers.html
 */

/**
 * The most items a capacity provider strategy may hold.
 * - ECS (CreateService, RunTask, CreateCluster, PutClusterCapacityProviders):
 *   "A capacity provider strategy can contain a maximum of 20 capacity
 *   providers." [API-ECS `CreateServiceRequest.capacityProviderStrategy`,
 *   `RunTaskRequest.capacityProviderStrategy`; DG: limited to 20]
 * - EventBridge targets and Scheduler schedules: the model's list has
 *   `max: 6` [API-EVB and API-SCH `CapacityProviderStrategy`].
 */
export const MAX_STRATEGY_ITEMS = { ecs: 20, eventbridge: 6, scheduler: 6 } as const;

/*
 * Rules of a strategy's items (the same item shape, camelCase
 * `capacityProvider`/`weight`/`base`, in the ECS, EventBridge and Scheduler
 * APIs alike — only the EventBridge/Scheduler member around it is PascalCase,
 * `EcsParameters.CapacityProviderStrategy`; CloudFormation writes items PascalCase):
 *
 * - `launchType` and a strategy exclude each other: "If a capacityProviderStrategy
 *   is specified, the launchType parameter must be omitted." [API-ECS CreateService,
 *   RunTask; API-EVB EcsParameters.CapacityProviderStrategy]. UpdateService has no
 *   `launchType`; an empty strategy there means "back to the launch type" [API-ECS
 *   UpdateServiceRequest.capacityProviderStrategy], so only a non-empty strategy counts.
 * - `base`: "Only one capacity provider in a capacity provider strategy can have a
 *   base defined. If no value is specified, the default value of 0 is used."
 *   [API-ECS CapacityProviderStrategyItem.base]. describe-services output writes
 *   `"base": 0` on every item, so only a base above 0 counts as defined.
 * - `weight`: default 0; "When multiple capacity providers are specified within a
 *   capacity provider strategy, at least one of the capacity providers must have a
 *   weight value greater than zero … If you specify multiple capacity providers in
 *   a strategy that all have a weight of 0, any RunTask or CreateService actions
 *   using the capacity provider strategy will fail." [API-ECS
 *   CapacityProviderStrategyItem.weight]. A single item with weight 0 fails too:
 *   "InvalidParameterException: There are no capacity providers with a weight value
 *   greater than zero defined in the default capacity provider strategy. At least
 *   one capacity provider must have a weight value greater than zero specified."
 *   — seen with a one-provider default strategy without `weight`
 *   (terraform-aws-modules/terraform-aws-ecs#27, its examples/complete-ecs), and an
 *   ECS engineer's advice "make sure you set a non-zero weight if you're only
 *   specifying one capacity provider" (aws/containers-roadmap#631). The current
 *   API text also lists "At least one capacity provider must have a weight greater
 *   than zero" among the weight's characteristics.
 * - Mixing: "A capacity provider strategy cannot contain a mix of capacity providers
 *   using Auto Scaling groups and Fargate providers. Specify one or the other and
 *   try again." (ECS's InvalidParameterException, terraform-aws-modules/terraform-aws-ecs#68);
 *   [DG] a strategy "can only contain Auto Scaling group capacity providers or
 *   Fargate capacity providers". Every provider that is not FARGATE/FARGATE_SPOT is
 *   an Auto Scaling group or a Managed Instances provider [API-ECS
 *   `CapacityProviderType`]; the rule reports Fargate next to any other one.
 * - Duplicates: each item gives one provider its base and weight; the API text
 *   states no duplicate rule (no AWS wording found), so the message says what is
 *   certain: list each provider once.
 */

/**
 * What a suggested strategy item weighs: any weight above 0 makes a
 * one-provider strategy valid (see above); 1 is the console's default [DG: "If
 * no weight value is specified … in the console, then the default value of 1 is used"].
 */
export const SUGGESTED_WEIGHT = 1;

/**
 * The capacity provider name a suggestion writes when the linter cannot know
 * it: an angle-bracket token, which the plugin (and the reader) treats as a
 * placeholder to fill (src/values/placeholders.ts).
 */
export const CAPACITY_PROVIDER_PLACEHOLDER = "<CAPACITY_PROVIDER>";

/**
 * Daemon services (`schedulingStrategy: DAEMON`):
 * - "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment
 *   controller types don't support the DAEMON scheduling strategy." [API-ECS
 *   CreateServiceRequest.schedulingStrategy]; cfn-lint E3044 enforces the same
 *   (aws-cloudformation/cfn-lint `schemas/extensions/aws_ecs_service/fargate.json`).
 * - A daemon service cannot use a capacity provider strategy, its own or the
 *   cluster's default: "InvalidParameterException … Specifying a capacity provider
 *   strategy is not supported when you create a service using the DAEMON scheduling
 *   strategy." (aws/containers-roadmap#692, solved with `--launch-type EC2`;
 *   hashicorp/terraform-provider-aws#16772; jetbrains-infra/terraform-aws-ecs-cluster#15, 2023).
 */
export const DAEMON_UNSUPPORTED_CONTROLLERS: readonly string[] = ["CODE_DEPLOY", "EXTERNAL"];


/**
 * Service load balancers [API-ECS `CreateServiceRequest.loadBalancers`, `LoadBalancer`]:
 * "For Classic Load Balancers, this object must contain the load balancer name …
 * The target group ARN parameter must be omitted."; for ALB/NLB "The load balancer
 * name parameter must be omitted". So `loadBalancerName` names a Classic Load
 * Balancer, and "the container instance is registered with the load balancer".
 * "Services with tasks that use the awsvpc network mode (for example, those with
 * the Fargate launch type) only support Application Load Balancers and Network Load
 * Balancers. Classic Load Balancers aren't supported. Also, when you create any
 * target groups for these services, you must choose ip as the target type".
 */
export const AWSVPC_TARGET_TYPE = "ip";

/**
 * The CloudFormation type of a Classic Load Balancer; `Ref` to one "returns the name of
 * the load balancer", the value a service's `LoadBalancerName` takes.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancing-loadbalancer.html
 */
export const CLASSIC_LOAD_BALANCER_TYPE = "AWS::ElasticLoadBalancing::LoadBalancer";
