/**
 * App Runner, tried as a new user would: the `recommended` config on the
 * complete `apprunner.yaml` of App Runner's documentation (revised build,
 * every key) gets no report; each documented mistake gets one precise report.
 * Source of the example: https://docs.aws.amazon.com/apprunner/latest/dg/config-file-examples.html
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

async function reports(text: string, filePath: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: "/project", overrideConfigFile: true, overrideConfig: plugin.configs.recommended });
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? message.message}`);
}

const DOCUMENTED = `version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip3 install pipenv
      - pipenv install
    post-build:
      - python3 manage.py test
  env:
    - name: DJANGO_SETTINGS_MODULE
      value: "django_apprunner.settings"
    - name: MY_VAR_EXAMPLE
      value: "example"
run:
  runtime-version: 3.11
  pre-run:
    - pip3 install pipenv
    - pipenv install
    - python3 copy-global-files.py
  command: pipenv run gunicorn django_apprunner.wsgi --log-file -
  network:
    port: 8000
    env: MY_APP_PORT
  env:
    - name: MY_VAR_EXAMPLE
      value: "example"
  secrets:
    - name: my-secret
      value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:testingstackAppRunnerConstr-kJFXde2ULKbT-S7t8xR:username::"
    - name: my-parameter
      value-from: "arn:aws:ssm:us-east-1:123456789012:parameter/parameter-name"
    - name: my-parameter-only-name
      value-from: "parameter-name"
`;

/** A create-service input that App Runner takes, with an HTTP health check: the base each mistake below changes one thing in. */
const SERVICE = {
  ServiceName: "catalog",
  SourceConfiguration: {
    ImageRepository: { ImageIdentifier: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog:1.4.2", ImageRepositoryType: "ECR", ImageConfiguration: { Port: "8080" } },
    AuthenticationConfiguration: { AccessRoleArn: "arn:aws:iam::123456789012:role/service-role/AppRunnerECRAccessRole" },
  },
  InstanceConfiguration: { Cpu: "1 vCPU", Memory: "2 GB" },
  HealthCheckConfiguration: { Protocol: "HTTP", Path: "/health" },
  NetworkConfiguration: { EgressConfiguration: { EgressType: "VPC", VpcConnectorArn: "arn:aws:apprunner:eu-west-1:123456789012:vpcconnector/db-connector/1/0123456789abcdef0123456789abcdef" } },
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("App Runner, as a new user meets it", () => {
  it("the documentation's complete apprunner.yaml gets no report", async () => {
    expect(await reports(DOCUMENTED, "/project/apprunner.yaml")).toEqual([]);
  });

  it("a correct create-service input gets no report", async () => {
    expect(await reports(json(SERVICE), "/project/service.json")).toEqual([]);
  });

  it("a runtime past its end of support", async () => {
    expect(await reports(DOCUMENTED.replace("runtime: python311", "runtime: python3").replace(/ {2}pre-run:\n( {4}- .*\n)+/, ""), "/project/apprunner.yaml")).toEqual(["2:10 aws-containers/apprunner-runtime"]);
  });

  it("a CPU/memory pair App Runner does not offer", async () => {
    const service = { ...SERVICE, InstanceConfiguration: { Cpu: "1 vCPU", Memory: "8 GB" } };
    expect(await reports(json(service), "/project/service.json")).toEqual(["17:15 aws-containers/apprunner-instance-size"]);
  });

  it("a private ECR image without an access role", async () => {
    const service = { ...SERVICE, SourceConfiguration: { ImageRepository: SERVICE.SourceConfiguration.ImageRepository } };
    expect(await reports(json(service), "/project/service.json")).toEqual(["3:3 aws-containers/apprunner-access-role"]);
  });

  it("EgressType VPC without a connector", async () => {
    const service = { ...SERVICE, NetworkConfiguration: { EgressConfiguration: { EgressType: "VPC" } } };
    expect(await reports(json(service), "/project/service.json")).toEqual(["25:21 aws-containers/apprunner-vpc-egress"]);
  });
});
