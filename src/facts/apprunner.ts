/**
 * AWS App Runner facts: the API's enums, the CPU/memory pairs App Runner
 * offers, the managed runtimes (their `apprunner.yaml` names, API values, build
 * process and end of support), the auto scaling ranges, and `apprunner.yaml`'s
 * version (its keys: `CONFIG_FILE` in src/facts/apprunner-schema.ts).
 * `tests/facts/aws-enums.test.ts` compares the enum tables
 * with the newest `@aws-sdk/client-apprunner`.
 *
 * Sources: App Runner model, botocore `apprunner/2020-05-15/service-2.json`
 * (last changed c196d5f, 2025-08-28), https://docs.aws.amazon.com/apprunner/latest/api/ ;
 * reference/aws-facts.md §9 (App Runner), §7.4 (image URIs).
 * App Runner stopped accepting new customers on 2026-04-30; existing customers
 * keep their services (https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html).
 */
import type { Value } from "../values/index.js";
import { isPrivateEcrReference, parseImage, PUBLIC_ECR_HOST } from "./images.js";

/** The API's enums, by the model's (and the SDK's) shape name. */
export const APPRUNNER_ENUMS = {
  /** `ImageRepository.ImageRepositoryType`: private ECR (needs an access role) or ECR Public. */
  ImageRepositoryType: ["ECR", "ECR_PUBLIC"],
  /** `NetworkConfiguration.EgressConfiguration.EgressType`; `VpcConnectorArn` only (and always) with `VPC`. */
  EgressType: ["DEFAULT", "VPC"],
  /** `HealthCheckConfiguration.Protocol`; TCP when absent. */
  HealthCheckProtocol: ["HTTP", "TCP"],
  /** `CodeConfiguration.ConfigurationSource`: `REPOSITORY` reads `apprunner.yaml`, `API` ignores it. */
  ConfigurationSource: ["API", "REPOSITORY"],
  /** `CodeConfigurationValues.Runtime` (NODEJS_22 is newer than the April-2025 models). */
  Runtime: ["CORRETTO_11", "CORRETTO_8", "DOTNET_6", "GO_1", "NODEJS_12", "NODEJS_14", "NODEJS_16", "NODEJS_18", "NODEJS_22", "PHP_81", "PYTHON_3", "PYTHON_311", "RUBY_31"],
  /** `CodeRepository.SourceCodeVersion.Type`. */
  SourceCodeVersionType: ["BRANCH"],
  /** `NetworkConfiguration.IpAddressType`; IPV4 when absent. */
  IpAddressType: ["DUAL_STACK", "IPV4"],
  /** `Service.Status` (describe-service output). */
  ServiceStatus: ["CREATE_FAILED", "DELETED", "DELETE_FAILED", "OPERATION_IN_PROGRESS", "PAUSED", "RUNNING"],
  /** `AutoScalingConfigurationSummary.Status` (describe-service output). */
  AutoScalingConfigurationStatus: ["ACTIVE", "INACTIVE"],
} as const satisfies Record<string, readonly string[]>;

/* ---------------- instance sizes ---------------- */

/**
 * `InstanceConfiguration.Cpu` as the API pattern takes it:
 * `256|512|1024|2048|4096|(0.25|0.5|1|2|4) vCPU` (default `1 vCPU`).
 * Source: API-AR `Cpu`; aws-facts §9.3.
 */
export const CPU_PATTERN = /^(?:256|512|1024|2048|4096|(?:0\.25|0\.5|1|2|4) vCPU)$/;
/**
 * `InstanceConfiguration.Memory` as the API pattern takes it:
 * `512|1024|2048|3072|4096|6144|8192|10240|12288|(0.5|1|2|3|4|6|8|10|12) GB` (default `2 GB`).
 * Source: API-AR `Memory`; aws-facts §9.3.
 */
export const MEMORY_PATTERN = /^(?:512|1024|2048|3072|4096|6144|8192|10240|12288|(?:0\.5|1|2|3|4|6|8|10|12) GB)$/;

/** CPU units when `Cpu` is absent (`1 vCPU`). Source: API-AR `InstanceConfiguration.Cpu`. */
export const DEFAULT_CPU_UNITS = 1024;
/** MiB when `Memory` is absent (`2 GB`). Source: API-AR `InstanceConfiguration.Memory`. */
export const DEFAULT_MEMORY_MIB = 2048;

/**
 * The CPU/memory pairs App Runner offers (CPU units → MiB), exactly the 11 rows
 * of "App Runner supported configurations" in
 * https://docs.aws.amazon.com/apprunner/latest/dg/architecture.html#architecture.vcpu-memory
 * (the API patterns alone allow any pairing). aws-facts §9.3, verified.
 */
export const INSTANCE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024]],
  [512, [1024]],
  [1024, [2048, 3072, 4096]],
  [2048, [4096, 6144]],
  [4096, [8192, 10240, 12288]],
]);

/** True when App Runner offers the pair. */
export function isInstanceSize(cpuUnits: number, memoryMiB: number): boolean {
  return INSTANCE_SIZES.get(cpuUnits)?.includes(memoryMiB) ?? false;
}

/** `1024` → `1 vCPU`, the way App Runner's table writes sizes. */
export function cpuLabel(cpuUnits: number): string {
  return `${cpuUnits / 1024} vCPU`;
}

/** `2048` → `2 GB`. */
export function memoryLabel(memoryMiB: number): string {
  return `${memoryMiB / 1024} GB`;
}

/**
 * CPU units of a `Cpu` value written as the API pattern takes it (`"1024"`,
 * `"1 vCPU"`), or as a number (CloudFormation writes numbers as strings).
 * Undefined for anything else (valid-schema's to report) and unknown values.
 */
export function cpuUnitsOf(value: Value | undefined): number | undefined {
  const text = sizeText(value);
  if (text === undefined || !CPU_PATTERN.test(text)) return undefined;
  return text.endsWith(" vCPU") ? Number(text.slice(0, -" vCPU".length)) * 1024 : Number(text);
}

/** MiB of a `Memory` value (`"2048"`, `"2 GB"`, or a number); undefined otherwise. */
export function memoryMiBOf(value: Value | undefined): number | undefined {
  const text = sizeText(value);
  if (text === undefined || !MEMORY_PATTERN.test(text)) return undefined;
  return text.endsWith(" GB") ? Number(text.slice(0, -" GB".length)) * 1024 : Number(text);
}

function sizeText(value: Value | undefined): string | undefined {
  if (value?.kind === "number") return String(value.value);
  return value?.kind === "string" ? value.literal : undefined;
}

/* ---------------- images ---------------- */

/**
 * The private registry hosts App Runner pulls from: the `ImageIdentifier`
 * pattern (API-AR) takes `<12-digit account>.dkr.ecr.<region>.amazonaws.com/…`
 * and `public.ecr.aws/…` only — no China (`amazonaws.com.cn`) host, and no FIPS
 * (`dkr.ecr-fips`) or dual-stack (`dkr-ecr…on.aws`) one (aws-facts §7.4).
 */
export const PRIVATE_REGISTRY = { service: "dkr.ecr", suffix: "amazonaws.com" } as const;

/* ---------------- runtimes ---------------- */

/** How App Runner builds a source-code service on a runtime; only the revised build runs `run.pre-run`. */
export type BuildProcess = "original" | "revised";

export interface ManagedRuntime {
  /** The `runtime` of `apprunner.yaml` (`<language><major>`). */
  readonly name: string;
  /** `CodeConfigurationValues.Runtime`. */
  readonly api: string;
  /** The language and version, for messages (`Python 3.11`). */
  readonly label: string;
  readonly build: BuildProcess;
  /** End of support (ISO date): new services cannot use the runtime after it; existing ones keep running and can be updated. */
  readonly endOfSupport?: string;
  /** The supported runtime of the same language to move to (`apprunner.yaml` name); none when App Runner releases no newer version. */
  readonly successor?: string;
}

/**
 * The managed runtimes. Sources (aws-facts §9.2, verified): the build table and
 * the end-of-support table of
 * https://docs.aws.amazon.com/apprunner/latest/dg/service-source-code.html —
 * revised build: Python 3.11, Node.js 22 and Node.js 18; original: every other;
 * end of support 2025-12-01 for Python 3.7/3.8, Node.js 12–18, .NET 6, Go 1 and
 * Ruby 3.1, 2025-12-31 for PHP 8.1 (also
 * https://docs.aws.amazon.com/apprunner/latest/dg/service-source-code-php.html);
 * Corretto 8/11 have no date. App Runner "will not release any new language
 * versions" for .NET, PHP, Ruby and Go: those have no successor (an image-based
 * service brings its own runtime). The yaml names follow the documented
 * `<language-name><major-version>` convention; `nodejs16` is the one seen in no
 * AWS page (service-source-code-nodejs.html).
 */
export const MANAGED_RUNTIMES: readonly ManagedRuntime[] = [
  { name: "python3", api: "PYTHON_3", label: "Python 3.7/3.8", build: "original", endOfSupport: "2025-12-01", successor: "python311" },
  { name: "python311", api: "PYTHON_311", label: "Python 3.11", build: "revised" },
  { name: "nodejs12", api: "NODEJS_12", label: "Node.js 12", build: "original", endOfSupport: "2025-12-01", successor: "nodejs22" },
  { name: "nodejs14", api: "NODEJS_14", label: "Node.js 14", build: "original", endOfSupport: "2025-12-01", successor: "nodejs22" },
  { name: "nodejs16", api: "NODEJS_16", label: "Node.js 16", build: "original", endOfSupport: "2025-12-01", successor: "nodejs22" },
  { name: "nodejs18", api: "NODEJS_18", label: "Node.js 18", build: "revised", endOfSupport: "2025-12-01", successor: "nodejs22" },
  { name: "nodejs22", api: "NODEJS_22", label: "Node.js 22", build: "revised" },
  { name: "corretto8", api: "CORRETTO_8", label: "Corretto 8", build: "original" },
  { name: "corretto11", api: "CORRETTO_11", label: "Corretto 11", build: "original" },
  { name: "go1", api: "GO_1", label: "Go 1", build: "original", endOfSupport: "2025-12-01" },
  { name: "dotnet6", api: "DOTNET_6", label: ".NET 6", build: "original", endOfSupport: "2025-12-01" },
  { name: "php81", api: "PHP_81", label: "PHP 8.1", build: "original", endOfSupport: "2025-12-31" },
  { name: "ruby31", api: "RUBY_31", label: "Ruby 3.1", build: "original", endOfSupport: "2025-12-01" },
];

const BY_NAME = new Map(MANAGED_RUNTIMES.map((runtime) => [runtime.name, runtime]));
const BY_API = new Map(MANAGED_RUNTIMES.map((runtime) => [runtime.api, runtime]));

/** The `apprunner.yaml` runtime names, those still supported first (messages name the first few). */
export const RUNTIME_NAMES: readonly string[] = [...MANAGED_RUNTIMES.filter((runtime) => runtime.endOfSupport === undefined), ...MANAGED_RUNTIMES.filter((runtime) => runtime.endOfSupport !== undefined)].map((runtime) => runtime.name);

/** A runtime by its `apprunner.yaml` name (`python311`). */
export function runtimeNamed(name: string): ManagedRuntime | undefined {
  return BY_NAME.get(name);
}

/** A runtime by its API value (`PYTHON_311`). */
export function runtimeOfApi(api: string): ManagedRuntime | undefined {
  return BY_API.get(api);
}

/** True when App Runner runs `run.pre-run` on the runtime (the revised build). */
export function runsPreRun(runtime: ManagedRuntime): boolean {
  return runtime.build === "revised";
}

/* ---------------- auto scaling ---------------- */

/**
 * CreateAutoScalingConfiguration ranges (API-AR `ASConfigMaxConcurrency`,
 * `ASConfigMinSize`, `ASConfigMaxSize`; aws-facts §9.3): `MaxConcurrency`
 * 1–200 (default 100), `MinSize` 1–25 (default 1), `MaxSize` at least 1 (no
 * model maximum: the account's quota applies; default 25).
 */
export const AUTO_SCALING_RANGES = {
  MaxConcurrency: { min: 1, max: 200, default: 100 },
  MinSize: { min: 1, max: 25, default: 1 },
  MaxSize: { min: 1, default: 25 },
} as const;

/* ---------------- apprunner.yaml ---------------- */

/** The only `version` of the file format. Source: config-file-ref.html (aws-facts §9.1). */
export const CONFIG_FILE_VERSION = "1.0";

/** The port App Runner sends requests to when none is given (`run.network.port`, `Port`). Source: API-AR `ImageConfiguration.Port`. */
export const DEFAULT_PORT = 8080;

/* ---------------- roles and image repositories ---------------- */

/**
 * The roles of a service. The access role lets App Runner pull a private ECR
 * image: it trusts `build.apprunner.amazonaws.com` and holds the managed policy
 * `AWSAppRunnerServicePolicyForECRAccess`; `AuthenticationConfiguration.AccessRoleArn`
 * is "required for ECR image repositories (but not for ECR Public
 * repositories)" (API-AR `AuthenticationConfiguration`). The instance role gives
 * the application its AWS permissions and is the role App Runner reads
 * `RuntimeEnvironmentSecrets` with: it trusts `tasks.apprunner.amazonaws.com`.
 * Sources: https://docs.aws.amazon.com/apprunner/latest/dg/security_iam_service-with-iam.html#security_iam_service-with-iam-roles ,
 * https://docs.aws.amazon.com/apprunner/latest/dg/env-variable.html ("Update the IAM policy of your
 * instance role so App Runner can access the secrets and parameters"),
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSAppRunnerServicePolicyForECRAccess.html
 */
export const ACCESS_ROLE_PRINCIPAL = "build.apprunner.amazonaws.com";
export const ACCESS_ROLE_POLICY = "AWSAppRunnerServicePolicyForECRAccess";
export const INSTANCE_ROLE_PRINCIPAL = "tasks.apprunner.amazonaws.com";

/**
 * The `ImageRepositoryType` an image URI needs: `ECR_PUBLIC` for
 * `public.ecr.aws/…`, `ECR` for a private registry
 * (`<account>.dkr.ecr.<region>.amazonaws.com/…`, also with placeholders for the
 * account or Region); undefined when the registry cannot be told (a
 * placeholder) or is neither (image-ecr-uri's and valid-schema's). Takes the
 * text with placeholders as holes (`StringValue.holed`).
 * Source: API-AR `ImageRepository.ImageIdentifier` pattern; aws-facts §7.4.
 */
export function repositoryTypeOfImage(holed: string): "ECR" | "ECR_PUBLIC" | undefined {
  if (isPrivateEcrReference(holed)) return "ECR";
  return parseImage(holed).registry === PUBLIC_ECR_HOST ? "ECR_PUBLIC" : undefined;
}
