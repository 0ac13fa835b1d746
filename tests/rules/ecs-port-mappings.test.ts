import rule from "../../src/rules/ecs-port-mappings.js";
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

const awsvpcMismatch = json`
  {
    "family": "web",
    "networkMode": "awsvpc",
    "containerDefinitions": [
      { "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": 8080 }] }
    ]
  }
`;

const awsvpcDynamic = yaml`
  family: api
  requiresCompatibilities: [FARGATE]
  networkMode: awsvpc
  containerDefinitions:
    - name: api
      image: api:1.0
      portMappings:
        - containerPort: 3000
          hostPort: 0
`;

const hostMismatch = yaml`
  family: proxy
  networkMode: host
  containerDefinitions:
    - name: proxy
      image: envoy:1.31
      portMappings:
        - { containerPort: 9901, hostPort: 19901, protocol: tcp }
`;

const describeMismatch = json`
  {
    "taskDefinition": {
      "family": "web",
      "networkMode": "awsvpc",
      "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 443, "hostPort": 80 }] }]
    }
  }
`;

const noneMode = yaml`
  family: batch
  networkMode: none
  containerDefinitions:
    - name: job
      image: job:1.0
      portMappings:
        - containerPort: 8080
      essential: true
`;

runRule("ecs-port-mappings", rule, {
  valid: [
    json`
      {
        "family": "web",
        "networkMode": "awsvpc",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": 80 }, { "containerPort": 443 }] },
          { "name": "dns", "image": "coredns:1.11", "portMappings": [{ "containerPort": 53, "protocol": "udp" }] },
          { "name": "dns-tcp", "image": "coredns:1.11", "portMappings": [{ "containerPort": 53, "protocol": "tcp" }] }
        ]
      }
    `,
    yaml`
      family: proxy
      networkMode: host
      containerDefinitions:
        - name: proxy
          image: envoy:1.31
          portMappings:
            - containerPort: 9901
              hostPort: 9901
    `,
    // bridge: dynamic and distinct host ports.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80, "hostPort": 0 }, { "containerPort": 80, "hostPort": 8080 }] },
          { "name": "web2", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80 }, { "containerPort": 80, "hostPort": 8081 }] }
        ]
      }
    `,
    // Port ranges are not judged here.
    json`{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPortRange": "8000-8100" }, { "containerPortRange": "8000-8100" }] }] }`,
    // none mode with no mappings.
    json`{ "family": "job", "networkMode": "none", "containerDefinitions": [{ "name": "job", "image": "job:1", "portMappings": [] }] }`,
    // Unknown network mode, unknown values.
    json`{ "family": "web", "networkMode": "\${NETWORK_MODE}", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": 8080 }] }] }`,
    json`{ "family": "web", "runtimePlatform": { "operatingSystemFamily": "\${OS}" }, "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": 8080 }, { "containerPort": 81, "hostPort": 8080 }] }] }`,
    yaml`
      family: web
      networkMode: awsvpc
      containerDefinitions:
        - name: web
          image: nginx:1.27
          portMappings:
            - containerPort: 80
              hostPort: !Ref HostPort
            - containerPort: 80
              protocol: !Ref Protocol
            - <<: *mapping
    `,
    yaml`
      family: web
      <<: *defaults
      containerDefinitions:
        - name: web
          image: nginx:1.27
          portMappings:
            - containerPort: 80
              hostPort: 8080
    `,
    // Types and values the API does not take are valid-schema's.
    json`{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": "8080" }, { "containerPort": 80, "protocol": "http" }] }] }`,
    // Windows default (NAT) mode is not judged.
    yaml`
      family: iis
      runtimePlatform: { operatingSystemFamily: WINDOWS_SERVER_2022_CORE }
      containerDefinitions:
        - name: iis
          image: iis:ltsc2022
          portMappings: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 443, hostPort: 8080 }]
    `,
    // A bare container list has no network mode.
    json`[{ "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80, "hostPort": 8080 }, { "containerPort": 80, "hostPort": 8080 }] }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): "80" counts as port 80 (CloudFormation converts it); the fix writes a number; intrinsics are unknown.
    yaml`
      Resources:
        Bridge:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                PortMappings:
                  - ContainerPort: "80"
                    HostPort: "0"
                  - ContainerPort: "443"
                    HostPort: "0"
              - Name: admin
                Image: admin:1
                PortMappings:
                  - ContainerPort: !Ref AdminPort
                    HostPort: !Ref AdminPort
        Awsvpc:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: awsvpc
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                PortMappings:
                  - ContainerPort: !Ref ContainerPort
                    HostPort: 8080
                  - ContainerPort: "8080"
                    HostPort: 8080
                  - ContainerPort: 8080
                    Protocol: udp
        ByParameter:
          Type: AWS::ECS::TaskDefinition
          Properties:
            NetworkMode: !Ref NetworkMode
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                PortMappings:
                  - ContainerPort: 80
                    HostPort: 8080
    `,
  ],
  invalid: [
    {
      ...awsvpcMismatch,
      output: edited(awsvpcMismatch, ['"hostPort": 8080', '"hostPort": 80']),
      errors: [
        {
          messageId: "hostPortMismatch",
          data: { mode: "awsvpc", hostPort: "hostPort", containerPort: "containerPort", port: 80, host: 8080 },
          line: 5,
          column: 97,
          endLine: 5,
          endColumn: 101,
        },
      ],
    },
    {
      ...awsvpcDynamic,
      output: edited(awsvpcDynamic, ["hostPort: 0", "hostPort: 3000"]),
      errors: [{ messageId: "dynamicHostPort", data: { mode: "awsvpc", hostPort: "hostPort", containerPort: "containerPort", port: 3000 }, line: 9, column: 19, endLine: 9, endColumn: 20 }],
    },
    {
      ...hostMismatch,
      output: edited(hostMismatch, ["hostPort: 19901", "hostPort: 9901"]),
      errors: [{ messageId: "hostPortMismatch", data: { mode: "host", hostPort: "hostPort", containerPort: "containerPort", port: 9901, host: 19901 }, line: 7, column: 42, endLine: 7, endColumn: 47 }],
    },
    {
      ...describeMismatch,
      output: edited(describeMismatch, ['"hostPort": 80 }', '"hostPort": 443 }']),
      errors: [{ messageId: "hostPortMismatch", line: 5, column: 123, endLine: 5, endColumn: 125 }],
    },
    {
      // The same port in two containers of an awsvpc task, and twice in one container.
      ...json`
        {
          "family": "web",
          "networkMode": "awsvpc",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "portMappings": [{ "containerPort": 80 }] },
            { "name": "proxy", "image": "envoy:1.31", "portMappings": [{ "containerPort": 80, "protocol": "tcp" }] },
            { "image": "busybox:1.36", "portMappings": [{ "containerPort": 53, "protocol": "udp" }, { "containerPort": 53, "protocol": "udp" }] }
          ]
        }
      `,
      errors: [
        { messageId: "duplicatePort", data: { protocol: "TCP", port: 80, first: '"web"' }, line: 6, column: 83, endLine: 6, endColumn: 85 },
        { messageId: "duplicatePort", data: { protocol: "UDP", port: 53, first: "#3" }, line: 7, column: 112, endLine: 7, endColumn: 114 },
      ],
    },
    {
      // bridge: the same explicit host port twice.
      ...yaml`
        family: web
        containerDefinitions:
          - name: blue
            image: web:1
            memory: 256
            portMappings:
              - containerPort: 80
                hostPort: 8080
          - name: green
            image: web:2
            memory: 256
            portMappings:
              - containerPort: 8000
                hostPort: 8080
      `,
      errors: [{ messageId: "duplicatePort", data: { protocol: "TCP", port: 8080, first: '"blue"' }, line: 14, column: 19, endLine: 14, endColumn: 23 }],
    },
    {
      // A mismatch and a duplicate at once: the fix and the duplicate are independent.
      ...yaml`
        family: web
        networkMode: awsvpc
        containerDefinitions:
          - name: web
            image: nginx:1.27
            portMappings: [{ containerPort: 80, hostPort: 8080 }]
          - name: sidecar
            image: proxy:1
            portMappings: [{ containerPort: 80 }]
      `,
      output: `family: web
networkMode: awsvpc
containerDefinitions:
  - name: web
    image: nginx:1.27
    portMappings: [{ containerPort: 80, hostPort: 80 }]
  - name: sidecar
    image: proxy:1
    portMappings: [{ containerPort: 80 }]
`,
      errors: [
        { messageId: "hostPortMismatch", line: 6, column: 51, endLine: 6, endColumn: 55 },
        { messageId: "duplicatePort", line: 9, column: 37, endLine: 9, endColumn: 39 },
      ],
    },
    {
      ...noneMode,
      errors: [
        {
          messageId: "noneMode",
          data: { container: '"job"', key: "portMappings" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 17,
          suggestions: [{ messageId: "removePortMappings", data: { key: "portMappings" }, output: edited(noneMode, ["    portMappings:\n      - containerPort: 8080\n", ""]) }],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): "80" counts as port 80 (CloudFormation converts it); the fix writes a number; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              NetworkMode: awsvpc
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  PortMappings:
                    - ContainerPort: "80"
                      HostPort: "8080"
                - Name: admin
                  Image: admin:1
                  PortMappings:
                    - ContainerPort: 80
      `,
      errors: [
        { messageId: "hostPortMismatch", data: { mode: "awsvpc", hostPort: "HostPort", containerPort: "ContainerPort", port: 80, host: 8080 }, line: 11, column: 25, endLine: 11, endColumn: 31 },
        { messageId: "duplicatePort", data: { protocol: "TCP", port: 80, first: '"web"' }, line: 15, column: 30, endLine: 15, endColumn: 32 },
      ],
      output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          PortMappings:
            - ContainerPort: "80"
              HostPort: 80
        - Name: admin
          Image: admin:1
          PortMappings:
            - ContainerPort: 80
`,
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "NetworkMode": "awsvpc",
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "PortMappings": [{ "ContainerPort": 8080, "HostPort": "0" }] }]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "dynamicHostPort", data: { mode: "awsvpc", hostPort: "HostPort", containerPort: "ContainerPort", port: 8080 }, line: 7, column: 128, endLine: 7, endColumn: 131 },
      ],
      output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "NetworkMode": "awsvpc",
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "PortMappings": [{ "ContainerPort": 8080, "HostPort": 8080 }] }]
      }
    }
  }
}
`,
    },
  ],
});
