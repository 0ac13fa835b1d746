import rule from "../../src/rules/health-check.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";
import { spanIn, spanOf } from "../support/span-of.js";

/** A project index of what runs task definitions: run-task input, a schedule, services with and without a load balancer. */
const project = { "aws-containers": { project: ["tests/fixtures/project-health-check/*"] } };

runRule("health-check", rule, {
  valid: [
    // Run only as one-shot work (RULES.md, Decisions): run-task input in the index names nightly-report:7 …
    { ...json`{ "family": "nightly-report", "containerDefinitions": [{ "name": "report", "image": "nginx:1.27" }] }`, settings: project },
    // … a Scheduler target names cleanup by ARN.
    {
      ...yaml`
        family: cleanup
        containerDefinitions:
          - name: cleanup
            image: busybox:1.36
      `,
      settings: project,
    },
    // In a template, an EventBridge rule's ECS target runs the task definition by Ref.
    yaml`
      Resources:
        ReportTask:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: report
                Image: busybox:1.36
        Nightly:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: cron(0 3 * * ? *)
            Targets:
              - Id: report
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt EventsRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref ReportTask
    `,
    // Containers that run once and exit (src/facts/one-shot-commands.ts): a run-task job pinging four times (issue 17, audit F1) …
    json`
      {
        "family": "github-actions-run-task",
        "containerDefinitions": [
          { "entryPoint": ["ping"], "name": "alpine_ping", "image": "alpine:3.4", "command": ["-c", "4", "example.com"] }
        ]
      }
    `,
    // … a test fixture whose shell script only echoes, next to a non-essential helper that runs on …
    json`
      {
        "family": "bad-image",
        "containerDefinitions": [
          { "entryPoint": ["sh", "-c"], "command": ["echo hello"], "image": "httpd:does-not-exist-99999", "essential": true, "name": "sample-app" },
          { "name": "tail", "image": "busybox:1.36", "essential": false, "command": ["tail", "-f", "/dev/null"] }
        ]
      }
    `,
    // … a script of finite commands with redirections (the shell's -ec option too) …
    yaml`
      family: stamp
      containerDefinitions:
        - name: stamp
          image: busybox:1.36
          entryPoint: [/bin/sh, -ec]
          command: ["date > /tmp/started 2>&1; sleep 30 && echo done | printf '%s' || exit 1"]
    `,
    // … in a template, a command without an entry point (the image's shell runs echo) …
    yaml`
      Resources:
        HelloTask:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: hello
                Image: busybox:1.36
                Command: [echo, hi]
    `,
    json`
      {
        "Resources": {
          "PingTask": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": {
              "ContainerDefinitions": [{ "Name": "ping", "Image": "alpine:3.20", "EntryPoint": ["ping", "-w", 10], "Command": ["example.com"] }]
            }
          }
        }
      }
    `,
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] } },
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
          healthCheck:
            command: [CMD-SHELL, "curl -f http://localhost/ || exit 1"]
            interval: 30
    `,
    // Unknown values: a health check that cannot be read, an essential flag that cannot be read, a merge key.
    json`
      {
        "family": "web",
        "containerDefinitions": [
          { "name": "web", "image": "nginx:1.27", "healthCheck": "\${HEALTH_CHECK}" },
          { "name": "side", "image": "side:1.0", "essential": "\${ESSENTIAL}" }
        ]
      }
    `,
    yaml`
      family: web
      containerDefinitions:
        - name: web
          image: nginx:1.27
          healthCheck: !Ref HealthCheck
        - <<: *defaults
          name: side
          image: side:1.0
    `,
    json`[{ "name": "job", "image": "job:1", "essential": false, "logConfiguration": { "logDriver": "awslogs" } }]`,
    // CloudFormation: "false" is false; an intrinsic health check or essential flag is unknown.
    yaml`
      Resources:
        TaskDefinition:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/web:1.0"
                HealthCheck: !If [HasCheck, { Command: [CMD-SHELL, "curl -f http://localhost/ || exit 1"] }, !Ref AWS::NoValue]
              - Name: init
                Image: busybox:1.36
                Essential: "false"
              - Name: side
                Image: side:1.0
                Essential: !Ref SideEssential
    `,
    json`
      {
        "Resources": {
          "TaskDefinition": {
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": {
              "ContainerDefinitions": [
                { "Name": "web", "Image": "nginx:1.27", "HealthCheck": { "Command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "Interval": "30" } },
                { "Name": "init", "Image": "busybox:1.36", "Essential": { "Fn::If": ["IsProd", true, false] } }
              ]
            }
          }
        }
      }
    `,
  ],
  invalid: [
    {
      // A service registers "web" with a load balancer: ECS replaces tasks failing the target group's check, and the message says so;
      // "worker" is not behind it.
      ...json`
        {
          "family": "storefront",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "worker", "image": "busybox:1.36" }
          ]
        }
      `,
      settings: project,
      errors: [
        { messageId: "missingBehindLoadBalancer", data: { container: '"web"', key: "healthCheck", service: 'Service "storefront"' }, line: 4, column: 7, endLine: 4, endColumn: 13 },
        { messageId: "missing", data: { container: '"worker"', key: "healthCheck" }, line: 5, column: 7, endLine: 5, endColumn: 13 },
      ],
    },
    {
      // A service runs it (no load balancer): judged as a service.
      ...yaml`
        family: cleanup-debug
        containerDefinitions:
          - name: cleanup
            image: busybox:1.36
      `,
      settings: project,
      errors: [{ messageId: "missing", line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      // Without the index, nothing says nightly-report runs once: judged as a service.
      ...json`{ "family": "nightly-report", "containerDefinitions": [{ "name": "report", "image": "nginx:1.27" }] }`,
      errors: [{ messageId: "missing", line: 1, column: 58, endLine: 1, endColumn: 64 }],
    },
    {
      // A template: a schedule runs it, and so does a service behind a load balancer (whose container name is a parameter): not one-shot only.
      ...yaml`
        Resources:
          AppTask:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: app
                  Image: busybox:1.36
          Nightly:
            Type: AWS::Scheduler::Schedule
            Properties:
              ScheduleExpression: rate(1 day)
              FlexibleTimeWindow: { Mode: "OFF" }
              Target:
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt SchedulerRole.Arn
                EcsParameters:
                  TaskDefinitionArn: !Ref AppTask
          AppService:
            Type: AWS::ECS::Service
            Properties:
              TaskDefinition: !Ref AppTask
              LoadBalancers:
                - TargetGroupArn: !Ref TargetGroup
                  ContainerName: !Ref ContainerName
                  ContainerPort: 8080
      `,
      errors: [{ messageId: "missingBehindLoadBalancer", data: { container: '"app"', key: "HealthCheck", service: 'Service "AppService"' }, line: 6, column: 11, endLine: 6, endColumn: 15 }],
    },
    {
      // An omitted essential means true; null is absent.
      ...json`
        {
          "family": "web",
          "containerDefinitions": [
            { "name": "web", "image": "nginx:1.27" },
            { "name": "api", "image": "api:1.0", "essential": true, "healthCheck": null },
            { "name": "init", "image": "busybox:1.36", "essential": false }
          ]
        }
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 4, column: 7, endLine: 4, endColumn: 13 },
        { messageId: "missing", data: { container: '"api"', key: "healthCheck" }, line: 5, column: 7, endLine: 5, endColumn: 13 },
      ],
    },
    {
      ...yaml`
        family: web
        containerDefinitions:
          - name: web
            image: nginx:1.27
          - image: sidecar:1.0
            essential: true
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: "missing", data: { container: "#2", key: "healthCheck" }, line: 5, column: 5, endLine: 5, endColumn: 6 },
      ],
    },
    {
      // describe-task-definition output.
      ...json`
        {
          "taskDefinition": {
            "family": "web",
            "containerDefinitions": [{ "name": "web", "image": "nginx:1.27" }]
          }
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 4, column: 32, endLine: 4, endColumn: 38 }],
    },
    {
      // A bare container list.
      ...yaml`
        - name: web
          image: nginx:1.27
          essential: true
          portMappings:
            - containerPort: 80
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 1, column: 3, endLine: 1, endColumn: 7 }],
    },
    {
      // CloudFormation: "true" is true (CloudFormation converts it); messages spell HealthCheck.
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: httpd:2.4
                  Essential: "true"
                - Name: !Ref SidecarName
                  Image: sidecar:1.0
      `,
      errors: [
        { messageId: "missing", data: { container: '"web"', key: "HealthCheck" }, line: 6, column: 11, endLine: 6, endColumn: 15 },
        { messageId: "missing", data: { container: "#2", key: "HealthCheck" }, line: 9, column: 11, endLine: 9, endColumn: 15 },
      ],
    },
    {
      ...json`
        {
          "Resources": {
            "TaskDefinition": {
              "Type": "AWS::ECS::TaskDefinition",
              "Properties": {
                "ContainerDefinitions": [{ "Name": "web", "Image": "nginx:1.27", "Essential": "true" }]
              }
            }
          }
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "HealthCheck" }, line: 6, column: 36, endLine: 6, endColumn: 42 }],
    },
    {
      // The echo writes a page, then the shell goes on to run httpd: long-running (audit F1).
      ...json`
        {
          "family": "sample-app",
          "containerDefinitions": [
            { "name": "web", "image": "httpd:2.4", "entryPoint": ["sh", "-c"], "command": ["echo x > /usr/local/apache2/htdocs/index.html && httpd-foreground"] }
          ]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"web"', key: "healthCheck" }, line: 4, column: 7, endLine: 4, endColumn: 13 }],
    },
    {
      // A loop around sleep never ends (the CloudFormation ECS schedule example's busybox, made essential).
      ...yaml`
        Resources:
          TaskDefinition:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: busybox
                  Image: busybox
                  EntryPoint: [sh, -c]
                  Command:
                    - '/bin/sh -c "while true; do /bin/date > date ; echo ''</div>'' > bottom; cat top date bottom > index.html ; sleep 1; done"'
      `,
      errors: [{ messageId: "missing", data: { container: '"busybox"', key: "HealthCheck" }, line: 6, column: 11, endLine: 6, endColumn: 15 }],
    },
    {
      // The same loop unwrapped: sh -c runs it directly.
      ...json`
        {
          "family": "ticker",
          "containerDefinitions": [{ "name": "ticker", "image": "busybox:1.36", "command": ["sh", "-c", "while true; do date; sleep 1; done"] }]
        }
      `,
      errors: [{ messageId: "missing", data: { container: '"ticker"', key: "healthCheck" }, line: 3, column: 30, endLine: 3, endColumn: 36 }],
    },
    {
      // What is not read as finite counts as long-running: ping without a count, sleep infinity, a loop,
      // an exec, a command word that is a placeholder, an entry point with no command, a background job, env running a program.
      ...yaml`
        family: unsure
        containerDefinitions:
          - name: ping
            image: alpine:3.20
            command: [ping, example.com]
          - name: sleep
            image: busybox:1.36
            command: [sleep, infinity]
          - name: loop
            image: busybox:1.36
            command: [sh, -c, "until false; do sleep 1; done"]
          - name: exec
            image: busybox:1.36
            command: [sh, -c, "echo starting; exec httpd -f"]
          - name: templated
            image: busybox:1.36
            command: [sh, -c, "\${SCRIPT}"]
          - name: shell
            image: busybox:1.36
            entryPoint: [sh, -c]
          - name: background
            image: busybox:1.36
            command: [sh, -c, "sleep 5 & echo hi"]
          - name: env
            image: busybox:1.36
            command: [env, FOO=bar, httpd, -f]
      `,
      errors: [
        { messageId: "missing", line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: "missing", line: 6, column: 5, endLine: 6, endColumn: 9 },
        { messageId: "missing", line: 9, column: 5, endLine: 9, endColumn: 9 },
        { messageId: "missing", line: 12, column: 5, endLine: 12, endColumn: 9 },
        { messageId: "missing", line: 15, column: 5, endLine: 15, endColumn: 9 },
        { messageId: "missing", line: 18, column: 5, endLine: 18, endColumn: 9 },
        { messageId: "missing", line: 21, column: 5, endLine: 21, endColumn: 9 },
        { messageId: "missing", line: 24, column: 5, endLine: 24, endColumn: 9 },
      ],
    },
  ],
});

const k8sDeployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: carts
  spec:
    selector: { matchLabels: { app: carts } }
    template:
      metadata: { labels: { app: carts } }
      spec:
        initContainers:
          - name: migrate
            image: carts-migrate:1.0
        containers:
          - name: carts
            image: carts:1.0
            ports:
              - name: http
                containerPort: 8080
            readinessProbe:
              httpGet: { path: /health, port: http }
            livenessProbe:
              httpGet:
                path: /health
                port: htpp
          - name: proxy
            image: envoy:1.30
`;
const k8sStatefulSet = json`
  {
    "apiVersion": "apps/v1",
    "kind": "StatefulSet",
    "metadata": { "name": "db" },
    "spec": {
      "serviceName": "db",
      "selector": { "matchLabels": { "app": "db" } },
      "template": {
        "metadata": { "labels": { "app": "db" } },
        "spec": { "containers": [{ "name": "db", "image": "postgres:16.4", "ports": [{ "containerPort": 5432 }] }] }
      }
    }
  }
`;
const k8sMultiDocument = yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: agent
  spec:
    selector: { app: agent }
    ports: [{ port: 80 }]
  ---
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: agent
  spec:
    selector: { matchLabels: { app: agent } }
    template:
      metadata: { labels: { app: agent } }
      spec:
        containers:
          - image: agent:1.0
            name: agent
`;
const k8sList = yaml`
  apiVersion: v1
  kind: List
  items:
    - apiVersion: apps/v1
      kind: ReplicaSet
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            containers: [{ name: web, image: "nginx:1.27" }]
    - apiVersion: v1
      kind: ReplicationController
      metadata: { name: legacy }
      spec:
        selector: { app: legacy }
        template:
          metadata: { labels: { app: legacy } }
          spec:
            containers:
              - name: legacy
                image: legacy:1.0
                readinessProbe: { exec: { command: [cat, /tmp/ready] } }
`;
const k8sPod = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: grpc
  spec:
    containers:
      - name: server
        image: server:1.0
        ports:
          - name: grpc
            containerPort: 9090
        startupProbe:
          tcpSocket:
            port: "grpc-port"
        readinessProbe:
          grpc:
            port: grpc
`;
const k8sPatch = {
  ...yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: carts
    spec:
      template:
        spec:
          containers:
            - name: carts
              ports:
                - containerPort: 010
              livenessProbe:
                tcpSocket: { port: http }
  `,
  filename: "probes-patch.yaml",
};
const K8S_READY = (container: string, workload: string) => ({ container: JSON.stringify(container), workload });

runRule("health-check (Kubernetes)", rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: carts
      spec:
        selector: { matchLabels: { app: carts } }
        template:
          metadata: { labels: { app: carts } }
          spec:
            initContainers:
              - name: migrate
                image: carts-migrate:1.0
            containers:
              - name: carts
                image: carts:1.0
                ports:
                  - name: http
                    containerPort: 8080
                  - name: admin
                    containerPort: 9000
                readinessProbe:
                  httpGet: { path: /health, port: http }
                livenessProbe:
                  tcpSocket: { port: 9000 }
                startupProbe:
                  httpGet: { path: /health, port: "8080" }
              - name: sidecar
                image: envoy:1.30
                readinessProbe:
                  grpc: { port: 9901 }
    `,
    json`
      {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": { "name": "db" },
        "spec": {
          "serviceName": "db",
          "selector": { "matchLabels": { "app": "db" } },
          "template": {
            "metadata": { "labels": { "app": "db" } },
            "spec": { "containers": [{ "name": "db", "image": "postgres:16.4", "readinessProbe": { "exec": { "command": ["pg_isready"] } } }] }
          }
        }
      }
    `,
    // Pods, Jobs and CronJobs are exempt; so are custom resources.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: once }
      spec:
        containers: [{ name: once, image: "busybox:1.36" }]
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: { name: seed }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: seed, image: "seed:1.0" }]
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        schedule: "@hourly"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{ name: report, image: "report:1.0" }]
      ---
      apiVersion: argoproj.io/v1alpha1
      kind: Deployment
      metadata: { name: custom }
      spec:
        template:
          spec:
            containers: [{ name: custom, image: "custom:1.0" }]
    `,
    // A patch may leave the probe to its base.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: carts
        spec:
          template:
            spec:
              containers:
                - name: carts
                  resources: { limits: { memory: 512Mi } }
      `,
      filename: "overlays/prod/resources-patch.yaml",
    },
    // An apps/v1 workload without a selector is a patch too (a kustomize overlay that sets an image).
    yaml`
      kind: DaemonSet
      apiVersion: apps/v1
      metadata:
        name: efs-csi-node
      spec:
        template:
          spec:
            containers:
              - name: efs-plugin
                image: amazon/aws-efs-csi-driver:master
    `,
    // Unknown: the probe, its port, or the container's ports.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            containers:
              - name: a
                image: a:1.0
                readinessProbe: \${READINESS_PROBE}
              - name: b
                image: b:1.0
                readinessProbe:
                  httpGet: { path: /, port: "\${PORT_NAME}" }
              - name: c
                image: c:1.0
                ports: \${PORTS}
                readinessProbe:
                  httpGet: { path: /, port: http }
              - name: d
                image: d:1.0
                ports:
                  - name: "{{ port_name }}"
                    containerPort: 80
                readinessProbe:
                  tcpSocket: { port: web }
              - <<: *defaults
                name: e
                readinessProbe:
                  tcpSocket: { port: web }
    `,
  ],
  invalid: [
    {
      // The init container needs no probe; the liveness probe names a port the container does not have.
      ...k8sDeployment,
      errors: [
        {
          messageId: "probePort",
          data: { probe: "livenessProbe", container: '"carts"', port: '"htpp"' },
          ...spanOf(k8sDeployment, "htpp"),
          suggestions: [
            { messageId: "useName", data: { name: '"http"' }, output: k8sDeployment.code.replace("port: htpp", "port: http") },
            { messageId: "useNumber", data: { number: 8080 }, output: k8sDeployment.code.replace("port: htpp", "port: 8080") },
          ],
        },
        { messageId: "readinessMissing", data: K8S_READY("proxy", 'Deployment "carts"'), ...spanIn(k8sDeployment, "name: proxy", "name") },
      ],
    },
    {
      ...k8sStatefulSet,
      errors: [{ messageId: "readinessMissing", data: K8S_READY("db", 'StatefulSet "db"'), ...spanIn(k8sStatefulSet, '"name": "db", "image"', '"name"') }],
    },
    {
      // The second document; the report lands on the container's name key, wherever it is.
      ...k8sMultiDocument,
      errors: [{ messageId: "readinessMissing", data: K8S_READY("agent", 'DaemonSet "agent"'), ...spanOf(k8sMultiDocument, "name", 3) }],
    },
    {
      ...k8sList,
      errors: [{ messageId: "readinessMissing", data: K8S_READY("web", 'ReplicaSet "web"'), ...spanIn(k8sList, "name: web, image", "name") }],
    },
    {
      // A Pod needs no readiness probe, but its probes' ports are judged; gRPC probes take a number.
      ...k8sPod,
      errors: [
        { messageId: "probePort", data: { probe: "startupProbe", container: '"server"', port: '"grpc-port"' }, ...spanOf(k8sPod, '"grpc-port"'), suggestions: [
          { messageId: "useNumber", data: { number: 9090 }, output: k8sPod.code.replace('"grpc-port"', "9090") },
        ] },
        { messageId: "grpcPortName", data: { probe: "readinessProbe", container: '"server"', port: '"grpc"' }, ...spanIn(k8sPod, "port: grpc\n", "grpc"), suggestions: [
          { messageId: "useNumber", data: { number: 9090 }, output: k8sPod.code.replace("port: grpc\n", "port: 9090\n") },
        ] },
      ],
    },
    {
      // A patch's present probe is judged; Kubernetes reads containerPort 010 as octal (8).
      ...k8sPatch,
      errors: [
        { messageId: "probePort", data: { probe: "livenessProbe", container: '"carts"', port: '"http"' }, ...spanOf(k8sPatch, "http"), suggestions: [
          { messageId: "useNumber", data: { number: 8 }, output: k8sPatch.code.replace("port: http", "port: 8") },
        ] },
      ],
    },
  ],
});
