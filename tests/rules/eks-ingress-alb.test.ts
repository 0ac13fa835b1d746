import rule from "../../src/rules/eks-ingress-alb.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-ingress-alb", rule, {
  valid: [
    // IP targets in front of a ClusterIP Service; instance targets in front of a NodePort one.
    yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: ui
        annotations:
          alb.ingress.kubernetes.io/target-type: ip
      spec:
        ingressClassName: alb
        rules:
          - http:
              paths:
                - path: /
                  pathType: Prefix
                  backend:
                    service: {name: ui, port: {number: 80}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: web
      spec:
        ingressClassName: alb
        defaultBackend:
          service: {name: web, port: {number: 80}}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: ui
      spec:
        type: ClusterIP
        selector: {app: ui}
        ports: [{port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector: {app: web}
        ports: [{port: 80, targetPort: 8080}]
    `,
    // The Service's own annotation wins; Services found nowhere; action backends.
    yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: ui
      spec:
        ingressClassName: alb
        rules:
          - http:
              paths:
                - path: /
                  pathType: Prefix
                  backend:
                    service: {name: ui, port: {number: 80}}
                - path: /other
                  pathType: Prefix
                  backend:
                    service: {name: elsewhere, port: {number: 80}}
                - path: /503
                  pathType: Prefix
                  backend:
                    service: {name: response-503, port: {name: use-annotation}}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: ui
        annotations:
          alb.ingress.kubernetes.io/target-type: ip
      spec:
        selector: {app: ui}
        ports: [{port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: response-503
      spec:
        selector: {app: response-503}
        ports: [{port: 80, targetPort: 8080}]
    `,
    // Not the ALB's: another class, a class found nowhere, no class; parameters found nowhere; IngressClassParams with IP targets.
    yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: a
        annotations:
          kubernetes.io/ingress.class: nginx
      spec:
        ingressClassName: alb
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: b}
      spec:
        ingressClassName: nginx
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: c}
      spec:
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: d}
      spec:
        ingressClassName: with-params
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: with-params}
      spec:
        controller: ingress.k8s.aws/alb
        parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: missing}
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata: {name: e}
      spec:
        ingressClassName: ip-class
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: networking.k8s.io/v1
      kind: IngressClass
      metadata: {name: ip-class}
      spec:
        controller: ingress.k8s.aws/alb
        parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: ip-params}
      ---
      apiVersion: elbv2.k8s.aws/v1beta1
      kind: IngressClassParams
      metadata: {name: ip-params}
      spec:
        targetType: ip
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: ui
      spec:
        type: ClusterIP
        selector: {app: ui}
        ports: [{port: 80, targetPort: 8080}]
    `,
    // Certificates for HTTPS: an ARN, hosts to discover one by, a group, IngressClassParams; spec.tls with an HTTPS listener.
    json`
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "Ingress",
            "metadata": {
              "name": "arn",
              "annotations": {
                "alb.ingress.kubernetes.io/target-type": "ip",
                "alb.ingress.kubernetes.io/listen-ports": "[{\\"HTTPS\\": 443}]",
                "alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:us-east-1:123456789012:certificate/0f3d4d62-6b1f-4b59-9d3c-2f1a7c5e8d90"
              }
            },
            "spec": { "ingressClassName": "alb", "tls": [{ "hosts": ["shop.example.com"] }] }
          },
          {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "Ingress",
            "metadata": { "name": "hosts", "annotations": { "alb.ingress.kubernetes.io/target-type": "ip", "alb.ingress.kubernetes.io/listen-ports": "[{\\"HTTP\\": 80}, {\\"HTTPS\\": 443}]" } },
            "spec": { "ingressClassName": "alb", "rules": [{ "host": "shop.example.com" }] }
          },
          {
            "apiVersion": "networking.k8s.io/v1",
            "kind": "Ingress",
            "metadata": { "name": "group", "annotations": { "alb.ingress.kubernetes.io/group.name": "shop", "alb.ingress.kubernetes.io/listen-ports": "[{\\"HTTPS\\": 443}]" } },
            "spec": { "ingressClassName": "alb" }
          }
        ]
      }
    `,
    // Custom resources and patches.
    { ...yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: ui
        annotations:
          alb.ingress.kubernetes.io/listen-ports: '[{"HTTPS": 443}]'
      spec:
        ingressClassName: alb
    `, filename: "ingress-patch.yaml", },
    // A custom resource named Ingress is not read.
    yaml`
      apiVersion: example.com/v1
      kind: Ingress
      metadata:
        name: ui
      spec:
        ingressClassName: alb
        defaultBackend: {service: {name: ui, port: {number: 80}}}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: ui
      spec:
        ports: [{port: 80}]
    `,
  ],
  invalid: [
    // The default target type (instance) in front of a ClusterIP Service.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: ui
          namespace: ui
          annotations:
            alb.ingress.kubernetes.io/scheme: internet-facing
        spec:
          ingressClassName: alb
          rules:
            - http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service:
                        name: ui
                        port:
                          number: 80
                  - path: /api
                    pathType: Prefix
                    backend:
                      service:
                        name: ui
                        port:
                          number: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ui
          namespace: ui
        spec:
          selector: {app: ui}
          ports: [{port: 80, targetPort: 8080}]
      `,
      errors: [
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"ui\"","service":"\"ui\"","source":"the controller's default target type","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 17,
          column: 23,
          endLine: 17,
          endColumn: 25,
          suggestions: [
            { messageId: "setIpTargets", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  namespace: ui\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n    alb.ingress.kubernetes.io/target-type: ip\nspec:\n  ingressClassName: alb\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ui\n                port:\n                  number: 80\n          - path: /api\n            pathType: Prefix\n            backend:\n              service:\n                name: ui\n                port:\n                  number: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ui\n  namespace: ui\nspec:\n  selector: {app: ui}\n  ports: [{port: 80, targetPort: 8080}]\n" },
          ],
        },
      ],
    },
    // Explicit instance targets; an Ingress without annotations; an ALB class of another name.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "networking.k8s.io/v1",
              "kind": "Ingress",
              "metadata": { "name": "ui", "annotations": { "alb.ingress.kubernetes.io/target-type": "instance" } },
              "spec": { "ingressClassName": "alb", "defaultBackend": { "service": { "name": "ui", "port": { "number": 80 } } } }
            },
            {
              "apiVersion": "networking.k8s.io/v1",
              "kind": "Ingress",
              "metadata": { "name": "admin" },
              "spec": { "ingressClassName": "public", "defaultBackend": { "service": { "name": "ui", "port": { "number": 80 } } } }
            },
            { "apiVersion": "networking.k8s.io/v1", "kind": "IngressClass", "metadata": { "name": "public" }, "spec": { "controller": "ingress.k8s.aws/alb" } },
            { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "ui" }, "spec": { "type": "ClusterIP", "ports": [{ "port": 80 }] } }
          ]
        }
      `,
      errors: [
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"ui\"","service":"\"ui\"","source":"alb.ingress.kubernetes.io/target-type is \"instance\"","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 9,
          column: 85,
          endLine: 9,
          endColumn: 89,
          suggestions: [
            { messageId: "setIpTargets", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    {\n      \"apiVersion\": \"networking.k8s.io/v1\",\n      \"kind\": \"Ingress\",\n      \"metadata\": { \"name\": \"ui\", \"annotations\": { \"alb.ingress.kubernetes.io/target-type\": \"ip\" } },\n      \"spec\": { \"ingressClassName\": \"alb\", \"defaultBackend\": { \"service\": { \"name\": \"ui\", \"port\": { \"number\": 80 } } } }\n    },\n    {\n      \"apiVersion\": \"networking.k8s.io/v1\",\n      \"kind\": \"Ingress\",\n      \"metadata\": { \"name\": \"admin\" },\n      \"spec\": { \"ingressClassName\": \"public\", \"defaultBackend\": { \"service\": { \"name\": \"ui\", \"port\": { \"number\": 80 } } } }\n    },\n    { \"apiVersion\": \"networking.k8s.io/v1\", \"kind\": \"IngressClass\", \"metadata\": { \"name\": \"public\" }, \"spec\": { \"controller\": \"ingress.k8s.aws/alb\" } },\n    { \"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": { \"name\": \"ui\" }, \"spec\": { \"type\": \"ClusterIP\", \"ports\": [{ \"port\": 80 }] } }\n  ]\n}\n" },
          ],
        },
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"admin\"","service":"\"ui\"","source":"the controller's default target type","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 15,
          column: 88,
          endLine: 15,
          endColumn: 92,
          suggestions: [
            { messageId: "setIpTargets", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    {\n      \"apiVersion\": \"networking.k8s.io/v1\",\n      \"kind\": \"Ingress\",\n      \"metadata\": { \"name\": \"ui\", \"annotations\": { \"alb.ingress.kubernetes.io/target-type\": \"instance\" } },\n      \"spec\": { \"ingressClassName\": \"alb\", \"defaultBackend\": { \"service\": { \"name\": \"ui\", \"port\": { \"number\": 80 } } } }\n    },\n    {\n      \"apiVersion\": \"networking.k8s.io/v1\",\n      \"kind\": \"Ingress\",\n      \"metadata\": { \"name\": \"admin\", \"annotations\": {\"alb.ingress.kubernetes.io/target-type\":\"ip\"} },\n      \"spec\": { \"ingressClassName\": \"public\", \"defaultBackend\": { \"service\": { \"name\": \"ui\", \"port\": { \"number\": 80 } } } }\n    },\n    { \"apiVersion\": \"networking.k8s.io/v1\", \"kind\": \"IngressClass\", \"metadata\": { \"name\": \"public\" }, \"spec\": { \"controller\": \"ingress.k8s.aws/alb\" } },\n    { \"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": { \"name\": \"ui\" }, \"spec\": { \"type\": \"ClusterIP\", \"ports\": [{ \"port\": 80 }] } }\n  ]\n}\n" },
          ],
        },
      ],
    },
    // Found through the project index: the Service and the class.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: shop
          namespace: shop
        spec:
          ingressClassName: internal-alb
          rules:
            - host: shop.example.com
              http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: api, port: {number: 80}}
      `,
      settings: {"aws-containers":{"project":["tests/fixtures/project-eks-ingress-alb/*.yaml"]}}, 
      errors: [
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"shop\"","service":"\"api\"","source":"the controller's default target type","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 15,
          column: 31,
          endLine: 15,
          endColumn: 34,
          suggestions: [
            { messageId: "setIpTargets", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop\n  namespace: shop\n  annotations: {alb.ingress.kubernetes.io/target-type: ip}\nspec:\n  ingressClassName: internal-alb\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: api, port: {number: 80}}\n" },
          ],
        },
      ],
    },
    // The deprecated class annotation, a default class, IngressClassParams with instance targets, extensions/v1beta1 backends.
    {
      ...yaml`
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata:
          name: legacy
          annotations:
            kubernetes.io/ingress.class: alb
        spec:
          backend:
            serviceName: ui
            servicePort: 80
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: defaulted
        spec:
          defaultBackend: {service: {name: ui, port: {number: 80}}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: IngressClass
        metadata:
          name: aws
          annotations:
            ingressclass.kubernetes.io/is-default-class: "true"
        spec:
          controller: ingress.k8s.aws/alb
          parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: instance-params}
        ---
        apiVersion: elbv2.k8s.aws/v1beta1
        kind: IngressClassParams
        metadata: {name: instance-params}
        spec:
          targetType: instance
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ui
        spec:
          type: ClusterIP
          selector: {app: ui}
          ports: [{port: 80, targetPort: 8080}]
      `,
      errors: [
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"legacy\"","service":"\"ui\"","source":"the controller's default target type","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 20,
          suggestions: [
            { messageId: "setIpTargets", output: "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: legacy\n  annotations:\n    kubernetes.io/ingress.class: alb\n    alb.ingress.kubernetes.io/target-type: ip\nspec:\n  backend:\n    serviceName: ui\n    servicePort: 80\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: defaulted\nspec:\n  defaultBackend: {service: {name: ui, port: {number: 80}}}\n---\napiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: aws\n  annotations:\n    ingressclass.kubernetes.io/is-default-class: \"true\"\nspec:\n  controller: ingress.k8s.aws/alb\n  parameters: {apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: instance-params}\n---\napiVersion: elbv2.k8s.aws/v1beta1\nkind: IngressClassParams\nmetadata: {name: instance-params}\nspec:\n  targetType: instance\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ui\nspec:\n  type: ClusterIP\n  selector: {app: ui}\n  ports: [{port: 80, targetPort: 8080}]\n" },
          ],
        },
        {
          messageId: "instanceClusterIp",
          data: {"ingress":"\"defaulted\"","service":"\"ui\"","source":"its IngressClassParams targetType is \"instance\"","targetKey":"alb.ingress.kubernetes.io/target-type"},
          line: 17,
          column: 36,
          endLine: 17,
          endColumn: 38,
        },
      ],
    },
    // HTTPS without any certificate source; spec.tls with no HTTPS listener.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: secure
          annotations:
            alb.ingress.kubernetes.io/target-type: ip
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
        spec:
          ingressClassName: alb
          defaultBackend: {service: {name: ui, port: {number: 80}}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: tls
          annotations:
            alb.ingress.kubernetes.io/target-type: ip
        spec:
          ingressClassName: alb
          tls:
            - hosts: [shop.example.com]
              secretName: shop-tls
          rules:
            - host: shop.example.com
      `,
      errors: [
        {
          messageId: "httpsWithoutCertificate",
          data: {"ingress":"\"secure\"","key":"alb.ingress.kubernetes.io/listen-ports","certificateKey":"alb.ingress.kubernetes.io/certificate-arn"},
          line: 7,
          column: 45,
          endLine: 7,
          endColumn: 77,
        },
        {
          messageId: "tlsWithoutHttps",
          data: {"ingress":"\"tls\"","key":"alb.ingress.kubernetes.io/listen-ports","certificateKey":"alb.ingress.kubernetes.io/certificate-arn","listeners":"listens on HTTP 80 only (the default without alb.ingress.kubernetes.io/certificate-arn)"},
          line: 20,
          column: 3,
          endLine: 20,
          endColumn: 6,
          suggestions: [
            { messageId: "addHttpsListener", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: secure\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTP\": 80}, {\"HTTPS\": 443}]'\nspec:\n  ingressClassName: alb\n  defaultBackend: {service: {name: ui, port: {number: 80}}}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: tls\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\n    alb.ingress.kubernetes.io/listen-ports: \"[{\\\"HTTP\\\": 80}, {\\\"HTTPS\\\": 443}]\"\nspec:\n  ingressClassName: alb\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n  rules:\n    - host: shop.example.com\n" },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "networking.k8s.io/v1",
          "kind": "Ingress",
          "metadata": { "name": "tls", "annotations": { "alb.ingress.kubernetes.io/target-type": "ip", "alb.ingress.kubernetes.io/listen-ports": "[{\\"HTTP\\": 8080}]" } },
          "spec": { "ingressClassName": "alb", "tls": [{ "hosts": ["shop.example.com"], "secretName": "shop-tls" }] }
        }
      `,
      errors: [
        {
          messageId: "tlsWithoutHttps",
          data: {"ingress":"\"tls\"","key":"alb.ingress.kubernetes.io/listen-ports","certificateKey":"alb.ingress.kubernetes.io/certificate-arn","listeners":"listens on HTTP only (alb.ingress.kubernetes.io/listen-ports)"},
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 45,
        },
      ],
    },
  ],

});
