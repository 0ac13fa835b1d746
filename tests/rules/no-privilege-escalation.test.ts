import rule from "../../src/rules/no-privilege-escalation.js";
import { dangerousCapability } from "../../src/facts/capabilities.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const KEY = "linuxParameters.capabilities.add";

/** The message data for a dangerous capability added to a container. */
function added(container: string, capability: string) {
  return { container, capability: JSON.stringify(capability), risk: dangerousCapability(capability)!, key: KEY };
}

runRule("no-privilege-escalation", rule, {
  valid: [
    // SYS_PTRACE (what Fargate allows for debugging sidecars) and other capabilities are fine.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          {
            "name": "web",
            "image": "nginx:1.27",
            "linuxParameters": { "capabilities": { "add": ["SYS_PTRACE", "NET_BIND_SERVICE", "CHOWN"], "drop": ["ALL", "SYS_ADMIN"] } }
          }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            capabilities:
              add: [cap_sys_ptrace]
              drop: [ALL]
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": ["\${EXTRA_CAP}"] } } }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            capabilities:
              add: !Ref ExtraCapabilities
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          linuxParameters:
            <<: *unresolved
    `,
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": [] } } }] }`,
    // CloudFormation: capabilities from intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                LinuxParameters:
                  Capabilities:
                    Add: [!Ref ExtraCapability, !Sub "\${Capability}", NET_BIND_SERVICE]
              - Name: side
                Image: side:1.0
                LinuxParameters:
                  Capabilities:
                    Add: !If [IsDebug, [SYS_PTRACE], !Ref AWS::NoValue]
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "vpn",
          "containerDefinitions": [
            {
              "name": "vpn",
              "image": "example/wireguard:1.0",
              "linuxParameters": {
                "capabilities": {
                  "add": [
                    "SYS_PTRACE",
                    "SYS_ADMIN",
                    "NET_ADMIN"
                  ]
                }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"vpn"', "SYS_ADMIN"),
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 24,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"SYS_ADMIN"', key: KEY },
              output: `{
  "family": "vpn",
  "containerDefinitions": [
    {
      "name": "vpn",
      "image": "example/wireguard:1.0",
      "linuxParameters": {
        "capabilities": {
          "add": [
            "SYS_PTRACE",
            "NET_ADMIN"
          ]
        }
      }
    }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added('"vpn"', "NET_ADMIN"),
          line: 12,
          column: 13,
          endLine: 12,
          endColumn: 24,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "family": "vpn",
  "containerDefinitions": [
    {
      "name": "vpn",
      "image": "example/wireguard:1.0",
      "linuxParameters": {
        "capabilities": {
          "add": [
            "SYS_PTRACE",
            "SYS_ADMIN"
          ]
        }
      }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // Any case, with or without CAP_; a block item goes with its line.
      ...yaml`
        family: tools
        containerDefinitions:
          - name: tools
            image: example/tools:2.1
            linuxParameters:
              capabilities:
                add:
                  - cap_sys_admin
                  - NET_BIND_SERVICE
                  - All
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"tools"', "cap_sys_admin"),
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "remove",
              data: { capability: '"cap_sys_admin"', key: KEY },
              output: `family: tools
containerDefinitions:
  - name: tools
    image: example/tools:2.1
    linuxParameters:
      capabilities:
        add:
          - NET_BIND_SERVICE
          - All
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added('"tools"', "All"),
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 16,
          suggestions: [
            {
              messageId: "remove",
              output: `family: tools
containerDefinitions:
  - name: tools
    image: example/tools:2.1
    linuxParameters:
      capabilities:
        add:
          - cap_sys_admin
          - NET_BIND_SERVICE
`,
            },
          ],
        },
      ],
    },
    {
      // The only item: the list becomes empty.
      ...yaml`
        family: clock
        containerDefinitions:
          - name: chrony
            image: example/chrony:4.5
            linuxParameters:
              capabilities:
                add:
                  - SYS_TIME
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 21,
          suggestions: [
            {
              messageId: "remove",
              output: `family: clock
containerDefinitions:
  - name: chrony
    image: example/chrony:4.5
    linuxParameters:
      capabilities:
        add: []
`,
            },
          ],
        },
      ],
    },
    {
      // An indentless block list (dashes under the key's own column).
      ...yaml`
        family: clock
        containerDefinitions:
        - name: chrony
          image: example/chrony:4.5
          linuxParameters:
            capabilities:
              add:
              - SYS_TIME
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 17,
          suggestions: [
            {
              messageId: "remove",
              output: `family: clock
containerDefinitions:
- name: chrony
  image: example/chrony:4.5
  linuxParameters:
    capabilities:
      add: []
`,
            },
          ],
        },
      ],
    },
    {
      // A YAML flow list.
      ...yaml`
        family: net
        containerDefinitions:
          - name: router
            image: example/router:1.0
            linuxParameters: { capabilities: { add: [NET_RAW, DAC_READ_SEARCH] } }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added('"router"', "DAC_READ_SEARCH"),
          line: 5,
          column: 55,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: "remove",
              output: `family: net
containerDefinitions:
  - name: router
    image: example/router:1.0
    linuxParameters: { capabilities: { add: [NET_RAW] } }
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list; the only item of a JSON list.
      ...json`[{ "name": "loader", "image": "example/loader:1.0", "linuxParameters": { "capabilities": { "add": ["CAP_SYS_MODULE"] } } }]`,
      errors: [
        {
          messageId: "dangerous",
          data: added('"loader"', "CAP_SYS_MODULE"),
          line: 1,
          column: 100,
          endLine: 1,
          endColumn: 116,
          suggestions: [
            {
              messageId: "remove",
              output: `[{ "name": "loader", "image": "example/loader:1.0", "linuxParameters": { "capabilities": { "add": [] } } }]\n`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output; an unnamed container.
      ...json`
        {
          "taskDefinition": {
            "containerDefinitions": [
              { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_RAWIO", "SYS_BOOT"] } } }
            ]
          }
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          data: added("#1", "SYS_RAWIO"),
          line: 4,
          column: 86,
          endLine: 4,
          endColumn: 97,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "containerDefinitions": [
      { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_BOOT"] } } }
    ]
  }
}
`,
            },
          ],
        },
        {
          messageId: "dangerous",
          data: added("#1", "SYS_BOOT"),
          line: 4,
          column: 99,
          endLine: 4,
          endColumn: 109,
          suggestions: [
            {
              messageId: "remove",
              output: `{
  "taskDefinition": {
    "containerDefinitions": [
      { "image": "example/debug:1.0", "linuxParameters": { "capabilities": { "add": ["SYS_RAWIO"] } } }
    ]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: the key path is written in CloudFormation's keys.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                  LinuxParameters:
                    Capabilities:
                      Add: [SYS_ADMIN, !Ref ExtraCapability, NET_BIND_SERVICE]
      `,
      errors: [
        {
          messageId: "dangerous",
          data: {
            container: '"web"',
            capability: '"SYS_ADMIN"',
            risk: "mount file systems and use many other administrative kernel interfaces, the usual way out of a container",
            key: "LinuxParameters.Capabilities.Add",
          },
          line: 10,
          column: 21,
          endLine: 10,
          endColumn: 30,
          suggestions: [{ messageId: "remove", data: { capability: '"SYS_ADMIN"', key: "LinuxParameters.Capabilities.Add" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          LinuxParameters:
            Capabilities:
              Add: [!Ref ExtraCapability, NET_BIND_SERVICE]
` }],
        },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [
                  { "Name": "web", "Image": "web:1.0", "LinuxParameters": { "Capabilities": { "Add": ["NET_ADMIN"], "Drop": ["ALL"] } } }
                ]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "dangerous",
          line: 7,
          column: 95,
          endLine: 7,
          endColumn: 106,
          suggestions: [{ messageId: "remove", data: { capability: '"NET_ADMIN"', key: "LinuxParameters.Capabilities.Add" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [
          { "Name": "web", "Image": "web:1.0", "LinuxParameters": { "Capabilities": { "Add": [], "Drop": ["ALL"] } } }
        ]
      }
    }
  }
}
` }],
        },
      ],
    },
  ],
});
