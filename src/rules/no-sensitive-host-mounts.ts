/**
 * no-sensitive-host-mounts: a host directory or file that gives a container a
 * way onto the host (system directories, node credentials, the container
 * runtime's sockets and state) mounted into a container.
 *
 * ECS: a task volume with `host.sourcePath` that a container mounts
 * (`mountPoints[].sourceVolume` naming the volume). A volume no container
 * mounts is not mounted anywhere and is not reported. The paths are in
 * src/facts/host-paths.ts. Host disks and memory devices mapped into a
 * container (`linuxParameters.devices[].hostPath`, RULES.md decisions) too:
 * the container reads and writes below the host's file systems.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Device.html
 *
 * Kubernetes: a pod `volumes[].hostPath.path`, reported at the path whether or
 * not a container mounts the volume yet (a volume is declared to be mounted,
 * and a patch or an injected sidecar may mount it; kube-linter
 * sensitive-host-mounts reads the volumes alike). Host disks and memory
 * devices (`/dev/nvme0n1`, `/dev/mem`, src/facts/host-paths.ts), of any
 * hostPath `type`, get their own message. Custom resources are not read.
 * https://kubernetes.io/docs/concepts/storage/volumes/#hostpath
 */
import { createRule } from "../create-rule.js";
import { hostDeviceRisk, hostPathRisk } from "../facts/host-paths.js";
import { itemLabel, literalString, objectItems, objectValue, type ObjectValue } from "../values/index.js";

export default createRule({
  name: "no-sensitive-host-mounts",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mounting sensitive host paths (`/`, `/etc`, `/proc`, the Docker socket, …) into containers.",
      level: "error",
      platforms: ["ecs", "eks"],
      covers: "kube-linter sensitive-host-mounts, docker-sock, CKV_K8S_27",
    },
    messages: {
      is: "Container {{container}} mounts host path {{path}}, {{exposes}}; remove the mount.",
      within: "Container {{container}} mounts host path {{path}}, inside {{sensitive}} ({{exposes}}); remove the mount.",
      holds:
        "Container {{container}} mounts host path {{path}}, which holds {{sensitive}} ({{exposes}}); remove the mount or mount only the narrower path the container needs.",
      volumeIs: "Volume {{volume}} of {{workload}} mounts host path {{path}}, {{exposes}}; remove the volume.",
      volumeWithin: "Volume {{volume}} of {{workload}} mounts host path {{path}}, inside {{sensitive}} ({{exposes}}); remove the volume.",
      volumeHolds:
        "Volume {{volume}} of {{workload}} mounts host path {{path}}, which holds {{sensitive}} ({{exposes}}); remove the volume or mount only the narrower path the pod needs.",
      device: "Container {{container}} maps host device {{path}} (linuxParameters.devices), {{exposes}}; remove the device mapping.",
      volumeDevice: "Volume {{volume}} of {{workload}} mounts host device {{path}}, {{exposes}}; remove the volume.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        if (document.os === "windows") return;
        for (const volume of document.volumes) {
          const sourcePath = objectValue(volume.get("host"))?.get("sourcePath");
          const text = literalString(sourcePath);
          const name = literalString(volume.get("name"));
          if (sourcePath === undefined || text === undefined || name === undefined) continue;
          const risk = hostPathRisk(text);
          if (risk === undefined) continue;
          const container = firstMounting(document.containers, name);
          if (container === undefined) continue;
          context.report(sourcePath, risk.kind, { container, path: JSON.stringify(text), sensitive: JSON.stringify(risk.sensitive.path), exposes: risk.sensitive.exposes });
        }
        for (const container of document.containers) {
          for (const device of objectItems(objectValue(container.get("linuxParameters"))?.get("devices"))) {
            const hostPath = device.get("hostPath");
            const text = literalString(hostPath);
            const exposes = text === undefined ? undefined : hostDeviceRisk(text);
            if (exposes !== undefined) context.report(hostPath!, "device", { container: itemLabel(container), path: JSON.stringify(text), exposes });
          }
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        for (const volume of document.volumes) {
          const path = objectValue(volume.get("hostPath"))?.get("path");
          const text = literalString(path);
          if (path === undefined || text === undefined) continue;
          const device = hostDeviceRisk(text);
          if (device !== undefined) {
            context.report(path, "volumeDevice", { volume: itemLabel(volume), workload: document.label, path: JSON.stringify(text), exposes: device });
            continue;
          }
          const risk = hostPathRisk(text);
          if (risk === undefined) continue;
          context.report(path, VOLUME_MESSAGES[risk.kind], {
            volume: itemLabel(volume),
            workload: document.label,
            path: JSON.stringify(text),
            sensitive: JSON.stringify(risk.sensitive.path),
            exposes: risk.sensitive.exposes,
          });
        }
      },
    };
  },
});

const VOLUME_MESSAGES = { is: "volumeIs", within: "volumeWithin", holds: "volumeHolds" } as const;

/** The first container that mounts the volume, as messages name it; undefined when none does. */
function firstMounting(containers: readonly ObjectValue[], volume: string): string | undefined {
  for (const container of containers) {
    const mounts = objectItems(container.get("mountPoints"));
    if (mounts.some((mount) => literalString(mount.get("sourceVolume")) === volume)) return itemLabel(container);
  }
  return undefined;
}
