/**
 * persistent-storage: a stateful image (database, queue, search engine) whose
 * data directory is not on storage that outlives the task.
 *
 * A container's writable layer, a bind mount without `sourcePath` and a
 * task-scoped Docker volume are deleted when the task stops; a host path or a
 * `local` Docker volume stays on one container instance, which a replacement
 * task may not land on. To keep data on ECS, use EFS (or an EBS volume
 * configured at launch, or FSx for Windows File Server, or S3 Files).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DockerVolumeConfiguration.html
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { parseImage, type ImageReference } from "../facts/images.js";
import {
  findStatefulImage,
  isAtOrUnder,
  isNamespacedName,
  LOCAL_DRIVER_INSTANCE_TYPES,
  normalizePath,
  SHARED_STORAGE_SEGMENT,
  type ImageRun,
  type StatefulImage,
} from "../facts/stateful-images.js";
import { booleanValue, hasHole, itemLabel, literalString, objectItems, objectValue, present, stringValue, type ObjectValue, type Value } from "../values/index.js";
import type { TaskDefinitionDocument } from "../documents/ecs-task-definition.js";

type Options = [{ images?: Readonly<Record<string, string | readonly string[]>> }];
type MessageId = "notMounted" | "taskStorage" | "hostPath" | "instanceVolume";

/** The volume members the rule knows; a volume with any other member is not judged. */
const VOLUME_MEMBERS = ["name", "host", "dockerVolumeConfiguration", "efsVolumeConfiguration", "fsxWindowsFileServerVolumeConfiguration", "s3filesVolumeConfiguration", "configuredAtLaunch"];

type Storage = "persistent" | "task" | "host" | "instance" | "unknown";

interface Mount {
  readonly path: string;
  readonly sourceVolume: Value | undefined;
}

export default createRule<MessageId, Options>({
  name: "persistent-storage",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the data directory of a stateful image (database, queue, search engine) to be on a persistent volume such as EFS.",
      level: "warn",
      platforms: ["ecs"],
      covers: "the notes (\"to have persistent data … use EFS\")",
    },
    messages: {
      notMounted:
        "Container {{container}} runs image {{image}}, which keeps its data in {{path}}, and no volume is mounted there, so the data is lost when the task stops; mount an EFS volume ({{efs}}) at {{path}}.",
      taskStorage:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, which is task storage deleted when the task stops; back volume {{volume}} with an EFS file system ({{efs}}) instead.",
      hostPath:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, a path on one container instance, so a task placed on another instance starts without the data unless every instance mounts shared storage there; back volume {{volume}} with an EFS file system ({{efs}}) instead.",
      instanceVolume:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, a local Docker volume that lives on one container instance at most, so a replacement task starts without the data; back volume {{volume}} with an EFS file system ({{efs}}) instead.",
    },
    schema: [
      {
        type: "object",
        properties: {
          images: {
            type: "object",
            additionalProperties: {
              oneOf: [
                { type: "string", pattern: "^/" },
                { type: "array", items: { type: "string", pattern: "^/" }, uniqueItems: true },
              ],
            },
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ images: {} }],
  },
  create(context) {
    const extraImages = new Map<string, readonly string[]>();
    for (const [key, paths] of Object.entries(context.options[0]?.images ?? {})) extraImages.set(key.toLowerCase(), typeof paths === "string" ? [paths] : paths);

    return {
      "ecs-task-definition"(document) {
        if (document.os === "windows") return;
        for (const container of document.containers) check(context, extraImages, document, container);
      },
    };
  },
});

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
type Context = RuleContext<MessageId, Options>;

/** The `images` option: data directories by lowercase image name or repository. */
type ExtraImages = ReadonlyMap<string, readonly string[]>;

function check(context: Context, extraImages: ExtraImages, document: TaskDefinitionDocument, container: ObjectValue): void {
  const imageValue = container.get("image");
  const imageText = stringValue(imageValue);
  if (!imageText) return;
  const image = parseImage(imageText.holed);
  // A placeholder in the name, or in a namespace that decides the data directory (`${NS}/postgresql`): unknown.
  if (hasHole(image.name) || (hasHole(image.repository) && isNamespacedName(image.name))) return;
  // Most images keep no data: tell that from the name before reading how the container runs it.
  const stateful = statefulImage(extraImages, image);
  if (stateful === undefined) return;
  const run = readRun(container, image);
  if (!run) return;
  const locations = "dataLocations" in stateful ? stateful.dataLocations(run) : stateful.map((path) => ({ paths: [path], label: JSON.stringify(path) }));
  if (!locations || locations.length === 0) return;
  if (present(container.get("volumesFrom")) !== undefined && !isEmptyArray(container.get("volumesFrom"))) return;
  const mounts = readMounts(container);
  if (!mounts) return;

  const unmounted: string[] = [];
  for (const location of locations) {
    const touching = mounts.filter((mount) => location.paths.some((path) => isAtOrUnder(path, mount.path) || isAtOrUnder(mount.path, path)));
    if (touching.length === 0) {
      unmounted.push(location.label);
      continue;
    }
    if (location.paths.length !== 1) continue;
    const path = location.paths[0]!;
    // A mount inside the data directory: a deliberate layout the linter does not judge.
    if (touching.some((mount) => normalizePath(mount.path) !== normalizePath(path) && isAtOrUnder(mount.path, path))) continue;
    const covering = touching.reduce((deepest, mount) => (normalizePath(mount.path).length > normalizePath(deepest.path).length ? mount : deepest));
    const volumeName = literalString(covering.sourceVolume);
    if (volumeName === undefined || !covering.sourceVolume) continue;
    const storage = volumeStorage(document, volumeName);
    const messageId = storage === "task" ? "taskStorage" : storage === "host" ? "hostPath" : storage === "instance" ? "instanceVolume" : undefined;
    if (messageId) context.report(covering.sourceVolume, messageId, { ...messageData(container, image), path: location.label, volume: JSON.stringify(volumeName) });
  }
  if (unmounted.length > 0) context.report(imageValue!, "notMounted", { ...messageData(container, image), path: unmounted.join(" and ") });
}

/** The data directories the options give the image, or the catalog's stateful image it is; undefined for any other image. */
function statefulImage(extraImages: ExtraImages, image: ImageReference): readonly string[] | StatefulImage | undefined {
  if (extraImages.size > 0) {
    const name = image.name.toLowerCase();
    const repository = image.repository.toLowerCase();
    for (const [key, paths] of extraImages) {
      const matches = key.includes("/") ? repository === key || repository.endsWith(`/${key}`) : name === key;
      if (matches) return paths;
    }
  }
  return findStatefulImage(image);
}

/** What every message says of the container, made only for a report. */
function messageData(container: ObjectValue, image: ImageReference): Record<string, string> {
  return {
    container: itemLabel(container),
    image: JSON.stringify(hasHole(image.repository) ? image.name : image.repository.replace(/^(?:.*\/)?library\//, "")),
    efs: container.keyName("efsVolumeConfiguration"),
  };
}

/** How the container runs its image, or undefined when its command line cannot be read. */
function readRun(container: ObjectValue, image: ImageReference): ImageRun | undefined {
  const entryPoint = readStrings(container.get("entryPoint"));
  const command = readStrings(container.get("command"));
  if (entryPoint === null || command === null) return undefined;
  const environment = new Map<string, string | null>();
  let environmentComplete = true;
  const variables = present(container.get("environment"));
  if (variables !== undefined) {
    if (variables.kind !== "array") environmentComplete = false;
    else {
      for (const item of variables.items) {
        const name = item.kind === "object" ? literalString(item.get("name")) : undefined;
        if (item.kind !== "object" || name === undefined) {
          environmentComplete = false;
          continue;
        }
        environment.set(name, literalString(item.get("value")) ?? null);
      }
    }
  }
  const files = container.get("environmentFiles");
  if (present(files) !== undefined && !isEmptyArray(files)) environmentComplete = false;
  const mountPaths = objectItems(container.get("mountPoints"))
    .map((mount) => literalString(mount.get("containerPath")))
    .filter((path): path is string => path !== undefined);
  const tag = image.tag !== undefined && hasHole(image.tag) ? null : image.tag;
  return { image, tag, entryPoint, command, environment, environmentComplete, mountPaths };
}

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

/** The container's mount points, or undefined when any of them cannot be read. */
function readMounts(container: ObjectValue): readonly Mount[] | undefined {
  const list = present(container.get("mountPoints"));
  if (list === undefined) return [];
  if (list.kind !== "array") return undefined;
  const mounts: Mount[] = [];
  for (const item of list.items) {
    if (item.kind !== "object" || item.hasMerge) return undefined;
    const path = literalString(item.get("containerPath"));
    if (path === undefined || !path.startsWith("/")) return undefined;
    mounts.push({ path, sourceVolume: item.get("sourceVolume") });
  }
  return mounts;
}

function isEmptyArray(value: Value | undefined): boolean {
  return value?.kind === "array" && value.items.length === 0;
}

/** What kind of storage a task volume is; "unknown" when it cannot be told (or for a bare container list). */
function volumeStorage(document: TaskDefinitionDocument, name: string): Storage {
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
  return found ? classifyVolume(found) : "unknown";
}

function classifyVolume(volume: ObjectValue): Storage {
  // Members a YAML merge brings in are read through `get` (an unresolved merge reads as unknown, hence persistent-or-unknown).
  const known = new Set(VOLUME_MEMBERS.flatMap((member) => volume.entry(member)?.key ?? []));
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
function dockerStorage(docker: Value): Storage {
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

function isSharedStoragePath(path: string): boolean {
  return path.split("/").some((segment) => SHARED_STORAGE_SEGMENT.test(segment));
}
