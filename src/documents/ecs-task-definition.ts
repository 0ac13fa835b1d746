/**
 * The ECS task definition document kind, and its one recognizer.
 *
 * Three forms are recognized by their shape:
 * - `register`: RegisterTaskDefinition input (`aws ecs register-task-definition
 *   --cli-input-json`/`--cli-input-yaml`, the file the ECS deploy actions read):
 *   an object with `containerDefinitions`;
 * - `describe`: `describe-task-definition` output, `{"taskDefinition": {…}}`;
 * - `container-list`: a bare array of container definitions (Terraform
 *   `container_definitions` files), where nothing task-level is known.
 *
 * Facts every rule needs (launch types, operating system, network mode, which
 * containers run once and exit) are derived here once, so no rule derives
 * them again.
 */
import { CONTAINER_MEMBER_NAMES } from "../facts/ecs-task-definition-schema.js";
import { AWSVPC } from "../facts/network-modes.js";
import { argvFinishes } from "../facts/one-shot-commands.js";
import { isWindowsImage, WINDOWS_PATH, WINDOWS_SHELL } from "../facts/windows-containers.js";
import { booleanValue, literalString, objectItems, objectValue, present, type ArrayValue, type ObjectValue, type Value } from "../values/index.js";
import { logicalIdOf } from "./api-document.js";

/** A yes/no fact that may not be knowable from the file (a placeholder, an intrinsic, a bare container list). */
export type Maybe = boolean | "unknown";

export type TaskDefinitionForm = "register" | "describe" | "container-list";

export class TaskDefinitionDocument {
  readonly kind = "ecs-task-definition";
  #compatibilities: ReadonlySet<string> | "unknown" | undefined;
  #containers: readonly ObjectValue[] | undefined;
  #volumes: readonly ObjectValue[] | undefined;
  #os: "linux" | "windows" | "unknown" | undefined;

  constructor(
    /** The document root as written (for `describe`, the wrapper). */
    readonly root: Value,
    readonly form: TaskDefinitionForm,
    /** The task definition object; undefined for a bare container list. */
    readonly task: ObjectValue | undefined,
  ) {}

  /** The logical ID of the CloudFormation resource it was read from. */
  get logicalId(): string | undefined {
    return this.task?.style === "cloudformation" ? logicalIdOf(this.task) : undefined;
  }

  /** `family`, when literal. */
  get family(): string | undefined {
    return literalString(this.task?.get("family"));
  }

  /** `revision` (describe output only), when a number. */
  get revision(): number | undefined {
    const value = this.task?.get("revision");
    return value?.kind === "number" ? value.value : undefined;
  }

  /** `containerDefinitions` (or the root array of a container list). */
  get containerList(): Value | undefined {
    return this.task ? present(this.task.get("containerDefinitions")) : this.root;
  }

  /** The container definitions that are objects (other items are `valid-schema`'s business). */
  get containers(): readonly ObjectValue[] {
    this.#containers ??= objectItems(this.containerList);
    return this.#containers;
  }

  /** Task `volumes` that are objects. */
  get volumes(): readonly ObjectValue[] {
    this.#volumes ??= objectItems(this.task?.get("volumes"));
    return this.#volumes;
  }

  /**
   * `requiresCompatibilities` as a set; absent means EC2 only (RegisterTaskDefinition
   * validates against EC2 when none is given). "unknown" when it cannot be read.
   */
  get compatibilities(): ReadonlySet<string> | "unknown" {
    if (this.#compatibilities === undefined) this.#compatibilities = readCompatibilities(this.task);
    return this.#compatibilities;
  }

  /** Whether the task definition must be valid for Fargate (`requiresCompatibilities` lists FARGATE). */
  get fargate(): Maybe {
    return requires(this.compatibilities, "FARGATE");
  }

  /** Whether it may run on EC2 container instances (EC2 listed, or nothing listed). */
  get ec2(): Maybe {
    return requires(this.compatibilities, "EC2");
  }

  /** Whether it may run on external (ECS Anywhere) instances. */
  get external(): Maybe {
    return requires(this.compatibilities, "EXTERNAL");
  }

  /** Whether it may run on ECS Managed Instances. */
  get managedInstances(): Maybe {
    return requires(this.compatibilities, "MANAGED_INSTANCES");
  }

  /**
   * The operating system family: `runtimePlatform.operatingSystemFamily` when
   * present (WINDOWS_SERVER_* is Windows); when absent, Windows if the
   * containers show it plainly (`showsWindows`: gMSA credential specs, `C:\`
   * paths, a PowerShell or cmd entry point, a Windows base image), else LINUX,
   * the API default. A bare container list is read the same way: Terraform keeps
   * the runtime platform elsewhere, and assuming Linux loses less than skipping.
   */
  get os(): "linux" | "windows" | "unknown" {
    this.#os ??= this.#readOs();
    return this.#os;
  }

  #readOs(): "linux" | "windows" | "unknown" {
    const platform = this.task?.get("runtimePlatform");
    const family = platform?.kind === "object" ? present(platform.get("operatingSystemFamily")) : undefined;
    if (platform !== undefined && platform.kind !== "null" && platform.kind !== "object") return "unknown";
    if (family !== undefined) {
      const text = literalString(family);
      if (text === undefined) return "unknown";
      return text.startsWith("WINDOWS") ? "windows" : "linux";
    }
    return this.containers.some(showsWindows) ? "windows" : "linux";
  }

  /**
   * The network mode the task will get: the literal `networkMode`, else the
   * default — `bridge` for Linux, `default` (NAT) for Windows; undefined when
   * it cannot be known (unreadable, or no task level in a bare container list).
   */
  get networkMode(): string | undefined {
    if (!this.task) return undefined;
    const value = present(this.task.get("networkMode"));
    if (value === undefined) {
      const os = this.os;
      return os === "unknown" ? undefined : os === "windows" ? "default" : "bridge";
    }
    return literalString(value);
  }

  /**
   * The network mode a service or run-task input must be ready for, or
   * undefined when it cannot be known: `networkMode` as read above, except that
   * a Fargate task definition without `networkMode` counts as awsvpc — Fargate
   * accepts no other mode (the missing mode is ecs-fargate-compatibility's).
   */
  get serviceNetworkMode(): string | undefined {
    if (!this.task) return undefined;
    if (present(this.task.get("networkMode")) !== undefined) return this.networkMode;
    if (this.fargate === true) return AWSVPC;
    return this.fargate === false ? this.networkMode : undefined;
  }

  /**
   * Whether a container is essential: an absent (or null) `essential` means true
   * (API ContainerDefinition.essential); "unknown" when it cannot be read.
   */
  essential(container: ObjectValue): Maybe {
    const value = present(container.get("essential"));
    if (value === undefined) return true;
    return booleanValue(value) ?? "unknown";
  }

  /**
   * Whether a container runs once and exits: its entry point followed by its
   * command (the command alone when there is no entry point; neither: the
   * image decides, unknown) is a finite command of src/facts/one-shot-commands.ts
   * (`ping -c 4 example.com`, `sh -c "echo hello"`). Anything unread — a
   * templated word, a program not in the table, a loop — is false: the
   * container counts as long-running.
   */
  runsToCompletion(container: ObjectValue): boolean {
    const argv = containerArgv(container);
    return argv !== undefined && argvFinishes(argv);
  }

  /** Containers by literal name (first one wins when names repeat). */
  containerNamed(name: string): ObjectValue | undefined {
    return this.containers.find((container) => literalString(container.get("name")) === name);
  }
}

function readCompatibilities(task: ObjectValue | undefined): ReadonlySet<string> | "unknown" {
  if (!task) return "unknown";
  const value = present(task.get("requiresCompatibilities"));
  if (value === undefined) return new Set(["EC2"]);
  if (value.kind !== "array") return "unknown";
  const names = new Set<string>();
  for (const item of value.items) {
    const name = literalString(item);
    if (name === undefined) return "unknown";
    names.add(name);
  }
  return names.size === 0 ? new Set(["EC2"]) : names;
}

function requires(compatibilities: ReadonlySet<string> | "unknown", name: string): Maybe {
  if (compatibilities === "unknown") return "unknown";
  return compatibilities.has(name);
}

/* ---------------- recognition ---------------- */

/**
 * Keys of Kubernetes containers that ECS container definitions do not have:
 * a root-level list carrying them is not a Terraform container list.
 */
const KUBERNETES_CONTAINER_KEYS = new Set(["ports", "env", "envFrom", "resources", "volumeMounts", "imagePullPolicy", "args", "livenessProbe", "readinessProbe", "securityContext"]);

/** Recognizes a task definition in any of its three forms, or answers undefined. */
export function recognizeTaskDefinition(root: Value): TaskDefinitionDocument | undefined {
  if (root.kind === "object") {
    if (root.entry("containerDefinitions")) return new TaskDefinitionDocument(root, "register", root);
    const wrapped = objectValue(root.get("taskDefinition"));
    if (wrapped?.entry("containerDefinitions")) return new TaskDefinitionDocument(root, "describe", wrapped);
    return undefined;
  }
  if (root.kind === "array" && looksLikeContainerList(root)) return new TaskDefinitionDocument(root, "container-list", undefined);
  return undefined;
}

/**
 * A bare list is a container list when every item is an object with `name` and
 * `image`, some item has another container definition member (so a list of
 * `{name, image}` records such as a picture gallery is not taken), no item has
 * a Kubernetes-only key, and at least four keys in five are container members.
 */
function looksLikeContainerList(list: ArrayValue): boolean {
  const items = list.items;
  if (items.length === 0) return false;
  let known = 0;
  let total = 0;
  for (const item of items) {
    if (item.kind !== "object" || !item.entry("name") || !item.entry("image")) return false;
    for (const { key } of item.entries) {
      if (KUBERNETES_CONTAINER_KEYS.has(key)) return false;
      total += 1;
      if (CONTAINER_MEMBER_NAMES.has(key)) known += 1;
    }
  }
  const beyondNameAndImage = known - 2 * items.length;
  return beyondNameAndImage > 0 && known * 5 >= total * 4;
}

/**
 * A container's argv: `entryPoint` then `command`, every word literal (a number
 * counts as its text: CloudFormation converts it); undefined when neither is
 * set or a word cannot be read.
 */
function containerArgv(container: ObjectValue): string[] | undefined {
  const argv: string[] = [];
  let set = false;
  for (const key of ["entryPoint", "command"]) {
    const list = present(container.get(key));
    if (list === undefined) continue;
    if (list.kind !== "array") return undefined;
    set = true;
    for (const item of list.items) {
      const word = item.kind === "number" ? String(item.value) : literalString(item);
      if (word === undefined) return undefined;
      argv.push(word);
    }
  }
  return set ? argv : undefined;
}

/** Whether a container shows it runs on Windows (src/facts/windows-containers.ts). */
function showsWindows(container: ObjectValue): boolean {
  const credentialSpecs = present(container.get("credentialSpecs"));
  if (credentialSpecs !== undefined && (credentialSpecs.kind !== "array" || credentialSpecs.items.length > 0)) return true;
  const image = container.get("image");
  if (image?.kind === "string" && isWindowsImage(image.value)) return true;
  if (WINDOWS_PATH.test(literalString(container.get("workingDirectory")) ?? "")) return true;
  if (objectItems(container.get("mountPoints")).some((mount) => WINDOWS_PATH.test(literalString(mount.get("containerPath")) ?? ""))) return true;
  return [container.get("entryPoint"), container.get("command")].some((list) => {
    const first = list?.kind === "array" ? literalString(list.items[0]) : undefined;
    const word = first?.trim().split(/\s+/)[0] ?? "";
    return WINDOWS_SHELL.test(word) || WINDOWS_PATH.test(word);
  });
}
