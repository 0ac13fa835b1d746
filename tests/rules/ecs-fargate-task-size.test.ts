import rule from "../../src/rules/ecs-fargate-task-size.js";
import { jsonCase as json, runRule, yamlCase as yaml, type ValidCase } from "../support/rule-tester.js";

/** The case's code with one piece of text replaced (each replaced text occurs once). */
function edited(item: ValidCase, ...replacements: [string, string][]): string {
  let code = item.code;
  for (const [from, to] of replacements) {
    if (code.split(from).length !== 2) throw new Error(`"${from}" is not unique`);
    code = code.replace(from, to);
  }
  return code;
}

function memoryData(memory: number, cpu: number, allowed: string, forOs = "") {
  return { memoryKey: "memory", memory, cpuKey: "cpu", cpu, forOs, allowed };
}

const stringsTooMuchMemory = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "4096",
    "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
  }
`;

const numbersOffGrid = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  networkMode: awsvpc
  cpu: 1024
  memory: 1536
  containerDefinitions:
    - name: web
      image: nginx:1.27
`;

const unitsTooMuchMemory = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "1 vCPU",
    "memory": "16 GB",
    "containerDefinitions": []
  }
`;

const cpuNotASize = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "3072",
    "memory": "6144",
    "containerDefinitions": []
  }
`;

const windowsHalfVcpu = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  networkMode: awsvpc
  runtimePlatform:
    operatingSystemFamily: WINDOWS_SERVER_2019_CORE
  cpu: 512
  memory: 1024
  containerDefinitions: []
`;

const windowsEightVcpu = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_FULL", "cpuArchitecture": "X86_64" },
    "cpu": "8192",
    "memory": "16384",
    "containerDefinitions": []
  }
`;

const describeOutput = json`
  {
    "taskDefinition": {
      "family": "web",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": 512,
      "memory": 512,
      "containerDefinitions": []
    }
  }
`;

const cpuNotASizeMemoryUnknown = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "300",
    "memory": "\${MEMORY}",
    "containerDefinitions": []
  }
`;

const sixteenVcpuOffGrid = yaml`
  family: web
  requiresCompatibilities: [FARGATE, EC2]
  cpu: "16384"
  memory: "61440"
  containerDefinitions: []
`;

const halfGigabyte = json`
  {
    "family": "web",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "1vCPU",
    "memory": "0.5GB",
    "containerDefinitions": []
  }
`;

const singleQuoted = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  cpu: '256'
  memory: '4096'
  containerDefinitions: []
`;

const lowercaseUnits = yaml`
  family: web
  requiresCompatibilities: [FARGATE]
  cpu: 2 vcpu
  memory: 2 GB
  containerDefinitions: []
`;

runRule("ecs-fargate-task-size", rule, {
  valid: [
    json`
      {
        "family": "web",
        "requiresCompatibilities": ["FARGATE"],
        "networkMode": "awsvpc",
        "cpu": "256",
        "memory": "512",
        "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
      }
    `,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      networkMode: awsvpc
      cpu: 1024
      memory: 2048
      containerDefinitions:
        - name: web
          image: nginx:1.27
    `,
    // Every spelling the API takes.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "1 vCPU", "memory": "2 GB", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "4vcpu", "memory": "30GB", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "0.25 vCPU", "memory": "0.5 GB", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": 16384, "memory": 122880, "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "8192", "memory": "61440", "containerDefinitions": [] }`,
    // Windows: 1, 2 and 4 vCPU.
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      runtimePlatform: { operatingSystemFamily: WINDOWS_SERVER_2022_CORE }
      cpu: 1024
      memory: 8192
      containerDefinitions: []
    `,
    // Only when the task requires FARGATE.
    json`{ "family": "web", "cpu": "256", "memory": "4096", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["EC2"], "cpu": "300", "memory": "700", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["\${LAUNCH_TYPE}"], "cpu": "256", "memory": "4096", "containerDefinitions": [] }`,
    // A missing cpu or memory is ecs-fargate-compatibility's report.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "memory": "4096", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": null, "containerDefinitions": [] }`,
    // Unknown values.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "\${CPU}", "memory": "4096", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "\${MEMORY}", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "{{ memory }}", "containerDefinitions": [] }`,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      cpu: !Ref TaskCpu
      memory: 4096
      containerDefinitions: []
    `,
    yaml`
      family: web
      requiresCompatibilities: [FARGATE]
      cpu: 256
      memory: !FindInMap [Sizes, !Ref Env, Memory]
      containerDefinitions: []
    `,
    yaml`
      size: &size
        cpu: 256
      task:
        family: web
        requiresCompatibilities: [FARGATE]
        <<: *unresolved
        memory: 4096
        containerDefinitions: []
    `,
    // Spellings the API does not take are valid-schema's.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "1 cpu", "memory": "4096", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "4 GiB", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": true, "memory": "4096", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": 256.5, "memory": "512", "containerDefinitions": [] }`,
    // The unverified 32 vCPU row is unknown, not wrong.
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "32768", "memory": "249856", "containerDefinitions": [] }`,
    json`{ "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "32 vCPU", "memory": "100 GB", "containerDefinitions": [] }`,
    // describe-task-definition output.
    json`{ "taskDefinition": { "family": "web", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024", "containerDefinitions": [] } }`,
    // A bare container list has no task size.
    json`[{ "name": "web", "image": "nginx:1.27", "cpu": 256, "memory": 4096 }]`,
    // CloudFormation (AWS::ECS::TaskDefinition): sizes as numbers, numeric strings or with units; suggestions keep the spelling; intrinsics are unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: !Ref TaskCpu
            Memory: !FindInMap [Sizes, !Ref Environment, Memory]
            ContainerDefinitions: []
        Conditional:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: "512"
            Memory: !If [IsProd, "4096", "1024"]
            ContainerDefinitions: []
        Strings:
          Type: AWS::ECS::TaskDefinition
          Properties:
            RequiresCompatibilities: [FARGATE]
            NetworkMode: awsvpc
            Cpu: "1024"
            Memory: "2 GB"
            ContainerDefinitions: []
    `,
  ],
  invalid: [
    {
      ...stringsTooMuchMemory,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(4096, 256, "512, 1024 or 2048"),
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"2048"' }, output: edited(stringsTooMuchMemory, ['"4096"', '"2048"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"512"' }, output: edited(stringsTooMuchMemory, ['"256"', '"512"']) },
          ],
        },
      ],
    },
    {
      // Memory not on the 1 GB grid, and no CPU allows it: one suggestion.
      ...numbersOffGrid,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(1536, 1024, "2048 to 8192 in steps of 1024"),
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 13,
          suggestions: [{ messageId: "setValue", data: { key: "memory", value: "2048" }, output: edited(numbersOffGrid, ["memory: 1536", "memory: 2048"]) }],
        },
      ],
    },
    {
      // Units are kept.
      ...unitsTooMuchMemory,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(16384, 1024, "2048 to 8192 in steps of 1024"),
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"8 GB"' }, output: edited(unitsTooMuchMemory, ['"16 GB"', '"8 GB"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"2 vCPU"' }, output: edited(unitsTooMuchMemory, ['"1 vCPU"', '"2 vCPU"']) },
          ],
        },
      ],
    },
    {
      // Not a Fargate CPU: reported on cpu; keep the memory with the smallest CPU that allows it, or take the nearest CPU (a tie goes up).
      ...cpuNotASize,
      errors: [
        {
          messageId: "invalidCpu",
          data: { key: "cpu", cpu: 3072, forOs: "", allowed: "256, 512, 1024, 2048, 4096, 8192 or 16384" },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            { messageId: "setValue", data: { key: "cpu", value: '"1024"' }, output: edited(cpuNotASize, ['"3072"', '"1024"']) },
            {
              messageId: "setPair",
              data: { cpuKey: "cpu", cpu: '"4096"', memoryKey: "memory", memory: '"8192"' },
              output: edited(cpuNotASize, ['"3072"', '"4096"'], ['"6144"', '"8192"']),
            },
          ],
        },
      ],
    },
    {
      // Windows starts at 1 vCPU.
      ...windowsHalfVcpu,
      errors: [
        {
          messageId: "invalidCpu",
          data: { key: "cpu", cpu: 512, forOs: " on Windows", allowed: "1024, 2048 or 4096" },
          line: 6,
          column: 6,
          endLine: 6,
          endColumn: 9,
          suggestions: [
            {
              messageId: "setPair",
              data: { cpuKey: "cpu", cpu: "1024", memoryKey: "memory", memory: "2048" },
              output: edited(windowsHalfVcpu, ["cpu: 512", "cpu: 1024"], ["memory: 1024", "memory: 2048"]),
            },
          ],
        },
      ],
    },
    {
      // The 8 and 16 vCPU sizes are Linux only.
      ...windowsEightVcpu,
      errors: [
        {
          messageId: "invalidCpu",
          data: { key: "cpu", cpu: 8192, forOs: " on Windows", allowed: "1024, 2048 or 4096" },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            { messageId: "setValue", data: { key: "cpu", value: '"2048"' }, output: edited(windowsEightVcpu, ['"8192"', '"2048"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"4096"' }, output: edited(windowsEightVcpu, ['"8192"', '"4096"']) },
          ],
        },
      ],
    },
    {
      // describe-task-definition output; numbers stay numbers.
      ...describeOutput,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(512, 512, "1024, 2048, 3072 or 4096"),
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: "1024" }, output: edited(describeOutput, ['"memory": 512', '"memory": 1024']) },
            { messageId: "setValue", data: { key: "cpu", value: "256" }, output: edited(describeOutput, ['"cpu": 512', '"cpu": 256']) },
          ],
        },
      ],
    },
    {
      // An invalid CPU is reported even when the memory is unknown.
      ...cpuNotASizeMemoryUnknown,
      errors: [
        {
          messageId: "invalidCpu",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 15,
          suggestions: [{ messageId: "setValue", data: { key: "cpu", value: '"256"' }, output: edited(cpuNotASizeMemoryUnknown, ['"300"', '"256"']) }],
        },
      ],
    },
    {
      // 16 vCPU memory moves in 8 GB steps; 60 GB is an 8 vCPU size. FARGATE with EC2 is still checked.
      ...sixteenVcpuOffGrid,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(61440, 16384, "32768 to 122880 in steps of 8192"),
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"65536"' }, output: edited(sixteenVcpuOffGrid, ['"61440"', '"65536"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"8192"' }, output: edited(sixteenVcpuOffGrid, ['"16384"', '"8192"']) },
          ],
        },
      ],
    },
    {
      // No space between number and unit is kept; an amount that is not whole in the unit falls back to a number string.
      ...halfGigabyte,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(512, 1024, "2048 to 8192 in steps of 1024"),
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"2GB"' }, output: edited(halfGigabyte, ['"0.5GB"', '"2GB"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"256"' }, output: edited(halfGigabyte, ['"1vCPU"', '"256"']) },
          ],
        },
      ],
    },
    {
      // YAML quote style is kept.
      ...singleQuoted,
      errors: [
        {
          messageId: "invalidMemory",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"2048"' }, output: edited(singleQuoted, ["'4096'", "'2048'"]) },
            { messageId: "setValue", data: { key: "cpu", value: '"512"' }, output: edited(singleQuoted, ["'256'", "'512'"]) },
          ],
        },
      ],
    },
    {
      ...lowercaseUnits,
      errors: [
        {
          messageId: "invalidMemory",
          data: memoryData(2048, 2048, "4096 to 16384 in steps of 1024"),
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            { messageId: "setValue", data: { key: "memory", value: '"4 GB"' }, output: edited(lowercaseUnits, ["memory: 2 GB", 'memory: "4 GB"']) },
            { messageId: "setValue", data: { key: "cpu", value: '"256"' }, output: edited(lowercaseUnits, ["cpu: 2 vcpu", 'cpu: "256"']) },
          ],
        },
      ],
    },
    // CloudFormation (AWS::ECS::TaskDefinition): sizes as numbers, numeric strings or with units; suggestions keep the spelling; intrinsics are unknown.
    {
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: awsvpc
              Cpu: "256"
              Memory: "4096"
              ContainerDefinitions: []
          Other:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: awsvpc
              Cpu: 300
              ContainerDefinitions: []
      `,
      errors: [
        { messageId: "invalidMemory", data: { cpuKey: "Cpu", memoryKey: "Memory", memory: 4096, cpu: 256, forOs: "", allowed: "512, 1024 or 2048" }, line: 8, column: 15, endLine: 8, endColumn: 21,
          suggestions: [
            { messageId: "setValue", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "2048"
      ContainerDefinitions: []
  Other:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 300
      ContainerDefinitions: []
` },
            { messageId: "setValue", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "512"
      Memory: "4096"
      ContainerDefinitions: []
  Other:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 300
      ContainerDefinitions: []
` },
          ],
        },
        { messageId: "invalidCpu", data: { key: "Cpu", cpu: 300, forOs: "", allowed: "256, 512, 1024, 2048, 4096, 8192 or 16384" }, line: 15, column: 12, endLine: 15, endColumn: 15,
          suggestions: [
            { messageId: "setValue", output: `Resources:
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "4096"
      ContainerDefinitions: []
  Other:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 256
      ContainerDefinitions: []
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
                "RequiresCompatibilities": ["FARGATE"],
                "NetworkMode": "awsvpc",
                "Cpu": "1 vCPU",
                "Memory": "1GB",
                "ContainerDefinitions": []
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "invalidMemory", data: { cpuKey: "Cpu", memoryKey: "Memory", memory: 1024, cpu: 1024, forOs: "", allowed: "2048 to 8192 in steps of 1024" }, line: 9, column: 19, endLine: 9, endColumn: 24,
          suggestions: [
            { messageId: "setValue", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["FARGATE"],
        "NetworkMode": "awsvpc",
        "Cpu": "1 vCPU",
        "Memory": "2GB",
        "ContainerDefinitions": []
      }
    }
  }
}
` },
            { messageId: "setValue", output: `{
  "Resources": {
    "TaskDefinition": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "RequiresCompatibilities": ["FARGATE"],
        "NetworkMode": "awsvpc",
        "Cpu": "256",
        "Memory": "1GB",
        "ContainerDefinitions": []
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
