/**
 * What shows that an ECS task definition without `runtimePlatform` runs Windows
 * containers.
 *
 * The API defaults `runtimePlatform.operatingSystemFamily` to LINUX, but on EC2
 * the instance decides: a task definition registered without it runs on Windows
 * container instances, and many Windows task definitions predate the field
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/windows_task_definitions.html).
 * Read as Linux, such a task gets Linux-only advice (bridge networking, a
 * read-only root file system, a `1000:1000` user), none of which Windows
 * containers support. So when the field is absent, the containers decide when
 * they show Windows plainly (RULES.md, Decisions, "Windows task definitions"):
 *
 * - `credentialSpecs` (gMSA: Active Directory credentials; "credentialSpecs" is
 *   for Windows containers and Linux containers with a gMSA domainless setup —
 *   the latter also needs `runtimePlatform`, so without it the task is Windows);
 * - a `C:\` path (a mount point's `containerPath`, the `workingDirectory`);
 * - an entry point or command run by `powershell`/`cmd` (`pwsh` runs on Linux too);
 * - a Windows base image: `mcr.microsoft.com/windows/*` (servercore, nanoserver,
 *   server), `mcr.microsoft.com/dotnet/framework/*`, `microsoft/iis`, or an image
 *   whose name or tag says `servercore`/`nanoserver`.
 *   (https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-base-images)
 */

/** A Windows drive path: `C:\app`, `c:/data`. */
export const WINDOWS_PATH = /^[A-Za-z]:[\\/]/;

/** The first word of an entry point or command that only Windows runs. */
export const WINDOWS_SHELL = /^(?:powershell(?:\.exe)?|cmd(?:\.exe)?)$/i;

/** Windows base images, by repository (without registry) or by a name or tag that says so. */
const WINDOWS_IMAGE_REPOSITORIES = /^(?:mcr\.microsoft\.com\/)?(?:windows(?:\/|$)|dotnet\/framework\/|microsoft\/iis(?:$|:))/i;
const WINDOWS_IMAGE_WORDS = /servercore|nanoserver/i;

/** Whether an image reference names a Windows base image (or an image built on one that says so). */
export function isWindowsImage(image: string): boolean {
  const text = image.trim();
  return WINDOWS_IMAGE_REPOSITORIES.test(text) || WINDOWS_IMAGE_WORDS.test(text);
}
