import rule from "../../src/rules/ecs-essential-container.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecs-essential-container", rule, {
  valid: [
    // An omitted essential means true.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27" },
          { "name": "init", "image": "busybox:1.36", "essential": false }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          essential: true
        - name: init
          image: busybox:1.36
          essential: false
    `,
    // Unknown and mistyped values may be true; null is absent (true).
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "essential": "\${ESSENTIAL}" },
          { "name": "init", "image": "busybox:1.36", "essential": false }
        ]
      }
    `,
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "essential": "false" }] }`,
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "essential": null }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          essential: !Ref Essential
        - <<: *sidecar
          name: init
          essential: false
        - *unresolved
    `,
    // A merge key may supply essential: true.
    yaml`
      family: web
      containerDefinitions:
        - <<: *defaults
          name: web
    `,
    // Nothing to judge.
    json`{ "family": "web", "containerDefinitions": [] }`,
    json`{ "family": "web", "containerDefinitions": "\${CONTAINERS}" }`,
    // CloudFormation (AWS::ECS::TaskDefinition): "false" counts as false (CloudFormation converts it); intrinsics and Fn::If items may be essential.
    yaml`
      Resources:
        Strings:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Essential: "true"
              - Name: sidecar
                Image: envoy:1
                Essential: "false"
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Essential: !If [IsWorker, false, true]
              - Name: sidecar
                Image: envoy:1
                Essential: false
        ConditionalItem:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Essential: false
              - !If [WithApp, { Name: app, Image: "app:1" }, !Ref AWS::NoValue]
        NoProperties:
          Type: AWS::ECS::TaskDefinition
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "init", "image": "busybox:1.36", "essential": false },
            { "name": "web", "image": "nginx:1.27", "essential": false }
          ]
        }
      `,
      errors: [
        {
          messageId: "noEssential",
          data: { key: "essential" },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: "makeEssential",
              data: { container: '"init"' },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "init", "image": "busybox:1.36", "essential": true },
    { "name": "web", "image": "nginx:1.27", "essential": false }
  ]
}
`,
            },
            {
              messageId: "makeEssential",
              data: { container: '"web"' },
              output: `{
  "family": "web",
  "containerDefinitions": [
    { "name": "init", "image": "busybox:1.36", "essential": false },
    { "name": "web", "image": "nginx:1.27", "essential": true }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      // At most three suggestions; an unnamed container is labelled by position; YAML keeps its quote style.
      ...yaml`
        family: web
        containerDefinitions:
          - name: a
            image: a:1
            essential: false
          - image: b:1
            essential: False
          - name: c
            image: c:1
            essential: false
          - name: d
            image: d:1
            essential: false
      `,
      errors: [
        {
          messageId: "noEssential",
          data: { key: "essential" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: "makeEssential",
              data: { container: '"a"' },
              output: `family: web
containerDefinitions:
  - name: a
    image: a:1
    essential: true
  - image: b:1
    essential: False
  - name: c
    image: c:1
    essential: false
  - name: d
    image: d:1
    essential: false
`,
            },
            {
              messageId: "makeEssential",
              data: { container: "#2" },
              output: `family: web
containerDefinitions:
  - name: a
    image: a:1
    essential: false
  - image: b:1
    essential: true
  - name: c
    image: c:1
    essential: false
  - name: d
    image: d:1
    essential: false
`,
            },
            {
              messageId: "makeEssential",
              data: { container: '"c"' },
              output: `family: web
containerDefinitions:
  - name: a
    image: a:1
    essential: false
  - image: b:1
    essential: False
  - name: c
    image: c:1
    essential: true
  - name: d
    image: d:1
    essential: false
`,
            },
          ],
        },
      ],
    },
    {
      // describe-task-definition output: reported on the inner key.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "name": "job", "image": "job:1", "essential": false }]
          }
        }
      `,
      errors: [
        {
          messageId: "noEssential",
          data: { key: "essential" },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 27,
          suggestions: [
            {
              messageId: "makeEssential",
              data: { container: '"job"' },
              output: `{
  "taskDefinition": {
    "family": "web",
    "containerDefinitions": [{ "name": "job", "image": "job:1", "essential": true }]
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      // A bare container list: reported on the first container's essential value.
      ...json`
        [
          { "name": "job", "image": "job:1", "essential": false, "logConfiguration": { "logDriver": "awslogs" } }
        ]
      `,
      errors: [
        {
          messageId: "noEssential",
          data: { key: "essential" },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: "makeEssential",
              data: { container: '"job"' },
              output: `[
  { "name": "job", "image": "job:1", "essential": true, "logConfiguration": { "logDriver": "awslogs" } }
]
`,
            },
          ],
        },
      ],
    },
    {
      // essential: false brought in by a merge key counts; the suggestion edits the anchored value.
      ...yaml`
        x-job: &job
          essential: false
        family: web
        containerDefinitions:
          - <<: *job
            name: job
            image: job:1
      `,
      errors: [
        {
          messageId: "noEssential",
          data: { key: "essential" },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: "makeEssential",
              data: { container: '"job"' },
              output: `x-job: &job
  essential: true
family: web
containerDefinitions:
  - <<: *job
    name: job
    image: job:1
`,
            },
          ],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): "false" counts as false (CloudFormation converts it); intrinsics and Fn::If items may be essential.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Essential: "false"
                - Name: sidecar
                  Image: envoy:1
                  Essential: false
      `,
      errors: [
        { messageId: "noEssential", data: { key: "Essential" }, line: 5, column: 7, endLine: 5, endColumn: 27,
          suggestions: [
            { messageId: "makeEssential", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Essential: true
        - Name: sidecar
          Image: envoy:1
          Essential: false
` },
            { messageId: "makeEssential", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
          Essential: "false"
        - Name: sidecar
          Image: envoy:1
          Essential: true
` },
          ],
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
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Essential": "false" }]
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "noEssential", data: { key: "Essential" }, line: 6, column: 9, endLine: 6, endColumn: 31,
          suggestions: [
            { messageId: "makeEssential", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Essential": true }]
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
