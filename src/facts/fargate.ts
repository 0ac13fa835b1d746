/**
 * What AWS Fargate accepts in a task definition: task sizes, log drivers,
 * addable capabilities, the parameters it rejects, container timeouts and the
 * network mode. Used when `requiresCompatibilities` lists `FARGATE` (ECS then
 * validates the task definition against Fargate at registration, "even if EC2
 * is also specified").
 *
 * Sources (reference/aws-facts.md §2):
 * - Task sizes: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html
 *   (table with the "Operating systems supported" column; an invalid pair fails with
 *   `ClientException: Invalid 'cpu' setting for task.`), API RegisterTaskDefinitionRequest.memory
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html ,
 *   cfn-lint `fargate_cpu_memory.json` (E3047).
 * - Rejected parameters: "Task definition differences for Fargate"
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html and the
 *   older "Task Definition Considerations" page https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-task-defs.html
 *   (which also lists `devices`, `hostname`, `host`, `dockerVolumeConfiguration`, `sharedMemorySize`);
 *   API ContainerDefinition / LinuxParameters / Volume / RegisterTaskDefinitionRequest member texts
 *   (botocore `ecs/2014-11-13/service-2.json`, 2026-08-05); cfn-lint `fargate_properties.json` (E3048).
 */

/** The operating systems Fargate runs. */
export type FargateOs = "linux" | "windows";

export interface FargateTaskSize {
  /** Task `cpu` in CPU units (1024 = 1 vCPU). */
  readonly cpu: number;
  /** The task `memory` values (MiB) Fargate accepts with it, ascending. */
  readonly memory: readonly number[];
  /** The operating systems that offer this size. */
  readonly os: readonly FargateOs[];
}

function gibRange(fromGiB: number, toGiB: number, stepGiB: number): readonly number[] {
  const values: number[] = [];
  for (let gib = fromGiB; gib <= toGiB; gib += stepGiB) values.push(gib * 1024);
  return values;
}

/**
 * Valid Fargate task sizes. Windows: 1, 2 and 4 vCPU only, with the same memory
 * as Linux ("cpu cannot be below 1 vCPU"; the 8 and 16 vCPU rows are Linux only).
 * Source: task-cpu-memory-error page (OS column); API RegisterTaskDefinitionRequest.memory;
 * the console page "Creating an Amazon ECS task definition using the console" (aws-facts §2.1).
 */
export const FARGATE_TASK_SIZES: readonly FargateTaskSize[] = [
  { cpu: 256, memory: [512, 1024, 2048], os: ["linux"] },
  { cpu: 512, memory: gibRange(1, 4, 1), os: ["linux"] },
  { cpu: 1024, memory: gibRange(2, 8, 1), os: ["linux", "windows"] },
  { cpu: 2048, memory: gibRange(4, 16, 1), os: ["linux", "windows"] },
  { cpu: 4096, memory: gibRange(8, 30, 1), os: ["linux", "windows"] },
  // Linux platform version 1.4.0 or later.
  { cpu: 8192, memory: gibRange(16, 60, 4), os: ["linux"] },
  { cpu: 16384, memory: gibRange(32, 120, 8), os: ["linux"] },
];

/**
 * Task CPU values whose Fargate support is UNVERIFIED: a 32 vCPU row (32768 units
 * with 60, 120 or 244 GB) appears in one unlinked cfn-lint copy and one copy of
 * the console page, but not in the API model or any live AWS page (aws-facts §2.1,
 * §12 item 7). Treated as unknown: never reported, never suggested.
 */
export const FARGATE_UNVERIFIED_CPU: readonly number[] = [32768];

/** The sizes available to an operating system. */
export function fargateSizesFor(os: FargateOs): readonly FargateTaskSize[] {
  return FARGATE_TASK_SIZES.filter((size) => size.os.includes(os));
}

/** The network mode Fargate requires; absent means `bridge` on Linux, which Fargate rejects. Source: API RegisterTaskDefinitionRequest.networkMode. */
export const FARGATE_NETWORK_MODE = "awsvpc";

/** Log drivers Fargate accepts. Source: API LogConfiguration.logDriver; cfn-lint `fargate_properties.json`. */
export const FARGATE_LOG_DRIVERS: readonly string[] = ["awslogs", "splunk", "awsfirelens"];

/**
 * Kernel capabilities a Fargate container may add (platform version 1.4.0+).
 * Source: API KernelCapabilities.add ("Tasks launched on Fargate only support adding the
 * SYS_PTRACE kernel capability") https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html ;
 * the Fargate page writes it `CAP_SYS_PTRACE`.
 */
export const FARGATE_ADDABLE_CAPABILITIES: readonly string[] = ["SYS_PTRACE"];

/** `pidMode` values Fargate accepts (Linux, platform version 1.4.0+). Source: API RegisterTaskDefinitionRequest.pidMode. */
export const FARGATE_PID_MODES: readonly string[] = ["task"];

/**
 * Container `stopTimeout` and `startTimeout` maximum on Fargate, in seconds.
 * Source: API ContainerDefinition.stopTimeout ("For tasks that use the Fargate launch
 * type, the max stop timeout value is 120 seconds"); CloudFormation
 * ContainerDefinition.StartTimeout ("The valid values for Fargate are 2-120 seconds").
 */
export const FARGATE_MAX_TIMEOUT_SECONDS = 120;

/** How a rejected member counts as set: any value, `true` only, or a non-empty list. */
export type SetWhen = "present" | "true" | "nonEmptyList";

export interface RejectedMember {
  /** The API member name. */
  readonly name: string;
  readonly setWhen: SetWhen;
}

/**
 * Task-level members Fargate rejects. `placementConstraints` (an empty list is
 * fine), `ipcMode` (any value). Source: Fargate page; API RegisterTaskDefinitionRequest.ipcMode
 * ("not supported for Windows containers or tasks run on Fargate").
 */
export const FARGATE_REJECTED_TASK_MEMBERS: readonly RejectedMember[] = [
  { name: "placementConstraints", setWhen: "nonEmptyList" },
  { name: "ipcMode", setWhen: "present" },
];

/**
 * Container-level members Fargate rejects. Booleans count only when `true`
 * (`privileged: false` asks for nothing Fargate lacks), lists only when non-empty.
 * Source: Fargate page (`disableNetworking`, `dnsSearchDomains`, `dnsServers`,
 * `dockerSecurityOptions`, `extraHosts`, `links`, `privileged`); older Fargate page and
 * API ContainerDefinition.hostname ("not supported if you're using the awsvpc network mode").
 */
export const FARGATE_REJECTED_CONTAINER_MEMBERS: readonly RejectedMember[] = [
  { name: "privileged", setWhen: "true" },
  { name: "disableNetworking", setWhen: "true" },
  { name: "links", setWhen: "nonEmptyList" },
  { name: "hostname", setWhen: "present" },
  { name: "dnsServers", setWhen: "nonEmptyList" },
  { name: "dnsSearchDomains", setWhen: "nonEmptyList" },
  { name: "extraHosts", setWhen: "nonEmptyList" },
  { name: "dockerSecurityOptions", setWhen: "nonEmptyList" },
];

/**
 * `linuxParameters` members Fargate rejects. Source: API LinuxParameters (`devices`,
 * `sharedMemorySize`, `maxSwap`, `swappiness`: "not supported for tasks run on Fargate";
 * `tmpfs` lost that sentence on 2026-04-10 — tmpfs is allowed, aws-facts §2.3).
 */
export const FARGATE_REJECTED_LINUX_PARAMETERS: readonly RejectedMember[] = [
  { name: "devices", setWhen: "nonEmptyList" },
  { name: "sharedMemorySize", setWhen: "present" },
  { name: "maxSwap", setWhen: "present" },
  { name: "swappiness", setWhen: "present" },
];

/** The `resourceRequirements[].type` Fargate cannot provide. Source: Fargate page ("gpu"). */
export const FARGATE_REJECTED_RESOURCE_TYPES: readonly string[] = ["GPU"];
