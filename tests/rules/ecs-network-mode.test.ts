import rule from "../../src/rules/ecs-network-mode.js";
import { jsonCase as json, runRule, yamlCase as yaml, type ValidCase } from "../support/rule-tester.js";

/** The case's code with pieces of text replaced (each replaced text occurs once). */
function edited(item: ValidCase, ...replacements: [string, string][]): string {
  let code = item.code;
  for (const [from, to] of replacements) {
    if (code.split(from).length !== 2) throw new Error(`"${from}" is not unique`);
    code = code.replace(from, to);
  }
  return code;
}

const noNetworkMode = json`
  {
    "family": "web",
    "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 512 }]
  }
`;

const bridgeYaml = yaml`
  family: web
  networkMode: bridge
  requiresCompatibilities: [EC2]
  containerDefinitions:
    - name: web
      image: nginx:1.27
      memory: 512
`;

const noneMode = json`
  {
    "family": "batch",
    "networkMode": "none",
    "containerDefinitions": [{ "name": "job", "image": "job:1", "memory": 256 }]
  }
`;

const ec2AndExternal = yaml`
  family: edge
  requiresCompatibilities: [EC2, EXTERNAL]
  runtimePlatform:
    operatingSystemFamily: LINUX
  networkMode: "bridge"
  containerDefinitions: []
`;

const describeOutput = json`
  {
    "taskDefinition": {
      "containerDefinitions": []
    }
  }
`;

const flowYaml = yaml`
  {family: web, containerDefinitions: []}
`;

runRule("ecs-network-mode", rule, {
  valid: [
    // Windows without runtimePlatform, shown by its containers (RULES.md, Decisions): absent networkMode is NAT.
    json`
      {
        "family": "iis",
        "containerDefinitions": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022", "memory": 512 }]
      }
    `,
    yaml`
      family: agent
      containerDefinitions:
        - name: agent
          image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/agent:1.4
          entryPoint: [powershell, -Command]
          command: ["C:\\agent\\run.ps1"]
    `,
    json`{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 512 }] }`,
    yaml`
      family: web
      networkMode: awsvpc
      containerDefinitions:
        - name: web
          image: nginx:1.27
          memory: 512
    `,
    // host is no-host-namespaces' report.
    json`{ "family": "web", "networkMode": "host", "containerDefinitions": [] }`,
    // Tasks that require FARGATE are ecs-fargate-compatibility's (an error there).
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "bridge", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["EC2", "FARGATE"], "containerDefinitions": [] }`,
    // ECS Anywhere only.
    yaml`
      family: edge
      requiresCompatibilities: [EXTERNAL]
      containerDefinitions: []
    `,
    // Windows: only the default mode or awsvpc exist.
    yaml`
      family: iis
      runtimePlatform:
        operatingSystemFamily: WINDOWS_SERVER_2019_FULL
      containerDefinitions: []
    `,
    // Unknown values.
    json`{ "family": "web", "networkMode": "\${NETWORK_MODE}", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["\${LAUNCH_TYPE}"], "containerDefinitions": [] }`,
    json`{ "family": "web", "runtimePlatform": { "operatingSystemFamily": "\${OS_FAMILY}" }, "containerDefinitions": [] }`,
    yaml`
      family: web
      networkMode: !Ref NetworkMode
      containerDefinitions: []
    `,
    yaml`
      task:
        <<: *defaults
        family: web
        containerDefinitions: []
    `,
    // A value the API does not know is valid-schema's.
    json`{ "family": "web", "networkMode": "vpc", "containerDefinitions": [] }`,
    // A bare container list has no network mode.
    json`[{ "name": "web", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": 80 }] }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): the suggestion writes NetworkMode; a resource without Properties is reported at its logical ID, with no suggestion; intrinsics are unknown.
    yaml`
      Resources:
        ByParameter:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !Ref NetworkMode
            ContainerDefinitions: []
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !If [UseAwsvpc, awsvpc, bridge]
            ContainerDefinitions: []
        Fargate:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            ContainerDefinitions: []
        UnknownCompatibilities:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [!Ref LaunchType]
            ContainerDefinitions: []
    `,
  ],
  invalid: [
    {
      ...noNetworkMode,
      errors: [
        {
          messageId: "missing",
          data: { key: "networkMode" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: "setAwsvpc",
              data: { key: "networkMode" },
              output: edited(noNetworkMode, ['"memory": 512 }]\n', '"memory": 512 }],\n  "networkMode": "awsvpc"\n']),
            },
          ],
        },
      ],
    },
    {
      ...bridgeYaml,
      errors: [
        {
          messageId: "notAwsvpc",
          data: { key: "networkMode", mode: "bridge" },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 20,
          suggestions: [{ messageId: "setAwsvpc", output: edited(bridgeYaml, ["networkMode: bridge", "networkMode: awsvpc"]) }],
        },
      ],
    },
    {
      ...noneMode,
      errors: [
        {
          messageId: "notAwsvpc",
          data: { key: "networkMode", mode: "none" },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 24,
          suggestions: [{ messageId: "setAwsvpc", output: edited(noneMode, ['"none"', '"awsvpc"']) }],
        },
      ],
    },
    {
      // EC2 as well as EXTERNAL; the quotes are kept.
      ...ec2AndExternal,
      errors: [
        {
          messageId: "notAwsvpc",
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 22,
          suggestions: [{ messageId: "setAwsvpc", output: edited(ec2AndExternal, ['"bridge"', '"awsvpc"']) }],
        },
      ],
    },
    {
      // describe-task-definition output: reported on the wrapper key.
      ...describeOutput,
      errors: [
        {
          messageId: "missing",
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 19,
          suggestions: [{ messageId: "setAwsvpc", output: edited(describeOutput, ['"containerDefinitions": []\n', '"containerDefinitions": [],\n    "networkMode": "awsvpc"\n']) }],
        },
      ],
    },
    {
      // A YAML flow mapping.
      ...flowYaml,
      errors: [
        {
          messageId: "missing",
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 8,
          suggestions: [{ messageId: "setAwsvpc", output: "{family: web, containerDefinitions: [], networkMode: awsvpc}\n" }],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): the suggestion writes NetworkMode; a resource without Properties is reported at its logical ID, with no suggestion; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          Default:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Family: web
              ContainerDefinitions: []
          Bridge:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: bridge
              ContainerDefinitions: []
          NoProperties:
            Type: AWS::ECS::TaskDefinition
      `,
      errors: [
        { messageId: "missing", data: { key: "NetworkMode" }, line: 4, column: 5, endLine: 4, endColumn: 15,
          suggestions: [
            { messageId: "setAwsvpc", output: `Resources:
  Default:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions: []
      NetworkMode: awsvpc
  Bridge:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: bridge
      ContainerDefinitions: []
  NoProperties:
    Type: AWS::ECS::TaskDefinition
` },
          ],
        },
        { messageId: "notAwsvpc", data: { key: "NetworkMode", mode: "bridge" }, line: 10, column: 20, endLine: 10, endColumn: 26,
          suggestions: [
            { messageId: "setAwsvpc", output: `Resources:
  Default:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions: []
  Bridge:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions: []
  NoProperties:
    Type: AWS::ECS::TaskDefinition
` },
          ],
        },
        { messageId: "missing", data: { key: "NetworkMode" }, line: 12, column: 3, endLine: 12, endColumn: 15 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "RequiresCompatibilities": ["EC2"],
                "ContainerDefinitions": []
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "missing", data: { key: "NetworkMode" }, line: 5, column: 7, endLine: 5, endColumn: 19,
          suggestions: [
            { messageId: "setAwsvpc", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["EC2"],
        "ContainerDefinitions": [],
        "NetworkMode": "awsvpc"
      }
    }
  }
}
` },
          ],
        },
      ],
    },
  ],
});
