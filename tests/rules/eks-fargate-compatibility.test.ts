import { FARGATE_REFUSES } from "../../src/facts/eks-fargate.js";
import rule from "../../src/rules/eks-fargate-compatibility.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const project = { "aws-containers": { project: ["tests/fixtures/project-eks-workloads/**/*.yaml"] } };

const PROFILE = "label eks.amazonaws.com/fargate-profile";
/** An eksctl config whose Fargate profiles select namespace batch, and label compute=fargate in namespace shop. */
const cluster = { "aws-containers": { project: ["tests/fixtures/project-eksctl/cluster/*.yaml"] } };
const SCHEDULER = "schedulerName fargate-scheduler";
const NODE_SELECTOR = "nodeSelector eks.amazonaws.com/compute-type: fargate";

/** An `unsupported` error's data. */
function refused(workload: string, binding: string, refusal: keyof typeof FARGATE_REFUSES) {
  return { workload, binding, ...FARGATE_REFUSES[refusal] };
}

function storage(claim: string, kind: string, source: string, dynamicEfs = false) {
  return { workload: 'StatefulSet "db"', binding: SCHEDULER, storage: kind, claim, source, advice: (dynamicEfs ? FARGATE_REFUSES.dynamicEfs : FARGATE_REFUSES.storage).advice };
}

runRule("eks-fargate-compatibility", rule, {
  valid: [
    // Bound to Fargate, asking for nothing Fargate refuses: emptyDir, a static EFS claim, a ClusterIP port.
    yaml`
      apiVersion: storage.k8s.io/v1
      kind: StorageClass
      metadata: { name: efs-sc }
      provisioner: efs.csi.aws.com
      ---
      apiVersion: v1
      kind: PersistentVolume
      metadata: { name: efs-pv }
      spec:
        capacity: { storage: 5Gi }
        accessModes: [ReadWriteMany]
        storageClassName: efs-sc
        csi: { driver: efs.csi.aws.com, volumeHandle: fs-0123456789abcdef0 }
      ---
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata: { name: efs-claim }
      spec:
        accessModes: [ReadWriteMany]
        storageClassName: efs-sc
        resources: { requests: { storage: 5Gi } }
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web, eks.amazonaws.com/compute-type: fargate } }
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions: [{ key: kubernetes.io/arch, operator: In, values: [amd64, arm64] }]
            containers:
              - name: web
                image: nginx:1.27
                securityContext: { privileged: false }
                ports: [{ containerPort: 80, hostPort: 0 }]
                resources: { limits: { nvidia.com/gpu: 0, memory: 512Mi } }
            volumes:
              - { name: tmp, emptyDir: {} }
              - { name: shared, persistentVolumeClaim: { claimName: efs-claim } }
              - { name: elsewhere, persistentVolumeClaim: { claimName: not-in-this-file } }
    `,
    // Not bound to Fargate: everything goes.
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        selector: { matchLabels: { app: agent } }
        template:
          metadata: { labels: { app: agent } }
          spec:
            hostNetwork: true
            nodeSelector: { eks.amazonaws.com/compute-type: ec2 }
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions: [{ key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate] }]
            containers: [{ name: agent, image: "agent:1.0", securityContext: { privileged: true } }]
            volumes: [{ name: root, hostPath: { path: / } }]
    `,
    // Affinity that allows other nodes in one of its terms does not bind the pod.
    json`
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "either" },
        "spec": {
          "affinity": { "nodeAffinity": { "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": [
            { "matchExpressions": [{ "key": "eks.amazonaws.com/compute-type", "operator": "In", "values": ["fargate"] }] },
            { "matchExpressions": [{ "key": "node.kubernetes.io/instance-type", "operator": "In", "values": ["m7i.large"] }] }
          ] } } },
          "hostNetwork": true,
          "containers": [{ "name": "either", "image": "either:1.0" }]
        }
      }
    `,
    // Unknown values are not judged.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web, labels: { eks.amazonaws.com/fargate-profile: "\${PROFILE}" } }
      spec:
        hostNetwork: "\${HOST_NETWORK}"
        containers:
          - name: web
            image: nginx:1.27
            securityContext: { privileged: "{{ privileged }}" }
            ports: [{ containerPort: 80, hostPort: "\${PORT}" }]
            resources: { limits: { nvidia.com/gpu: "\${GPUS}" } }
    `,
    // A load balancer by IP, or by instance in front of pods on EC2.
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: web, labels: { app: web, eks.amazonaws.com/fargate-profile: apps } }
      spec:
        containers: [{ name: web, image: "nginx:1.27" }]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        annotations: { service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip }
      spec: { type: LoadBalancer, selector: { app: web }, ports: [{ port: 80 }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: api, labels: { app: api } }
      spec:
        containers: [{ name: api, image: "api:1.0" }]
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: api
        annotations: { service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance }
      spec: { type: LoadBalancer, selector: { app: api }, ports: [{ port: 80 }] }
    `,
    // Custom resources are not judged.
    yaml`
      apiVersion: example.com/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        template:
          metadata: { labels: { eks.amazonaws.com/fargate-profile: apps } }
          spec:
            containers: [{ name: agent, image: "agent:1.0" }]
    `,
    // Fargate profiles in the index select other namespaces and labels; without the index nothing is bound.
    { ...yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: export, namespace: web }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: export, image: "export:2" }]
            volumes:
              - name: scratch
                hostPath: { path: /mnt }
    `, settings: cluster },
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: export, namespace: batch }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: export, image: "export:2" }]
            volumes:
              - name: scratch
                hostPath: { path: /mnt }
    `,
    { ...json`
      { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "web", "namespace": "shop" }, "spec": { "selector": { "matchLabels": { "app": "web" } }, "template": { "metadata": { "labels": { "app": "web", "compute": "ec2" } }, "spec": { "hostNetwork": true, "containers": [{ "name": "web", "image": "web:1" }] } } } }
    `, settings: cluster },
    // A namespace left to apply time: the profiles name namespaces, so the binding cannot be known.
    { ...yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: export }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: export, image: "export:2" }]
            volumes: [{ name: scratch, hostPath: { path: /mnt } }]
    `, settings: cluster },
  ],
  invalid: [
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata:
              labels: { app: web, eks.amazonaws.com/fargate-profile: apps }
            spec:
              hostNetwork: true
              nodeSelector: { kubernetes.io/arch: arm64 }
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext: { privileged: yes }
                  ports: [{ containerPort: 80, hostPort: 8080 }]
                  resources:
                    limits: { nvidia.com/gpu: 1 }
              volumes:
                - name: logs
                  hostPath: { path: /var/log }
                - name: secrets
                  csi: { driver: secrets-store.csi.k8s.io, readOnly: true }
                - name: tmp
                  emptyDir: {}
      `,
      errors: [
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "hostNetwork"), line: 10, column: 20, endLine: 10, endColumn: 24 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "arm"), line: 11, column: 43, endLine: 11, endColumn: 48 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "privileged"), line: 15, column: 42, endLine: 15, endColumn: 45 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "hostPort"), line: 16, column: 50, endLine: 16, endColumn: 54 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "accelerator"), line: 18, column: 23, endLine: 18, endColumn: 37 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "hostPath"), line: 21, column: 11, endLine: 21, endColumn: 19 },
        { messageId: "unsupported", data: refused('Deployment "web"', PROFILE, "csi"), line: 23, column: 11, endLine: 23, endColumn: 14 },
      ],
    },
    // Claims: EBS by StorageClass, dynamic EFS, FSx for Lustre by bound volume, an ephemeral volume, a claim template.
    {
      ...yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: { name: gp3 }
        provisioner: ebs.csi.aws.com
        parameters: { type: gp3, encrypted: "true" }
        volumeBindingMode: WaitForFirstConsumer
        ---
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: { name: efs-dynamic }
        provisioner: efs.csi.aws.com
        parameters: { provisioningMode: efs-ap, fileSystemId: fs-0123456789abcdef0, directoryPerms: "700" }
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: data }
        spec:
          accessModes: [ReadWriteOnce]
          storageClassName: gp3
          resources: { requests: { storage: 10Gi } }
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: shared }
        spec:
          accessModes: [ReadWriteMany]
          storageClassName: efs-dynamic
          resources: { requests: { storage: 5Gi } }
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata: { name: scratch-pv }
        spec:
          capacity: { storage: 1200Gi }
          accessModes: [ReadWriteMany]
          csi: { driver: fsx.csi.aws.com, volumeHandle: fs-0123456789abcdef0 }
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: scratch }
        spec:
          accessModes: [ReadWriteMany]
          storageClassName: ""
          volumeName: scratch-pv
          resources: { requests: { storage: 1200Gi } }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              schedulerName: fargate-scheduler
              containers: [{ name: db, image: "postgres:16" }]
              volumes:
                - { name: data, persistentVolumeClaim: { claimName: data } }
                - { name: shared, persistentVolumeClaim: { claimName: shared } }
                - { name: scratch, persistentVolumeClaim: { claimName: scratch } }
                - { name: missing, persistentVolumeClaim: { claimName: elsewhere } }
                - name: cache
                  ephemeral:
                    volumeClaimTemplate:
                      spec: { accessModes: [ReadWriteOnce], storageClassName: gp3, resources: { requests: { storage: 1Gi } } }
          volumeClaimTemplates:
            - metadata: { name: pgdata }
              spec: { accessModes: [ReadWriteOnce], storageClassName: gp3, resources: { requests: { storage: 20Gi } } }
      `,
      errors: [
        { messageId: "storage", data: storage('"data"', "EBS", 'StorageClass "gp3"'), line: 59, column: 61, endLine: 59, endColumn: 65 },
        { messageId: "storage", data: storage('"shared"', "dynamically provisioned EFS", 'StorageClass "efs-dynamic"', true), line: 60, column: 63, endLine: 60, endColumn: 69 },
        { messageId: "storage", data: storage('"scratch"', "FSx for Lustre", 'PersistentVolume "scratch-pv"'), line: 61, column: 64, endLine: 61, endColumn: 71 },
        { messageId: "storage", data: storage('"cache" (ephemeral)', "EBS", 'StorageClass "gp3"'), line: 64, column: 11, endLine: 64, endColumn: 20 },
        { messageId: "storage", data: storage('template "pgdata"', "EBS", 'StorageClass "gp3"'), line: 69, column: 63, endLine: 69, endColumn: 66 },
      ],
    },
    // A DaemonSet bound by node affinity; a Windows pod; load balancers that would reach it by instance.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - { key: eks.amazonaws.com/compute-type, operator: In, values: [fargate] }
              containers: [{ name: agent, image: "agent:1.0" }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: win, labels: { app: win } }
        spec:
          os: { name: windows }
          nodeSelector: { eks.amazonaws.com/compute-type: fargate }
          containers: [{ name: win, image: "mcr.microsoft.com/windows/servercore:ltsc2022" }]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: win
          annotations:
            service.beta.kubernetes.io/aws-load-balancer-type: external
            service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance
        spec:
          type: LoadBalancer
          selector: { app: win }
          ports: [{ port: 80 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: win
          annotations:
            alb.ingress.kubernetes.io/target-type: instance
        spec:
          ingressClassName: alb
          rules:
            - http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend: { service: { name: win, port: { number: 80 } } }
      `,
      errors: [
        { messageId: "unsupported", data: refused('DaemonSet "agent"', "node affinity eks.amazonaws.com/compute-type: fargate", "daemonSet"), line: 2, column: 1, endLine: 2, endColumn: 5 },
        { messageId: "unsupported", data: refused('Pod "win"', NODE_SELECTOR, "windows"), line: 21, column: 15, endLine: 21, endColumn: 22 },
        {
          messageId: "instanceTarget",
          data: { resource: 'Service "win"', workload: 'Pod "win"', binding: NODE_SELECTOR, annotation: "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type" },
          line: 31,
          column: 67,
          endLine: 31,
          endColumn: 75,
          suggestions: [{ messageId: "setIp", data: { annotation: "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type" }, output: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - { key: eks.amazonaws.com/compute-type, operator: In, values: [fargate] }
      containers: [{ name: agent, image: "agent:1.0" }]
---
apiVersion: v1
kind: Pod
metadata: { name: win, labels: { app: win } }
spec:
  os: { name: windows }
  nodeSelector: { eks.amazonaws.com/compute-type: fargate }
  containers: [{ name: win, image: "mcr.microsoft.com/windows/servercore:ltsc2022" }]
---
apiVersion: v1
kind: Service
metadata:
  name: win
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
spec:
  type: LoadBalancer
  selector: { app: win }
  ports: [{ port: 80 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: win
  annotations:
    alb.ingress.kubernetes.io/target-type: instance
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: win, port: { number: 80 } } }
` }],
        },
        {
          messageId: "instanceTarget",
          data: { resource: 'Ingress "win"', workload: 'Pod "win"', binding: NODE_SELECTOR, annotation: "alb.ingress.kubernetes.io/target-type" },
          line: 42,
          column: 44,
          endLine: 42,
          endColumn: 52,
          suggestions: [{ messageId: "setIp", data: { annotation: "alb.ingress.kubernetes.io/target-type" }, output: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - { key: eks.amazonaws.com/compute-type, operator: In, values: [fargate] }
      containers: [{ name: agent, image: "agent:1.0" }]
---
apiVersion: v1
kind: Pod
metadata: { name: win, labels: { app: win } }
spec:
  os: { name: windows }
  nodeSelector: { eks.amazonaws.com/compute-type: fargate }
  containers: [{ name: win, image: "mcr.microsoft.com/windows/servercore:ltsc2022" }]
---
apiVersion: v1
kind: Service
metadata:
  name: win
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: instance
spec:
  type: LoadBalancer
  selector: { app: win }
  ports: [{ port: 80 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: win
  annotations:
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: win, port: { number: 80 } } }
` }],
        },
      ],
    },
    // JSON, a List: a pod pinned to Fargate by its profile label, with a host port by hostIP and an Arm node affinity.
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "batch/v1",
              "kind": "Job",
              "metadata": { "name": "report" },
              "spec": { "template": {
                "metadata": { "labels": { "eks.amazonaws.com/fargate-profile": "batch" } },
                "spec": {
                  "restartPolicy": "Never",
                  "affinity": { "nodeAffinity": { "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": [{ "matchExpressions": [{ "key": "kubernetes.io/arch", "operator": "In", "values": ["arm64"] }] }] } } },
                  "containers": [{ "name": "report", "image": "report:1.0", "ports": [{ "containerPort": 9090, "hostIP": "127.0.0.1" }] }]
                }
              } }
            }
          ]
        }
      `,
      errors: [
        { messageId: "unsupported", data: refused('Job "report"', PROFILE, "arm"), line: 13, column: 199, endLine: 13, endColumn: 208 },
        { messageId: "unsupported", data: refused('Job "report"', PROFILE, "hostPort"), line: 14, column: 114, endLine: 14, endColumn: 125 },
      ],
    },
    // The claim and its StorageClass are in the project index (tests/fixtures/project-eks-workloads/storage.yaml).
    {
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: orders, namespace: shop, labels: { eks.amazonaws.com/fargate-profile: shop } }
        spec:
          containers: [{ name: orders, image: "orders:1.0" }]
          volumes: [{ name: data, persistentVolumeClaim: { claimName: orders-data } }]
      `,
      settings: project,
      errors: [
        {
          messageId: "storage",
          data: { workload: 'Pod "orders"', binding: PROFILE, storage: "EBS", claim: '"orders-data"', source: 'StorageClass "gp3"', advice: FARGATE_REFUSES.storage.advice },
          line: 6,
          column: 63,
          endLine: 6,
          endColumn: 74,
        },
      ],
    },
    {
      // Namespace batch is selected by Fargate profile "batch" of the indexed eksctl config.
      ...yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: export, namespace: batch }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: export, image: "export:2" }]
            volumes:
              - name: scratch
                hostPath: { path: /mnt }
    `,
      settings: cluster,
      errors: [{ messageId: "unsupported", data: refused('Job "export"', 'Fargate profile "batch" of cluster "shop"', "hostPath"), line: 11, column: 11, endLine: 11, endColumn: 19 }],
    },
    {
      // Labels matched by Fargate profile "web-fargate" (namespace shop, compute: fargate).
      ...json`
        { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "web", "namespace": "shop" }, "spec": { "selector": { "matchLabels": { "app": "web" } }, "template": { "metadata": { "labels": { "app": "web", "compute": "fargate" } }, "spec": { "hostNetwork": true, "containers": [{ "name": "web", "image": "web:1" }] } } } }
      `,
      settings: cluster,
      errors: [{ messageId: "unsupported", data: refused('Deployment "web"', 'Fargate profile "web-fargate" of cluster "shop"', "hostNetwork"), line: 1, column: 266, endLine: 1, endColumn: 270 }],
    },
  ],
});
