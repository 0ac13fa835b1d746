/**
 * How ECS task network modes treat port mappings, and the mode AWS recommends.
 *
 * Sources (reference/aws-facts.md §1.1, §1.3.1):
 * - API PortMapping: "If you use containers in a task with the awsvpc or host network
 *   mode, specify the exposed ports using containerPort. The hostPort can be left blank
 *   or it must be the same value as the containerPort."
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html
 *   ECS answers a mismatch with `ClientException: When networkMode=awsvpc, the host ports
 *   and container ports in port mappings must match` (aws/amazon-ecs-cli#1014, where
 *   ecs-cli wrote a dynamic `hostPort` for an awsvpc task).
 * - API ContainerDefinition.portMappings: "If the network mode of a task definition is
 *   set to none, then you can't specify port mappings."
 * - A host port mapped twice in one task: `ClientException: TCP host port '3000' is mapped
 *   multiple times in task.` (aws/amazon-ecs-agent#1220, a bridge-mode Elastic Beanstalk task).
 *   In awsvpc and host mode the host port is the container port.
 * - API PortMapping.protocol: `tcp` (default) or `udp`.
 * - API RegisterTaskDefinitionRequest.networkMode: "If no network mode is specified, the
 *   default is bridge"; "For Amazon ECS tasks on Amazon EC2 Windows instances, <default> or
 *   awsvpc can be used."
 * - "We recommend that you use the awsvpc network mode unless you have a specific need to use
 *   a different network mode." https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
 *   (Control Tower CT.ECS.PR.4, AWS Config `ecs-awsvpc-networking-enabled`).
 */

/** The network mode AWS recommends and Fargate requires. */
export const AWSVPC = "awsvpc";

/** Modes where `hostPort` must be absent or equal to `containerPort` (the container's ports are the host's, or the ENI's). */
export const HOST_PORT_IS_CONTAINER_PORT: readonly string[] = ["awsvpc", "host"];

/** Modes that take no port mappings at all. */
export const NO_PORT_MAPPINGS: readonly string[] = ["none"];

/** Modes where a non-zero `hostPort` is bound on the instance, so two mappings may not share one. */
export const EXPLICIT_HOST_PORT_MODES: readonly string[] = ["bridge"];

/** `portMappings[].protocol` when absent. */
export const DEFAULT_PORT_PROTOCOL = "tcp";

/** `hostPort: 0` (or absent) in bridge mode asks for a dynamic host port from the ephemeral range. */
export const DYNAMIC_HOST_PORT = 0;
