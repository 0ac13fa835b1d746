/**
 * Recognition of App Runner documents — `apprunner.yaml` by its shape,
 * CreateService / UpdateService input, describe-service output,
 * CreateAutoScalingConfiguration and CreateVpcConnector input, and their
 * CloudFormation resources — the accessors the rules read, and the look-alikes
 * that must not be taken.
 */
import { describe, expect, it } from "vitest";
import {
  documentsOf,
  type AnyDocument,
  type AppRunnerAutoScalingDocument,
  type AppRunnerConfigDocument,
  type AppRunnerServiceDocument,
  type AppRunnerVariable,
  type AppRunnerVpcConnectorDocument,
} from "../../src/documents/index.js";
import { cpuUnitsOf, memoryMiBOf } from "../../src/facts/apprunner.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";
import { literalString, type Entry, type Value } from "../../src/values/index.js";

function documents(text: string, syntax: "json" | "yaml" = "json"): readonly AnyDocument[] {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast, text);
}
function kinds(text: string, syntax: "json" | "yaml" = "json"): string[] {
  return documents(text, syntax).map((document) => `${document.kind}/${document.form}`);
}
function only<T extends AnyDocument>(text: string, syntax: "json" | "yaml" = "json"): T {
  const found = documents(text, syntax);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
/** A variable as `name=value` (`?` for what is not literal), for comparing. */
function shown(variable: AppRunnerVariable): string {
  return `${variable.name ?? "?"}=${literalString(variable.value) ?? "?"}`;
}
function startLine(at: Value | Entry | undefined): number | undefined {
  if (at === undefined) return undefined;
  return "keyNode" in at ? at.keyNode.loc.start.line : at.node.loc.start.line;
}

/** The example of https://docs.aws.amazon.com/apprunner/latest/dg/config-file-examples.html (Python, revised build). */
const CONFIG = `version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip3 install -r requirements.txt
  env:
    - name: DJANGO_SETTINGS_MODULE
      value: "django_apprunner.settings"
run:
  runtime-version: 3.11
  pre-run:
    - python3 manage.py migrate
  command: gunicorn django_apprunner.wsgi --log-file -
  network:
    port: 8000
    env: MY_APP_PORT
  env:
    - name: MY_VAR_EXAMPLE
      value: "example"
  secrets:
    - name: my-secret
      value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:testingstackAppRunnerConstr-kJFXde2ULKbT-S7t8xR:username::"
`;

describe("apprunner.yaml", () => {
  it("is recognized by its shape, and read", () => {
    const config = only<AppRunnerConfigDocument>(CONFIG, "yaml");
    expect(`${config.kind}/${config.form}`).toBe("apprunner-config/config");
    expect(config.runtimeName).toBe("python311");
    expect(config.managedRuntime?.build).toBe("revised");
    expect(config.version?.kind).toBe("number");
    expect(config.buildCommands?.entries.map((entry) => entry.key)).toEqual(["build"]);
    expect(config.preRun?.kind).toBe("array");
    expect(config.preRunEntry?.key).toBe("pre-run");
    expect(literalString(config.command)).toBe("gunicorn django_apprunner.wsgi --log-file -");
    expect(config.port?.kind).toBe("number");
    expect(config.runtimeVersion?.kind).toBe("number");
    expect(config.buildEnvironment.map(shown)).toEqual(["DJANGO_SETTINGS_MODULE=django_apprunner.settings"]);
    expect(config.runEnvironment.map(shown)).toEqual(["MY_VAR_EXAMPLE=example"]);
    expect(config.environment).toHaveLength(2);
    expect(config.secrets.map((secret) => secret.name)).toEqual(["my-secret"]);
    expect(config.secrets[0]!.key).toBe("secrets");
    expect(config.secrets[0]!.item).toBeDefined();
    expect(startLine(config.secrets[0]!.nameAt)).toBe(22);
    expect(config.label).toBe("The App Runner configuration file");
  });

  it("is recognized whatever the file is called, and in JSON", () => {
    expect(kinds(`{"version": "1.0", "runtime": "nodejs22", "run": {"command": "node app.js"}}`)).toEqual(["apprunner-config/config"]);
    // A minimal file: a version beside a runtime App Runner has.
    expect(kinds(`version: 1.0\nruntime: corretto11\n`, "yaml")).toEqual(["apprunner-config/config"]);
  });

  it("is still recognized with a typo or a wrong runtime, for the rules to report", () => {
    expect(kinds(`version: 1.0\nruntime: python312\nbuild:\n  commands:\n    build: [make]\nrun:\n  comand: ./start\n  network: {port: 80}\n`, "yaml")).toEqual(["apprunner-config/config"]);
    expect(kinds(`version: 1.0\nruntime: nodejs18\nbuild:\n  commands: [npm ci]\nrun:\n  command: node index.js\nbuidl: {}\n`, "yaml")).toEqual(["apprunner-config/config"]);
  });

  it.each([
    ["App Engine's app.yaml", `runtime: python39\nentrypoint: gunicorn -b :$PORT main:app\nenv_variables:\n  BUCKET: x\nhandlers:\n  - url: /.*\n    script: auto\n`],
    ["a runtime with nothing of App Runner", `runtime: python3\nname: x\n`],
    ["a version and an unknown runtime alone", `version: 1.0\nruntime: java\n`],
    ["a buildspec", `version: 0.2\nphases:\n  build:\n    commands: [make]\n`],
    ["a runtime that is an object", `runtime: {name: python3}\nrun: {command: x}\n`],
    ["a run section of another tool", `runtime: node\nrun:\n  web: npm start\n  worker: node worker.js\n`],
    ["a file named apprunner.yaml holding something else", `services:\n  web:\n    image: nginx\n`],
  ])("does not take %s", (_name, text) => {
    expect(kinds(text, "yaml")).toEqual([]);
  });

  it("does not throw on nulls and wrong types", () => {
    const config = only<AppRunnerConfigDocument>(`version: 1.0\nruntime: python3\nbuild: null\nrun:\n  command: x\n  env: 3\n  secrets: [null, 1, {name: 2}]\n  network: []\n`, "yaml");
    expect(config.build).toBeUndefined();
    expect(config.buildCommands).toBeUndefined();
    expect(config.buildEnvironment).toEqual([]);
    expect(config.runEnvironment).toEqual([]);
    expect(config.secrets.map(shown)).toEqual(["?=?"]);
    expect(config.network).toBeUndefined();
    expect(config.port).toBeUndefined();
    expect(config.preRun).toBeUndefined();
  });
});

const IMAGE_SERVICE = `{
  "ServiceName": "web",
  "SourceConfiguration": {
    "ImageRepository": {
      "ImageIdentifier": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4",
      "ImageRepositoryType": "ECR",
      "ImageConfiguration": {
        "Port": "8000",
        "RuntimeEnvironmentVariables": {"LOG_LEVEL": "info", "DB_PASSWORD": "hunter2"},
        "RuntimeEnvironmentSecrets": {"API_KEY": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api"}
      }
    },
    "AutoDeploymentsEnabled": true,
    "AuthenticationConfiguration": {"AccessRoleArn": "arn:aws:iam::123456789012:role/AppRunnerECRAccess"}
  },
  "InstanceConfiguration": {"Cpu": "1 vCPU", "Memory": "3 GB", "InstanceRoleArn": "arn:aws:iam::123456789012:role/web"},
  "HealthCheckConfiguration": {"Protocol": "HTTP", "Path": "/health"},
  "NetworkConfiguration": {"EgressConfiguration": {"EgressType": "VPC", "VpcConnectorArn": "arn:aws:apprunner:us-east-1:123456789012:vpcconnector/db/1/abc"}},
  "AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/high/1/abc",
  "EncryptionConfiguration": {"KmsKey": "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555"}
}`;

describe("App Runner services", () => {
  it("recognizes create-service input with an image, and reads it", () => {
    const service = only<AppRunnerServiceDocument>(IMAGE_SERVICE);
    expect(`${service.kind}/${service.form}`).toBe("apprunner-service/create");
    expect(service.output).toBe(false);
    expect(service.name).toBe("web");
    expect(service.label).toBe('Service "web"');
    expect(literalString(service.imageIdentifier)).toBe("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4");
    expect(literalString(service.imageRepositoryType)).toBe("ECR");
    expect(literalString(service.accessRoleArn)).toBe("arn:aws:iam::123456789012:role/AppRunnerECRAccess");
    expect(literalString(service.instanceRoleArn)).toBe("arn:aws:iam::123456789012:role/web");
    expect(cpuUnitsOf(service.cpu)).toBe(1024);
    expect(memoryMiBOf(service.memory)).toBe(3072);
    expect(literalString(service.healthCheckProtocol)).toBe("HTTP");
    expect(literalString(service.healthCheckPath)).toBe("/health");
    expect(literalString(service.egressType)).toBe("VPC");
    expect(literalString(service.vpcConnectorArn)).toMatch(/vpcconnector/);
    expect(literalString(service.autoScalingConfigurationArn)).toMatch(/autoscalingconfiguration/);
    expect(literalString(service.kmsKey)).toMatch(/:key\//);
    expect(service.codeRepository).toBeUndefined();
    expect(service.runtime).toBeUndefined();
    expect(service.runConfiguration).toBe(service.imageConfiguration);
    expect(service.environment.map(shown)).toEqual(["LOG_LEVEL=info", "DB_PASSWORD=hunter2"]);
    expect(service.environment[1]!.entry?.key).toBe("DB_PASSWORD");
    expect(service.environment[1]!.nameAt).toBe(service.environment[1]!.entry);
    expect(service.environment[1]!.item).toBeUndefined();
    expect(service.environment[1]!.key).toBe("RuntimeEnvironmentVariables");
    expect(service.secrets.map((secret) => secret.name)).toEqual(["API_KEY"]);
  });

  it("recognizes create-service input with source code, in YAML", () => {
    const service = only<AppRunnerServiceDocument>(
      `ServiceName: api
SourceConfiguration:
  CodeRepository:
    RepositoryUrl: https://github.com/example/api
    SourceCodeVersion: {Type: BRANCH, Value: main}
    CodeConfiguration:
      ConfigurationSource: API
      CodeConfigurationValues:
        Runtime: PYTHON_3
        BuildCommand: pip install -r requirements.txt
        StartCommand: python app.py
        RuntimeEnvironmentVariables: {STAGE: prod}
  AuthenticationConfiguration:
    ConnectionArn: arn:aws:apprunner:us-east-1:123456789012:connection/gh/abc
`,
      "yaml",
    );
    expect(service.form).toBe("create");
    expect(literalString(service.configurationSource)).toBe("API");
    expect(literalString(service.runtime)).toBe("PYTHON_3");
    expect(service.managedRuntime?.name).toBe("python3");
    expect(service.managedRuntime?.successor).toBe("python311");
    expect(literalString(service.connectionArn)).toMatch(/connection/);
    expect(service.runConfiguration).toBe(service.codeConfigurationValues);
    expect(service.environment.map(shown)).toEqual(["STAGE=prod"]);
    expect(service.imageIdentifier).toBeUndefined();
  });

  it("recognizes update-service input (it counts as a service) and names it from its ARN", () => {
    const service = only<AppRunnerServiceDocument>(`{"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa", "InstanceConfiguration": {"Cpu": "2 vCPU", "Memory": "4 GB"}}`);
    expect(service.form).toBe("update");
    expect(service.name).toBe("web");
    expect(cpuUnitsOf(service.cpu)).toBe(2048);
    expect(kinds(`{"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/1"}`)).toEqual([]);
  });

  it("reads describe-service output as AWS's own output", () => {
    const text = `{"Service": {"ServiceName": "web", "ServiceId": "8fe1e10304f84fd2b0df550fe98a71fa", "ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/8fe1e10304f84fd2b0df550fe98a71fa",
      "ServiceUrl": "abc.us-east-1.awsapprunner.com", "CreatedAt": "2024-01-01T00:00:00Z", "UpdatedAt": "2024-01-01T00:00:00Z", "Status": "RUNNING",
      "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": "public.ecr.aws/aws-containers/hello-app-runner:latest", "ImageRepositoryType": "ECR_PUBLIC"}},
      "InstanceConfiguration": {"Cpu": "1024", "Memory": "2048"},
      "AutoScalingConfigurationSummary": {"AutoScalingConfigurationArn": "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/DefaultConfiguration/1/abc"},
      "NetworkConfiguration": {"EgressConfiguration": {"EgressType": "DEFAULT"}}}}`;
    const service = only<AppRunnerServiceDocument>(text);
    expect(service.form).toBe("describe");
    expect(service.output).toBe(true);
    expect(service.root).not.toBe(service.object);
    expect(cpuUnitsOf(service.cpu)).toBe(1024);
    expect(memoryMiBOf(service.memory)).toBe(2048);
    expect(literalString(service.autoScalingConfigurationArn)).toMatch(/DefaultConfiguration/);
    // create-service's response, and the service alone (`--query Service`).
    expect(kinds(`{"Service": {"ServiceName": "web", "ServiceArn": "x"}, "OperationId": "1"}`)).toEqual(["apprunner-service/describe"]);
    expect(kinds(JSON.stringify((JSON.parse(text) as { Service: unknown }).Service))).toEqual(["apprunner-service/describe"]);
  });

  it("reads CloudFormation's lists of {Name, Value}", () => {
    const found = documents(
      `Resources:
  Service:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:latest"
          ImageRepositoryType: ECR
          ImageConfiguration:
            RuntimeEnvironmentVariables:
              - Name: DB_HOST
                Value: db.internal
            RuntimeEnvironmentSecrets:
              - Name: DB_PASSWORD
                Value: !Ref DbSecret
      InstanceConfiguration:
        Cpu: 1024
        Memory: 2 GB
  Scaling:
    Type: AWS::AppRunner::AutoScalingConfiguration
    Properties:
      AutoScalingConfigurationName: high
      MinSize: 2
      MaxSize: 10
  Connector:
    Type: AWS::AppRunner::VpcConnector
    Properties:
      VpcConnectorName: db
      Subnets: [subnet-1]
  Bare:
    Type: AWS::AppRunner::Service
`,
      "yaml",
    );
    expect(found.map((document) => `${document.kind}/${document.form}`)).toEqual([
      "apprunner-service/create",
      "apprunner-auto-scaling-configuration/create",
      "apprunner-vpc-connector/create",
      "apprunner-service/create",
    ]);
    const service = found[0] as AppRunnerServiceDocument;
    expect(service.label).toBe('Service "Service"');
    expect(service.imageIdentifier?.kind).toBe("string");
    expect(service.environment.map(shown)).toEqual(["DB_HOST=db.internal"]);
    expect(service.environment[0]!.item).toBeDefined();
    expect(service.environment[0]!.entry).toBeUndefined();
    expect(service.secrets.map(shown)).toEqual(["DB_PASSWORD=?"]);
    expect(cpuUnitsOf(service.cpu)).toBe(1024);
    expect(memoryMiBOf(service.memory)).toBe(2048);
    const scaling = found[1] as AppRunnerAutoScalingDocument;
    expect(scaling.label).toBe('Auto scaling configuration "high"');
    expect(scaling.minSize?.kind).toBe("number");
    expect((found[2] as AppRunnerVpcConnectorDocument).label).toBe('VPC connector "db"');
    const bare = found[3] as AppRunnerServiceDocument;
    expect(bare.label).toBe('Service "Bare"');
    expect(bare.sourceConfiguration).toBeUndefined();
    expect(bare.environment).toEqual([]);
  });

  it("does not throw on nulls and wrong types", () => {
    const service = only<AppRunnerServiceDocument>(
      `{"ServiceName": "web", "SourceConfiguration": {"ImageRepository": {"ImageIdentifier": null, "ImageConfiguration": {"RuntimeEnvironmentVariables": [1, null], "RuntimeEnvironmentSecrets": "x"}}}, "InstanceConfiguration": [], "HealthCheckConfiguration": null, "NetworkConfiguration": {"EgressConfiguration": 3}}`,
    );
    expect(service.imageIdentifier).toBeUndefined();
    expect(service.environment).toEqual([]);
    expect(service.secrets).toEqual([]);
    expect(service.cpu).toBeUndefined();
    expect(service.healthCheckProtocol).toBeUndefined();
    expect(service.egressType).toBeUndefined();
    expect(cpuUnitsOf(undefined)).toBeUndefined();
    const odd = only<AppRunnerServiceDocument>(`{"SourceConfiguration": null, "ServiceName": 7}`);
    expect(odd.name).toBeUndefined();
    expect(odd.label).toBe("The service");
  });
});

describe("auto scaling configurations and VPC connectors", () => {
  it("recognizes create-auto-scaling-configuration input", () => {
    const scaling = only<AppRunnerAutoScalingDocument>(`{"AutoScalingConfigurationName": "high", "MaxConcurrency": 50, "MinSize": 3, "MaxSize": 10}`);
    expect(`${scaling.kind}/${scaling.form}`).toBe("apprunner-auto-scaling-configuration/create");
    expect(scaling.name).toBe("high");
    expect(scaling.maxConcurrency?.kind).toBe("number");
    expect(scaling.maxSize?.kind).toBe("number");
    expect(kinds(`AutoScalingConfigurationName: low\nMinSize: 1\n`, "yaml")).toEqual(["apprunner-auto-scaling-configuration/create"]);
  });

  it("recognizes create-vpc-connector input", () => {
    const connector = only<AppRunnerVpcConnectorDocument>(`{"VpcConnectorName": "db", "Subnets": ["subnet-1", "subnet-2"], "SecurityGroups": ["sg-1"]}`);
    expect(`${connector.kind}/${connector.form}`).toBe("apprunner-vpc-connector/create");
    expect(connector.subnets?.kind).toBe("array");
    expect(connector.securityGroups?.kind).toBe("array");
  });
});

describe("look-alikes", () => {
  it.each([
    ["a lone ServiceArn", `{"ServiceArn": "arn:aws:apprunner:us-east-1:123456789012:service/web/1"}`],
    ["a lone auto scaling configuration name", `{"AutoScalingConfigurationName": "high"}`],
    ["a SourceConfiguration among other things", `{"SourceConfiguration": {}, "color": "red", "size": 3, "weight": 4}`],
    ["a VPC connector name without subnets", `{"VpcConnectorName": "db"}`],
    ["an ECS service", `{"serviceName": "web", "desiredCount": 2}`],
    ["a Service key among others", `{"Service": {"ServiceName": "web"}, "Other": 1}`],
  ])("takes %s for no App Runner document", (_name, text) => {
    expect(kinds(text).filter((kind) => kind.startsWith("apprunner-"))).toEqual([]);
  });
});
