/**
 * valid-schema on Kubernetes manifests: unknown fields (with the closest name),
 * wrong types, enum values, IntOrString and Quantity values, probe handlers and
 * volume sources, required members (not in fragments), read as the API server
 * reads YAML 1.1; custom resources, unmodelled kinds and versions silent.
 */
import rule from "../../src/rules/valid-schema.js";
import { dedent, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** An expected output, written like the cases (dedented). */
const fixed = (strings: TemplateStringsArray): string => dedent(String.raw({ raw: strings }));

runRule("valid-schema", rule, {
  valid: [
    {
      name: "a whole Deployment with YAML 1.1 booleans and octal modes, quantities, IntOrStrings and status",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: shop
        labels:
          app.kubernetes.io/name: web
          version: "1.0"
        annotations:
          deployment.kubernetes.io/revision: "3"
        creationTimestamp: null
      spec:
        replicas: 3
        revisionHistoryLimit: 5
        progressDeadlineSeconds: 1_200
        selector:
          matchLabels:
            app.kubernetes.io/name: web
          matchExpressions:
            - key: tier
              operator: In
              values: [frontend]
        strategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 25%
            maxSurge: 1
        template:
          metadata:
            labels:
              app.kubernetes.io/name: web
              tier: frontend
          spec:
            serviceAccountName: web
            automountServiceAccountToken: no
            restartPolicy: Always
            dnsPolicy: ClusterFirst
            terminationGracePeriodSeconds: 30
            nodeSelector:
              kubernetes.io/os: linux
            securityContext:
              runAsNonRoot: yes
              runAsUser: 1000
              fsGroup: 2000
              seccompProfile:
                type: RuntimeDefault
            tolerations:
              - key: dedicated
                operator: Equal
                value: web
                effect: NoSchedule
            topologySpreadConstraints:
              - maxSkew: 1
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: ScheduleAnyway
                labelSelector:
                  matchLabels:
                    app.kubernetes.io/name: web
            containers:
              - name: web
                image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2
                imagePullPolicy: IfNotPresent
                args: ["--port", "8080"]
                ports:
                  - name: http
                    containerPort: 8080
                    protocol: TCP
                env:
                  - name: PORT
                    value: "8080"
                  - name: FEATURE
                    value: "yes"
                  - name: POD_NAME
                    valueFrom:
                      fieldRef:
                        fieldPath: metadata.name
                  - name: DB_PASSWORD
                    valueFrom:
                      secretKeyRef:
                        name: db
                        key: password
                envFrom:
                  - configMapRef:
                      name: web
                resources:
                  requests:
                    cpu: 250m
                    memory: 256Mi
                  limits:
                    cpu: 1
                    memory: 0.5Gi
                    ephemeral-storage: 1e9
                readinessProbe:
                  httpGet:
                    path: /healthz
                    port: http
                    scheme: HTTP
                  periodSeconds: 10
                livenessProbe:
                  tcpSocket:
                    port: 8080
                startupProbe:
                  exec:
                    command: [cat, /tmp/ready]
                  failureThreshold: 30
                lifecycle:
                  preStop:
                    sleep:
                      seconds: 5
                securityContext:
                  allowPrivilegeEscalation: off
                  readOnlyRootFilesystem: on
                  capabilities:
                    drop: [ALL]
                volumeMounts:
                  - name: config
                    mountPath: /etc/web
                    readOnly: y
                  - name: cache
                    mountPath: /cache
            volumes:
              - name: config
                configMap:
                  name: web
                  defaultMode: 0644
                  items:
                    - key: app.yaml
                      path: app.yaml
                      mode: 0400
              - name: cache
                emptyDir:
                  sizeLimit: 1Gi
              - name: scratch
      status:
        replicas: 3
        conditions:
          - type: Available
            status: "True"
    `,
    },
    {
      name: "kubectl get -o json output: managedFields, ownerReferences, status",
      ...json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
          "name": "web-7d4b9c-x2k8p",
          "namespace": "shop",
          "uid": "2f0c7a4e-6a43-4c3f-9d1e-0a6b2b0f1c55",
          "resourceVersion": "123456",
          "creationTimestamp": "2026-01-02T03:04:05Z",
          "generateName": "web-7d4b9c-",
          "labels": { "app": "web", "pod-template-hash": "7d4b9c" },
          "ownerReferences": [
            { "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-7d4b9c", "uid": "9b1d", "controller": true, "blockOwnerDeletion": true }
          ],
          "managedFields": [
            { "manager": "kube-controller-manager", "operation": "Update", "apiVersion": "v1", "time": "2026-01-02T03:04:05Z", "fieldsType": "FieldsV1", "fieldsV1": { "f:metadata": { "f:labels": { ".": {} } } } }
          ]
        },
        "spec": {
          "containers": [
            {
              "name": "web",
              "image": "nginx:1.27",
              "resources": {},
              "terminationMessagePath": "/dev/termination-log",
              "terminationMessagePolicy": "File",
              "volumeMounts": [{ "name": "kube-api-access-abcde", "readOnly": true, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount" }]
            }
          ],
          "enableServiceLinks": true,
          "nodeName": "ip-10-0-1-23.eu-west-1.compute.internal",
          "preemptionPolicy": "PreemptLowerPriority",
          "priority": 0,
          "schedulerName": "default-scheduler",
          "tolerations": [{ "key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300 }],
          "volumes": [
            {
              "name": "kube-api-access-abcde",
              "projected": {
                "defaultMode": 420,
                "sources": [
                  { "serviceAccountToken": { "expirationSeconds": 3607, "path": "token" } },
                  { "configMap": { "name": "kube-root-ca.crt", "items": [{ "key": "ca.crt", "path": "ca.crt" }] } },
                  { "downwardAPI": { "items": [{ "path": "namespace", "fieldRef": { "apiVersion": "v1", "fieldPath": "metadata.namespace" } }] } }
                ]
              }
            }
          ]
        },
        "status": { "phase": "Running", "podIP": "10.0.1.45", "startTime": "2026-01-02T03:04:05Z" }
      }
    `,
    },
    {
      name: "Service, Ingress, PVC, StorageClass, PDB, HPAs and ServiceAccount in one file",
      ...yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        annotations:
          service.beta.kubernetes.io/aws-load-balancer-type: external
      spec:
        type: LoadBalancer
        loadBalancerClass: service.k8s.aws/nlb
        externalTrafficPolicy: Local
        selector:
          app: web
        ports:
          - name: http
            port: 80
            targetPort: http
            protocol: TCP
      ---
      apiVersion: networking.k8s.io/v1
      kind: Ingress
      metadata:
        name: web
      spec:
        ingressClassName: alb
        tls:
          - hosts: [shop.example.com]
        rules:
          - host: shop.example.com
            http:
              paths:
                - path: /
                  pathType: Prefix
                  backend:
                    service:
                      name: web
                      port:
                        number: 80
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        storageClassName: gp3
        accessModes: [ReadWriteOnce]
        volumeMode: Filesystem
        resources:
          requests:
            storage: 20Gi
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
      provisioner: ebs.csi.aws.com
      reclaimPolicy: Retain
      volumeBindingMode: WaitForFirstConsumer
      allowVolumeExpansion: yes
      parameters:
        type: gp3
        encrypted: "true"
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: web
      spec:
        maxUnavailable: 1
        selector:
          matchLabels:
            app: web
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: web
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: web
        minReplicas: 2
        maxReplicas: 10
        metrics:
          - type: Resource
            resource:
              name: cpu
              target:
                type: Utilization
                averageUtilization: 70
      ---
      apiVersion: autoscaling/v1
      kind: HorizontalPodAutoscaler
      metadata:
        name: worker
      spec:
        scaleTargetRef:
          kind: Deployment
          name: worker
        maxReplicas: 4
        targetCPUUtilizationPercentage: 80
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: web
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/web
      automountServiceAccountToken: false
    `,
    },
    {
      name: "a CronJob, a Job, a StatefulSet with claim templates and a DaemonSet",
      ...yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
      spec:
        schedule: "0 3 * * *"
        concurrencyPolicy: Forbid
        jobTemplate:
          spec:
            backoffLimit: 2
            ttlSecondsAfterFinished: 3600
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: report
                    image: busybox:1.36
                    command: [sh, -c, date]
      ---
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: migrate
                image: busybox:1.36
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        serviceName: db
        selector:
          matchLabels:
            app: db
        template:
          metadata:
            labels:
              app: db
          spec:
            containers:
              - name: db
                image: postgres:16
                volumeMounts:
                  - name: data
                    mountPath: /var/lib/postgresql/data
        volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: [ReadWriteOnce]
              resources:
                requests:
                  storage: 10Gi
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: agent
      spec:
        selector:
          matchLabels:
            app: agent
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 10%
        template:
          metadata:
            labels:
              app: agent
          spec:
            hostNetwork: true
            containers:
              - name: agent
                image: fluent/fluent-bit:3.0
                volumeMounts:
                  - name: logs
                    mountPath: /var/log
            volumes:
              - name: logs
                hostPath:
                  path: /var/log
                  type: Directory
    `,
    },
    {
      name: "custom resources, kinds not modelled, removed apiVersions and templated apiVersions are not judged",
      ...yaml`
      apiVersion: karpenter.sh/v1
      kind: NodePool
      metadata:
        name: default
      spec:
        template:
          spec:
            requirements:
              - key: karpenter.k8s.aws/instance-family
                operator: In
                values: [m7g]
        anyField: anyValue
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web
      data:
        port: 8080
      ---
      apiVersion: extensions/v1beta1
      kind: Ingress
      metadata:
        name: old
      spec:
        backend:
          serviceName: web
          servicePort: 80
      ---
      apiVersion: \${API_VERSION}
      kind: Deployment
      metadata:
        name: web
      spec:
        replica: 2
    `,
    },
    {
      name: "unknown values: placeholders and quoted templates",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: \${NAME}
        labels:
          app: "{{ app }}"
      spec:
        replicas: \${REPLICAS}
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: \${IMAGE}
                imagePullPolicy: \${PULL_POLICY}
                ports:
                  - containerPort: \${PORT}
                resources:
                  limits:
                    memory: \${MEMORY}
    `,
    },
    {
      name: "null is unset and an empty enum value is defaulted",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        creationTimestamp: null
        annotations: null
      spec:
        strategy: {}
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
                imagePullPolicy: ""
                resources: null
                env:
                  - name: EMPTY
                    value: null
      status: {}
    `,
    },
    {
      name: "a patch (by its name): nothing is missing, and strategic-merge directives are not fields",
      filename: "overlays/prod/deployment-patch.yaml",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                livenessProbe:
                  initialDelaySeconds: 30
                ports:
                  - protocol: TCP
            volumes:
              - name: old
                $patch: delete
    `,
    },
    {
      name: "a kustomize overlay without selector or pod labels is a patch too",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 5
        template:
          spec:
            containers:
              - name: web
                image: web:2.0
    `,
    },
    {
      name: "a List of valid items",
      ...json`
      {
        "apiVersion": "v1",
        "kind": "List",
        "metadata": { "resourceVersion": "" },
        "items": [
          { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "web" } },
          { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "web" }, "spec": { "ports": [{ "port": 443, "targetPort": 8443 }] } }
        ]
      }
    `,
    },
  ],
  invalid: [
    {
      name: "a case-only spelling beside the right one: remove it (renaming would repeat the field)",
      ...yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: Always
            ImagePullPolicy: Never
    `,
      errors: [
        {
          messageId: "caseBesideMember", data: { shape: "Container", key: "ImagePullPolicy", name: "imagePullPolicy" }, line: 10, column: 7, endLine: 10, endColumn: 22,
          suggestions: [{ messageId: "remove", data: { key: "ImagePullPolicy" }, output: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      imagePullPolicy: Always\n" }],
        },
      ],
    },
    {
      name: "typos: a case-only difference is fixed; a near name is suggested; an unknown key can be removed",
      ...yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            imagePullpolicy: Always
            readinessprobe:
              tcpSocket:
                port: 80
            resouces: {}
            sidecar: true
    `,
      errors: [
        { messageId: "fieldCase", data: { shape: "Container", key: "imagePullpolicy", name: "imagePullPolicy" }, line: 9, column: 7, endLine: 9, endColumn: 22 },
        { messageId: "fieldCase", data: { shape: "Container", key: "readinessprobe", name: "readinessProbe" }, line: 10, column: 7, endLine: 10, endColumn: 21 },
        { messageId: "unknownFieldNear", data: { shape: "Container", key: "resouces", name: "resources" }, line: 13, column: 7, endLine: 13, endColumn: 15,
          suggestions: [
            { messageId: "rename", data: { key: "resouces", name: "resources" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    imagePullpolicy: Always
                    readinessprobe:
                      tcpSocket:
                        port: 80
                    resources: {}
                    sidecar: true
            ` },
            { messageId: "remove", data: { key: "resouces" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    imagePullpolicy: Always
                    readinessprobe:
                      tcpSocket:
                        port: 80
                    sidecar: true
            ` },
          ] },
        { messageId: "unknownField", data: { shape: "Container", key: "sidecar" }, line: 14, column: 7, endLine: 14, endColumn: 14,
          suggestions: [
            { messageId: "remove", data: { key: "sidecar" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    imagePullpolicy: Always
                    readinessprobe:
                      tcpSocket:
                        port: 80
                    resouces: {}
            ` },
          ] },
      ],
      output: fixed`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: Always
            readinessProbe:
              tcpSocket:
                port: 80
            resouces: {}
            sidecar: true
    `,
    },
    {
      name: "typos in JSON, and a key given twice",
      ...json`
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": { "name": "web", "lables": { "app": "web" } },
        "spec": { "type": "ClusterIP", "type": "NodePort", "ports": [{ "port": 80, "targetport": 8080 }] }
      }
    `,
      errors: [
        { messageId: "unknownFieldNear", data: { shape: "ObjectMeta", key: "lables", name: "labels" }, line: 4, column: 32, endLine: 4, endColumn: 40,
          suggestions: [
            { messageId: "rename", data: { key: "lables", name: "labels" }, output: fixed`
              {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": { "name": "web", "labels": { "app": "web" } },
                "spec": { "type": "ClusterIP", "type": "NodePort", "ports": [{ "port": 80, "targetport": 8080 }] }
              }
            ` },
            { messageId: "remove", data: { key: "lables" }, output: fixed`
              {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": { "name": "web" },
                "spec": { "type": "ClusterIP", "type": "NodePort", "ports": [{ "port": 80, "targetport": 8080 }] }
              }
            ` },
          ] },
        { messageId: "duplicateKey", data: { key: "type" }, line: 5, column: 13, endLine: 5, endColumn: 19,
          suggestions: [
            { messageId: "remove", data: { key: "type" }, output: fixed`
              {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": { "name": "web", "lables": { "app": "web" } },
                "spec": { "type": "NodePort", "ports": [{ "port": 80, "targetport": 8080 }] }
              }
            ` },
          ] },
        { messageId: "fieldCase", data: { shape: "ServicePort", key: "targetport", name: "targetPort" }, line: 5, column: 78, endLine: 5, endColumn: 90 },
      ],
      output: fixed`
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": { "name": "web", "lables": { "app": "web" } },
        "spec": { "type": "ClusterIP", "type": "NodePort", "ports": [{ "port": 80, "targetPort": 8080 }] }
      }
    `,
    },
    {
      name: "numbers and plain YAML 1.1 booleans where Kubernetes wants strings",
      ...yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
        labels:
          tier: 1
          country: NO
      spec:
        containers:
          - name: web
            image: nginx:1.27
            args: [--workers, 4]
            env:
              - name: PORT
                value: 8080
              - name: DEBUG
                value: yes
    `,
      errors: [
        { messageId: "wrongType", data: { subject: "Entry \"tier\" of ObjectMeta field labels", expected: "a string", actual: "a number" }, line: 6, column: 11, endLine: 6, endColumn: 12,
          suggestions: [
            { messageId: "convert", data: { value: "\"1\"" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
                labels:
                  tier: "1"
                  country: NO
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    args: [--workers, 4]
                    env:
                      - name: PORT
                        value: 8080
                      - name: DEBUG
                        value: yes
            ` },
          ] },
        { messageId: "yaml11Type", data: { subject: "Entry \"country\" of ObjectMeta field labels", value: "NO", actual: "a boolean" }, line: 7, column: 14, endLine: 7, endColumn: 16,
          suggestions: [
            { messageId: "convert", data: { value: "\"NO\"" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
                labels:
                  tier: 1
                  country: "NO"
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    args: [--workers, 4]
                    env:
                      - name: PORT
                        value: 8080
                      - name: DEBUG
                        value: yes
            ` },
          ] },
        { messageId: "wrongType", data: { subject: "Item 2 of Container field args", expected: "a string", actual: "a number" }, line: 12, column: 25, endLine: 12, endColumn: 26,
          suggestions: [
            { messageId: "convert", data: { value: "\"4\"" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
                labels:
                  tier: 1
                  country: NO
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    args: [--workers, "4"]
                    env:
                      - name: PORT
                        value: 8080
                      - name: DEBUG
                        value: yes
            ` },
          ] },
        { messageId: "wrongType", data: { subject: "EnvVar field value", expected: "a string", actual: "a number" }, line: 15, column: 18, endLine: 15, endColumn: 22,
          suggestions: [
            { messageId: "convert", data: { value: "\"8080\"" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
                labels:
                  tier: 1
                  country: NO
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    args: [--workers, 4]
                    env:
                      - name: PORT
                        value: "8080"
                      - name: DEBUG
                        value: yes
            ` },
          ] },
        { messageId: "yaml11Type", data: { subject: "EnvVar field value", value: "yes", actual: "a boolean" }, line: 17, column: 18, endLine: 17, endColumn: 21,
          suggestions: [
            { messageId: "convert", data: { value: "\"yes\"" }, output: fixed`
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
                labels:
                  tier: 1
                  country: NO
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    args: [--workers, 4]
                    env:
                      - name: PORT
                        value: 8080
                      - name: DEBUG
                        value: "yes"
            ` },
          ] },
      ],
    },
    {
      name: "strings where Kubernetes wants integers and booleans",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: "3"
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  privileged: "true"
    `,
      errors: [
        { messageId: "wrongType", data: { subject: "DeploymentSpec field replicas", expected: "an integer", actual: "a string" }, line: 6, column: 13, endLine: 6, endColumn: 16,
          suggestions: [
            { messageId: "convert", data: { value: "3" }, output: fixed`
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 3
                selector:
                  matchLabels:
                    app: web
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                      - name: web
                        image: nginx:1.27
                        securityContext:
                          privileged: "true"
            ` },
          ] },
        { messageId: "wrongType", data: { subject: "SecurityContext field privileged", expected: "true or false", actual: "a string" }, line: 19, column: 25, endLine: 19, endColumn: 31,
          suggestions: [
            { messageId: "convert", data: { value: "true" }, output: fixed`
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: "3"
                selector:
                  matchLabels:
                    app: web
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                      - name: web
                        image: nginx:1.27
                        securityContext:
                          privileged: true
            ` },
          ] },
      ],
    },
    {
      name: "wrong types in JSON",
      ...json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web", "annotations": { "prometheus.io/scrape": true } },
        "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "ports": [{ "containerPort": "80" }] }] }
      }
    `,
      errors: [
        { messageId: "wrongType", data: { subject: "Entry \"prometheus.io/scrape\" of ObjectMeta field annotations", expected: "a string", actual: "true" }, line: 4, column: 73, endLine: 4, endColumn: 77,
          suggestions: [
            { messageId: "convert", data: { value: "\"true\"" }, output: fixed`
              {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": { "name": "web", "annotations": { "prometheus.io/scrape": "true" } },
                "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "ports": [{ "containerPort": "80" }] }] }
              }
            ` },
          ] },
        { messageId: "wrongType", data: { subject: "ContainerPort field containerPort", expected: "an integer", actual: "a string" }, line: 5, column: 97, endLine: 5, endColumn: 101,
          suggestions: [
            { messageId: "convert", data: { value: "80" }, output: fixed`
              {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": { "name": "web", "annotations": { "prometheus.io/scrape": true } },
                "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "ports": [{ "containerPort": 80 }] }] }
              }
            ` },
          ] },
      ],
    },
    {
      name: "enum values: wrong (the values are listed) and wrong only in case (fixed)",
      ...yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        restartPolicy: Sometimes
        dnsPolicy: clusterFirst
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: IfPresent
            ports:
              - containerPort: 80
                protocol: tcp
            livenessProbe:
              httpGet:
                port: 80
                scheme: https
    `,
      errors: [
        { messageId: "enumValue", data: { subject: "PodSpec field restartPolicy", allowed: "one of \"Always\", \"OnFailure\", \"Never\"", value: "Sometimes" }, line: 6, column: 18, endLine: 6, endColumn: 27 },
        { messageId: "enumCase", data: { subject: "PodSpec field dnsPolicy", fixed: "ClusterFirst", value: "clusterFirst" }, line: 7, column: 14, endLine: 7, endColumn: 26 },
        { messageId: "enumValue", data: { subject: "Container field imagePullPolicy", allowed: "one of \"Always\", \"IfNotPresent\", \"Never\"", value: "IfPresent" }, line: 11, column: 24, endLine: 11, endColumn: 33 },
        { messageId: "enumCase", data: { subject: "ContainerPort field protocol", fixed: "TCP", value: "tcp" }, line: 14, column: 21, endLine: 14, endColumn: 24 },
        { messageId: "enumCase", data: { subject: "HTTPGetAction field scheme", fixed: "HTTPS", value: "https" }, line: 18, column: 19, endLine: 18, endColumn: 24 },
      ],
      output: fixed`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        restartPolicy: Sometimes
        dnsPolicy: ClusterFirst
        containers:
          - name: web
            image: nginx:1.27
            imagePullPolicy: IfPresent
            ports:
              - containerPort: 80
                protocol: TCP
            livenessProbe:
              httpGet:
                port: 80
                scheme: HTTPS
    `,
    },
    {
      name: "restartPolicy: Always only in a Deployment, OnFailure or Never in a CronJob's job",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            restartPolicy: OnFailure
            containers:
              - name: web
                image: nginx:1.27
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: report
      spec:
        schedule: "@daily"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Always
                containers:
                  - name: report
                    image: busybox:1.36
    `,
      errors: [
        { messageId: "enumValue", data: { subject: "PodSpec field restartPolicy", allowed: "\"Always\"", value: "OnFailure" }, line: 14, column: 22, endLine: 14, endColumn: 31 },
        { messageId: "enumValue", data: { subject: "PodSpec field restartPolicy", allowed: "\"OnFailure\" or \"Never\"", value: "Always" }, line: 29, column: 26, endLine: 29, endColumn: 32 },
      ],
    },
    {
      name: "Service, PVC and StorageClass values, each report in its own document",
      ...yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: Loadbalancer
        externalTrafficPolicy: Global
        ports:
          - port: 80
            targetPort: "8080"
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce, ReadWriteAll]
        resources:
          requests:
            storage: 10GB
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
      provisioner: ebs.csi.aws.com
      reclaimPolicy: Recycle
      parameters:
        encrypted: true
    `,
      errors: [
        { messageId: "enumCase", data: { subject: "ServiceSpec field type", fixed: "LoadBalancer", value: "Loadbalancer" }, line: 6, column: 9, endLine: 6, endColumn: 21 },
        { messageId: "enumValue", data: { subject: "ServiceSpec field externalTrafficPolicy", allowed: "\"Cluster\" or \"Local\"", value: "Global" }, line: 7, column: 26, endLine: 7, endColumn: 32 },
        { messageId: "patternMismatch", data: { subject: "ServicePort field targetPort", pattern: "a port number, or a port name of lower-case letters, digits and hyphens (at most 15, at least one letter)", value: "8080" }, line: 10, column: 19, endLine: 10, endColumn: 25,
          suggestions: [
            { messageId: "convert", data: { value: "8080" }, output: fixed`
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                type: Loadbalancer
                externalTrafficPolicy: Global
                ports:
                  - port: 80
                    targetPort: 8080
              ---
              apiVersion: v1
              kind: PersistentVolumeClaim
              metadata:
                name: data
              spec:
                accessModes: [ReadWriteOnce, ReadWriteAll]
                resources:
                  requests:
                    storage: 10GB
              ---
              apiVersion: storage.k8s.io/v1
              kind: StorageClass
              metadata:
                name: gp3
              provisioner: ebs.csi.aws.com
              reclaimPolicy: Recycle
              parameters:
                encrypted: true
            ` },
          ] },
        { messageId: "enumValue", data: { subject: "Item 2 of PersistentVolumeClaimSpec field accessModes", allowed: "one of \"ReadWriteOnce\", \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOncePod\"", value: "ReadWriteAll" }, line: 17, column: 32, endLine: 17, endColumn: 44 },
        { messageId: "patternMismatch", data: { subject: "Entry \"storage\" of VolumeResourceRequirements field requests", pattern: "a quantity such as \"500m\", \"0.5\", \"128Mi\" or \"2Gi\"", value: "10GB" }, line: 20, column: 16, endLine: 20, endColumn: 20 },
        { messageId: "enumValue", data: { subject: "StorageClass field reclaimPolicy", allowed: "\"Delete\" or \"Retain\"", value: "Recycle" }, line: 27, column: 16, endLine: 27, endColumn: 23 },
        { messageId: "wrongType", data: { subject: "Entry \"encrypted\" of StorageClass field parameters", expected: "a string", actual: "true" }, line: 29, column: 14, endLine: 29, endColumn: 18,
          suggestions: [
            { messageId: "convert", data: { value: "\"true\"" }, output: fixed`
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                type: Loadbalancer
                externalTrafficPolicy: Global
                ports:
                  - port: 80
                    targetPort: "8080"
              ---
              apiVersion: v1
              kind: PersistentVolumeClaim
              metadata:
                name: data
              spec:
                accessModes: [ReadWriteOnce, ReadWriteAll]
                resources:
                  requests:
                    storage: 10GB
              ---
              apiVersion: storage.k8s.io/v1
              kind: StorageClass
              metadata:
                name: gp3
              provisioner: ebs.csi.aws.com
              reclaimPolicy: Recycle
              parameters:
                encrypted: "true"
            ` },
          ] },
      ],
      output: fixed`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: LoadBalancer
        externalTrafficPolicy: Global
        ports:
          - port: 80
            targetPort: "8080"
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce, ReadWriteAll]
        resources:
          requests:
            storage: 10GB
      ---
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata:
        name: gp3
      provisioner: ebs.csi.aws.com
      reclaimPolicy: Recycle
      parameters:
        encrypted: true
    `,
    },
    {
      name: "IntOrString and Quantity values",
      ...yaml`
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: web
      spec:
        maxUnavailable: "25"
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            resources:
              requests:
                cpu: true
                memory: 512 Mi
            readinessProbe:
              httpGet:
                port: HTTP
            livenessProbe:
              tcpSocket:
                port: 80.5
    `,
      errors: [
        { messageId: "patternMismatch", data: { subject: "PodDisruptionBudgetSpec field maxUnavailable", pattern: "a whole number, or a percentage such as \"25%\"", value: "25" }, line: 6, column: 19, endLine: 6, endColumn: 23,
          suggestions: [
            { messageId: "convert", data: { value: "25" }, output: fixed`
              apiVersion: policy/v1
              kind: PodDisruptionBudget
              metadata:
                name: web
              spec:
                maxUnavailable: 25
              ---
              apiVersion: v1
              kind: Pod
              metadata:
                name: web
              spec:
                containers:
                  - name: web
                    image: nginx:1.27
                    resources:
                      requests:
                        cpu: true
                        memory: 512 Mi
                    readinessProbe:
                      httpGet:
                        port: HTTP
                    livenessProbe:
                      tcpSocket:
                        port: 80.5
            ` },
          ] },
        { messageId: "wrongType", data: { subject: "Entry \"cpu\" of ResourceRequirements field requests", expected: "a number or a string", actual: "true" }, line: 18, column: 16, endLine: 18, endColumn: 20 },
        { messageId: "patternMismatch", data: { subject: "Entry \"memory\" of ResourceRequirements field requests", pattern: "a quantity such as \"500m\", \"0.5\", \"128Mi\" or \"2Gi\"", value: "512 Mi" }, line: 19, column: 19, endLine: 19, endColumn: 25 },
        { messageId: "patternMismatch", data: { subject: "HTTPGetAction field port", pattern: "a port number, or a port name of lower-case letters, digits and hyphens (at most 15, at least one letter)", value: "HTTP" }, line: 22, column: 17, endLine: 22, endColumn: 21 },
        { messageId: "notInteger", data: { subject: "TCPSocketAction field port", value: "80.5" }, line: 25, column: 17, endLine: 25, endColumn: 21 },
      ],
    },
    {
      name: "probes and lifecycle hooks take exactly one handler, a volume one source",
      ...yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: nginx:1.27
            livenessProbe:
              initialDelaySeconds: 5
            readinessProbe:
              exec:
                command: [cat, /tmp/ready]
              httpGet:
                port: 80
            lifecycle:
              preStop: {}
        volumes:
          - name: data
            emptyDir: {}
            persistentVolumeClaim:
              claimName: data
    `,
      errors: [
        { messageId: "unionCount", data: { shape: "Probe", members: "exec, httpGet, tcpSocket, grpc", count: "none" }, line: 9, column: 7, endLine: 9, endColumn: 20 },
        { messageId: "oneOfMany", data: { shape: "Probe", members: "exec and httpGet" }, line: 11, column: 7, endLine: 11, endColumn: 21 },
        { messageId: "unionCount", data: { shape: "LifecycleHandler", members: "exec, httpGet, sleep, tcpSocket", count: "none" }, line: 17, column: 9, endLine: 17, endColumn: 16 },
        { messageId: "oneOfMany", data: { shape: "Volume", members: "emptyDir and persistentVolumeClaim" }, line: 19, column: 7, endLine: 19, endColumn: 11 },
      ],
    },
    {
      name: "missing required members",
      ...yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        ports:
          - name: http
            targetPort: 8080
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: web
      spec:
        scaleTargetRef:
          kind: Deployment
          name: web
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
              - image: nginx:1.27
                ports:
                  - name: http
    `,
      errors: [
        { messageId: "missingMember", data: { shape: "ServicePort", key: "port" }, line: 7, column: 7, endLine: 7, endColumn: 11 },
        { messageId: "missingMember", data: { shape: "HorizontalPodAutoscalerSpec", key: "maxReplicas" }, line: 14, column: 1, endLine: 14, endColumn: 5 },
        // A missing apps/v1 selector makes the Deployment a fragment (a kustomize patch); eks-selector-match reports it.
        { messageId: "missingMember", data: { shape: "Container", key: "name" }, line: 31, column: 11, endLine: 31, endColumn: 12 },
        { messageId: "missingMember", data: { shape: "ContainerPort", key: "containerPort" }, line: 33, column: 15, endLine: 33, endColumn: 19 },
      ],
    },
    {
      name: "a Job's pod template must say its restartPolicy (the default, Always, is not a Job's)",
      ...yaml`
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        template:
          spec:
            containers:
              - name: migrate
                image: busybox:1.36
    `,
      errors: [{ messageId: "missingMember", data: { shape: "PodSpec", key: "restartPolicy" }, line: 7, column: 5, endLine: 7, endColumn: 9 }],
    },
    {
      name: "a List: the report lands on its item",
      ...yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ServiceAccount
          metadata:
            name: web
        - apiVersion: v1
          kind: ServiceAccount
          metadata:
            name: worker
          automountServiceAccountToken: "false"
    `,
      errors: [
        { messageId: "wrongType", data: { subject: "ServiceAccount field automountServiceAccountToken", expected: "true or false", actual: "a string" }, line: 12, column: 35, endLine: 12, endColumn: 42,
          suggestions: [
            { messageId: "convert", data: { value: "false" }, output: fixed`
              apiVersion: v1
              kind: List
              items:
                - apiVersion: v1
                  kind: ServiceAccount
                  metadata:
                    name: web
                - apiVersion: v1
                  kind: ServiceAccount
                  metadata:
                    name: worker
                  automountServiceAccountToken: false
            ` },
          ] },
      ],
    },
    {
      name: "a patch still has its present values judged",
      filename: "overlays/prod/patch.yaml",
      ...yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                imagePullPolicy: always
    `,
      errors: [
        { messageId: "enumCase", data: { subject: "Container field imagePullPolicy", fixed: "Always", value: "always" }, line: 10, column: 28, endLine: 10, endColumn: 34 },
      ],
      output: fixed`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        template:
          spec:
            containers:
              - name: web
                imagePullPolicy: Always
    `,
    },
    {
      name: "a probe with no handler in JSON",
      ...json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "web" },
        "spec": { "containers": [{ "name": "web", "image": "nginx:1.27", "livenessProbe": { "periodSeconds": 10 } }] }
      }
    `,
      errors: [
        { messageId: "unionCount", data: { shape: "Probe", members: "exec, httpGet, tcpSocket, grpc", count: "none" }, line: 5, column: 68, endLine: 5, endColumn: 83 },
      ],
    },
  ],});
