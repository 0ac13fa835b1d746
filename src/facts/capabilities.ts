/**
 * Linux capabilities: the names ECS accepts, how names are compared, and the
 * ones that are dangerous to add to a container.
 *
 * Sources:
 * - ECS `KernelCapabilities.add`/`drop` valid values (no `CAP_` prefix): ECS API
 *   model, botocore `ecs/2014-11-13/service-2.json` (2026-08-05), as shipped in
 *   `@aws-sdk/client-ecs` 3.1164.0 (`KernelCapabilities` doc comment);
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html ;
 *   reference/aws-facts.md §1.3.4. Fargate accepts only `SYS_PTRACE` (§2.3).
 * - Comparison: Docker, which ECS hands `CapAdd`/`CapDrop` to, upper-cases each
 *   name and adds `CAP_` when missing (moby `oci/caps/utils.go`,
 *   `NormalizeLegacyCapabilities`); Kubernetes takes names without the prefix.
 *   Whether the ECS API itself refuses lower-case or `CAP_`-prefixed names was
 *   not verified: the linter treats them as the capability they name
 *   (RULES.md decision: case-insensitive, with or without `CAP_`).
 * - What each capability allows: capabilities(7),
 *   https://man7.org/linux/man-pages/man7/capabilities.7.html
 */

/** The names ECS lists as valid for `linuxParameters.capabilities.add` and `.drop`. */
export const ECS_CAPABILITIES = [
  "ALL",
  "AUDIT_CONTROL",
  "AUDIT_WRITE",
  "BLOCK_SUSPEND",
  "CHOWN",
  "DAC_OVERRIDE",
  "DAC_READ_SEARCH",
  "FOWNER",
  "FSETID",
  "IPC_LOCK",
  "IPC_OWNER",
  "KILL",
  "LEASE",
  "LINUX_IMMUTABLE",
  "MAC_ADMIN",
  "MAC_OVERRIDE",
  "MKNOD",
  "NET_ADMIN",
  "NET_BIND_SERVICE",
  "NET_BROADCAST",
  "NET_RAW",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_ADMIN",
  "SYS_BOOT",
  "SYS_CHROOT",
  "SYS_MODULE",
  "SYS_NICE",
  "SYS_PACCT",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "SYS_RESOURCE",
  "SYS_TIME",
  "SYS_TTY_CONFIG",
  "SYSLOG",
  "WAKE_ALARM",
] as const;

/**
 * A capability name as compared: trimmed, upper-cased, without `CAP_`
 * (`cap_sys_admin`, `CAP_SYS_ADMIN` and `sys_admin` are all `SYS_ADMIN`).
 */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice("CAP_".length) : upper;
}

/**
 * Capabilities that let a container reach past its isolation, with what each
 * allows (a phrase that completes "it lets the container …"). RULES.md's list
 * (binding): `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_MODULE`, `SYS_RAWIO`,
 * `SYS_BOOT`, `SYS_TIME`, `DAC_READ_SEARCH`, `BPF`. Not `SYS_PTRACE`, which
 * Fargate allows for debugging sidecars. `BPF` is not among ECS's names (it is
 * kept for Kubernetes, where the container runtime accepts it).
 */
export const DANGEROUS_CAPABILITIES: ReadonlyMap<string, string> = new Map([
  ["ALL", "use every kernel capability, close to what a privileged container gets"],
  ["SYS_ADMIN", "mount file systems and use many other administrative kernel interfaces, the usual way out of a container"],
  ["NET_ADMIN", "reconfigure network interfaces, routes and firewall rules"],
  ["SYS_MODULE", "load and unload modules in the host's kernel"],
  ["SYS_RAWIO", "do raw I/O on devices and I/O ports"],
  ["SYS_BOOT", "reboot the host or load a new kernel into it"],
  ["SYS_TIME", "set the host's system clock"],
  ["DAC_READ_SEARCH", "read any file regardless of permissions and open files by handle, a known way onto the host's file system"],
  ["BPF", "load BPF programs into the host's kernel"],
]);

/** What a dangerous capability allows, or undefined for a capability that is not dangerous. */
export function dangerousCapability(name: string): string | undefined {
  return DANGEROUS_CAPABILITIES.get(normalizeCapability(name));
}
