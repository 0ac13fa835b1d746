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
  ],
});
