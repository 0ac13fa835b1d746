import rule from "../../src/rules/eks-load-balancer-annotations.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-load-balancer-annotations", rule, {
  valid: [
    // LBC Service annotations, the in-tree provider's own keys, other clouds' keys.
    yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: ui-nlb
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: external
          service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
          service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
          service.beta.kubernetes.io/aws-load-balancer-healthcheck-protocol: HTTP
          service.beta.kubernetes.io/aws-load-balancer-healthcheck-interval: "10"
          service.beta.kubernetes.io/aws-load-balancer-attributes: load_balancing.cross_zone.enabled=true,deletion_protection.enabled=true
          service.beta.kubernetes.io/aws-load-balancer-target-group-attributes.443: deregistration_delay.timeout_seconds=120
          service.beta.kubernetes.io/aws-load-balancer-listener-attributes.TCP-80: tcp.idle_timeout.seconds=400
          service.beta.kubernetes.io/aws-load-balancer-manage-backend-security-group-rules: "false"
          service.beta.kubernetes.io/load-balancer-source-ranges: $INBOUND_CIDRS
          service.beta.kubernetes.io/azure-load-balancer-internal: "true"
          external-dns.alpha.kubernetes.io/hostname: ui.example.com
      spec:
        type: LoadBalancer
        ports: [{port: 80, targetPort: 8080}]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: classic
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: nlb
          service.beta.kubernetes.io/aws-load-balancer-internal: "true"
          service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout: "3600"
          service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled: "true"
          service.beta.kubernetes.io/aws-load-balancer-extra-security-groups: sg-0123456789abcdef0
      spec:
        type: LoadBalancer
    `,
    // A class makes external without a target type fine (LBC defaults to instance).
    json`
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": { "name": "web", "annotations": { "service.beta.kubernetes.io/aws-load-balancer-type": "external" } },
        "spec": { "type": "LoadBalancer", "loadBalancerClass": "service.k8s.aws/nlb" }
      }
    `,
    // Ingress annotations of every type, patterns, JSON in folded scalars.
    yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: ui
        annotations:
          alb.ingress.kubernetes.io/scheme: internet-facing
          alb.ingress.kubernetes.io/target-type: ip
          alb.ingress.kubernetes.io/group.name: retail-app-group
          alb.ingress.kubernetes.io/group.order: "-10"
          alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'
          alb.ingress.kubernetes.io/ssl-redirect: "443"
          alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:123456789012:certificate/0f3d4d62-6b1f-4b59-9d3c-2f1a7c5e8d90
          alb.ingress.kubernetes.io/shield-advanced-protection: "True"
          alb.ingress.kubernetes.io/tags: Environment=dev,Team=test
          alb.ingress.kubernetes.io/actions.response-503: >
            {"type":"fixed-response","fixedResponseConfig":{"contentType":"text/plain","statusCode":"503","messageBody":"503 error text"}}
          alb.ingress.kubernetes.io/conditions.ui: '[{"field":"host-header","hostHeaderConfig":{"values":["anno.example.com"]}}]'
          alb.ingress.kubernetes.io/listener-attributes.HTTPS-443: routing.http.response.server.enabled=true
          alb.ingress.kubernetes.io/target-control-port.ui.80: "3000"
          alb.ingress.kubernetes.io/inbound-cidrs: $INBOUND_CIDRS
          alb.ingress.kubernetes.io/healthcheck-path: "\${HEALTH_PATH}"
      spec:
        ingressClassName: alb
    `,
    // Ingress keys that may sit on a backend Service; Ingress-only keys there are not judged.
    json`
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
          "name": "ui",
          "annotations": { "alb.ingress.kubernetes.io/healthcheck-path": "/health", "alb.ingress.kubernetes.io/target-type": "ip", "alb.ingress.kubernetes.io/scheme": "public" }
        },
        "spec": { "type": "NodePort" }
      }
    `,
    // Other ingress classes, custom resources, unknown annotation objects.
    yaml`
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: nginx
        annotations:
          kubernetes.io/ingress.class: nginx
      ---
      apiVersion: serving.knative.dev/v1
      kind: Service
      metadata:
        name: knative
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-typ: external
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: merged
        annotations:
          <<: *defaults
          service.beta.kubernetes.io/aws-load-balancer-type: external
      spec:
        type: LoadBalancer
    `,
  ],
  invalid: [
    // Misspelt and unknown keys: rename suggestions where one name is close.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-shceme: internet-facing
            service.beta.kubernetes.io/aws-load-balancer-type: external
            service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
            service.beta.kubernetes.io/aws-load-balancer-magic: "on"
        spec:
          type: LoadBalancer
      `,
      errors: [
        {
          messageId: "unknownKeyNear",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-shceme\"","suggestion":"\"service.beta.kubernetes.io/aws-load-balancer-scheme\""},
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 56,
          suggestions: [
            { messageId: "renameKey", output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\n    service.beta.kubernetes.io/aws-load-balancer-magic: \"on\"\nspec:\n  type: LoadBalancer\n" },
          ],
        },
        {
          messageId: "unknownKey",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-magic\""},
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 55,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "networking.k8s.io/v1",
          "kind": "Ingress",
          "metadata": {
            "name": "ui",
            "annotations": { "alb.ingress.kubernetes.io/healthcheck-paths": "/health", "alb.ingress.kubernetes.io/Scheme": "internal" }
          },
          "spec": { "ingressClassName": "alb" }
        }
      `,
      errors: [
        {
          messageId: "unknownKeyNear",
          data: {"key":"\"alb.ingress.kubernetes.io/healthcheck-paths\"","suggestion":"\"alb.ingress.kubernetes.io/healthcheck-path\""},
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 67,
          suggestions: [
            { messageId: "renameKey", output: "{\n  \"apiVersion\": \"networking.k8s.io/v1\",\n  \"kind\": \"Ingress\",\n  \"metadata\": {\n    \"name\": \"ui\",\n    \"annotations\": { \"alb.ingress.kubernetes.io/healthcheck-path\": \"/health\", \"alb.ingress.kubernetes.io/Scheme\": \"internal\" }\n  },\n  \"spec\": { \"ingressClassName\": \"alb\" }\n}\n" },
          ],
        },
        {
          messageId: "unknownKeyNear",
          data: {"key":"\"alb.ingress.kubernetes.io/Scheme\"","suggestion":"\"alb.ingress.kubernetes.io/scheme\""},
          line: 6,
          column: 80,
          endLine: 6,
          endColumn: 114,
          suggestions: [
            { messageId: "renameKey", output: "{\n  \"apiVersion\": \"networking.k8s.io/v1\",\n  \"kind\": \"Ingress\",\n  \"metadata\": {\n    \"name\": \"ui\",\n    \"annotations\": { \"alb.ingress.kubernetes.io/healthcheck-paths\": \"/health\", \"alb.ingress.kubernetes.io/scheme\": \"internal\" }\n  },\n  \"spec\": { \"ingressClassName\": \"alb\" }\n}\n" },
          ],
        },
      ],
    },
    // Values the controller rejects; a suggestion where one value is close.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: ui
          annotations:
            alb.ingress.kubernetes.io/scheme: internet_facing
            alb.ingress.kubernetes.io/target-type: IP
            alb.ingress.kubernetes.io/healthcheck-interval-seconds: 15s
            alb.ingress.kubernetes.io/shield-advanced-protection: "yes"
            alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": "443"}]'
            alb.ingress.kubernetes.io/actions.redirect: '{"type": "redirect",}'
            alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds
            alb.ingress.kubernetes.io/group.order: "2000"
            alb.ingress.kubernetes.io/load-balancer-name: a-load-balancer-name-longer-than-32
        spec:
          ingressClassName: alb
      `,
      errors: [
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/scheme\"","value":"\"internet_facing\"","expected":"expected \"internal\" or \"internet-facing\"","object":"Ingress"},
          line: 6,
          column: 39,
          endLine: 6,
          endColumn: 54,
          suggestions: [
            { messageId: "replaceValue", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet-facing\n    alb.ingress.kubernetes.io/target-type: IP\n    alb.ingress.kubernetes.io/healthcheck-interval-seconds: 15s\n    alb.ingress.kubernetes.io/shield-advanced-protection: \"yes\"\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTP\": 80}, {\"HTTPS\": \"443\"}]'\n    alb.ingress.kubernetes.io/actions.redirect: '{\"type\": \"redirect\",}'\n    alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds\n    alb.ingress.kubernetes.io/group.order: \"2000\"\n    alb.ingress.kubernetes.io/load-balancer-name: a-load-balancer-name-longer-than-32\nspec:\n  ingressClassName: alb\n" },
          ],
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/target-type\"","value":"\"IP\"","expected":"expected \"ip\" or \"instance\"","object":"Ingress"},
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 46,
          suggestions: [
            { messageId: "replaceValue", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  annotations:\n    alb.ingress.kubernetes.io/scheme: internet_facing\n    alb.ingress.kubernetes.io/target-type: ip\n    alb.ingress.kubernetes.io/healthcheck-interval-seconds: 15s\n    alb.ingress.kubernetes.io/shield-advanced-protection: \"yes\"\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTP\": 80}, {\"HTTPS\": \"443\"}]'\n    alb.ingress.kubernetes.io/actions.redirect: '{\"type\": \"redirect\",}'\n    alb.ingress.kubernetes.io/load-balancer-attributes: idle_timeout.timeout_seconds\n    alb.ingress.kubernetes.io/group.order: \"2000\"\n    alb.ingress.kubernetes.io/load-balancer-name: a-load-balancer-name-longer-than-32\nspec:\n  ingressClassName: alb\n" },
          ],
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/healthcheck-interval-seconds\"","value":"\"15s\"","expected":"expected an integer","object":"Ingress"},
          line: 8,
          column: 61,
          endLine: 8,
          endColumn: 64,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/shield-advanced-protection\"","value":"\"yes\"","expected":"expected \"true\" or \"false\"","object":"Ingress"},
          line: 9,
          column: 59,
          endLine: 9,
          endColumn: 64,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/listen-ports\"","value":"\"[{\\\"HTTP\\\": 80}, {\\\"HTTPS\\\": \\\"443\\\"}]\"","expected":"expected a port number from 1 to 65535 for HTTPS","object":"Ingress"},
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 79,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/actions.redirect\"","value":"\"{\\\"type\\\": \\\"redirect\\\",}\"","expected":"expected JSON","object":"Ingress"},
          line: 11,
          column: 49,
          endLine: 11,
          endColumn: 72,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/load-balancer-attributes\"","value":"\"idle_timeout.timeout_seconds\"","expected":"expected comma-separated key=value pairs","object":"Ingress"},
          line: 12,
          column: 57,
          endLine: 12,
          endColumn: 85,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/group.order\"","value":"\"2000\"","expected":"expected an integer from -1000 to 1000","object":"Ingress"},
          line: 13,
          column: 44,
          endLine: 13,
          endColumn: 50,
        },
        {
          messageId: "badValue",
          data: {"key":"\"alb.ingress.kubernetes.io/load-balancer-name\"","value":"\"a-load-balancer-name-longer-than-32\"","expected":"expected at most 32 characters","object":"Ingress"},
          line: 14,
          column: 51,
          endLine: 14,
          endColumn: 86,
        },
      ],
    },
    // Annotation values must be strings (YAML 1.1: yes is a boolean): the autofix quotes them.
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: ui
          annotations:
            alb.ingress.kubernetes.io/ssl-redirect: 443
            alb.ingress.kubernetes.io/shield-advanced-protection: yes
            alb.ingress.kubernetes.io/use-regex-path-match: true
        spec:
          ingressClassName: alb
      `,
      errors: [
        {
          messageId: "notString",
          data: {"key":"\"alb.ingress.kubernetes.io/ssl-redirect\"","type":"number"},
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 48,
        },
        {
          messageId: "notString",
          data: {"key":"\"alb.ingress.kubernetes.io/shield-advanced-protection\"","type":"boolean"},
          line: 7,
          column: 59,
          endLine: 7,
          endColumn: 62,
        },
        {
          messageId: "notString",
          data: {"key":"\"alb.ingress.kubernetes.io/use-regex-path-match\"","type":"boolean"},
          line: 8,
          column: 53,
          endLine: 8,
          endColumn: 57,
        },
      ],
      output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  annotations:\n    alb.ingress.kubernetes.io/ssl-redirect: \"443\"\n    alb.ingress.kubernetes.io/shield-advanced-protection: \"true\"\n    alb.ingress.kubernetes.io/use-regex-path-match: \"true\"\nspec:\n  ingressClassName: alb\n",
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Service",
          "metadata": { "name": "web", "annotations": { "service.beta.kubernetes.io/aws-load-balancer-healthcheck-timeout": 5 } }
        }
      `,
      errors: [
        {
          messageId: "notString",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-healthcheck-timeout\"","type":"number"},
          line: 4,
          column: 117,
          endLine: 4,
          endColumn: 118,
        },
      ],
      output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Service\",\n  \"metadata\": { \"name\": \"web\", \"annotations\": { \"service.beta.kubernetes.io/aws-load-balancer-healthcheck-timeout\": \"5\" } }\n}\n",
    },
    // Deprecated forms: nlb-ip, internal (where LBC reconciles the Service), the access-log keys, web-acl-id, the class annotation.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: nlb-ip
            service.beta.kubernetes.io/aws-load-balancer-internal: "false"
            service.beta.kubernetes.io/aws-load-balancer-access-log-enabled: "true"
        spec:
          type: LoadBalancer
      `,
      errors: [
        {
          messageId: "deprecatedNlbIp",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-type\"","targetKey":"\"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type\""},
          line: 6,
          column: 56,
          endLine: 6,
          endColumn: 62,
          suggestions: [
            { messageId: "useExternal", output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-internal: \"false\"\n    service.beta.kubernetes.io/aws-load-balancer-access-log-enabled: \"true\"\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\nspec:\n  type: LoadBalancer\n" },
          ],
        },
        {
          messageId: "deprecatedKey",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-internal\"","replacement":"\"service.beta.kubernetes.io/aws-load-balancer-scheme\""},
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 58,
          suggestions: [
            { messageId: "useScheme", output: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: nlb-ip\n    service.beta.kubernetes.io/aws-load-balancer-scheme: \"internet-facing\"\n    service.beta.kubernetes.io/aws-load-balancer-access-log-enabled: \"true\"\nspec:\n  type: LoadBalancer\n" },
          ],
        },
        {
          messageId: "deprecatedAttribute",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-access-log-enabled\"","attribute":"access_logs.s3.enabled","attributesKey":"\"service.beta.kubernetes.io/aws-load-balancer-attributes\""},
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 68,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Service",
          "metadata": {
            "name": "web",
            "annotations": {
              "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
              "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"
            }
          },
          "spec": { "type": "LoadBalancer", "loadBalancerClass": "service.k8s.aws/nlb" }
        }
      `,
      errors: [
        {
          messageId: "deprecatedKey",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-internal\"","replacement":"\"service.beta.kubernetes.io/aws-load-balancer-scheme\""},
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 62,
          suggestions: [
            { messageId: "removeKey", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Service\",\n  \"metadata\": {\n    \"name\": \"web\",\n    \"annotations\": {\n      \"service.beta.kubernetes.io/aws-load-balancer-scheme\": \"internal\"\n    }\n  },\n  \"spec\": { \"type\": \"LoadBalancer\", \"loadBalancerClass\": \"service.k8s.aws/nlb\" }\n}\n" },
          ],
        },
      ],
    },
    {
      ...yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: ui
          annotations:
            kubernetes.io/ingress.class: alb
            alb.ingress.kubernetes.io/web-acl-id: 0123abcd-4567-89ef-0123-456789abcdef
        spec:
          rules:
            - http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend:
                      service: {name: ui, port: {number: 80}}
      `,
      errors: [
        {
          messageId: "deprecatedIngressClass",
          data: {"key":"\"kubernetes.io/ingress.class\"","className":"alb"},
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 32,
          suggestions: [
            { messageId: "useIngressClassName", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  annotations:\n    alb.ingress.kubernetes.io/web-acl-id: 0123abcd-4567-89ef-0123-456789abcdef\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: ui, port: {number: 80}}\n  ingressClassName: alb\n" },
          ],
        },
        {
          messageId: "deprecatedKey",
          data: {"key":"\"alb.ingress.kubernetes.io/web-acl-id\"","replacement":"\"alb.ingress.kubernetes.io/waf-acl-id\""},
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 41,
          suggestions: [
            { messageId: "renameKey", output: "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ui\n  annotations:\n    kubernetes.io/ingress.class: alb\n    alb.ingress.kubernetes.io/waf-acl-id: 0123abcd-4567-89ef-0123-456789abcdef\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: ui, port: {number: 80}}\n" },
          ],
        },
      ],
    },
    // external without a target type; a type no controller knows. In a multi-document file and a List.
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
          name: web
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: external
        spec:
          type: LoadBalancer
      `,
      errors: [
        {
          messageId: "externalWithoutTargetType",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-type\"","targetKey":"\"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type\""},
          line: 11,
          column: 56,
          endLine: 11,
          endColumn: 64,
          suggestions: [
            { messageId: "addTargetType", output: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip\nspec:\n  type: LoadBalancer\n" },
            { messageId: "addTargetType", output: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/aws-load-balancer-type: external\n    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance\nspec:\n  type: LoadBalancer\n" },
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
            {
              "apiVersion": "v1",
              "kind": "Service",
              "metadata": { "name": "web", "annotations": { "service.beta.kubernetes.io/aws-load-balancer-type": "NLB" } },
              "spec": { "type": "LoadBalancer" }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "badType",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-type\"","value":"\"NLB\"","targetKey":"\"service.beta.kubernetes.io/aws-load-balancer-nlb-target-type\""},
          line: 8,
          column: 106,
          endLine: 8,
          endColumn: 111,
          suggestions: [
            { messageId: "replaceValue", output: "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    {\n      \"apiVersion\": \"v1\",\n      \"kind\": \"Service\",\n      \"metadata\": { \"name\": \"web\", \"annotations\": { \"service.beta.kubernetes.io/aws-load-balancer-type\": \"nlb\" } },\n      \"spec\": { \"type\": \"LoadBalancer\" }\n    }\n  ]\n}\n" },
          ],
        },
      ],
    },
    // A patch: present values are judged, a missing target type is not.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: external
            service.beta.kubernetes.io/aws-load-balancer-scheme: public
      `,
      filename: "service-patch.yaml", 
      errors: [
        {
          messageId: "badValue",
          data: {"key":"\"service.beta.kubernetes.io/aws-load-balancer-scheme\"","value":"\"public\"","expected":"expected \"internal\" or \"internet-facing\"","object":"Service"},
          line: 7,
          column: 58,
          endLine: 7,
          endColumn: 64,
        },
      ],
    },
  ],

});
