/**
 * AWS App Runner shapes: CreateService and UpdateService input, the service
 * `describe-service` prints, CreateAutoScalingConfiguration and
 * CreateVpcConnector input. Members, types, enums and documented ranges.
 * `tests/facts/aws-schemas.test.ts` compares them with the newest
 * `@aws-sdk/client-apprunner`.
 *
 * Sources: App Runner model (botocore `apprunner/2020-05-15/service-2.json`, last
 * changed c196d5f, 2025-08-28), https://docs.aws.amazon.com/apprunner/latest/api/API_CreateService.html ,
 * API_UpdateService.html, API_CreateAutoScalingConfiguration.html,
 * API_CreateVpcConnector.html ; reference/aws-facts.md §9.3. Ranges are the
 * model's `min`/`max`/`pattern` (patterns anchored: the service matches the
 * whole value). ARNs carry only their lengths here: their format is
 * `arn-format`'s, and image URIs are `image-ecr-uri`'s and
 * `apprunner-access-role`'s. The model's `.*` patterns are left out.
 *
 * CloudFormation's `AWS::AppRunner::*` resources use the same member names,
 * except that `RuntimeEnvironmentVariables` and `RuntimeEnvironmentSecrets`
 * are lists of `{Name, Value}` there (the API's are string maps); valid-schema
 * leaves CloudFormation resources to cfn-lint.
 */
import { APPRUNNER_ENUMS, AUTO_SCALING_RANGES, CPU_PATTERN, MEMORY_PATTERN, RUNTIME_NAMES } from "./apprunner.js";
import { boolean, integer, list, map, required, string, struct, timestamp, type StructSchema } from "./schema.js";

/** `AppRunnerResourceArn` (service, VPC connector, auto scaling and observability configuration, connection): 1–1011. */
const RESOURCE_ARN = string({ minLength: 1, maxLength: 1011 });
/** `RoleArn` (access role, instance role): 29–1024. */
const ROLE_ARN = string({ minLength: 29, maxLength: 1024 });
/** `ServiceName` and `VpcConnectorName`: 4–40, `[A-Za-z0-9][A-Za-z0-9-_]{3,39}`. */
const NAME_40 = string({
  minLength: 4,
  maxLength: 40,
  pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9_-]{3,39}$/, description: "4 to 40 letters, digits, hyphens and underscores, starting with a letter or digit" },
});
/** `AutoScalingConfigurationName`: 4–32, `[A-Za-z0-9][A-Za-z0-9\-_]{3,31}`. */
const NAME_32 = string({
  minLength: 4,
  maxLength: 32,
  pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9_-]{3,31}$/, description: "4 to 32 letters, digits, hyphens and underscores, starting with a letter or digit" },
});
/** `StartCommand` and `BuildCommand`: one line (`[^\x0a\x0d]+`). */
const COMMAND = string({ pattern: { regex: /^[^\n\r]+$/, description: "a single line" } });

/** `Tag`: Key 1–128, not starting `aws:`; Value 0–256. Neither is required in the model. */
const tag = struct("Tag", {
  Key: string({ minLength: 1, maxLength: 128, pattern: { regex: /^(?!aws:).+$/s, description: 'a key that does not start with "aws:"' } }),
  Value: string({ maxLength: 256 }),
});
const TAGS = list(tag);

/** The API's environment maps (`RuntimeEnvironmentVariables`: names 1–51200; `RuntimeEnvironmentSecrets`: names and values 1–2048). */
const ENVIRONMENT = map;

const imageConfiguration = struct("ImageConfiguration", {
  RuntimeEnvironmentVariables: ENVIRONMENT,
  StartCommand: COMMAND,
  // A string; 8080 when absent.
  Port: string(),
  RuntimeEnvironmentSecrets: ENVIRONMENT,
});

const imageRepository = struct("ImageRepository", {
  ImageIdentifier: required(string({ minLength: 1, maxLength: 1024 })),
  ImageConfiguration: imageConfiguration,
  ImageRepositoryType: required(string({ enum: APPRUNNER_ENUMS.ImageRepositoryType })),
});

const codeConfigurationValues = struct("CodeConfigurationValues", {
  Runtime: required(string({ enum: APPRUNNER_ENUMS.Runtime })),
  BuildCommand: COMMAND,
  StartCommand: COMMAND,
  Port: string(),
  RuntimeEnvironmentVariables: ENVIRONMENT,
  RuntimeEnvironmentSecrets: ENVIRONMENT,
});

const codeRepository = struct("CodeRepository", {
  RepositoryUrl: required(string()),
  SourceCodeVersion: required(struct("SourceCodeVersion", { Type: required(string({ enum: APPRUNNER_ENUMS.SourceCodeVersionType })), Value: required(string()) })),
  // With `REPOSITORY`, App Runner reads apprunner.yaml and ignores CodeConfigurationValues.
  CodeConfiguration: struct("CodeConfiguration", { ConfigurationSource: required(string({ enum: APPRUNNER_ENUMS.ConfigurationSource })), CodeConfigurationValues: codeConfigurationValues }),
  SourceDirectory: string({ minLength: 1, maxLength: 4096 }),
});

/** Exactly one of `CodeRepository` and `ImageRepository` (API text: "You must provide either CodeRepository or ImageRepository"; not a union in the model). */
const sourceConfiguration = struct(
  "SourceConfiguration",
  {
    CodeRepository: codeRepository,
    ImageRepository: imageRepository,
    AutoDeploymentsEnabled: boolean,
    AuthenticationConfiguration: struct("AuthenticationConfiguration", { ConnectionArn: RESOURCE_ARN, AccessRoleArn: ROLE_ARN }),
  },
  { oneOf: { members: ["CodeRepository", "ImageRepository"], atLeastOne: true } },
);

/** `Cpu` and `Memory` as the model's patterns take them; which pairs App Runner offers is `apprunner-instance-size`'s. */
const instanceConfiguration = struct("InstanceConfiguration", {
  Cpu: string({ minLength: 3, maxLength: 9, pattern: { regex: CPU_PATTERN, description: '256, 512, 1024, 2048 or 4096 CPU units, or 0.25, 0.5, 1, 2 or 4 "vCPU" (such as "1 vCPU")' } }),
  Memory: string({
    minLength: 3,
    maxLength: 6,
    pattern: { regex: MEMORY_PATTERN, description: 'a size in MB (512, 1024, 2048, 3072, 4096, 6144, 8192, 10240 or 12288) or in "GB" (such as "2 GB")' },
  }),
  InstanceRoleArn: ROLE_ARN,
});

/** Ranges: model `HealthCheckInterval`, `HealthCheckTimeout`, `HealthCheck*Threshold` (1–20); `Path` at least 1 character. */
const healthCheckConfiguration = struct("HealthCheckConfiguration", {
  Protocol: string({ enum: APPRUNNER_ENUMS.HealthCheckProtocol }),
  Path: string({ minLength: 1 }),
  Interval: integer({ min: 1, max: 20 }),
  Timeout: integer({ min: 1, max: 20 }),
  HealthyThreshold: integer({ min: 1, max: 20 }),
  UnhealthyThreshold: integer({ min: 1, max: 20 }),
});

const networkConfiguration = struct("NetworkConfiguration", {
  EgressConfiguration: struct("EgressConfiguration", { EgressType: string({ enum: APPRUNNER_ENUMS.EgressType }), VpcConnectorArn: RESOURCE_ARN }),
  IngressConfiguration: struct("IngressConfiguration", { IsPubliclyAccessible: boolean }),
  IpAddressType: string({ enum: APPRUNNER_ENUMS.IpAddressType }),
});

/** `KmsKey`: a KMS key ARN, at most 256 characters; it cannot be changed after creation. */
const encryptionConfiguration = struct("EncryptionConfiguration", { KmsKey: required(string({ maxLength: 256 })) });

const observabilityConfiguration = struct("ServiceObservabilityConfiguration", { ObservabilityEnabled: required(boolean), ObservabilityConfigurationArn: RESOURCE_ARN });

/** CreateService input. */
export const CREATE_SERVICE: StructSchema = struct("CreateServiceRequest", {
  ServiceName: required(NAME_40),
  SourceConfiguration: required(sourceConfiguration),
  InstanceConfiguration: instanceConfiguration,
  Tags: TAGS,
  EncryptionConfiguration: encryptionConfiguration,
  HealthCheckConfiguration: healthCheckConfiguration,
  AutoScalingConfigurationArn: RESOURCE_ARN,
  NetworkConfiguration: networkConfiguration,
  ObservabilityConfiguration: observabilityConfiguration,
});

/** UpdateService input: the name, tags and encryption cannot change. */
export const UPDATE_SERVICE: StructSchema = struct("UpdateServiceRequest", {
  ServiceArn: required(RESOURCE_ARN),
  SourceConfiguration: sourceConfiguration,
  InstanceConfiguration: instanceConfiguration,
  AutoScalingConfigurationArn: RESOURCE_ARN,
  HealthCheckConfiguration: healthCheckConfiguration,
  NetworkConfiguration: networkConfiguration,
  ObservabilityConfiguration: observabilityConfiguration,
});

/** The service in `describe-service` output (`{"Service": …}`): AWS's own output, read for its state and never judged. */
export const SERVICE: StructSchema = struct("Service", {
  ServiceName: required(NAME_40),
  ServiceId: required(string({ minLength: 32, maxLength: 32 })),
  ServiceArn: required(RESOURCE_ARN),
  ServiceUrl: string(),
  CreatedAt: required(timestamp),
  UpdatedAt: required(timestamp),
  DeletedAt: timestamp,
  Status: required(string({ enum: APPRUNNER_ENUMS.ServiceStatus })),
  SourceConfiguration: required(sourceConfiguration),
  InstanceConfiguration: required(instanceConfiguration),
  EncryptionConfiguration: encryptionConfiguration,
  HealthCheckConfiguration: healthCheckConfiguration,
  AutoScalingConfigurationSummary: required(
    struct("AutoScalingConfigurationSummary", {
      AutoScalingConfigurationArn: RESOURCE_ARN,
      AutoScalingConfigurationName: NAME_32,
      AutoScalingConfigurationRevision: integer(),
      Status: string({ enum: APPRUNNER_ENUMS.AutoScalingConfigurationStatus }),
      CreatedAt: timestamp,
      HasAssociatedService: boolean,
      IsDefault: boolean,
    }),
  ),
  NetworkConfiguration: required(networkConfiguration),
  ObservabilityConfiguration: observabilityConfiguration,
});

/** CreateAutoScalingConfiguration input. Ranges: src/facts/apprunner.ts `AUTO_SCALING_RANGES` (model `ASConfig*`). */
export const CREATE_AUTO_SCALING_CONFIGURATION: StructSchema = struct("CreateAutoScalingConfigurationRequest", {
  AutoScalingConfigurationName: required(NAME_32),
  MaxConcurrency: integer({ min: AUTO_SCALING_RANGES.MaxConcurrency.min, max: AUTO_SCALING_RANGES.MaxConcurrency.max }),
  MinSize: integer({ min: AUTO_SCALING_RANGES.MinSize.min, max: AUTO_SCALING_RANGES.MinSize.max }),
  // No model maximum: the account's quota applies.
  MaxSize: integer({ min: AUTO_SCALING_RANGES.MaxSize.min }),
  Tags: TAGS,
});

/** CreateVpcConnector input. */
export const CREATE_VPC_CONNECTOR: StructSchema = struct("CreateVpcConnectorRequest", {
  VpcConnectorName: required(NAME_40),
  Subnets: required(list(string())),
  SecurityGroups: list(string()),
  Tags: TAGS,
});

/* ---------------- apprunner.yaml ---------------- */

/*
 * The App Runner configuration file, as
 * https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html
 * describes it (aws-facts §9.1; no public schema exists, this is the first).
 * Keys are lowercase and hyphenated. Scalars are YAML's: where the reference
 * shows a number (`version: 1.0`, `runtime-version: 3.11`, `port: 8000`) a
 * number or a string is taken, and the rule does not guess how App Runner
 * converts other scalars (`value: 5432`). Which `version` is valid (1.0), and
 * that `build.commands` is a mapping and not a list, valid-schema says itself
 * (src/rules/valid-schema/apprunner.ts); `pre-run` on a runtime of the original
 * build is `apprunner-runtime`'s.
 */

const COMMANDS = list(string({ numbers: "any" }));

/** An `env` item: the variable's name and its value. */
const configVariable = struct("An env item", { name: required(string()), value: string({ numbers: "any" }) }, { description: "a mapping with name and value" });
/** A `secrets` item: a Secrets Manager secret ARN (optionally with `:<json-key>::`), an SSM parameter ARN, or a parameter name of the same Region. */
const configSecret = struct("A secrets item", { name: required(string()), "value-from": required(string()) }, { description: "a mapping with name and value-from" });

/** `build`: the build commands are required. */
export const CONFIG_BUILD: StructSchema = struct(
  "Section build",
  {
    commands: required(struct("Section build.commands", { "pre-build": COMMANDS, build: required(COMMANDS), "post-build": COMMANDS }, { description: "a mapping of pre-build, build and post-build command lists" })),
    // Seen by the build commands and by `run.pre-run`.
    env: list(configVariable),
  },
  { description: "a mapping" },
);

/** `run`: the start command is required. */
export const CONFIG_RUN: StructSchema = struct("Section run", {
  "runtime-version": string({ numbers: "any" }),
  // Revised-build runtimes only (apprunner-runtime).
  "pre-run": COMMANDS,
  command: required(string()),
  network: struct(
    "Section run.network",
    {
      // 8080 when absent.
      port: string({ numbers: "integer", pattern: { regex: /^[0-9]+$/, description: "a port number" } }),
      // A variable that also receives the port (PORT is always set).
      env: string(),
    },
    { description: "a mapping" },
  ),
  env: list(configVariable),
  secrets: list(configSecret),
}, { description: "a mapping" });

export const CONFIG_FILE: StructSchema = struct("The configuration file", {
  version: required(string({ numbers: "any" })),
  runtime: required(string({ enum: RUNTIME_NAMES })),
  build: required(CONFIG_BUILD),
  run: required(CONFIG_RUN),
});
