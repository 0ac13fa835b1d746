import rule from "../../src/rules/no-privileged.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("no-privileged", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "privileged": false },
          { "name": "sidecar", "image": "busybox:1.36" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          privileged: false
    `,
    // Unknown values are not reported.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": "\${PRIVILEGED}" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          privileged: !Ref Privileged
    `,
    yaml`
      family: web
      containerDefinitions:
        - <<: *unresolved
          name: web
          image: nginx:1.27
    `,
    // A string is valid-schema's business.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": "true" }] }`,
    // null is absent.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "privileged": null }] }`,
    // Not a task definition.
    json`{ "name": "web", "privileged": true }`,
    // CloudFormation: "false" is false; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: web:1.0
                Privileged: "false"
              - Name: agent
                Image: agent:1.0
                Privileged: !If [IsDebug, true, false]
              - Name: side
                Image: side:1.0
                Privileged: !Ref Privileged
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "privileged": true }
          ]
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "privileged" },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: "setFalse",
              data: { key: "privileged" },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx:1.27", "privileged": false }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - name: agent
            image: amazon/cloudwatch-agent:1.300
            privileged: true
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"agent"', key: "privileged" },
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: "setFalse",
              output: `family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
  - name: agent
    image: amazon/cloudwatch-agent:1.300
    privileged: false
`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "image": "nginx:1.27", "privileged": true }]
          }
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: "#1", key: "privileged" },
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 73,
          suggestions: [
            {
              messageId: "setFalse",
              output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [{ "image": "nginx:1.27", "privileged": false }]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list (Terraform container_definitions).
      ...json`[{ "name": "web", "image": "nginx:1.27", "essential": true, "privileged": true }]`,
      errors: [
        {
          messageId: "privileged",
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 79,
          suggestions: [{ messageId: "setFalse", output: `[{ "name": "web", "image": "nginx:1.27", "essential": true, "privileged": false }]\n` }],
        },
      ],
    },
    {
      // A value reached through a YAML alias is reported at the alias.
      ...yaml`
        x-privileged: &on true
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            privileged: *on
      `,
      errors: [
        {
          messageId: "privileged",
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: "setFalse",
              output: `x-privileged: &on true
family: web
containerDefinitions:
  - name: web
    image: nginx:1.27
    privileged: false
`,
            },
          ],
        },
      ],
    },
    {
      // CloudFormation: "true" is true (CloudFormation converts it); the suggestion writes a boolean.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: web:1.0
                  Privileged: "true"
                - Name: agent
                  Image: agent:1.0
                  Privileged: true
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "Privileged" },
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 29,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          Privileged: false
        - Name: agent
          Image: agent:1.0
          Privileged: true
` }],
        },
        {
          messageId: "privileged",
          data: { container: '"agent"', key: "Privileged" },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 27,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: web:1.0
          Privileged: "true"
        - Name: agent
          Image: agent:1.0
          Privileged: false
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
                "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0", "Privileged": "true" }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "privileged",
          data: { container: '"web"', key: "Privileged" },
          line: 6,
          column: 85,
          endLine: 6,
          endColumn: 91,
          suggestions: [{ messageId: "setFalse", data: { key: "Privileged" }, output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [{ "Name": "web", "Image": "web:1.0", "Privileged": false }]
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
