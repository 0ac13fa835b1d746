/**
 * persistent-storage: a stateful image (database, queue, search engine) whose
 * data directory is not on storage that outlives the task or pod.
 *
 * ECS: use EFS (or an EBS volume configured at launch, FSx for Windows File
 * Server, S3 Files); a container's writable layer, task-scoped volumes, host
 * paths and `local` Docker volumes do not follow a replacement task.
 * Kubernetes: use a PersistentVolumeClaim (a StatefulSet's
 * `volumeClaimTemplates`); `emptyDir` and generic ephemeral volumes are
 * deleted with the pod and a `hostPath` stays on one node. Which volume is
 * which, per platform, is in src/facts/data-volumes.ts; images and their data
 * directories in src/facts/stateful-images.ts.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { claimTemplateNames, ecsImageRun, ecsMounts, ecsVolumeStorage, kubernetesImageRun, kubernetesMounts, kubernetesVolumeStorage, type Mount } from "../facts/data-volumes.js";
import { parseImage, type ImageReference } from "../facts/images.js";
import { findStatefulImage, isAtOrUnder, isNamespacedName, normalizePath, type ImageRun, type StatefulImage } from "../facts/stateful-images.js";
import { hasHole, itemLabel, literalString, present, stringValue, type ObjectValue, type Value } from "../values/index.js";
import type { WorkloadDocument } from "../documents/kubernetes.js";

type Options = [{ images?: Readonly<Record<string, string | readonly string[]>> }];
type MessageId = "notMounted" | "taskStorage" | "hostPath" | "instanceVolume" | "podNotMounted" | "podStorage" | "nodePath";

export default createRule<MessageId, Options>({
  name: "persistent-storage",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the data directory of a stateful image (database, queue, search engine) to be on a persistent volume such as EFS or a PersistentVolumeClaim.",
      level: "warn",
      platforms: ["ecs", "eks"],
      covers: "the notes (\"to have persistent data … use EFS\")",
    },
    messages: {
      notMounted:
        "Container {{container}} runs image {{image}}, which keeps its data in {{path}}, and no volume is mounted there, so the data is lost when the task stops; mount an EFS volume ({{efs}}) at {{path}}, or an EBS volume configured at launch ({{ebs}}) where one task at a time owns the data.",
      taskStorage:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, which is task storage deleted when the task stops; back volume {{volume}} with an EFS file system ({{efs}}), or an EBS volume configured at launch ({{ebs}}) where one task at a time owns the data, instead.",
      hostPath:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, a path on one container instance, so a task placed on another instance starts without the data unless every instance mounts shared storage there; back volume {{volume}} with an EFS file system ({{efs}}), or an EBS volume configured at launch ({{ebs}}) where one task at a time owns the data, instead.",
      instanceVolume:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, a local Docker volume that lives on one container instance at most, so a replacement task starts without the data; back volume {{volume}} with an EFS file system ({{efs}}), or an EBS volume configured at launch ({{ebs}}) where one task at a time owns the data, instead.",
      podNotMounted:
        "Container {{container}} runs image {{image}}, which keeps its data in {{path}}, and no volume is mounted there, so the data is lost when the pod is deleted or rescheduled; {{remedy}}.",
      podStorage:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, an {{type}} volume deleted with the pod; {{remedy}}.",
      nodePath:
        "Container {{container}} runs image {{image}} with its data in {{path}} on volume {{volume}}, a hostPath on one node, so a pod scheduled on another node starts without the data; {{remedy}}.",
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
        for (const container of document.containers) {
          const found = locate(extraImages, container, ecsImageRun);
          if (!found) continue;
          const mounts = ecsMounts(container);
          if (!mounts) continue;
          const data = () => ({ ...messageData(container, found.image), efs: container.keyName("efsVolumeConfiguration"), ebs: container.keyName("configuredAtLaunch") });
          judge(found.locations, mounts, {
            unmounted: (paths) => context.report(found.imageValue, "notMounted", { ...data(), path: paths }),
            onVolume(name, at, path) {
              const storage = ecsVolumeStorage(document, name);
              const messageId = storage === "task" ? "taskStorage" : storage === "host" ? "hostPath" : storage === "instance" ? "instanceVolume" : undefined;
              if (messageId) context.report(at, messageId, { ...data(), path, volume: JSON.stringify(name) });
            },
          });
        }
      },
      "kubernetes-workload"(document) {
        // Jobs and CronJobs run to completion: a stateful image there is a client or a one-off task.
        if (document.objectKind === "Job" || document.objectKind === "CronJob") return;
        let claimTemplates: ReadonlySet<string> | undefined | null = null;
        for (const container of document.containers) {
          const found = locate(extraImages, container, kubernetesImageRun);
          if (!found) continue;
          const mounts = kubernetesMounts(container);
          if (!mounts) continue;
          if (claimTemplates === null) claimTemplates = claimTemplateNames(document);
          if (claimTemplates === undefined) return;
          judgePod(context, document, claimTemplates, container, found, mounts);
        }
      },
    };
  },
});

/** The context of one file: the helpers below are plain functions, not closures made again for every file. */
type Context = RuleContext<MessageId, Options>;

/** The `images` option: data directories by lowercase image name or repository. */
type ExtraImages = ReadonlyMap<string, readonly string[]>;

interface DataLocation {
  readonly paths: readonly string[];
  readonly label: string;
}

interface Found {
  readonly image: ImageReference;
  readonly imageValue: Value;
  readonly locations: readonly DataLocation[];
}

/** A container that runs a stateful image's server, and where it keeps its data; undefined for any other container. */
function locate(extraImages: ExtraImages, container: ObjectValue, readRun: (container: ObjectValue, image: ImageReference) => ImageRun | undefined): Found | undefined {
  const imageValue = container.get("image");
  const imageText = stringValue(imageValue);
  if (!imageText) return undefined;
  const image = parseImage(imageText.holed);
  // A placeholder in the name, or in a namespace that decides the data directory (`${NS}/postgresql`): unknown.
  if (hasHole(image.name) || (hasHole(image.repository) && isNamespacedName(image.name))) return undefined;
  // Most images keep no data: tell that from the name before reading how the container runs it.
  const stateful = statefulImage(extraImages, image);
  if (stateful === undefined) return undefined;
  const run = readRun(container, image);
  if (!run) return undefined;
  const locations = "dataLocations" in stateful ? stateful.dataLocations(run) : stateful.map((path) => ({ paths: [path], label: JSON.stringify(path) }));
  if (!locations || locations.length === 0) return undefined;
  return { image, imageValue: imageValue!, locations };
}

interface Judgement {
  /** No mount at (or above, or below) these data directories, joined for the message. */
  unmounted(paths: string): void;
  /** The data directory is on the volume `name`, named at `at`. */
  onVolume(name: string, at: Value, path: string): void;
}

/** Matches data directories with mounts: the deepest mount at or above a directory decides its storage. */
function judge(locations: readonly DataLocation[], mounts: readonly Mount[], judgement: Judgement): void {
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
    const volumeName = literalString(covering.volume);
    if (volumeName !== undefined && covering.volume) judgement.onVolume(volumeName, covering.volume, location.label);
  }
  if (unmounted.length > 0) judgement.unmounted(unmounted.join(" and "));
}

function judgePod(context: Context, document: WorkloadDocument, claimTemplates: ReadonlySet<string>, container: ObjectValue, found: Found, mounts: readonly Mount[]): void {
  const statefulSet = document.objectKind === "StatefulSet";
  judge(found.locations, mounts, {
    unmounted(paths) {
      // A patch may add the mount elsewhere: only a whole workload is missing it.
      if (document.fragment) return;
      const remedy = statefulSet ? `add a volumeClaimTemplates entry and mount it at ${paths}` : `mount a persistentVolumeClaim volume at ${paths}`;
      context.report(found.imageValue, "podNotMounted", { ...messageData(container, found.image), path: paths, remedy });
    },
    onVolume(name, at, path) {
      const storage = kubernetesVolumeStorage(document, claimTemplates, name);
      if (storage === "persistent" || storage === "unknown") return;
      // A DaemonSet's pod, or a pod pinned by nodeName, comes back on the same node: its hostPath is kept.
      if (storage === "hostPath" && (document.objectKind === "DaemonSet" || present(document.podSpec?.get("nodeName")) !== undefined)) return;
      const volume = JSON.stringify(name);
      const remedy = statefulSet
        ? `add a volumeClaimTemplates entry named ${volume}, which replaces the pod volume of that name with a PersistentVolumeClaim per replica`
        : `back volume ${volume} with a persistentVolumeClaim`;
      const data = { ...messageData(container, found.image), path, volume, remedy };
      if (storage === "hostPath") context.report(at, "nodePath", data);
      else context.report(at, "podStorage", { ...data, type: storage });
    },
  });
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
  };
}
