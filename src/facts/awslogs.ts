/**
 * Log driver options of ECS container definitions (`logConfiguration.options`):
 * the `awslogs` option names, which of them ECS requires, the `splunk` driver's
 * required options, the delivery modes every driver takes, and the FireLens
 * configuration-file types Fargate accepts.
 *
 * Sources:
 * - ECS API `LogConfiguration.options` (botocore `ecs/2014-11-13/service-2.json`, 2026-08-05;
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html):
 *   `awslogs-region` and `awslogs-group` "Required: Yes", `awslogs-stream-prefix` "Required: Yes, when
 *   using Fargate. Optional when using EC2", `mode` "Valid values: non-blocking | blocking", and
 *   "To route logs using the splunk log router, you need to specify a splunk-token and a splunk-url".
 * - ECS API `FirelensConfiguration.options`: "Tasks hosted on Fargate only support the `file`
 *   configuration file type" (`config-file-type` is `s3` or `file`).
 * - RegisterTaskDefinition refuses awslogs option names outside its list: "ClientException … Log driver
 *   awslogs disallows options: log_key" (aws-samples/amazon-ecs-firelens-examples#83, 2022), and the same
 *   for `awslogs-datetime-format` before ECS added it (aws/amazon-ecs-agent#872, 2017) and for
 *   `awslogs-endpoint` (aws/containers-roadmap#73). ECS's current list is not published, so the set below
 *   is the union of every name ECS documents and every name any Docker awslogs driver accepts: a name
 *   outside it is refused by ECS and by Docker ("unknown log opt '…' for awslogs log driver").
 * - Docker awslogs driver, `ValidateLogOpt` (moby `daemon/logger/awslogs/cloudwatchlogs.go`, from
 *   18.09 through the 2026 tree), and the driver-independent `mode`/`max-buffer-size`
 *   (moby `daemon/logger/factory.go` `builtInLogOpts`); AWS shim loggers for containerd (what Fargate
 *   runs) README: awslogs-group/-stream/-region/-credentials-endpoint/-create-group/-create-stream/
 *   -multiline-pattern/-datetime-format/-endpoint, and splunk-token/splunk-url required.
 * See reference/aws-facts.md §1.3.3.
 */

/** `awslogs` options ECS documents for task definitions. */
const ECS_DOCUMENTED_AWSLOGS_OPTIONS = [
  "awslogs-create-group",
  "awslogs-datetime-format",
  "awslogs-group",
  "awslogs-multiline-pattern",
  "awslogs-region",
  // ECS's own option: the agent turns it into `awslogs-stream` (prefix/container-name/task-id).
  "awslogs-stream-prefix",
  "max-buffer-size",
  "mode",
] as const;

/** Options some Docker awslogs driver (or the containerd shim logger) accepts beyond those. */
const DOCKER_AWSLOGS_OPTIONS = [
  "awslogs-create-stream",
  "awslogs-credentials-endpoint",
  "awslogs-datetime-as-event-time",
  "awslogs-datetime-timezone",
  "awslogs-endpoint",
  "awslogs-force-flush-interval-seconds",
  "awslogs-format",
  "awslogs-max-buffered-events",
  "awslogs-stream",
  "tag",
] as const;

/** Every `awslogs` option name some version of ECS or Docker accepts; anything else is refused. */
export const AWSLOGS_OPTIONS: ReadonlySet<string> = new Set<string>([...ECS_DOCUMENTED_AWSLOGS_OPTIONS, ...DOCKER_AWSLOGS_OPTIONS]);

/** The option names to suggest for a misspelt one (every known option). */
export const AWSLOGS_SUGGESTABLE_OPTIONS: readonly string[] = [...ECS_DOCUMENTED_AWSLOGS_OPTIONS, ...DOCKER_AWSLOGS_OPTIONS];

export const AWSLOGS_GROUP = "awslogs-group";
export const AWSLOGS_REGION = "awslogs-region";
/** Required on Fargate, optional on EC2. */
export const AWSLOGS_STREAM_PREFIX = "awslogs-stream-prefix";

/** The driver-independent delivery mode option and its values. */
export const LOG_MODE_OPTION = "mode";
export const LOG_MODES: readonly string[] = ["blocking", "non-blocking"];

/** Options the `splunk` driver needs, in `options` or `secretOptions`. */
export const SPLUNK_REQUIRED_OPTIONS: readonly string[] = ["splunk-token", "splunk-url"];

/** The log driver that routes to a FireLens container. */
export const FIRELENS_LOG_DRIVER = "awsfirelens";

/** `firelensConfiguration.options` key naming where the router's configuration file comes from. */
export const FIRELENS_CONFIG_FILE_TYPE = "config-file-type";
/** The configuration-file types Fargate accepts (`s3` is for EC2 only). */
export const FARGATE_FIRELENS_CONFIG_FILE_TYPES: readonly string[] = ["file"];
