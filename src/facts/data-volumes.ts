/**
 * Where a container's data lands, per platform: how a container runs its image
 * (`ImageRun`, read by the stateful-image table), what it mounts, and whether
 * the volume behind a mount outlives the task or pod. `persistent-storage`
 * matches the two; this module knows the platforms' volume types.
 *
 * ECS — a container's writable layer, a bind mount without `sourcePath` and a
 * task-scoped Docker volume are deleted when the task stops; a host path or a
 * `local` Docker volume stays on one container instance, which a replacement
 * task may not land on; EFS, FSx for Windows File Server, S3 Files and an EBS
 * volume configured at launch are kept.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html
 *
 * Kubernetes — `emptyDir` "is initially empty … When a Pod is removed from a
 * node for any reason, the data in the emptyDir is deleted permanently"; a
 * generic ephemeral volume's claim is deleted with its pod; a `hostPath` stays
 * on one node. A `persistentVolumeClaim` volume, or a StatefulSet
 * `volumeClaimTemplates` entry (whose claim the controller mounts in place of a
 * pod volume of the same name: `updateStorage` in
 * kubernetes/kubernetes `pkg/controller/statefulset/stateful_set_utils.go`), is kept.
 * https://kubernetes.io/docs/concepts/storage/volumes/#emptydir
 * https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes
 * https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates
 */
import type { ImageReference } from "./images.js";
import type { ImageRun } from "./stateful-images.js";
import type { TaskDefinitionDocument } from "../documents/ecs-task-definition.js";
import type { WorkloadDocument } from "../documents/kubernetes.js";
import { booleanValue, hasHole, literalString, objectItems, objectValue, present, type ObjectValue, type Value } from "../values/index.js";

/** A mount point: the path in the container, and the value naming its volume (where reports about the volume go). */
export interface Mount {
  readonly path: string;
  readonly volume: Value | undefined;
}

/** ECS storage kinds: kept, deleted with the task, on one container instance (bind mount or `local` volume). */
export type EcsStorage = "persistent" | "task" | "host" | "instance" | "unknown";

/** Kubernetes storage kinds: kept, deleted with the pod (`emptyDir`, generic `ephemeral`), on one node. */
export type KubernetesStorage = "persistent" | "emptyDir" | "ephemeral" | "hostPath" | "unknown";

/* ---------------- shared ---------------- */

/** A string list: undefined when absent, null when any item cannot be read. */
function readStrings(value: Value | undefined): readonly string[] | undefined | null {
  const list = present(value);
  if (list === undefined) return undefined;
  if (list.kind !== "array") return null;
  const strings: string[] = [];
  for (const item of list.items) {
    const text = literalString(item);
    if (text === undefined) return null;
    strings.push(text);
  }
  return strings;
}

function isEmptyArray(value: Value | undefined): boolean {
  return value?.kind === "array" && value.items.length === 0;
}

/** A tag with a placeholder is unknown (`null`). */
function tagOf(image: ImageReference): string | undefined | null {
  return image.tag !== undefined && hasHole(image.tag) ? null : image.tag;
}

/** Mount points of a list, or undefined when any cannot be read. */
function readMounts(list: Value | undefined, pathKey: string, volumeKey: string): readonly Mount[] | undefined {
  const mounts = present(list);
  if (mounts === undefined) return [];
  if (mounts.kind !== "array") return undefined;
  const result: Mount[] = [];
  for (const item of mounts.items) {
    if (item.kind !== "object" || item.hasMerge) return undefined;
    const path = literalString(item.get(pathKey));
    if (path === undefined || !path.startsWith("/")) return undefined;
    result.push({ path, volume: item.get(volumeKey) });
  }
  return result;
}

/**
 * A host path segment that suggests shared network storage mounted on every
 * instance or node (`/mnt/efs/postgres`, `/nfs/data`): such a bind mount may
 * well survive the task or pod, so it is not called instance storage.
 */
const SHARED_STORAGE_SEGMENT = /^(?:efs|nfs|nfs4|fsx|lustre|gluster|glusterfs|ceph|cephfs|cifs|smb|s3|s3fs|goofys|mountpoint-s3)(?:$|[-_.\d])/i;

function isSharedStoragePath(path: string): boolean {
  return path.split("/").some((segment) => SHARED_STORAGE_SEGMENT.test(segment));
}

/* ---------------- ECS ---------------- */

/** Where a container definition keeps what `imageRun` reads: ECS and Kubernetes name the same things differently. */
interface ContainerLayout {
  /** Replaces the image's entrypoint. */
  readonly entryPoint: string;
  /** Replaces the image's command. */
  readonly command: string;
  /** Variables: a list of `{name, value}`. */
  readonly environment: string;
  /** What may set any variable (ECS `environmentFiles`, Kubernetes `envFrom`). */
  readonly environmentSources: string;
  readonly mounts: string;
  readonly mountPath: string;
}

const ECS_CONTAINER: ContainerLayout = { entryPoint: "entryPoint", command: "command", environment: "environment", environmentSources: "environmentFiles", mounts: "mountPoints", mountPath: "containerPath" };
const KUBERNETES_CONTAINER: ContainerLayout = { entryPoint: "command", command: "args", environment: "env", environmentSources: "envFrom", mounts: "volumeMounts", mountPath: "mountPath" };

/**
 * How a container runs its image. `readVariable` gives a variable's value:
 * its text, null when it cannot be known, undefined when the variable itself
 * cannot be read (the environment is then incomplete).
 */
function imageRun(container: ObjectValue, image: ImageReference, layout: ContainerLayout, readVariable: (variable: ObjectValue) => string | null | undefined): ImageRun | undefined {
  const entryPoint = readStrings(container.get(layout.entryPoint));
  const command = readStrings(container.get(layout.command));
  if (entryPoint === null || command === null) return undefined;
  const environment = new Map<string, string | null>();
  let environmentComplete = true;
  const variables = present(container.get(layout.environment));
  if (variables !== undefined) {
    if (variables.kind !== "array") environmentComplete = false;
    else {
      for (const item of variables.items) {
        const name = item.kind === "object" ? literalString(item.get("name")) : undefined;
        const value = item.kind === "object" && name !== undefined ? readVariable(item) : undefined;
        if (name === undefined || value === undefined) {
          environmentComplete = false;
          continue;
        }
        environment.set(name, value);
      }
    }
  }
  const sources = container.get(layout.environmentSources);
  if (present(sources) !== undefined && !isEmptyArray(sources)) environmentComplete = false;
  const mountPaths = objectItems(container.get(layout.mounts))
    .map((mount) => literalString(mount.get(layout.mountPath)))
    .filter((path): path is string => path !== undefined);
  return { image, tag: tagOf(image), entryPoint, command, environment, environmentComplete, mountPaths };
}

/** How an ECS container runs its image, or undefined when its command line cannot be read. */
export function ecsImageRun(container: ObjectValue, image: ImageReference): ImageRun | undefined {
  return imageRun(container, image, ECS_CONTAINER, (variable) => literalString(variable.get("value")) ?? null);
}

/** An ECS container's mount points, or undefined when any cannot be read or `volumesFrom` may bring more. */
export function ecsMounts(container: ObjectValue): readonly Mount[] | undefined {
  const volumesFrom = container.get("volumesFrom");
  if (present(volumesFrom) !== undefined && !isEmptyArray(volumesFrom)) return undefined;
  return readMounts(container.get("mountPoints"), "containerPath", "sourceVolume");
}

/** The volume members ECS knows; a volume with any other member is not judged. */
const ECS_VOLUME_MEMBERS = ["name", "host", "dockerVolumeConfiguration", "efsVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration", "s3filesVolumeConfiguration", "configuredAtLaunch"];

/**
 * `driverOpts.type` values of Docker's `local` driver that keep data on the
 * container instance (a bind of a host directory, memory); any other type
 * (nfs, cifs, a block device) is not judged.
 * https://docs.docker.com/reference/cli/docker/volume/create/#driver-specific-options
 */
const LOCAL_DRIVER_INSTANCE_TYPES: ReadonlySet<string> = new Set(["none", "tmpfs"]);

/** What kind of storage a task volume is; "unknown" when it cannot be told (or for a bare container list). */
export function ecsVolumeStorage(document: TaskDefinitionDocument, name: string): EcsStorage {
  if (!document.task) return "unknown";
  const volumes = present(document.task.get("volumes"));
  if (volumes?.kind !== "array") return "unknown";
  let found: ObjectValue | undefined;
  for (const item of volumes.items) {
    if (item.kind !== "object") return "unknown";
    const itemName = literalString(item.get("name"));
    if (itemName === undefined) return "unknown";
    if (itemName === name && !found) found = item;
  }
  return found ? classifyEcsVolume(found) : "unknown";
}

function classifyEcsVolume(volume: ObjectValue): EcsStorage {
  // Members a YAML merge brings in are read through `get` (an unresolved merge reads as unknown, hence persistent-or-unknown).
  const known = new Set(ECS_VOLUME_MEMBERS.flatMap((member) => volume.entry(member)?.key ?? []));
  if (volume.entries.some((entry) => !known.has(entry.key))) return "unknown";
  for (const member of ["efsVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration", "s3filesVolumeConfiguration"]) {
    if (present(volume.get(member)) !== undefined) return "persistent";
  }
  // An EBS volume configured at launch: the task definition cannot tell whether it outlives the task (binding decision: persistent).
  const atLaunch = present(volume.get("configuredAtLaunch"));
  if (atLaunch !== undefined) {
    // CloudFormation's "true"/"false" count as the booleans it converts them to.
    const configured = booleanValue(atLaunch);
    if (configured === undefined) return "unknown";
    if (configured) return "persistent";
  }
  const docker = present(volume.get("dockerVolumeConfiguration"));
  if (docker !== undefined) return dockerStorage(docker);
  const host = present(volume.get("host"));
  if (host === undefined) return "task";
  if (host.kind !== "object" || host.hasMerge) return "unknown";
  const sourcePath = present(host.get("sourcePath"));
  if (sourcePath === undefined) return "task";
  const path = literalString(sourcePath);
  if (path === undefined) return "unknown";
  if (path === "") return "task";
  return isSharedStoragePath(path) ? "unknown" : "host";
}

/** A Docker volume: only Docker's `local` driver is judged (plugins may well be network storage). */
function dockerStorage(docker: Value): EcsStorage {
  const config = objectValue(docker);
  if (!config || config.hasMerge) return "unknown";
  const driver = present(config.get("driver"));
  if (driver !== undefined && literalString(driver) !== "local") return "unknown";
  const options = present(config.get("driverOpts"));
  let instanceBound = false;
  if (options !== undefined) {
    const map = objectValue(options);
    if (!map || map.hasMerge) return "unknown";
    const type = present(map.getExact("type"));
    if (type !== undefined) {
      const typeName = literalString(type);
      if (typeName === undefined || !LOCAL_DRIVER_INSTANCE_TYPES.has(typeName)) return "unknown";
      const device = literalString(map.getExact("device"));
      if (typeName === "none") {
        // A bind of a host directory (`o: bind`): on the instance, unless that directory is shared storage.
        if (device === undefined || isSharedStoragePath(device)) return "unknown";
        instanceBound = true;
      }
    } else if (map.entries.length > 0) return "unknown";
  }
  const scope = literalString(present(config.get("scope")));
  if (scope === "task" && !instanceBound) return "task";
  return "instance";
}

/* ---------------- Kubernetes ---------------- */

/**
 * How a Kubernetes container runs its image: `command` replaces the image's
 * entrypoint and `args` its command (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#notes).
 * An `env` value with `valueFrom`, or one that refers to another variable
 * (`$(DATA)/pg`), cannot be read; `envFrom` may set anything.
 */
export function kubernetesImageRun(container: ObjectValue, image: ImageReference): ImageRun | undefined {
  return imageRun(container, image, KUBERNETES_CONTAINER, (variable) => {
    if (variable.hasMerge) return undefined;
    const value = present(variable.get("value"));
    const text = value === undefined ? (present(variable.get("valueFrom")) === undefined ? "" : undefined) : literalString(value);
    return text === undefined || text.includes("$(") ? null : text;
  });
}

/** A Kubernetes container's volume mounts, or undefined when any cannot be read. */
export function kubernetesMounts(container: ObjectValue): readonly Mount[] | undefined {
  return readMounts(container.get("volumeMounts"), "mountPath", "name");
}

/** The StatefulSet's `volumeClaimTemplates` names; undefined when they cannot all be read; empty for other kinds. */
export function claimTemplateNames(workload: WorkloadDocument): ReadonlySet<string> | undefined {
  if (workload.objectKind !== "StatefulSet") return new Set();
  const templates = present(workload.spec?.get("volumeClaimTemplates"));
  if (templates === undefined) return workload.spec?.hasMerge ? undefined : new Set();
  if (templates.kind !== "array") return undefined;
  const names = new Set<string>();
  for (const item of templates.items) {
    const name = item.kind === "object" ? literalString(objectValue(item.get("metadata"))?.get("name")) : undefined;
    if (name === undefined) return undefined;
    names.add(name);
  }
  return names;
}

/** What kind of storage a pod volume is, a StatefulSet's claim template of that name first. */
export function kubernetesVolumeStorage(workload: WorkloadDocument, claimTemplates: ReadonlySet<string>, name: string): KubernetesStorage {
  if (claimTemplates.has(name)) return "persistent";
  const volumes = present(workload.podSpec?.get("volumes"));
  if (volumes?.kind !== "array") return "unknown";
  let found: ObjectValue | undefined;
  for (const item of volumes.items) {
    if (item.kind !== "object") return "unknown";
    const itemName = literalString(item.get("name"));
    if (itemName === undefined) return "unknown";
    if (itemName === name && !found) found = item;
  }
  if (!found || found.hasMerge) return "unknown";
  if (present(found.get("persistentVolumeClaim")) !== undefined) return "persistent";
  if (present(found.get("emptyDir")) !== undefined) return "emptyDir";
  if (present(found.get("ephemeral")) !== undefined) return "ephemeral";
  const hostPath = present(found.get("hostPath"));
  if (hostPath !== undefined) {
    const path = literalString(objectValue(hostPath)?.get("path"));
    return path === undefined || isSharedStoragePath(path) ? "unknown" : "hostPath";
  }
  return "unknown";
}
