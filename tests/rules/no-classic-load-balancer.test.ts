import rule from "../../src/rules/no-classic-load-balancer.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("no-classic-load-balancer", rule, {
  valid: [
    // Application / Network Load Balancer target groups.
    json`
      {
        "serviceName": "web",
        "desiredCount": 2,
        "loadBalancers": [
          { "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "web", "containerPort": 8080 }
        ]
      }
    `,
    yaml`
      serviceName: web
      loadBalancers:
        - targetGroupArn: !Ref TargetGroup
          containerName: web
          containerPort: 8080
    `,
    json`{ "serviceName": "web", "loadBalancers": [] }`,
    // Unknown or empty names are not judged.
    json`{ "serviceName": "web", "loadBalancers": [{ "loadBalancerName": "\${LB_NAME}", "containerName": "web", "containerPort": 80 }] }`,
    yaml`
      serviceName: web
      loadBalancers:
        - loadBalancerName: !Ref LoadBalancer
          containerName: web
          containerPort: 80
        - loadBalancerName: ""
          targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
        - loadBalancerName: null
        - <<: *balancer
    `,
    // Not a service: run-task input has no load balancers.
    json`{ "cluster": "batch", "taskDefinition": "job:3", "launchType": "EC2" }`,
    // CloudFormation: a target group; a Ref to a parameter or to an Application Load Balancer; an imported name
    yaml`
      Parameters:
        ElbName:
          Type: String
          Default: ""
      Resources:
        Alb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties:
            Subnets: [!Ref SubnetA, !Ref SubnetB]
        Service:
          Type: AWS::ECS::Service
          Properties:
            LoadBalancers:
              - TargetGroupArn: !Ref TargetGroup
                ContainerName: web
                ContainerPort: "80"
              - LoadBalancerName: !Ref ElbName
                ContainerName: web
                ContainerPort: 80
              - LoadBalancerName: !Ref Alb
                ContainerName: web
                ContainerPort: 80
              - LoadBalancerName: !ImportValue SharedElb
                ContainerName: web
                ContainerPort: 80
    `,
    // Kubernetes: the AWS Load Balancer Controller's annotations, a class, the in-tree NLB, other Service types.
    yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: ui-nlb
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: external
          service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
      spec:
        type: LoadBalancer
        ports: [{port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: auto
      spec:
        type: LoadBalancer
        loadBalancerClass: eks.amazonaws.com/nlb
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: legacy-nlb
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: nlb
      spec:
        type: LoadBalancer
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: internal
      spec:
        type: ClusterIP
    `,
    // Kubernetes: unknown values, annotations a merge may supply, patches and custom resources are not judged.
    yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: a
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: "\${LB_TYPE}"
      spec:
        type: LoadBalancer
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: b
        annotations: *common
      spec:
        type: LoadBalancer
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: c
      spec:
        type: "{{ service_type }}"
      ---
      apiVersion: serving.knative.dev/v1
      kind: Service
      metadata:
        name: d
      spec:
        type: LoadBalancer
    `,
    { ...json`
      { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "web" }, "spec": { "type": "LoadBalancer" } }
    `, filename: "service-patch.json", },
    // eksctl: target groups, managed node groups (they have no such member), empty or unknown names.
    yaml`
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata: { name: prod, region: eu-west-1 }
      nodeGroups:
        - name: ng-1
          targetGroupARNs: ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"]
        - name: ng-2
          classicLoadBalancerNames: []
        - name: ng-3
          classicLoadBalancerNames: "\${CLB_NAMES}"
        - name: ng-4
          classicLoadBalancerNames: ["\${CLB}"]
    `,
    json`
      { "apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig", "metadata": { "name": "prod" }, "managedNodeGroups": [{ "name": "mng-1" }] }
    `,
  ],
  invalid: [
    {
      // A service on EC2 (bridge) behind a Classic Load Balancer.
      ...json`
        {
          "serviceName": "web",
          "launchType": "EC2",
          "role": "ecsServiceRole",
          "loadBalancers": [{ "loadBalancerName": "web-clb", "containerName": "web", "containerPort": 80 }]
        }
      `,
      errors: [{ messageId: "classic", data: { name: "web-clb", key: "loadBalancerName", targetKey: "targetGroupArn" }, line: 5, column: 43, endLine: 5, endColumn: 52 }],
    },
    {
      // Fargate: awsvpc only takes ALB/NLB target groups of target type ip.
      ...yaml`
        serviceName: web
        launchType: FARGATE
        loadBalancers:
          - loadBalancerName: web-clb
            containerName: web
            containerPort: 80
      `,
      errors: [{ messageId: "classicAwsvpc", data: { name: "web-clb", key: "loadBalancerName", targetKey: "targetGroupArn", targetType: "ip" }, line: 4, column: 23, endLine: 4, endColumn: 30 }],
    },
    {
      // A network configuration means awsvpc; a partly templated name still names a Classic Load Balancer.
      ...json`
        {
          "serviceName": "web",
          "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0123456789abcdef0"] } },
          "loadBalancers": [{ "loadBalancerName": "\${ENV}-web", "containerName": "web", "containerPort": 80 }]
        }
      `,
      errors: [{ messageId: "classicAwsvpc", data: { name: "${ENV}-web", key: "loadBalancerName", targetKey: "targetGroupArn", targetType: "ip" }, line: 4, column: 43, endLine: 4, endColumn: 55 }],
    },
    {
      // Multi-document YAML: the service's task definition uses awsvpc.
      ...yaml`
        family: web
        networkMode: awsvpc
        containerDefinitions:
          - name: web
            image: nginx:1.27
        ---
        serviceName: web
        taskDefinition: web
        loadBalancers:
          - loadBalancerName: web-clb
            containerName: web
            containerPort: 80
      `,
      errors: [{ messageId: "classicAwsvpc", line: 10, column: 23, endLine: 10, endColumn: 30 }],
    },
    {
      // A Fargate task definition without networkMode gets awsvpc: Fargate takes no other mode.
      ...yaml`
        family: web
        requiresCompatibilities: [FARGATE]
        cpu: "256"
        memory: "512"
        containerDefinitions:
          - name: web
            image: nginx:1.27
        ---
        serviceName: web
        taskDefinition: web
        loadBalancers:
          - loadBalancerName: web-clb
            containerName: web
            containerPort: 80
      `,
      errors: [{ messageId: "classicAwsvpc", line: 12, column: 23, endLine: 12, endColumn: 30 }],
    },
    {
      // Both a name and a target group: removing the name is the edit that keeps the target group.
      ...json`
        {
          "serviceName": "web",
          "loadBalancers": [
            {
              "loadBalancerName": "web-clb",
              "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
              "containerName": "web",
              "containerPort": 80
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "classic",
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 36,
          suggestions: [
            {
              messageId: "removeName",
              data: { key: "loadBalancerName", targetKey: "targetGroupArn" },
              output: `{
  "serviceName": "web",
  "loadBalancers": [
    {
      "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
      "containerName": "web",
      "containerPort": 80
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
      ...yaml`
        service: web
        cluster: prod
        loadBalancers:
          - containerName: web
            loadBalancerName: web-clb
            targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
            containerPort: 80
      `,
      errors: [
        {
          messageId: "classic",
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: "removeName",
              output: `service: web
cluster: prod
loadBalancers:
  - containerName: web
    targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef
    containerPort: 80
`,
            },
          ],
        },
      ],
    },
    {
      // describe-services output with two services: only the one behind a Classic Load Balancer reports.
      ...json`
        {
          "services": [
            { "serviceName": "api", "launchType": "EC2", "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef", "containerName": "api", "containerPort": 80 }] },
            { "serviceName": "legacy", "launchType": "EC2", "loadBalancers": [{ "loadBalancerName": "legacy-clb", "containerName": "legacy", "containerPort": 80 }] }
          ]
        }
      `,
      errors: [{ messageId: "classic", data: { name: "legacy-clb", key: "loadBalancerName", targetKey: "targetGroupArn" }, line: 4, column: 93, endLine: 4, endColumn: 105 }],
    },
    {
      name: "CloudFormation: a literal name, and a Ref to the template's Classic Load Balancer; on Fargate",
      ...yaml`
        Resources:
          ClassicLB:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners: [{ LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }]
          Service:
            Type: AWS::ECS::Service
            Properties:
              LoadBalancers:
                - LoadBalancerName: !Ref ClassicLB
                  ContainerName: web
                  ContainerPort: 80
          Fargate:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              LoadBalancers:
                - LoadBalancerName: web-clb
                  TargetGroupArn: !Ref TargetGroup
                  ContainerName: web
                  ContainerPort: "80"
      `,
      errors: [
        {
          messageId: "classic",
          data: { name: "ClassicLB", key: "LoadBalancerName", targetKey: "TargetGroupArn" },
          line: 10,
          column: 29,
          endLine: 10,
          endColumn: 43,
        },
        {
          messageId: "classicAwsvpc",
          data: { name: "web-clb", key: "LoadBalancerName", targetKey: "TargetGroupArn", targetType: "ip" },
          line: 18,
          column: 29,
          endLine: 18,
          endColumn: 36,
          suggestions: [
            { messageId: "removeName", output: "Resources:\n  ClassicLB:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      Listeners: [{ LoadBalancerPort: \"80\", InstancePort: \"80\", Protocol: HTTP }]\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LoadBalancers:\n        - LoadBalancerName: !Ref ClassicLB\n          ContainerName: web\n          ContainerPort: 80\n  Fargate:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      LoadBalancers:\n        - TargetGroupArn: !Ref TargetGroup\n          ContainerName: web\n          ContainerPort: \"80\"\n" },
          ],
        },
      ],
    },

    {
      name: "CloudFormation JSON: a Ref to the template's Classic Load Balancer beside a target group",
      ...json`
        {
          "Resources": {
            "ClassicLB": { "Type": "AWS::ElasticLoadBalancing::LoadBalancer" },
            "Service": {
              "Type": "AWS::ECS::Service",
              "Properties": {
                "LoadBalancers": [{ "LoadBalancerName": { "Ref": "ClassicLB" }, "TargetGroupArn": { "Ref": "TargetGroup" }, "ContainerName": "web", "ContainerPort": 80 }]
              }
            }
          }
        }
      `,
      errors: [
        {
          messageId: "classic",
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 71,
          suggestions: [
            { messageId: "removeName", output: "{\n  \"Resources\": {\n    \"ClassicLB\": { \"Type\": \"AWS::ElasticLoadBalancing::LoadBalancer\" },\n    \"Service\": {\n      \"Type\": \"AWS::ECS::Service\",\n      \"Properties\": {\n        \"LoadBalancers\": [{ \"TargetGroupArn\": { \"Ref\": \"TargetGroup\" }, \"ContainerName\": \"web\", \"ContainerPort\": 80 }]\n      }\n    }\n  }\n}\n" },
          ],
        },
      ],
    },
    // An internal Classic Load Balancer: the controller reads the same annotation, so the suggestions add no scheme.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-internal: "true"
        spec:
          type: LoadBalancer
      `,
      errors: [
        {
          messageId: "classicService",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 21,
          suggestions: [
            { messageId: "annotateForController", output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\nspec:\n  type: LoadBalancer\n' },
            { messageId: "setLoadBalancerClass", output: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-internal: "true"\nspec:\n  type: LoadBalancer\n  loadBalancerClass: service.k8s.aws/nlb\n' },
          ],
        },
      ],
    },
    // Kubernetes: type LoadBalancer with neither a class nor the type annotation gets a Classic Load Balancer.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: ui
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
        spec:
          type: LoadBalancer
          ports:
            - port: 80
              targetPort: 8080
      `,
      errors: [
        {
          messageId: "classicService",
          data: {"service":"\"ui\"","typeKey":"service.beta.kubernetes.io/aws-load-balancer-type"},
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 21,
          suggestions: [
            { messageId: "annotateForController", output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: ui\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 80\n      targetPort: 8080\n" },
            { messageId: "setLoadBalancerClass", output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: ui\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\nspec:\n  type: LoadBalancer\n  ports:\n    - port: 80\n      targetPort: 8080\n  loadBalancerClass: service.k8s.aws/nlb\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Service",
          "metadata": { "name": "ui" },
          "spec": { "type": "LoadBalancer", "ports": [{ "port": 80, "targetPort": 8080 }] }
        }
      `,
      errors: [
        {
          messageId: "classicService",
          data: {"service":"\"ui\"","typeKey":"service.beta.kubernetes.io/aws-load-balancer-type"},
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            { messageId: "annotateForControllerPublic", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Service\",\n  \"metadata\": { \"name\": \"ui\", \"annotations\": {\"service.beta.kubernetes.io/aws-load-balancer-type\":\"external\",\"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type\":\"ip\",\"service.beta.kubernetes.io/aws-load-balancer-scheme\":\"internet-facing\"} },\n  \"spec\": { \"type\": \"LoadBalancer\", \"ports\": [{ \"port\": 80, \"targetPort\": 8080 }] }\n}\n" },
            { messageId: "setLoadBalancerClassPublic", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Service\",\n  \"metadata\": { \"name\": \"ui\", \"annotations\": {\"service.beta.kubernetes.io/aws-load-balancer-scheme\":\"internet-facing\"} },\n  \"spec\": { \"type\": \"LoadBalancer\", \"ports\": [{ \"port\": 80, \"targetPort\": 8080 }], \"loadBalancerClass\": \"service.k8s.aws/nlb\" }\n}\n" },
          ],
        },
      ],
    },
    // Kubernetes: multi-document YAML, a List, empty annotations.
    {
      ...yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ui
          annotations: {}
        spec: {type: LoadBalancer, selector: {app: ui}}
      `,
      errors: [
        {
          messageId: "classicService",
          data: {"service":"\"ui\"","typeKey":"service.beta.kubernetes.io/aws-load-balancer-type"},
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 26,
          suggestions: [
            { messageId: "annotateForControllerPublic", output: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ui\n  annotations: {service.beta.kubernetes.io/aws-load-balancer-type: external, service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip, service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing}\nspec: {type: LoadBalancer, selector: {app: ui}}\n" },
            { messageId: "setLoadBalancerClassPublic", output: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ui\n  annotations: {service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing}\nspec: {type: LoadBalancer, selector: {app: ui}, loadBalancerClass: service.k8s.aws/nlb}\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "ui", "annotations": { "external-dns.alpha.kubernetes.io/hostname": "ui.example.com" } }, "spec": { "type": "LoadBalancer" } }
          ]
        }
      `,
      errors: [
        {
          messageId: "classicService",
          data: {"service":"\"ui\"","typeKey":"service.beta.kubernetes.io/aws-load-balancer-type"},
          line: 5,
          column: 176,
          endLine: 5,
          endColumn: 190,
          suggestions: [
            { messageId: "annotateForControllerPublic", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    { \"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": { \"name\": \"ui\", \"annotations\": { \"external-dns.alpha.kubernetes.io/hostname\": \"ui.example.com\", \"service.beta.kubernetes.io/aws-load-balancer-type\": \"external\", \"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type\": \"ip\", \"service.beta.kubernetes.io/aws-load-balancer-scheme\": \"internet-facing\" } }, \"spec\": { \"type\": \"LoadBalancer\" } }\n  ]\n}\n" },
            { messageId: "setLoadBalancerClassPublic", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    { \"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": { \"name\": \"ui\", \"annotations\": { \"external-dns.alpha.kubernetes.io/hostname\": \"ui.example.com\", \"service.beta.kubernetes.io/aws-load-balancer-scheme\": \"internet-facing\" } }, \"spec\": { \"type\": \"LoadBalancer\", \"loadBalancerClass\": \"service.k8s.aws/nlb\" } }\n  ]\n}\n" },
          ],
        },
      ],
    },
    {
      // eksctl: a self-managed node group registered with a Classic Load Balancer.
      ...yaml`
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata: { name: prod, region: eu-west-1 }
        nodeGroups:
          - name: ng-1
            classicLoadBalancerNames:
              - web-clb
              - "api-clb"
      `,
      errors: [
        { messageId: "classicNodeGroup", data: { nodeGroup: 'Node group "ng-1"', name: "web-clb" }, line: 7, column: 9, endLine: 7, endColumn: 16 },
        { messageId: "classicNodeGroup", data: { nodeGroup: 'Node group "ng-1"', name: "api-clb" }, line: 8, column: 9, endLine: 8, endColumn: 18 },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "eksctl.io/v1alpha5",
          "kind": "ClusterConfig",
          "metadata": { "name": "prod" },
          "nodeGroups": [{ "instanceType": "m5.large", "classicLoadBalancerNames": ["web-clb"] }]
        }
      `,
      errors: [{ messageId: "classicNodeGroup", data: { nodeGroup: "nodeGroups[0]", name: "web-clb" }, line: 5, column: 77, endLine: 5, endColumn: 86 }],
    },
  ],
});
