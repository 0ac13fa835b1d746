// The benchmark corpus's Kubernetes manifests: per repository a web tier
// (ServiceAccount, Deployment, Service, sometimes a PDB and an HPA), a
// database StatefulSet, CronJobs and Jobs, an ALB Ingress, storage and RBAC;
// in some, a log-shipping DaemonSet, Karpenter custom resources, a `kind: List`
// in JSON, and a Helm chart (whose templates are not documents). Written the
// way people write them (plain keys, block or indentless lists, multi-document
// YAML), with problems about as often as in public manifests: no probes, no
// resources, root users, the default service account, Classic Load Balancers,
// databases on emptyDir, removed API versions, Fargate-bound DaemonSets.
// Deterministic, and on a random sequence of its own, so the ECS files stay
// the same as before Kubernetes was added.

/** A seeded generator (the same linear congruential one as generate.js), one per corpus. */
export function kubernetesRandom(seed = 7) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { random, pick: (list) => list[Math.floor(random() * list.length)], chance: (probability) => random() < probability };
}

const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

/** Plain scalars YAML 1.1 or 1.2 would read as something else than a string: numbers, octal/hex/binary, dates. */
const NOT_A_STRING = /^(?:[-+]?[\d_.]+(?:[eE][-+]?\d+)?|0[xob].*|\d{4}-.*)$/;

/** A scalar as people write it: plain where YAML (1.1 and 1.2) reads it back as the same string, else double-quoted. */
function scalar(value) {
  if (typeof value !== "string") return JSON.stringify(value);
  return /^[A-Za-z0-9/][\w./@-]*$/.test(value) && !RESERVED.test(value) && !NOT_A_STRING.test(value) ? value : JSON.stringify(value);
}

/** Block YAML with plain keys; `indentless` puts list items at their key's column (`kubectl get -o yaml` does). */
export function manifestYaml(value, indentless, indent = "") {
  if (Array.isArray(value)) {
    if (value.length === 0) return " []\n";
    return `\n${value.map((item) => `${indent}- ${manifestYaml(item, indentless, `${indent}  `).replace(/^\s*/, "")}`).join("")}`;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return " {}\n";
    return `\n${entries.map(([key, item]) => `${indent}${scalar(key)}:${manifestYaml(item, indentless, Array.isArray(item) && indentless ? indent : `${indent}  `)}`).join("")}`;
  }
  if (typeof value === "string" && value.includes("\n")) return ` |\n${value.replace(/^/gm, `${indent}`).trimEnd()}\n`;
  return ` ${scalar(value)}\n`;
}

const documents = (objects, indentless) => objects.filter(Boolean).map((object) => manifestYaml(object, indentless).trimStart()).join("---\n");

const IMAGES = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2.0.1", "nginx:1.27", "nginx", "ghcr.io/acme/worker:latest", "public.ecr.aws/docker/library/node:20-alpine"];

function container(k, name, port) {
  const secure = k.chance(0.5);
  return {
    name,
    image: k.pick(IMAGES),
    ports: [{ name: "http", containerPort: port }],
    env: [
      { name: "LOG_LEVEL", value: k.pick(["info", "debug"]) },
      { name: "AWS_REGION", value: "eu-west-1" },
      ...(k.chance(0.1) ? [{ name: k.pick(["DB_PASSWORD", "API_TOKEN"]), value: "not-a-real-secret" }] : [{ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "db", key: "password" } } }]),
    ],
    readinessProbe: k.chance(0.6) ? { httpGet: { path: "/healthz", port: k.chance(0.9) ? "http" : port + 1 }, periodSeconds: 10 } : undefined,
    resources: k.chance(0.6) ? { requests: { cpu: k.pick(["100m", "250m", "500m"]), memory: k.pick(["128Mi", "256Mi", "512Mi"]) }, limits: k.chance(0.8) ? { memory: "1Gi" } : undefined } : undefined,
    securityContext: secure ? { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } } : k.chance(0.1) ? { privileged: true } : undefined,
  };
}

const meta = (name, namespace, extra = {}) => ({ name, namespace, ...extra });

function webTier(k, index, namespace) {
  const name = `web-${index}`;
  const labels = { "app.kubernetes.io/name": name };
  const irsa = k.chance(0.7);
  const replicas = k.pick([1, 2, 3, 3]);
  const type = k.pick(["ClusterIP", "LoadBalancer", "LoadBalancer"]);
  const balancer = type === "LoadBalancer" ? k.pick(["annotations", "annotations", "class", "classic"]) : undefined;
  return [
    irsa ? { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(name, namespace, { annotations: { "eks.amazonaws.com/role-arn": `arn:aws:iam::123456789012:role/${name}` } }) } : undefined,
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta(name, namespace, { labels }),
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels: k.chance(0.95) ? labels : { "app.kubernetes.io/name": `${name}-v2` } },
          spec: {
            serviceAccountName: irsa ? name : undefined,
            containers: [container(k, "app", 8080), ...(k.chance(0.3) ? [container(k, "proxy", 9090)] : [])],
          },
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta(name, namespace, {
        annotations:
          balancer === "annotations"
            ? { "service.beta.kubernetes.io/aws-load-balancer-type": k.pick(["external", "external", "nlb-ip"]), "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type": "ip", "service.beta.kubernetes.io/aws-load-balancer-scheme": k.pick(["internet-facing", "internal"]) }
            : undefined,
      }),
      spec: { type, loadBalancerClass: balancer === "class" ? "service.k8s.aws/nlb" : undefined, selector: labels, ports: [{ name: "http", port: 80, targetPort: 8080 }] },
    },
    k.chance(0.4) ? { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: meta(name, namespace), spec: { [k.chance(0.8) ? "maxUnavailable" : "minAvailable"]: k.pick([1, 1, 0, "50%"]), selector: { matchLabels: labels } } } : undefined,
    k.chance(0.4)
      ? {
          apiVersion: "autoscaling/v2",
          kind: "HorizontalPodAutoscaler",
          metadata: meta(name, namespace),
          spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: replicas, maxReplicas: 10, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }] },
        }
      : undefined,
  ];
}

const DATABASES = [
  { image: "postgres:16.4", port: 5432, path: "/var/lib/postgresql/data" },
  { image: "mysql:8.4", port: 3306, path: "/var/lib/mysql" },
  { image: "redis:7.4", port: 6379, path: "/data" },
  { image: "mongo:7.0", port: 27017, path: "/data/db" },
];

function database(k, index, namespace) {
  const db = k.pick(DATABASES);
  const name = `db-${index}`;
  const labels = { app: name };
  const claims = k.chance(0.6);
  return [
    { apiVersion: "v1", kind: "Service", metadata: meta(name, namespace), spec: { clusterIP: "None", selector: labels, ports: [{ port: db.port }] } },
    {
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: meta(name, namespace),
      spec: {
        serviceName: name,
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            securityContext: k.chance(0.5) ? { runAsNonRoot: true, runAsUser: 999, fsGroup: 999 } : undefined,
            containers: [
              {
                name: "db",
                image: db.image,
                ports: [{ containerPort: db.port }],
                readinessProbe: k.chance(0.7) ? { tcpSocket: { port: db.port } } : undefined,
                resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { memory: "1Gi" } },
                volumeMounts: [{ name: "data", mountPath: db.path }],
              },
            ],
            volumes: claims ? undefined : [{ name: "data", emptyDir: {} }],
          },
        },
        volumeClaimTemplates: claims ? [{ metadata: { name: "data" }, spec: { storageClassName: k.chance(0.85) ? "gp3" : undefined, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "20Gi" } } } }] : undefined,
      },
    },
  ];
}

function jobs(k, index, namespace) {
  const pod = (name) => ({ spec: { restartPolicy: "OnFailure", containers: [{ name, image: k.pick(IMAGES), args: ["--run", name], resources: k.chance(0.5) ? { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } } : undefined }] } });
  return [
    { apiVersion: k.chance(0.15) ? "batch/v1beta1" : "batch/v1", kind: "CronJob", metadata: meta(`report-${index}`, namespace), spec: { schedule: k.pick(["0 2 * * *", "*/15 * * * *"]), concurrencyPolicy: "Forbid", jobTemplate: { spec: { template: pod("report") } } } },
    k.chance(0.5) ? { apiVersion: "batch/v1", kind: "Job", metadata: meta(`migrate-${index}`, namespace), spec: { ttlSecondsAfterFinished: k.chance(0.5) ? 3600 : undefined, backoffLimit: 2, template: pod("migrate") } } : undefined,
  ];
}

function ingress(k, index, namespace) {
  const https = k.chance(0.6);
  return [
    {
      apiVersion: k.chance(0.05) ? "networking.k8s.io/v1beta1" : "networking.k8s.io/v1",
      kind: "Ingress",
      metadata: meta(`web-${index}`, namespace, {
        annotations: {
          "alb.ingress.kubernetes.io/scheme": "internet-facing",
          "alb.ingress.kubernetes.io/target-type": k.pick(["ip", "ip", "instance"]),
          "alb.ingress.kubernetes.io/listen-ports": https ? '[{"HTTP": 80}, {"HTTPS": 443}]' : '[{"HTTP": 80}]',
          "alb.ingress.kubernetes.io/certificate-arn": https && k.chance(0.8) ? "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d" : undefined,
          "alb.ingress.kubernetes.io/healthcheck-path": "/healthz",
        },
      }),
      spec: {
        ingressClassName: "alb",
        rules: [{ host: `shop-${index}.example.com`, http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: `web-${index}`, port: { number: 80 } } } }] } }],
      },
    },
  ];
}

function platform(k, index, namespace) {
  const inTree = k.chance(0.1);
  return [
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: "gp3" },
      provisioner: inTree ? "kubernetes.io/aws-ebs" : "ebs.csi.aws.com",
      volumeBindingMode: k.chance(0.7) ? "WaitForFirstConsumer" : "Immediate",
      parameters: { type: "gp3", encrypted: k.chance(0.7) ? "true" : undefined },
    },
    { apiVersion: "v1", kind: "PersistentVolumeClaim", metadata: meta(`uploads-${index}`, namespace), spec: { storageClassName: k.chance(0.8) ? "gp3" : undefined, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } } },
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta(`web-${index}`, namespace), data: { LOG_LEVEL: "info", FEATURES: "checkout,search", "nginx.conf": "server {\n  listen 8080;\n  location / { proxy_pass http://127.0.0.1:3000; }\n}\n" } },
    { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: meta("config-reader", namespace), rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "list", "watch"] }] },
    { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: meta("config-reader", namespace), roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "config-reader" }, subjects: [{ kind: "ServiceAccount", name: `web-${index}`, namespace }] },
  ];
}

function daemonSet(k, index, namespace) {
  return [
    {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: meta("log-agent", namespace),
      spec: {
        selector: { matchLabels: { app: "log-agent" } },
        template: {
          metadata: { labels: { app: "log-agent" } },
          spec: {
            nodeSelector: k.chance(0.1) ? { "eks.amazonaws.com/compute-type": "fargate" } : { "kubernetes.io/os": "linux" },
            tolerations: [{ operator: "Exists" }],
            containers: [
              {
                name: "fluent-bit",
                image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2",
                resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "200Mi" } },
                volumeMounts: [{ name: "varlog", mountPath: "/var/log", readOnly: true }, ...(k.chance(0.3) ? [{ name: "docker", mountPath: "/var/lib/docker/containers", readOnly: true }] : [])],
              },
            ],
            volumes: [{ name: "varlog", hostPath: { path: "/var/log" } }, { name: "docker", hostPath: { path: "/var/lib/docker/containers" } }],
          },
        },
      },
    },
  ];
}

function karpenter(index) {
  return [
    {
      apiVersion: "karpenter.sh/v1",
      kind: "NodePool",
      metadata: { name: `default-${index}` },
      spec: {
        template: { spec: { nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "default" }, requirements: [{ key: "karpenter.sh/capacity-type", operator: "In", values: ["spot", "on-demand"] }] } },
        limits: { cpu: "1000" },
        disruption: { consolidationPolicy: "WhenEmptyOrUnderutilized", consolidateAfter: "1m" },
      },
    },
    { apiVersion: "karpenter.k8s.aws/v1", kind: "EC2NodeClass", metadata: { name: "default" }, spec: { role: "KarpenterNodeRole", amiSelectorTerms: [{ alias: "al2023@latest" }], subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "prod" } }] } },
  ];
}

/** `kubectl get -o json` of a namespace's setup: a List. */
function namespaceList(index) {
  const namespace = `team-${index}`;
  return {
    apiVersion: "v1",
    kind: "List",
    items: [
      { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels: { "pod-security.kubernetes.io/enforce": "baseline" } } },
      { apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "quota", namespace }, spec: { hard: { "requests.cpu": "20", "requests.memory": "40Gi", pods: "100" } } },
      { apiVersion: "v1", kind: "LimitRange", metadata: { name: "defaults", namespace }, spec: { limits: [{ type: "Container", default: { memory: "512Mi" }, defaultRequest: { cpu: "100m", memory: "256Mi" } }] } },
    ],
    metadata: { resourceVersion: "" },
  };
}

const HELM_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "app.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "app.selectorLabels" . | nindent 8 }}
    spec:
      serviceAccountName: {{ include "app.serviceAccountName" . }}
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const HELM_VALUES = `replicaCount: 2
image:
  repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app
  tag: ""
service:
  type: ClusterIP
  port: 8080
resources:
  requests:
    cpu: 100m
    memory: 128Mi
`;

/**
 * An eksctl ClusterConfig for the repository's cluster, varied by index alone (no
 * random draws, so the manifests stay as they were): managed or self-managed node
 * groups, Spot, SSH, IRSA and Pod Identity, Fargate profiles for its namespace.
 */
function eksctlCluster(index, namespace) {
  const name = `shop-${index}`;
  const config = {
    apiVersion: "eksctl.io/v1alpha5",
    kind: "ClusterConfig",
    metadata: { name, region: "eu-west-1", version: "1.33" },
    iam: {
      withOIDC: index % 8 !== 4,
      serviceAccounts: [{ metadata: { name: "web", namespace: namespace ?? "default" }, attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"] }],
      podIdentityAssociations: [{ namespace: namespace ?? "default", serviceAccountName: "worker", roleARN: `arn:aws:iam::123456789012:role/${name}-worker` }],
    },
    addons: [{ name: "vpc-cni" }, { name: "coredns" }, { name: "kube-proxy" }, ...(index % 12 === 0 ? [] : [{ name: "eks-pod-identity-agent" }])],
    managedNodeGroups: [
      { name: "general", instanceTypes: ["m6i.large", "m5.large"], privateNetworking: true, volumeEncrypted: true, minSize: 2, maxSize: 6 },
      { name: "spot", spot: true, instanceTypes: index % 16 === 0 ? ["c5.large"] : ["c5.large", "c6i.large"], privateNetworking: index % 6 !== 0 },
    ],
    ...(index % 8 === 0 ? { nodeGroups: [{ name: "legacy", instanceType: "m5.large", desiredCapacity: 2, ssh: { allow: true, publicKeyName: "ops" } }] } : {}),
    fargateProfiles: [{ name: "batch", selectors: [{ namespace: "batch" }, { namespace: namespace ?? "default", labels: { compute: "fargate" } }] }],
    cloudWatch: { clusterLogging: { enableTypes: index % 2 === 0 ? ["audit", "authenticator"] : [] } },
  };
  return manifestYaml(config, false).replace(/^\n/, "");
}

/** The Kubernetes files of one generated repository: path → text. */
export function kubernetesFiles(k, index) {
  const namespace = k.chance(0.8) ? `shop-${index % 20}` : undefined;
  const indentless = k.chance(0.3);
  const files = {
    "k8s/web.yaml": documents(webTier(k, index, namespace), indentless),
    "k8s/database.yaml": documents(database(k, index, namespace), indentless),
    "k8s/jobs.yaml": documents(jobs(k, index, namespace), indentless),
    "k8s/ingress.yaml": documents(ingress(k, index, namespace), indentless),
    "k8s/platform.yaml": documents(platform(k, index, namespace), indentless),
  };
  if (index % 3 === 0) {
    files["k8s/log-agent.yaml"] = documents(daemonSet(k, index, namespace), indentless);
    files["chart/templates/deployment.yaml"] = HELM_DEPLOYMENT;
    files["chart/values.yaml"] = HELM_VALUES;
  }
  if (index % 5 === 0) files["k8s/karpenter.yaml"] = documents(karpenter(index), indentless);
  if (index % 10 === 0) files["k8s/namespace.json"] = JSON.stringify(namespaceList(index), null, 2);
  if (index % 4 === 0) files["cluster/eksctl.yaml"] = eksctlCluster(index, namespace);
  return files;
}
