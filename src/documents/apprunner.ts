/**
 * AWS App Runner documents.
 *
 * - `apprunner-config`: an `apprunner.yaml` source-code configuration file
 *   (`config`), recognized by its shape, whatever the file is called: a
 *   `runtime` beside App Runner's `run` or `build` sections (or a `version`
 *   with a runtime App Runner names), and no more than one key in five that
 *   the file format does not have;
 * - `apprunner-service`: CreateService input (`create`; also an
 *   `AWS::AppRunner::Service` resource, in CloudFormation style), UpdateService
 *   input (`update`: `ServiceArn` and what changes), or the service of
 *   `describe-service` output (`describe`: `{"Service": …}`, also the
 *   create/update responses, and a bare service object) — AWS's record of the
 *   live service, reported but never fixed;
 * - `apprunner-auto-scaling-configuration`: CreateAutoScalingConfiguration input
 *   (`create`; also `AWS::AppRunner::AutoScalingConfiguration`);
 * - `apprunner-vpc-connector`: CreateVpcConnector input (`create`; also
 *   `AWS::AppRunner::VpcConnector`).
 *
 * The API members are PascalCase, and CloudFormation spells them the same, so
 * one accessor serves both. The one difference: the API's
 * `RuntimeEnvironmentVariables` and `RuntimeEnvironmentSecrets` are string
 * maps, CloudFormation's lists of `{Name, Value}`; `environment` and `secrets`
 * read both (and `apprunner.yaml`'s `env` and `secrets` lists) as one list of
 * variables. Sources: src/facts/apprunner.ts, src/facts/apprunner-schema.ts.
 */
import { runtimeNamed, runtimeOfApi, type ManagedRuntime } from "../facts/apprunner.js";
import { CONFIG_BUILD, CONFIG_FILE, CONFIG_RUN, CREATE_AUTO_SCALING_CONFIGURATION, CREATE_SERVICE, CREATE_VPC_CONNECTOR, SERVICE, UPDATE_SERVICE } from "../facts/apprunner-schema.js";
import { literalString, objectItems, objectValue, present, type Entry, type ObjectValue, type Value } from "../values/index.js";
import { ApiDocument, halfKnown, hasAnyKey, isCamelCaseApiObject, membersOf, mostlyKnown, onlyKeys } from "./api-document.js";

/**
 * An environment variable (or secret) of an App Runner service or
 * `apprunner.yaml`, however it is written: an item `{name, value}` of
 * `apprunner.yaml`'s `env` (`{name, value-from}` of `secrets`), an item
 * `{Name, Value}` of a CloudFormation resource's list, or a member of the
 * API's map (its key is the name).
 */
export interface AppRunnerVariable {
  /** The name, when literal. */
  readonly name: string | undefined;
  /** Where the name is written, for reports: the item's `name` value, or the map member (its key). */
  readonly nameAt: Value | Entry | undefined;
  /** The value as written (for a secret: the ARN or parameter name it is read from); undefined when absent. */
  readonly value: Value | undefined;
  /** The list item (`apprunner.yaml`, CloudFormation); undefined for a member of the API's map. */
  readonly item: ObjectValue | undefined;
  /** The map member (API); undefined for a list item. */
  readonly entry: Entry | undefined;
  /** The object holding the list or map: `ImageConfiguration`, `CodeConfigurationValues`, `run` or `build`. */
  readonly holder: ObjectValue;
  /** The key holding the list or map, as written (`RuntimeEnvironmentVariables`, `env`, `secrets`). */
  readonly key: string;
}

/* ---------------- apprunner.yaml ---------------- */

export class AppRunnerConfigDocument {
  readonly kind = "apprunner-config";
  /** One form: App Runner reads only the file. */
  readonly form = "config";

  constructor(
    /** The file's root. */
    readonly root: ObjectValue,
  ) {}

  /** The object holding the members (the root), as for the API documents. */
  get object(): ObjectValue {
    return this.root;
  }

  /** How messages name it. */
  get label(): string {
    return "The App Runner configuration file";
  }

  /** `version` as written (`1.0`: a number or a string). */
  get version(): Value | undefined {
    return present(this.root.get("version"));
  }

  /** `runtime` as written. */
  get runtime(): Value | undefined {
    return present(this.root.get("runtime"));
  }

  /** `runtime`, when literal (`python311`). */
  get runtimeName(): string | undefined {
    return literalString(this.runtime);
  }

  /** The managed runtime `runtime` names; undefined when unknown or not a runtime App Runner has. */
  get managedRuntime(): ManagedRuntime | undefined {
    const name = this.runtimeName;
    return name === undefined ? undefined : runtimeNamed(name);
  }

  /** `build`, when an object. */
  get build(): ObjectValue | undefined {
    return objectValue(this.root.get("build"));
  }

  /** `build.commands`, when an object (`pre-build`, `build`, `post-build`). */
  get buildCommands(): ObjectValue | undefined {
    return objectValue(this.build?.get("commands"));
  }

  /** `run`, when an object. */
  get run(): ObjectValue | undefined {
    return objectValue(this.root.get("run"));
  }

  /** `run.runtime-version` as written. */
  get runtimeVersion(): Value | undefined {
    return present(this.run?.get("runtime-version"));
  }

  /** `run.pre-run` as written (a list of commands; only the revised-build runtimes run it). */
  get preRun(): Value | undefined {
    return present(this.run?.get("pre-run"));
  }

  /** The `pre-run` member, for reports on its key and for removing it. */
  get preRunEntry(): Entry | undefined {
    return this.run?.entry("pre-run");
  }

  /** `run.command` as written. */
  get command(): Value | undefined {
    return present(this.run?.get("command"));
  }

  /** `run.network`, when an object. */
  get network(): ObjectValue | undefined {
    return objectValue(this.run?.get("network"));
  }

  /** `run.network.port` as written (8080 when absent). */
  get port(): Value | undefined {
    return present(this.network?.get("port"));
  }

  /** `build.env`: variables for the build commands (and `run.pre-run`). */
  get buildEnvironment(): readonly AppRunnerVariable[] {
    return this.build ? listVariables(this.build, "env", "value") : [];
  }

  /** `run.env`: variables for the running application. */
  get runEnvironment(): readonly AppRunnerVariable[] {
    return this.run ? listVariables(this.run, "env", "value") : [];
  }

  /** `build.env` then `run.env`. */
  get environment(): readonly AppRunnerVariable[] {
    return [...this.buildEnvironment, ...this.runEnvironment];
  }

  /** `run.secrets`: variables read from Secrets Manager or SSM Parameter Store (`value` is their `value-from`). */
  get secrets(): readonly AppRunnerVariable[] {
    return this.run ? listVariables(this.run, "secrets", "value-from") : [];
  }
}

/* ---------------- services ---------------- */

export type AppRunnerServiceForm = "create" | "update" | "describe";

export class AppRunnerServiceDocument extends ApiDocument<AppRunnerServiceForm> {
  readonly kind = "apprunner-service";

  /** The service's name: `ServiceName`, else the name in `ServiceArn` (`arn:aws:apprunner:…:service/<name>/<id>`). */
  get name(): string | undefined {
    const name = this.literal("ServiceName");
    if (name !== undefined) return name;
    const arn = this.literal("ServiceArn");
    const match = arn === undefined ? null : /:service\/([^/]+)/.exec(arn);
    return match?.[1];
  }

  /** How messages name it: `Service "web"` (its name, else a template's logical ID), or `The service`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The service" : `Service ${JSON.stringify(name)}`;
  }

  /** `SourceConfiguration`, when an object. */
  get sourceConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("SourceConfiguration"));
  }

  /** `SourceConfiguration.ImageRepository`, when an object: an image-based service. */
  get imageRepository(): ObjectValue | undefined {
    return objectValue(this.sourceConfiguration?.get("ImageRepository"));
  }

  /** `SourceConfiguration.CodeRepository`, when an object: a source-code service. */
  get codeRepository(): ObjectValue | undefined {
    return objectValue(this.sourceConfiguration?.get("CodeRepository"));
  }

  /** `ImageRepository.ImageIdentifier` as written (the image URI). */
  get imageIdentifier(): Value | undefined {
    return present(this.imageRepository?.get("ImageIdentifier"));
  }

  /** `ImageRepository.ImageRepositoryType` as written (`ECR`, `ECR_PUBLIC`). */
  get imageRepositoryType(): Value | undefined {
    return present(this.imageRepository?.get("ImageRepositoryType"));
  }

  /** `ImageRepository.ImageConfiguration`, when an object. */
  get imageConfiguration(): ObjectValue | undefined {
    return objectValue(this.imageRepository?.get("ImageConfiguration"));
  }

  /** `CodeRepository.CodeConfiguration`, when an object. */
  get codeConfiguration(): ObjectValue | undefined {
    return objectValue(this.codeRepository?.get("CodeConfiguration"));
  }

  /** `CodeConfiguration.ConfigurationSource` as written (`REPOSITORY`: apprunner.yaml decides; `API`: the values below). */
  get configurationSource(): Value | undefined {
    return present(this.codeConfiguration?.get("ConfigurationSource"));
  }

  /** `CodeConfiguration.CodeConfigurationValues`, when an object. */
  get codeConfigurationValues(): ObjectValue | undefined {
    return objectValue(this.codeConfiguration?.get("CodeConfigurationValues"));
  }

  /** `CodeConfigurationValues.Runtime` as written (`PYTHON_311`). */
  get runtime(): Value | undefined {
    return present(this.codeConfigurationValues?.get("Runtime"));
  }

  /** The managed runtime `Runtime` names; undefined when unknown or not one App Runner has. */
  get managedRuntime(): ManagedRuntime | undefined {
    const api = literalString(this.runtime);
    return api === undefined ? undefined : runtimeOfApi(api);
  }

  /** The object that runs the application: `ImageConfiguration` or `CodeConfigurationValues` (whichever is an object, image first). */
  get runConfiguration(): ObjectValue | undefined {
    return this.imageConfiguration ?? this.codeConfigurationValues;
  }

  /** `SourceConfiguration.AuthenticationConfiguration`, when an object. */
  get authenticationConfiguration(): ObjectValue | undefined {
    return objectValue(this.sourceConfiguration?.get("AuthenticationConfiguration"));
  }

  /** `AuthenticationConfiguration.AccessRoleArn` as written (the role App Runner pulls a private ECR image with). */
  get accessRoleArn(): Value | undefined {
    return present(this.authenticationConfiguration?.get("AccessRoleArn"));
  }

  /** `AuthenticationConfiguration.ConnectionArn` as written (the GitHub or Bitbucket connection of a source-code service). */
  get connectionArn(): Value | undefined {
    return present(this.authenticationConfiguration?.get("ConnectionArn"));
  }

  /** `InstanceConfiguration`, when an object. */
  get instanceConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("InstanceConfiguration"));
  }

  /** `InstanceConfiguration.Cpu` as written (`1 vCPU` when absent; parse with `cpuUnitsOf`). */
  get cpu(): Value | undefined {
    return present(this.instanceConfiguration?.get("Cpu"));
  }

  /** `InstanceConfiguration.Memory` as written (`2 GB` when absent; parse with `memoryMiBOf`). */
  get memory(): Value | undefined {
    return present(this.instanceConfiguration?.get("Memory"));
  }

  /** `InstanceConfiguration.InstanceRoleArn` as written (the role the application calls AWS with, and reads its secrets with). */
  get instanceRoleArn(): Value | undefined {
    return present(this.instanceConfiguration?.get("InstanceRoleArn"));
  }

  /** `HealthCheckConfiguration`, when an object. */
  get healthCheckConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("HealthCheckConfiguration"));
  }

  /** `HealthCheckConfiguration.Protocol` as written (`TCP` when absent). */
  get healthCheckProtocol(): Value | undefined {
    return present(this.healthCheckConfiguration?.get("Protocol"));
  }

  /** `HealthCheckConfiguration.Path` as written (`/` when absent; used by HTTP checks only). */
  get healthCheckPath(): Value | undefined {
    return present(this.healthCheckConfiguration?.get("Path"));
  }

  /** `NetworkConfiguration`, when an object. */
  get networkConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("NetworkConfiguration"));
  }

  /** `NetworkConfiguration.EgressConfiguration`, when an object. */
  get egressConfiguration(): ObjectValue | undefined {
    return objectValue(this.networkConfiguration?.get("EgressConfiguration"));
  }

  /** `EgressConfiguration.EgressType` as written (`DEFAULT` when absent). */
  get egressType(): Value | undefined {
    return present(this.egressConfiguration?.get("EgressType"));
  }

  /** `EgressConfiguration.VpcConnectorArn` as written (only with `EgressType: VPC`). */
  get vpcConnectorArn(): Value | undefined {
    return present(this.egressConfiguration?.get("VpcConnectorArn"));
  }

  /** `AutoScalingConfigurationArn` as written (in describe output: `AutoScalingConfigurationSummary.AutoScalingConfigurationArn`). */
  get autoScalingConfigurationArn(): Value | undefined {
    const own = present(this.object.get("AutoScalingConfigurationArn"));
    if (own !== undefined || this.form !== "describe") return own;
    return present(objectValue(this.object.get("AutoScalingConfigurationSummary"))?.get("AutoScalingConfigurationArn"));
  }

  /** `EncryptionConfiguration`, when an object. */
  get encryptionConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("EncryptionConfiguration"));
  }

  /** `EncryptionConfiguration.KmsKey` as written (a KMS key ARN). */
  get kmsKey(): Value | undefined {
    return present(this.encryptionConfiguration?.get("KmsKey"));
  }

  /** `ObservabilityConfiguration`, when an object. */
  get observabilityConfiguration(): ObjectValue | undefined {
    return objectValue(this.object.get("ObservabilityConfiguration"));
  }

  /** The plain environment variables: `RuntimeEnvironmentVariables` of `ImageConfiguration` and of `CodeConfigurationValues`. */
  get environment(): readonly AppRunnerVariable[] {
    return this.variables("RuntimeEnvironmentVariables");
  }

  /** The secrets: `RuntimeEnvironmentSecrets` of `ImageConfiguration` and of `CodeConfigurationValues` (`value`: the ARN or parameter name). */
  get secrets(): readonly AppRunnerVariable[] {
    return this.variables("RuntimeEnvironmentSecrets");
  }

  private variables(key: string): readonly AppRunnerVariable[] {
    const variables: AppRunnerVariable[] = [];
    for (const holder of [this.imageConfiguration, this.codeConfigurationValues]) {
      if (holder === undefined) continue;
      const value = present(holder.get(key));
      if (value?.kind === "array") variables.push(...listVariables(holder, key, "Value"));
      else if (value?.kind === "object") variables.push(...mapVariables(holder, key, value));
    }
    return variables;
  }
}

/* ---------------- auto scaling configurations and VPC connectors ---------------- */

export class AppRunnerAutoScalingDocument extends ApiDocument<"create"> {
  readonly kind = "apprunner-auto-scaling-configuration";

  get name(): string | undefined {
    return this.literal("AutoScalingConfigurationName");
  }

  /** How messages name it: `Auto scaling configuration "high"` (its name, else a template's logical ID), or `The auto scaling configuration`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The auto scaling configuration" : `Auto scaling configuration ${JSON.stringify(name)}`;
  }

  /** `MinSize` as written (1 when absent). */
  get minSize(): Value | undefined {
    return present(this.object.get("MinSize"));
  }

  /** `MaxSize` as written (25 when absent). */
  get maxSize(): Value | undefined {
    return present(this.object.get("MaxSize"));
  }

  /** `MaxConcurrency` as written (100 when absent). */
  get maxConcurrency(): Value | undefined {
    return present(this.object.get("MaxConcurrency"));
  }
}

export class AppRunnerVpcConnectorDocument extends ApiDocument<"create"> {
  readonly kind = "apprunner-vpc-connector";

  get name(): string | undefined {
    return this.literal("VpcConnectorName");
  }

  /** How messages name it: `VPC connector "db"` (its name, else a template's logical ID), or `The VPC connector`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The VPC connector" : `VPC connector ${JSON.stringify(name)}`;
  }

  /** `Subnets` as written. */
  get subnets(): Value | undefined {
    return present(this.object.get("Subnets"));
  }

  /** `SecurityGroups` as written (the VPC's default group when absent). */
  get securityGroups(): Value | undefined {
    return present(this.object.get("SecurityGroups"));
  }
}

export type AppRunnerDocuments = AppRunnerConfigDocument | AppRunnerServiceDocument | AppRunnerAutoScalingDocument | AppRunnerVpcConnectorDocument;

/* ---------------- variables ---------------- */

/** Items of a list of `{name, value}` (`apprunner.yaml`; `{Name, Value}` in CloudFormation, which `get` spells). */
function listVariables(holder: ObjectValue, key: string, valueKey: string): readonly AppRunnerVariable[] {
  const written = holder.entry(key)?.key ?? key;
  return objectItems(holder.get(key)).map((item) => {
    const nameValue = present(item.get("name"));
    return { name: literalString(nameValue), nameAt: nameValue, value: present(item.get(valueKey)), item, entry: undefined, holder, key: written };
  });
}

/** Members of the API's string map (`{"DB_HOST": "db"}`). */
function mapVariables(holder: ObjectValue, key: string, map: ObjectValue): readonly AppRunnerVariable[] {
  const written = holder.entry(key)?.key ?? key;
  return map.entries.map((entry) => ({ name: entry.key, nameAt: entry, value: present(entry.value), item: undefined, entry, holder, key: written }));
}

/* ---------------- recognition ---------------- */

const CONFIG_ROOT_KEYS = membersOf(CONFIG_FILE);
const CONFIG_RUN_KEYS = [...membersOf(CONFIG_RUN)];
const CONFIG_BUILD_KEYS = [...membersOf(CONFIG_BUILD)];

const CREATE_SERVICE_MEMBERS = membersOf(CREATE_SERVICE);
const UPDATE_SERVICE_MEMBERS = membersOf(UPDATE_SERVICE);
const SERVICE_MEMBERS = membersOf(SERVICE);
/** Members only the service of describe output has. Source: API-AR `Service`. */
const SERVICE_OUTPUT_ONLY = ["ServiceId", "ServiceUrl", "Status", "CreatedAt", "UpdatedAt", "AutoScalingConfigurationSummary"];
/** The members of CreateService, UpdateService and DescribeService responses (`Service`, `OperationId`), and the CLI's metadata. */
const SERVICE_RESPONSE_MEMBERS: ReadonlySet<string> = new Set(["Service", "OperationId", "ResponseMetadata"]);
const AUTO_SCALING_MEMBERS = membersOf(CREATE_AUTO_SCALING_CONFIGURATION);
const VPC_CONNECTOR_MEMBERS = membersOf(CREATE_VPC_CONNECTOR);

export function recognizeAppRunner(root: Value): AppRunnerDocuments | undefined {
  if (root.kind !== "object" || !isCamelCaseApiObject(root)) return undefined;
  if (isConfigFile(root)) return new AppRunnerConfigDocument(root);
  // Responses: `{"Service": {…}}` (describe-service), with `OperationId` from create-service and update-service.
  const service = objectValue(root.getExact("Service"));
  if (service && onlyKeys(root, SERVICE_RESPONSE_MEMBERS) && hasAnyKey(service, ["ServiceArn", "ServiceName", "ServiceId"])) return new AppRunnerServiceDocument(root, "describe", service);
  // `aws apprunner describe-service --query Service`: the service on its own.
  if (hasAnyKey(root, SERVICE_OUTPUT_ONLY) && root.entryExact("ServiceArn") !== undefined && mostlyKnown(root, SERVICE_MEMBERS)) return new AppRunnerServiceDocument(root, "describe", root);
  // CreateService requires `SourceConfiguration`; `ServiceName` beside it says what the object is, so a few misspelt keys (valid-schema's to report) still leave it a service.
  if (root.entryExact("SourceConfiguration") !== undefined && root.entryExact("ServiceArn") === undefined) {
    const named = root.entryExact("ServiceName") !== undefined;
    return (named ? halfKnown(root, CREATE_SERVICE_MEMBERS) : mostlyKnown(root, CREATE_SERVICE_MEMBERS)) ? new AppRunnerServiceDocument(root, "create", root) : undefined;
  }
  // UpdateService names the service by `ServiceArn` and holds what changes (RULES.md Decisions: it counts as a service).
  if (root.entryExact("ServiceArn") !== undefined && root.entries.length > 1 && mostlyKnown(root, UPDATE_SERVICE_MEMBERS)) return new AppRunnerServiceDocument(root, "update", root);
  if (root.entryExact("AutoScalingConfigurationName") !== undefined && hasAnyKey(root, ["MaxConcurrency", "MinSize", "MaxSize"]) && mostlyKnown(root, AUTO_SCALING_MEMBERS)) {
    return new AppRunnerAutoScalingDocument(root, "create", root);
  }
  if (root.entryExact("VpcConnectorName") !== undefined && root.entryExact("Subnets") !== undefined && mostlyKnown(root, VPC_CONNECTOR_MEMBERS)) return new AppRunnerVpcConnectorDocument(root, "create", root);
  return undefined;
}

/**
 * `apprunner.yaml`'s shape: a scalar `runtime`, four keys in five of the
 * format's own (`version`, `runtime`, `build`, `run`), and either a `run` or
 * `build` section with a key of App Runner's (`command`, `commands`, `env`…:
 * misspelt keys beside it are valid-schema's to report), or a `version`
 * beside a runtime App Runner has. Other YAML with a `runtime` (App Engine's `app.yaml`,
 * with `handlers` and `env_variables`) is not taken.
 */
function isConfigFile(root: ObjectValue): boolean {
  const runtime = root.entryExact("runtime");
  if (runtime === undefined || runtime.value.kind === "object" || runtime.value.kind === "array") return false;
  if (!mostlyKnown(root, CONFIG_ROOT_KEYS)) return false;
  const run = objectValue(root.getExact("run"));
  const build = objectValue(root.getExact("build"));
  if ((run && hasAnyKey(run, CONFIG_RUN_KEYS)) || (build && hasAnyKey(build, CONFIG_BUILD_KEYS))) return true;
  const name = literalString(runtime.value);
  return root.entryExact("version") !== undefined && name !== undefined && runtimeNamed(name) !== undefined;
}
