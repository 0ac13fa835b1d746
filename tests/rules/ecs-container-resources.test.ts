import rule from "../../src/rules/ecs-container-resources.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const noMemoryData = (container: string) => ({ container, memory: "memory", memoryReservation: "memoryReservation", taskMemory: "memory" });

runRule("ecs-container-resources", rule, {
  valid: [
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "memory": 512 },
          { "name": "sidecar", "image": "busybox:1.36", "memoryReservation": 64 },
          { "name": "both", "image": "busybox:1.36", "memory": 256, "memoryReservation": 128 }
        ]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [EC2]
      memory: "1024"
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Equal hard and soft limits register.
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 512, "memoryReservation": 512 }] }`,
    // Sums equal to the task's register.
    json`
      {
        "family": "web",
        "cpu": "512",
        "memory": "1024",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "cpu": 256, "memoryReservation": 512, "memory": 1024 },
          { "name": "sidecar", "image": "busybox:1.36", "cpu": 256, "memoryReservation": 512 }
        ]
      }
    `,
    // Hard limits may add up to more than the task's: only each one is bounded.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      cpu: 256
      memory: 512
      containerDefinitions:
        - { name: web, image: "nginx:1.27", memory: 512 }
        - { name: sidecar, image: "busybox:1.36", memory: 512 }
    `,
    // A Fargate task without memory is ecs-fargate-compatibility's report.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }] }`,
    json`{ "family": "web", "requiresCompatibilities": ["EC2", "FARGATE"], "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }] }`,
    // Launch types not known, or not EC2.
    json`{ "family": "web", "requiresCompatibilities": ["\${LAUNCH_TYPE}"], "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }] }`,
    json`{ "family": "web", "requiresCompatibilities": ["EXTERNAL"], "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }] }`,
    // Unknown values are not missing, and not wrong.
    json`{ "family": "web", "memory": "\${TASK_MEMORY}", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 4096 }] }`,
    json`{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": "\${MEMORY}" }] }`,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          memoryReservation: !Ref Reservation
          memory: 256
    `,
    yaml`
      family: web
      containerDefinitions:
        - <<: *limits
          name: web
          image: nginx:1.27
    `,
    yaml`
      family: web
      <<: *task-defaults
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Types the API does not take are valid-schema's.
    json`{ "family": "web", "memory": "1024", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": "2048", "memoryReservation": "4096" }] }`,
    json`{ "family": "web", "cpu": "256", "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 128, "cpu": 512.5 }] }`,
    // Windows: task-level sizes are ignored for Windows containers.
    json`
      {
        "family": "iis",
        "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
        "cpu": "1024",
        "memory": "2048",
        "containerDefinitions": [{ "name": "iis", "image": "iis:ltsc2022", "cpu": 2048, "memory": 4096 }]
      }
    `,
    // A bare container list: task memory is set elsewhere (Terraform).
    json`[{ "name": "web", "image": "nginx:1.27", "essential": true }, { "name": "sidecar", "image": "busybox:1.36", "cpu": 4096 }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): numeric strings ("1024") count as the numbers it converts them to; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            Cpu: !Ref TaskCpu
            Memory: !FindInMap [Sizes, !Ref Environment, Memory]
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Cpu: "10"
                Memory: "300"
                MemoryReservation: !Ref Reservation
              - Name: sidecar
                Image: envoy:1
                MemoryReservation: !If [IsProd, 512, 256]
        Ec2TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            Memory: "1 GB"
            ContainerDefinitions:
              - Name: web
                Image: nginx:1.27
                Memory: "1024"
                MemoryReservation: "512"
    `,
  ],
  invalid: [
    {
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27", "memory": 512 },
            { "name": "sidecar", "image": "busybox:1.36", "memory": null }
          ]
        }
      `,
      errors: [{ messageId: "noMemory", data: noMemoryData('"sidecar"'), line: 5, column: 7, endLine: 5, endColumn: 13 }],
    },
    {
      ...yaml`
        family: web
        requiresCompatibilities: [EC2, EXTERNAL]
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - image: busybox:1.36
            essential: false
      `,
      errors: [
        { messageId: "noMemory", data: noMemoryData('"web"'), line: 4, column: 5, endLine: 4, endColumn: 9 },
        // No name: the container's first character.
        { messageId: "noMemory", data: noMemoryData("#2"), line: 6, column: 5, endLine: 6, endColumn: 6 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
            memory: 256
            memoryReservation: 512
      `,
      errors: [
        {
          messageId: "belowReservation",
          data: { container: '"web"', memory: "memory", memoryReservation: "memoryReservation", hard: 256, soft: 512 },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 16,
        },
      ],
    },
    {
      // Container lists: the container's own limits are still judged.
      ...json`[{ "name": "web", "image": "nginx:1.27", "memory": 128, "memoryReservation": 256 }]`,
      errors: [{ messageId: "belowReservation", line: 1, column: 52, endLine: 1, endColumn: 55 }],
    },
    {
      ...json`
        {
          "family": "web",
          "requiresCompatibilities": ["FARGATE"],
          "cpu": "1 vCPU",
          "memory": "2 GB",
          "containerDefinitions": [{ "name": "web", "image": "nginx:1.27", "memory": 4096 }]
        }
      `,
      errors: [
        {
          messageId: "aboveTaskMemory",
          data: { container: '"web"', memory: "memory", value: 4096, taskMemory: "memory", task: 2048 },
          line: 6,
          column: 78,
          endLine: 6,
          endColumn: 82,
        },
      ],
    },
    {
      ...yaml`
        family: web
        memory: 512
        containerDefinitions:
          - name: web
            image: nginx:1.27
            memoryReservation: 300
          - name: sidecar
            image: busybox:1.36
            memoryReservation: 300
      `,
      errors: [
        {
          messageId: "reservationsAboveTask",
          data: { memoryReservation: "memoryReservation", sum: 600, taskMemory: "memory", task: 512 },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
        },
      ],
    },
    {
      // The values that can be read already add up to too much.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "cpu": "0.5 vCPU",
            "memory": "1024",
            "containerDefinitions": [
              { "name": "web", "image": "nginx:1.27", "cpu": 512, "memoryReservation": 1024 },
              { "name": "sidecar", "image": "busybox:1.36", "cpu": 256, "memoryReservation": "\${RESERVATION}" },
              { "name": "agent", "image": "agent:1", "cpu": "\${AGENT_CPU}", "memoryReservation": 64 }
            ]
          }
        }
      `,
      errors: [
        { messageId: "cpuAboveTask", data: { cpu: "cpu", sum: 768, taskCpu: "cpu", task: 512 }, line: 4, column: 12, endLine: 4, endColumn: 22 },
        { messageId: "reservationsAboveTask", data: { memoryReservation: "memoryReservation", sum: 1088, taskMemory: "memory", task: 1024 }, line: 5, column: 15, endLine: 5, endColumn: 21 },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): numeric strings ("1024") count as the numbers it converts them to; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Cpu: "256"
              Memory: 512
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
                  Cpu: "128"
                  Memory: "1024"
                  MemoryReservation: "2048"
                - Name: sidecar
                  Image: envoy:1
                  Cpu: 256
          Ec2TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx:1.27
      `,
      errors: [
        { messageId: "cpuAboveTask", data: { cpu: "Cpu", sum: 384, taskCpu: "Cpu", task: 256 }, line: 5, column: 12, endLine: 5, endColumn: 17 },
        { messageId: "reservationsAboveTask", data: { memoryReservation: "MemoryReservation", sum: 2048, taskMemory: "Memory", task: 512 }, line: 6, column: 15, endLine: 6, endColumn: 18 },
        { messageId: "belowReservation", data: { container: '"web"', memory: "Memory", memoryReservation: "MemoryReservation", hard: 1024, soft: 2048 }, line: 11, column: 19, endLine: 11, endColumn: 25 },
        { messageId: "aboveTaskMemory", data: { container: '"web"', memory: "Memory", value: 1024, taskMemory: "Memory", task: 512 }, line: 11, column: 19, endLine: 11, endColumn: 25 },
        { messageId: "noMemory", data: { container: '"web"', memory: "Memory", memoryReservation: "MemoryReservation", taskMemory: "Memory" }, line: 20, column: 11, endLine: 20, endColumn: 15 },
      ],
    },
  ],
});
