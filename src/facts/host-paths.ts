/**
 * Host paths that must not be mounted into a container: system directories,
 * node credentials, and the container runtime's sockets and state.
 *
 * Sources:
 * - RULES.md decision (binding): the host path or anything below it: `/boot`,
 *   `/dev`, `/etc`, `/lib`, `/lib64`, `/proc`, `/sys`, `/usr`, `/bin`, `/sbin`,
 *   `/root`, `/var/lib/kubelet`, `/var/lib/docker`, `/etc/kubernetes`, the
 *   Docker, containerd and CRI-O sockets and their run folders; `/` only as
 *   itself; `/var/log`, `/tmp`, `/data` are not sensitive.
 * - kube-linter `sensitive-host-mounts` (`/`, `/boot`, `/dev`, `/etc`, `/lib`,
 *   `/proc`, `/sys`, `/usr`), `docker-sock` (`docker.sock`) and
 *   `container-runtime-sock` (`docker.sock`, `containerd.sock`, `crio.sock`):
 *   https://github.com/stackrox/kube-linter/tree/main/pkg/builtinchecks/yamls ;
 *   checkov CKV_K8S_27 (`/var/run/docker.sock`).
 * - Default runtime locations: Docker socket `/var/run/docker.sock` and exec
 *   root `/var/run/docker` (dockerd `--host`, `--exec-root`:
 *   https://docs.docker.com/reference/cli/dockerd/); containerd socket
 *   `/run/containerd/containerd.sock` and root `/var/lib/containerd`
 *   (https://github.com/containerd/containerd/blob/main/docs/ops.md); CRI-O
 *   socket `/var/run/crio/crio.sock` (crio.conf(5)). `/var/run` is a link to
 *   `/run` on current distributions, so both spellings are listed.
 *   `/var/lib/containerd` is added to the decision's list as containerd's
 *   counterpart of `/var/lib/docker` (every container's files).
 */

export interface SensitiveHostPath {
  /** The path, normalized. */
  readonly path: string;
  /** What mounting it exposes, as a noun phrase ("the Docker socket, …"). */
  readonly exposes: string;
  /** False for `/`, sensitive only as itself. */
  readonly below?: false;
}

const DOCKER_SOCKET = "the Docker socket, which gives full control of the host";
const DOCKER_RUN = "Docker's run-time folder, with its sockets";
const CONTAINERD_RUN = "containerd's socket folder, which gives control of every container on the host";
const CRIO_RUN = "CRI-O's socket folder, which gives control of every container on the host";

/** Sensitive host paths: each one and everything below it. */
export const SENSITIVE_HOST_PATHS: readonly SensitiveHostPath[] = [
  { path: "/", exposes: "the host's whole file system", below: false },
  { path: "/boot", exposes: "the host's kernel and boot loader" },
  { path: "/dev", exposes: "the host's devices" },
  { path: "/etc", exposes: "the host's configuration and credentials" },
  { path: "/etc/kubernetes", exposes: "the Kubernetes node's configuration and credentials" },
  { path: "/lib", exposes: "the host's system libraries" },
  { path: "/lib64", exposes: "the host's system libraries" },
  { path: "/proc", exposes: "the host's processes and kernel settings" },
  { path: "/sys", exposes: "the host's kernel and device settings" },
  { path: "/usr", exposes: "the host's programs and libraries" },
  { path: "/bin", exposes: "the host's programs" },
  { path: "/sbin", exposes: "the host's system programs" },
  { path: "/root", exposes: "the host root user's home directory" },
  { path: "/var/lib/docker", exposes: "Docker's state, with every container's files" },
  { path: "/var/lib/containerd", exposes: "containerd's state, with every container's files" },
  { path: "/var/lib/kubelet", exposes: "the kubelet's state, with the pods' secrets and tokens" },
  { path: "/var/run/docker.sock", exposes: DOCKER_SOCKET },
  { path: "/run/docker.sock", exposes: DOCKER_SOCKET },
  { path: "/var/run/docker", exposes: DOCKER_RUN },
  { path: "/run/docker", exposes: DOCKER_RUN },
  { path: "/var/run/containerd", exposes: CONTAINERD_RUN },
  { path: "/run/containerd", exposes: CONTAINERD_RUN },
  { path: "/var/run/crio", exposes: CRIO_RUN },
  { path: "/run/crio", exposes: CRIO_RUN },
];

/**
 * An absolute Linux path in normal form: no empty or `.` segments, `..`
 * resolved, no trailing slash (`/var//run/./docker.sock/` → `/var/run/docker.sock`).
 * Undefined for a path that is not absolute (a Windows path, a relative path).
 */
export function normalizeHostPath(path: string): string | undefined {
  if (!path.startsWith("/")) return undefined;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}

export type HostPathRisk =
  /** The path is a sensitive path. */
  | { readonly kind: "is"; readonly sensitive: SensitiveHostPath }
  /** The path lies below a sensitive path. */
  | { readonly kind: "within"; readonly sensitive: SensitiveHostPath }
  /** The path holds a sensitive path (`/var` holds `/var/lib/docker`). */
  | { readonly kind: "holds"; readonly sensitive: SensitiveHostPath };

/**
 * Why mounting a host path is dangerous, or undefined when it is not.
 * A path below several entries gets the most specific one
 * (`/etc/kubernetes/pki` → `/etc/kubernetes`). A path that is not sensitive
 * itself but holds a sensitive one (`/var`, `/var/run`, `/run`, `/var/lib`)
 * exposes it too: the first one it holds is named. `/var/log`, `/tmp`, `/data`
 * and the like are none of these.
 */
export function hostPathRisk(path: string): HostPathRisk | undefined {
  const normal = normalizeHostPath(path);
  if (normal === undefined) return undefined;
  let within: SensitiveHostPath | undefined;
  for (const sensitive of SENSITIVE_HOST_PATHS) {
    if (normal === sensitive.path) return { kind: "is", sensitive };
    if (sensitive.below !== false && normal.startsWith(`${sensitive.path}/`) && (within === undefined || sensitive.path.length > within.path.length)) {
      within = sensitive;
    }
  }
  if (within) return { kind: "within", sensitive: within };
  const held = SENSITIVE_HOST_PATHS.find((sensitive) => sensitive.path.startsWith(`${normal}/`));
  return held ? { kind: "holds", sensitive: held } : undefined;
}

/**
 * Host devices that give a container the host's disks or memory: a hostPath
 * volume (Kubernetes, any `type`, `BlockDevice` and `CharDevice` included) on
 * one of these reads and writes below every file system and process on the
 * node. They lie below `/dev`, already sensitive: this names what they expose.
 * Sources: RULES.md decision (`/dev/xvd*`, `/dev/sd*`, `/dev/nvme*`,
 * `/dev/mem`, `/dev/kmem`, `/dev/kmsg`, `/dev/port`); Linux devices.txt
 * (https://www.kernel.org/doc/Documentation/admin-guide/devices.txt: 1 = mem,
 * kmem, port, kmsg; 8 = SCSI disks `sd*`; 202 = Xen virtual disks `xvd*`);
 * EC2 device naming (https://docs.aws.amazon.com/ebs/latest/userguide/device_naming.html:
 * `/dev/xvd*`, `/dev/sd*`, and NVMe `/dev/nvme*n*` on Nitro instances).
 */
export const SENSITIVE_HOST_DEVICES: readonly { readonly pattern: RegExp; readonly exposes: string }[] = [
  { pattern: /^\/dev\/(?:xvd|sd)[a-z]+\d*$/, exposes: "one of the host's disks, read and written below its file systems" },
  { pattern: /^\/dev\/nvme\d+(?:n\d+(?:p\d+)?)?$/, exposes: "one of the host's NVMe disks, read and written below its file systems" },
  { pattern: /^\/dev\/mem$/, exposes: "the host's physical memory" },
  { pattern: /^\/dev\/kmem$/, exposes: "the host kernel's memory" },
  { pattern: /^\/dev\/kmsg$/, exposes: "the host kernel's log, which it can also write to" },
  { pattern: /^\/dev\/port$/, exposes: "the host's I/O ports" },
];

/** What a host device exposes, or undefined for a path that is not one of `SENSITIVE_HOST_DEVICES`. */
export function hostDeviceRisk(path: string): string | undefined {
  const normal = normalizeHostPath(path);
  return normal === undefined ? undefined : SENSITIVE_HOST_DEVICES.find((device) => device.pattern.test(normal))?.exposes;
}
