import { describe, expect, it } from "vitest";
import { documentsOf, type TaskDefinitionDocument } from "../../src/documents/index.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";

function documents(text: string, syntax: "json" | "yaml" = "json") {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast);
}
function only(text: string, syntax: "json" | "yaml" = "json"): TaskDefinitionDocument {
  const found = documents(text, syntax);
  expect(found).toHaveLength(1);
  expect(found[0]!.kind).toBe("ecs-task-definition");
  return found[0] as TaskDefinitionDocument;
}

describe("recognition", () => {
  it("recognizes register-task-definition input", () => {
    const document = only(`{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}`);
    expect(document.form).toBe("register");
    expect(document.containers).toHaveLength(1);
  });

  it("recognizes describe-task-definition output", () => {
    const document = only(`{"taskDefinition": {"family": "web", "containerDefinitions": []}, "tags": []}`);
    expect(document.form).toBe("describe");
    expect(document.task?.entry("family")).toBeDefined();
  });

  it("recognizes a bare list of container definitions", () => {
    const document = only(`[{"name": "web", "image": "nginx", "essential": true, "portMappings": []}]`);
    expect(document.form).toBe("container-list");
    expect(document.task).toBeUndefined();
    expect(document.containers).toHaveLength(1);
  });

  it("recognizes each YAML document of a stream", () => {
    const found = documents(`family: a\ncontainerDefinitions: []\n---\nkind: ConfigMap\n---\nfamily: b\ncontainerDefinitions: []\n`, "yaml");
    expect(found.map((document) => document.form)).toEqual(["register", "register"]);
  });

  it.each([
    ["package.json", `{"name": "x", "version": "1.0.0", "dependencies": {}}`],
    ["tsconfig.json", `{"compilerOptions": {"strict": true}}`],
    ["a gallery", `[{"name": "sunset", "image": "sunset.png"}]`],
    ["Kubernetes containers", `[{"name": "web", "image": "nginx", "ports": [{"containerPort": 80}]}]`],
    ["an empty list", `[]`],
    ["a service (an ecs-service document)", `{"serviceName": "web", "taskDefinition": "web:3"}`],
    ["run-task overrides (an ecs-run-task document)", `{"containerOverrides": [{"name": "web", "command": ["x"]}]}`],
    ["a scalar", `"containerDefinitions"`],
  ])("leaves %s alone", (_name, text) => {
    expect(documents(text).filter((document) => document.kind === "ecs-task-definition")).toEqual([]);
  });

  it("leaves a GitHub workflow and docker-compose alone", () => {
    expect(documents(`on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: []\n`, "yaml")).toEqual([]);
    expect(documents(`services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n`, "yaml")).toEqual([]);
  });

  it("recognizes each file once, however many rules ask", () => {
    const ast = jsonParser.parseForESLint(`{"containerDefinitions": []}`).ast as never;
    expect(documentsOf(ast)).toBe(documentsOf(ast));
  });
});

describe("derived facts", () => {
  it("defaults to EC2, Linux and bridge", () => {
    const document = only(`{"containerDefinitions": []}`);
    expect([document.fargate, document.ec2, document.external, document.os, document.networkMode]).toEqual([false, true, false, "linux", "bridge"]);
  });

  it("reads Fargate, Windows and awsvpc", () => {
    const document = only(`{"containerDefinitions": [], "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"}}`);
    expect([document.fargate, document.ec2, document.os, document.networkMode]).toEqual([true, false, "windows", "awsvpc"]);
  });

  it("gives Windows without a network mode its default", () => {
    expect(only(`{"containerDefinitions": [], "runtimePlatform": {"operatingSystemFamily": "WINDOWS_SERVER_2019_FULL"}}`).networkMode).toBe("default");
  });

  it("reads Windows from the containers when runtimePlatform does not say (RULES.md, Decisions)", () => {
    const windows = (container: string) => only(`{"containerDefinitions": [{"name": "app", "image": "app", ${container}}]}`);
    expect(windows(`"credentialSpecs": ["credentialspec:arn:aws:ssm:us-east-1:111122223333:parameter/gmsa"]`).os).toBe("windows");
    expect(windows(`"mountPoints": [{"sourceVolume": "logs", "containerPath": "C:\\\\logs"}]`).os).toBe("windows");
    expect(windows(`"workingDirectory": "c:/app"`).os).toBe("windows");
    expect(windows(`"entryPoint": ["powershell", "-Command"]`).os).toBe("windows");
    expect(windows(`"command": ["cmd.exe /c start.bat"]`).os).toBe("windows");
    for (const image of ["mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "mcr.microsoft.com/dotnet/framework/aspnet:4.8", "microsoft/iis", "111122223333.dkr.ecr.us-east-1.amazonaws.com/app:1.2-nanoserver-ltsc2022", "${REGISTRY}/shop:servercore"]) {
      const document = only(`{"containerDefinitions": [{"name": "app", "image": "${image}"}]}`);
      expect([image, document.os, document.networkMode]).toEqual([image, "windows", "default"]);
    }
    // YAML and CloudFormation spell them their own way.
    const yaml = documents("containerDefinitions:\n  - name: app\n    image: app\n    workingDirectory: 'C:\\inetpub'\n", "yaml")[0] as TaskDefinitionDocument;
    expect(yaml.os).toBe("windows");
    const template = documents(`{"Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"ContainerDefinitions": [{"Name": "app", "Image": "mcr.microsoft.com/windows/servercore:ltsc2019"}]}}}}`)[0] as TaskDefinitionDocument;
    expect(template.os).toBe("windows");
    // A bare container list too.
    expect(only(`[{"name": "app", "image": "mcr.microsoft.com/windows/nanoserver:ltsc2022", "essential": true}]`).os).toBe("windows");
  });

  it("keeps Linux where the containers show nothing of Windows, and the runtime platform decides when present", () => {
    const linux = (container: string) => only(`{"containerDefinitions": [{"name": "app", "image": "nginx", ${container}}]}`).os;
    expect(linux(`"credentialSpecs": []`)).toBe("linux");
    expect(linux(`"entryPoint": ["pwsh", "-c"]`)).toBe("linux");
    expect(linux(`"workingDirectory": "/srv/c:/x"`)).toBe("linux");
    expect(linux(`"command": ["sh", "-c", "cmd"]`)).toBe("linux");
    expect(only(`{"containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/dotnet/aspnet:8.0"}]}`).os).toBe("linux");
    const declared = only(`{"runtimePlatform": {"operatingSystemFamily": "LINUX"}, "containerDefinitions": [{"name": "app", "image": "mcr.microsoft.com/windows/servercore:ltsc2019"}]}`);
    expect(declared.os).toBe("linux");
    const templated = only(`{"runtimePlatform": {"operatingSystemFamily": "\${OS}"}, "containerDefinitions": [{"name": "app", "image": "microsoft/iis"}]}`);
    expect(templated.os).toBe("unknown");
  });

  it("does not guess what it cannot read", () => {
    const templated = only(`{"containerDefinitions": [], "requiresCompatibilities": ["\${LAUNCH_TYPE}"], "networkMode": "\${MODE}"}`);
    expect([templated.fargate, templated.ec2, templated.networkMode]).toEqual(["unknown", "unknown", undefined]);
    const list = only(`[{"name": "web", "image": "nginx", "essential": true}]`);
    expect([list.fargate, list.ec2, list.networkMode, list.os]).toEqual(["unknown", "unknown", undefined, "linux"]);
  });

  it("reads whether a container is essential (absent means true)", () => {
    const document = only(`{"containerDefinitions": [{"name": "a"}, {"name": "b", "essential": false}, {"name": "c", "essential": null}, {"name": "d", "essential": "\${E}"}]}`);
    expect(document.containers.map((container) => document.essential(container))).toEqual([true, false, true, "unknown"]);
  });

  it("reads whether a container runs once and exits (its entry point and command)", () => {
    const document = only(`{"containerDefinitions": [
      {"name": "ping", "entryPoint": ["ping"], "command": ["-c", "4", "example.com"]},
      {"name": "echo", "entryPoint": ["sh", "-c"], "command": ["echo hello"]},
      {"name": "count", "command": ["sleep", 30]},
      {"name": "web", "entryPoint": ["sh", "-c"], "command": ["echo x > index.html && httpd-foreground"]},
      {"name": "image", "image": "busybox"},
      {"name": "templated", "command": ["\${COMMAND}"]},
      {"name": "odd", "command": "echo hi"}
    ]}`);
    expect(document.containers.map((container) => document.runsToCompletion(container))).toEqual([true, true, true, false, false, false, false]);
    const template = documents(`Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions:\n        - Name: hi\n          Command: [echo, hi]\n        - Name: sub\n          Command: [!Sub "echo \${Text}"]\n`, "yaml")[0] as TaskDefinitionDocument;
    expect(template.containers.map((container) => template.runsToCompletion(container))).toEqual([true, false]);
  });

  it("finds containers by name", () => {
    const document = only(`{"containerDefinitions": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}]}`);
    expect(document.containerNamed("b")?.entry("image")).toBeDefined();
    expect(document.containerNamed("c")).toBeUndefined();
  });
});
