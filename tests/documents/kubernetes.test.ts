/**
 * The Kubernetes document layer: which objects are documents (and of which
 * kind), fragments, templated files, what a workload reads through its pod
 * template, label selectors, lookups by kind, name, namespace and selector, and
 * the YAML 1.1 readers Kubernetes rules read booleans and integers with.
 */
import { describe, expect, it } from "vitest";
import { documentsOf, kubernetesInNamespace, kubernetesNamed, sameNamespace, selectedWorkloads, selects, type AnyDocument, type KubernetesDocuments, type WorkloadDocument } from "../../src/documents/index.js";
import { DocumentSet } from "../../src/documents/related.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";
import { literalString, objectValue, path, yaml11Boolean, yaml11Number, type ObjectValue, type Value } from "../../src/values/index.js";
import { jsonRoot, yamlRoot } from "../support/parse.js";

function documents(text: string, syntax: "json" | "yaml" = "yaml", filename = ""): readonly AnyDocument[] {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast, text, filename);
}

function kubernetes(text: string, syntax: "json" | "yaml" = "yaml", filename = ""): readonly KubernetesDocuments[] {
  return documents(text, syntax, filename).filter((document): document is KubernetesDocuments => document.kind.startsWith("kubernetes-"));
}

function only(text: string, syntax: "json" | "yaml" = "yaml", filename = ""): KubernetesDocuments {
  const found = kubernetes(text, syntax, filename);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function workload(text: string, syntax: "json" | "yaml" = "yaml", filename = ""): WorkloadDocument {
  const document = only(text, syntax, filename);
  expect(document.kind).toBe("kubernetes-workload");
  return document as WorkloadDocument;
}

/** A whole pod spec (a container with an image), as the workloads below use. */
const POD_SPEC = `
      containers:
        - name: web
          image: nginx:1.27`;

/** The same workload kind in each of its shapes, its pod template where the API puts it. */
const WORKLOADS: readonly (readonly [string, string, string])[] = [
  ["Pod", "v1", `spec:${POD_SPEC.replace(/^ {4}/gm, "")}`],
  ["Deployment", "apps/v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["StatefulSet", "apps/v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["DaemonSet", "apps/v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["ReplicaSet", "apps/v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["ReplicationController", "v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["Job", "batch/v1", `spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}`],
  ["CronJob", "batch/v1", `spec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:${POD_SPEC.replace(/^/gm, "    ")}`],
];

const SPECIAL_KINDS: readonly (readonly [string, string, string])[] = [
  ["Service", "v1", "kubernetes-service"],
  ["Ingress", "networking.k8s.io/v1", "kubernetes-ingress"],
  ["PersistentVolumeClaim", "v1", "kubernetes-persistent-volume-claim"],
  ["PersistentVolume", "v1", "kubernetes-persistent-volume"],
  ["StorageClass", "storage.k8s.io/v1", "kubernetes-storage-class"],
  ["ServiceAccount", "v1", "kubernetes-service-account"],
  ["PodDisruptionBudget", "policy/v1", "kubernetes-pod-disruption-budget"],
  ["HorizontalPodAutoscaler", "autoscaling/v2", "kubernetes-horizontal-pod-autoscaler"],
  ["ConfigMap", "v1", "kubernetes-object"],
  ["Role", "rbac.authorization.k8s.io/v1", "kubernetes-object"],
  ["CustomResourceDefinition", "apiextensions.k8s.io/v1", "kubernetes-object"],
  ["NodePool", "karpenter.sh/v1", "kubernetes-object"],
];

describe("recognition", () => {
  it.each(WORKLOADS)("reads a %s as a whole workload through its pod template", (kind, apiVersion, spec) => {
    const document = workload(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\n${spec}\n`);
    expect([document.objectKind, document.apiVersion, document.form, document.fragment, document.name]).toEqual([kind, apiVersion, "manifest", false, "web"]);
    expect(document.containers.map((container) => literalString(container.get("image")))).toEqual(["nginx:1.27"]);
    expect(document.podSpec?.get("containers")?.kind).toBe("array");
  });

  it.each(SPECIAL_KINDS)("gives a %s its document kind", (kind, apiVersion, documentKind) => {
    const document = only(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`);
    expect([document.kind, document.objectKind, document.fragment]).toEqual([documentKind, kind, false]);
  });

  it("splits apiVersion into group and version, and knows built-in groups from custom resources (eksctl's config is not a Kubernetes object)", () => {
    const [core, apps, custom, eksctl] = kubernetes(
      `apiVersion: v1\nkind: ConfigMap\n---\napiVersion: apps/v1\nkind: ControllerRevision\n---\napiVersion: karpenter.sh/v1\nkind: NodePool\n---\napiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n`,
    );
    expect([core!.group, core!.version, core!.builtIn]).toEqual(["", "v1", true]);
    expect([apps!.group, apps!.version, apps!.builtIn]).toEqual(["apps", "v1", true]);
    expect([custom!.group, custom!.version, custom!.builtIn]).toEqual(["karpenter.sh", "v1", false]);
    expect(eksctl).toBeUndefined();
  });

  it("reads an apiVersion that is not literal as unknown, and the object still as a document", () => {
    const document = only(`apiVersion: \${API}\nkind: ConfigMap\nmetadata:\n  name: x\n`);
    expect([document.apiVersion, document.group, document.version, document.builtIn]).toEqual([undefined, undefined, undefined, false]);
  });

  it("reads every document of a multi-document YAML stream, skipping what is not Kubernetes", () => {
    const found = kubernetes(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n# only a comment\n---\nfoo: bar\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}\n`);
    expect(found.map((document) => `${document.kind}:${document.label}`)).toEqual(['kubernetes-object:Namespace "shop"', 'kubernetes-service:Service "web"', 'kubernetes-workload:Deployment "web"']);
    expect(found.map((document) => document.namespace)).toEqual([undefined, "shop", undefined]);
  });

  it("reads a JSON manifest the same as YAML", () => {
    const document = workload(`{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web"}}, "spec": {"selector": {"matchLabels": {"app": "web"}}, "template": {"spec": {"containers": [{"name": "web", "image": "nginx:1.27"}]}}}}`, "json");
    expect([document.name, document.namespace, document.fragment, document.containers.length]).toEqual(["web", "shop", false, 1]);
    expect(document.labels).toEqual(new Map([["app", "web"]]));
  });

  it("reads the items of a kind: List, each a document of its own", () => {
    const found = kubernetes(`apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: web\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      selector: {matchLabels: {app: web}}\n      template:\n        spec:\n          containers:\n            - name: web\n              image: nginx:1.27\n  - not: an object with a kind\n  - 42\n`);
    expect(found.map((document) => [document.kind, document.form, document.fragment])).toEqual([
      ["kubernetes-service", "list-item", false],
      ["kubernetes-workload", "list-item", false],
    ]);
  });

  it("reads the items of a typed list (DeploymentList) that carry their kind, in JSON too", () => {
    const found = kubernetes(`{"apiVersion": "apps/v1", "kind": "DeploymentList", "items": [{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "a"}}, {"metadata": {"name": "no kind"}}]}`, "json");
    expect(found.map((document) => [document.objectKind, document.form, document.name])).toEqual([["Deployment", "list-item", "a"]]);
  });

  it("takes an empty List for nothing", () => {
    expect(kubernetes(`apiVersion: v1\nkind: List\nitems: []\n`)).toEqual([]);
  });

  it.each([
    ["no kind", `apiVersion: v1\nmetadata:\n  name: x\n`],
    ["no apiVersion", `kind: ConfigMap\nmetadata:\n  name: x\n`],
    ["a kind that is a placeholder", `apiVersion: v1\nkind: \${KIND}\n`],
    ["a kind that is not a string", `apiVersion: v1\nkind: 42\n`],
    ["a chart's values.yaml", `replicaCount: 1\nimage:\n  repository: nginx\n  tag: ""\nservice:\n  type: ClusterIP\n`],
    ["a kustomization without apiVersion", `resources:\n  - deployment.yaml\n`],
    ["a list", `- apiVersion: v1\n  kind: ConfigMap\n`],
  ])("takes an object with %s for nothing", (_name, text) => {
    expect(kubernetes(text)).toEqual([]);
  });

  it("reads key case exactly: Kind and ApiVersion are not Kubernetes", () => {
    expect(kubernetes(`ApiVersion: v1\nKind: ConfigMap\n`)).toEqual([]);
  });
});

describe("fragments", () => {
  const DEPLOYMENT = (podSpec: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:\n${podSpec}`;

  it("takes a workload whose container has no image for a fragment (a patch)", () => {
    const document = workload(DEPLOYMENT(`      containers:\n        - name: web\n          resources:\n            limits:\n              memory: 512Mi\n`));
    expect(document.fragment).toBe(true);
    expect(document.containers).toHaveLength(1);
  });

  it("takes a workload with an init container without an image for a fragment", () => {
    expect(workload(DEPLOYMENT(`      containers:\n        - name: web\n          image: nginx:1.27\n      initContainers:\n        - name: init\n          command: [sh]\n`)).fragment).toBe(true);
  });

  it.each([
    ["no pod template", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n`],
    ["an apps/v1 workload with neither the selector apps/v1 requires nor pod labels (a patch that repeats the image)", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`],
    ["no containers", DEPLOYMENT(`      nodeSelector:\n        kubernetes.io/os: linux\n`)],
    ["an empty list of containers", DEPLOYMENT(`      containers: []\n`)],
    ["containers that are not a list", DEPLOYMENT(`      containers: web\n`)],
  ])("takes a workload with %s for a fragment", (_name, text) => {
    expect(workload(text).fragment).toBe(true);
  });

  it("says why a workload is a fragment: incomplete, a patch, or an apps/v1 workload without its selector (labels or not)", () => {
    expect(workload(DEPLOYMENT(`      containers: []\n`)).fragmentReason).toBe("incomplete");
    expect(workload(DEPLOYMENT(`      containers: [{name: web, image: nginx:1.27}]\n`), "yaml", "overlays/dev/web-patch.yaml").fragmentReason).toBe("patch");
    const labelled = `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: nginx:1.27}]\n`;
    expect(workload(labelled).fragmentReason).toBe("no-selector");
    // Older apps versions defaulted the selector to the template's labels.
    expect(workload(labelled.replace("apps/v1", "apps/v1beta1")).fragment).toBe(false);
    expect(workload(DEPLOYMENT(`      containers: [{name: web, image: nginx:1.27}]\n`)).fragmentReason).toBeUndefined();
  });

  it("takes a workload for whole when its containers are unknown or its images are placeholders", () => {
    expect(workload(DEPLOYMENT(`      containers: \${CONTAINERS}\n`)).fragment).toBe(false);
    expect(workload(DEPLOYMENT(`      containers:\n        - name: web\n          image: \${IMAGE}\n`)).fragment).toBe(false);
    expect(workload(DEPLOYMENT(`      containers:\n        - name: web\n          image: "{{ image }}"\n`)).fragment).toBe(false);
  });

  it("takes a container whose members a YAML merge may supply for whole", () => {
    const text = `base: &base\n  image: nginx:1.27\n---\n${DEPLOYMENT(`      containers:\n        - <<: *base\n          name: web\n`)}`;
    expect(workload(text).fragment).toBe(false);
  });

  it.each([
    ["on the object", `$patch: replace\n`],
    ["in metadata", `metadata:\n  $patch: delete\n`],
    ["in the spec", `spec:\n  $retainKeys: [replicas]\n`],
  ])("takes an object with a strategic-merge directive %s for a fragment", (_name, directive) => {
    const text = `apiVersion: v1\nkind: Service\n${directive}`.replace(/\nmetadata:\n/, "\nmetadata:\n  name: web\n");
    expect(only(text).fragment).toBe(true);
  });

  it("takes a workload with a directive in its pod spec for a fragment, though its containers have images", () => {
    expect(workload(DEPLOYMENT(`      $setElementOrder/containers:\n        - name: web\n      containers:\n        - name: web\n          image: nginx:1.27\n`)).fragment).toBe(true);
  });

  it("takes a CronJob with a directive in its pod spec (under jobTemplate) for a fragment", () => {
    const document = workload(`apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          $patch: replace\n          containers:\n            - name: web\n              image: nginx:1.27\n`);
    expect(document.fragment).toBe(true);
  });

  it.each(["patch.yaml", "overlays/prod/replicas-patch.yaml", "deployment_patch.yml", "patches/web.yaml", "kustomize/patch-resources.json", "Patch.yaml"])("takes every object of a file named %s for a fragment", (filename) => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}\n`;
    expect(kubernetes(text, "yaml", filename).map((document) => document.fragment)).toEqual([true, true]);
  });

  it.each(["dispatcher.yaml", "patchwork.yaml", "manifests/web.yaml", "deployment.yaml"])("does not take a file named %s for a patch", (filename) => {
    expect(only(`apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n`, "yaml", filename).fragment).toBe(false);
  });

  it("takes a List item with a directive for a fragment, and its sibling for whole", () => {
    const found = kubernetes(`apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: a\n  - apiVersion: v1\n    kind: Service\n    $patch: delete\n    metadata:\n      name: b\n`);
    expect(found.map((document) => [document.name, document.fragment])).toEqual([["a", false], ["b", true]]);
  });
});

describe("templated files are not documents", () => {
  it.each([
    ["a Helm template with trim markers", `{{- if .Values.enabled }}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ include "chart.fullname" . }}\n{{- end }}\n`],
    ["a Helm template with an action as a value", `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: {{ .Values.service.type }}\n`],
    ["a Helm template with an action as a list item", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  finalizers:\n    - {{ .Release.Name }}\n`],
    ["a Helm template that parses as YAML (its actions quoted)", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "{{ .Release.Name }}-web"\nspec:\n  replicas: "{{ .Values.replicaCount }}"\n  template:\n    spec:\n      containers:\n        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"\n`],
    ["a Helm template with include in a quoted value", `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: "{{ include \\"chart.serviceAccountName\\" . }}"\n`],
    ["a Helm template whose action starts a line", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n{{ toYaml .Values.extra }}\n`],
    ["a Jinja template", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n{% for key in keys %}\n  k: v\n{% endfor %}\n`],
  ])("takes %s for nothing", (_name, text) => {
    expect(kubernetes(text)).toEqual([]);
  });

  it("the Helm template that parses as YAML does parse: recognition, not the parser, leaves it alone", () => {
    const text = `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: "{{ .Release.Name }}"\n`;
    expect(yamlRoot(text).kind).toBe("object");
    expect(kubernetes(text)).toEqual([]);
  });

  it.each([
    ["an Argo parameter as a whole quoted value", `args: ["{{inputs.parameters.message}}"]`],
    ["an Argo parameter in an image tag", `image: "docker/whalesay:{{inputs.parameters.tag}}"`],
    ["an Argo parameter in a name", `command: [sh, -c, "echo job-{{workflow.name}}"]`],
    ["a Prometheus template", `args: ["{{ $labels.pod }}"]`],
  ])("reads a file with %s (not Helm's) as a document", (_name, line) => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: whalesay\nspec:\n  containers:\n    - name: main\n      image: docker/whalesay:latest\n      ${line}\n`.replace(/\n {6}image: docker\/whalesay:latest(\n {6}image:)/, "$1");
    const document = workload(text);
    expect(document.fragment).toBe(false);
  });

  it("reads an Argo Workflow (a custom resource) with parameters as a document", () => {
    const document = only(`apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: hello-\nspec:\n  entrypoint: main\n  templates:\n    - name: main\n      container:\n        image: "alpine:{{inputs.parameters.tag}}"\n        args: ["{{inputs.parameters.message}}"]\n`);
    expect([document.kind, document.builtIn]).toEqual(["kubernetes-object", false]);
  });
});

describe("workloads", () => {
  it.each(WORKLOADS)("finds a %s's pod template where the API puts it", (kind, apiVersion, spec) => {
    const document = workload(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\n${spec}\n`);
    const template = kind === "Pod" ? document.root : kind === "CronJob" ? path(document.root, "spec", "jobTemplate", "spec", "template") : path(document.root, "spec", "template");
    expect(document.podTemplate).toBe(template);
    expect(document.podSpec).toBe(objectValue(path(template, "spec")));
  });

  it("does not look for a CronJob's pod template under spec.template", () => {
    const document = workload(`apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    spec:${POD_SPEC}\n`);
    expect([document.podTemplate, document.fragment]).toEqual([undefined, true]);
  });

  it("knows long-running and replicated kinds", () => {
    const kinds = WORKLOADS.map(([kind, apiVersion, spec]) => workload(`apiVersion: ${apiVersion}\nkind: ${kind}\n${spec}\n`));
    expect(Object.fromEntries(kinds.map((document) => [document.objectKind, [document.longRunning, document.replicas]]))).toEqual({
      Pod: [false, undefined],
      Deployment: [true, 1],
      StatefulSet: [true, 1],
      DaemonSet: [true, undefined],
      ReplicaSet: [true, 1],
      ReplicationController: [true, 1],
      Job: [false, undefined],
      CronJob: [false, undefined],
    });
  });

  const POD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: {app: web, tier: "1"}
  annotations:
    example.com/owner: team-a
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels:
        app: web
        version: 2
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        fsGroup: 2000
      initContainers:
        - name: migrate
          image: migrate:1
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: 0
            readOnlyRootFilesystem: true
        - name: sidecar
          image: envoy:1
      volumes:
        - name: data
          emptyDir: {}
        - name: config
          configMap:
            name: web
`;

  it("reads containers, init containers, volumes and labels", () => {
    const document = workload(POD);
    expect(document.containers.map((container) => literalString(container.get("name")))).toEqual(["web", "sidecar"]);
    expect(document.initContainers.map((container) => literalString(container.get("name")))).toEqual(["migrate"]);
    expect(document.allContainers.map((container) => [literalString(container.get("name")), document.isInit(container)])).toEqual([
      ["web", false],
      ["sidecar", false],
      ["migrate", true],
    ]);
    expect(document.volumes).toHaveLength(2);
    expect(document.volumeNamed("config")?.get("configMap")?.kind).toBe("object");
    expect(document.volumeNamed("missing")).toBeUndefined();
    expect(document.labels).toEqual(new Map([["app", "web"], ["tier", "1"]]));
    expect(document.podLabels).toEqual(new Map([["app", "web"], ["version", "2"]]));
    expect(literalString(document.annotation("example.com/owner"))).toBe("team-a");
    expect(document.annotation("example.com/other")).toBeUndefined();
    expect(document.selector?.get("matchLabels")?.kind).toBe("object");
    expect(document.replicas).toBe(3);
  });

  it("applies the pod's security context to a container that does not set the member, for members pods have too", () => {
    const document = workload(POD);
    const [web, sidecar] = document.containers as [ObjectValue, ObjectValue];
    const [migrate] = document.initContainers as [ObjectValue];
    expect(yaml11Number(document.securitySetting(web, "runAsUser")?.value)).toBe(0);
    expect(document.securitySetting(web, "runAsUser")?.from).toBe("container");
    expect(yaml11Number(document.securitySetting(sidecar, "runAsUser")?.value)).toBe(1000);
    expect(document.securitySetting(sidecar, "runAsUser")?.from).toBe("pod");
    expect(yaml11Boolean(document.securitySetting(migrate, "runAsNonRoot")?.value)).toBe(true);
    expect(yaml11Boolean(document.securitySetting(web, "readOnlyRootFilesystem")?.value)).toBe(true);
    // Pods have no readOnlyRootFilesystem, and containers no fsGroup: neither is inherited.
    expect(document.securitySetting(sidecar, "readOnlyRootFilesystem")).toBeUndefined();
    expect(document.securitySetting(sidecar, "fsGroup")).toBeUndefined();
    expect(document.podSecurityContext?.get("fsGroup")?.kind).toBe("number");
  });

  it("takes a container's null member for absent, and then the pod's", () => {
    const document = workload(`apiVersion: v1\nkind: Pod\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: null\n`);
    expect(yaml11Boolean(document.securitySetting(document.containers[0]!, "runAsNonRoot")?.value)).toBe(true);
  });

  it("answers a container securityContext it cannot read as unknown, not with the pod's value", () => {
    const document = workload(`apiVersion: v1\nkind: Pod\nspec:\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: "\${CONTEXT}"\n`);
    expect(document.securitySetting(document.containers[0]!, "runAsNonRoot")).toMatchObject({ from: "container", value: { kind: "unknown" } });
  });

  const ACCOUNT = (member: string) => workload(`apiVersion: v1\nkind: Pod\nspec:\n${member}  containers:\n    - name: web\n      image: nginx:1.27\n`).serviceAccountName;

  it.each([
    ["absent", "", "default"],
    ["set", "  serviceAccountName: web\n", "web"],
    ["set in the deprecated member", "  serviceAccount: legacy\n", "legacy"],
    ["set in both (serviceAccountName wins)", "  serviceAccountName: web\n  serviceAccount: legacy\n", "web"],
    ["empty", '  serviceAccountName: ""\n', "default"],
    ["null", "  serviceAccountName: null\n", "default"],
    ["a placeholder", "  serviceAccountName: ${SA}\n", undefined],
    ["a quoted template", '  serviceAccountName: "{{ sa }}"\n', undefined],
  ])("reads the service account when %s", (_name, member, expected) => {
    expect(ACCOUNT(member)).toBe(expected);
  });

  it("cannot know the service account when a merge may supply it, or when there is no pod spec", () => {
    const merged = workload(`defaults: &defaults\n  serviceAccountName: web\n---\napiVersion: v1\nkind: Pod\nspec:\n  <<: *defaults\n  containers:\n    - name: web\n      image: nginx:1.27\n`);
    expect(merged.serviceAccountName).toBeUndefined();
    expect(workload(`apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n`).serviceAccountName).toBeUndefined();
  });

  const REPLICAS = (value: string) => workload(`apiVersion: apps/v1\nkind: Deployment\nspec:\n${value}  template:\n    spec:${POD_SPEC}\n`).replicas;

  it.each([
    ["absent", "", 1],
    ["3", "  replicas: 3\n", 3],
    ["0", "  replicas: 0\n", 0],
    ["YAML 1.1 octal 010", "  replicas: 010\n", 8],
    ["null", "  replicas: null\n", 1],
    ["a placeholder", "  replicas: ${REPLICAS}\n", undefined],
    ["a quoted number (the API rejects it)", '  replicas: "3"\n', undefined],
  ])("reads replicas when %s", (_name, value, expected) => {
    expect(REPLICAS(value)).toBe(expected);
  });

  it("reads replicas in JSON as written", () => {
    expect(workload(`{"apiVersion": "apps/v1", "kind": "StatefulSet", "spec": {"replicas": 10, "template": {"spec": {"containers": [{"name": "db", "image": "postgres:16"}]}}}}`, "json").replicas).toBe(10);
  });

  it("cannot read labels a merge may supply, or that are not literal", () => {
    expect(workload(`l: &l\n  app: web\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    <<: *l\nspec:${POD_SPEC.replace(/^ {4}/gm, "")}\n`).labels).toBe("unknown");
    expect(only(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    app: \${APP}\n`).labels).toBe("unknown");
    expect(only(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: \${LABELS}\n`).labels).toBe("unknown");
    expect(only(`apiVersion: v1\nkind: ConfigMap\n`).labels).toEqual(new Map());
  });
});

describe("label selectors", () => {
  const LABELS = new Map([
    ["app", "web"],
    ["tier", "frontend"],
  ]);
  const selector = (text: string): ObjectValue => yamlRoot(text) as ObjectValue;

  it.each([
    ["matchLabels that all match", `matchLabels: {app: web}`, true],
    ["matchLabels with another value", `matchLabels: {app: api}`, false],
    ["matchLabels with a label the pods lack", `matchLabels: {app: web, team: a}`, false],
    ["In", `matchExpressions: [{key: tier, operator: In, values: [backend, frontend]}]`, true],
    ["In, not matching", `matchExpressions: [{key: tier, operator: In, values: [backend]}]`, false],
    ["In, label absent", `matchExpressions: [{key: team, operator: In, values: [a]}]`, false],
    ["NotIn", `matchExpressions: [{key: tier, operator: NotIn, values: [backend]}]`, true],
    ["NotIn, matching", `matchExpressions: [{key: tier, operator: NotIn, values: [frontend]}]`, false],
    ["NotIn, label absent", `matchExpressions: [{key: team, operator: NotIn, values: [a]}]`, true],
    ["Exists", `matchExpressions: [{key: app, operator: Exists}]`, true],
    ["Exists, label absent", `matchExpressions: [{key: team, operator: Exists}]`, false],
    ["DoesNotExist", `matchExpressions: [{key: team, operator: DoesNotExist}]`, true],
    ["DoesNotExist, label present", `matchExpressions: [{key: app, operator: DoesNotExist}]`, false],
    ["matchLabels and matchExpressions, both matching", `matchLabels: {app: web}\nmatchExpressions: [{key: tier, operator: Exists}]`, true],
    ["matchLabels matching, matchExpressions not", `matchLabels: {app: web}\nmatchExpressions: [{key: tier, operator: DoesNotExist}]`, false],
    ["an empty selector (selects everything)", `{}`, true],
    ["empty matchLabels", `matchLabels: {}`, true],
    ["a matchLabels value that is a placeholder", `matchLabels:\n  app: \${APP}`, "unknown"],
    ["matchLabels that are a placeholder", `matchLabels: \${LABELS}`, "unknown"],
    ["an unknown operator", `matchExpressions: [{key: app, operator: Gt, values: ["1"]}]`, "unknown"],
    ["an expression value that is a placeholder", `matchExpressions: [{key: app, operator: In, values: ["\${APP}"]}]`, "unknown"],
    ["matchExpressions that are not a list", `matchExpressions: \${EXPRESSIONS}`, "unknown"],
    ["an expression that is not an object", `matchExpressions: ["\${EXPRESSION}"]`, "unknown"],
    ["an expression without a key", `matchExpressions: [{operator: Exists}]`, "unknown"],
  ])("%s: %s", (_name, text, expected) => {
    expect(selects(selector(text), LABELS)).toBe(expected);
  });

  it("answers false on the first expression known not to match, even after an unknown one would be unknown", () => {
    expect(selects(selector(`matchExpressions: [{key: app, operator: DoesNotExist}, {key: x, operator: Gt}]`), LABELS)).toBe(false);
  });

  it.each([
    ["matching", `app: web`, true],
    ["all matching", `app: web\ntier: frontend`, true],
    ["another value", `app: api`, false],
    ["a label the pods lack", `app: web\nteam: a`, false],
    ["a placeholder value", `app: \${APP}`, "unknown"],
  ])("reads a plain selector (a Service's) %s: %s", (_name, text, expected) => {
    expect(selects(selector(text), LABELS, true)).toBe(expected);
  });

  it("cannot read a plain selector whose value is not a string (a label selector given where a map is expected)", () => {
    expect(selects(selector(`matchLabels: {app: web}`), LABELS, true)).toBe("unknown");
  });

  it("is unknown when the labels are unknown, or the selector has a merge", () => {
    expect(selects(selector(`matchLabels: {app: web}`), "unknown")).toBe("unknown");
    const merged = yamlRoot(`s: &s\n  app: web\nselector:\n  <<: *s\n`) as ObjectValue;
    expect(selects(merged.get("selector") as ObjectValue, LABELS, true)).toBe("unknown");
  });

  it("matches namespaces that are equal, or left to apply time", () => {
    expect([sameNamespace("a", "a"), sameNamespace("a", "b"), sameNamespace(undefined, "b"), sameNamespace("a", undefined), sameNamespace(undefined, undefined)]).toEqual([true, false, true, true, true]);
  });
});

describe("lookups", () => {
  const FILE = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: shop
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: other
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: anywhere
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: {app: web, tier: frontend}
    spec:${POD_SPEC}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: web, tier: batch}
        spec:${POD_SPEC.replace(/^/gm, "    ")}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: other
spec:
  template:
    metadata:
      labels: {app: web}
    spec:${POD_SPEC}
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: {app: web}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
    matchExpressions: [{key: tier, operator: In, values: [frontend]}]
`;
  const found = kubernetes(FILE);
  const set = new DocumentSet(found);
  const byKind = (kind: string) => found.find((document) => document.objectKind === kind)!;

  it("lists the objects of a kind", () => {
    expect(set.kubernetes("ServiceAccount").map((document) => `${document.name}/${document.namespace}`)).toEqual(["web/shop", "web/other", "anywhere/undefined"]);
    expect(set.kubernetes("Ingress")).toEqual([]);
  });

  it("finds an object by kind, namespace and name; an object without a namespace matches any", () => {
    expect(kubernetesNamed(set, "ServiceAccount", "shop", "web")?.namespace).toBe("shop");
    expect(kubernetesNamed(set, "ServiceAccount", "other", "web")?.namespace).toBe("other");
    expect(kubernetesNamed(set, "ServiceAccount", "elsewhere", "web")).toBeUndefined();
    expect(kubernetesNamed(set, "ServiceAccount", undefined, "web")?.namespace).toBe("shop");
    expect(kubernetesNamed(set, "ServiceAccount", "elsewhere", "anywhere")?.name).toBe("anywhere");
    expect(kubernetesNamed(set, "ServiceAccount", "shop", "missing")).toBeUndefined();
    expect(kubernetesNamed(set, "ConfigMap", "shop", "web")).toBeUndefined();
  });

  it("lists the objects of a kind in a matching namespace", () => {
    expect(kubernetesInNamespace(set, "ServiceAccount", byKind("Service")).map((document) => document.name)).toEqual(["web", "anywhere"]);
    expect(kubernetesInNamespace(set, "ServiceAccount", byKind("PodDisruptionBudget"))).toHaveLength(3);
  });

  it("finds the workloads a Service's plain selector selects, in its namespace", () => {
    const service = byKind("Service");
    const selected = selectedWorkloads(set, objectValue(service.spec?.get("selector"))!, service, true);
    expect(selected.map((document) => document.label)).toEqual(['Deployment "web"', 'CronJob "report"']);
  });

  it("finds the workloads a PDB's label selector selects, in any namespace when it has none", () => {
    const budget = byKind("PodDisruptionBudget");
    const selected = selectedWorkloads(set, objectValue(budget.spec?.get("selector"))!, budget, false);
    expect(selected.map((document) => document.label)).toEqual(['Deployment "web"']);
  });

  it("selects nothing with a selector it cannot read", () => {
    const service = byKind("Service");
    const unknown = yamlRoot(`app: \${APP}`) as ObjectValue;
    expect(selectedWorkloads(set, unknown, service, true)).toEqual([]);
  });
});

describe("YAML 1.1 readers", () => {
  /** The value of `v` in a one-line YAML mapping. */
  const yaml = (text: string): Value => (yamlRoot(`v: ${text}\n`) as ObjectValue).get("v")!;
  const json = (text: string): Value => (jsonRoot(`{"v": ${text}}`) as ObjectValue).get("v")!;

  it.each([
    ["true", true],
    ["false", false],
    ["yes", true],
    ["Yes", true],
    ["YES", true],
    ["no", false],
    ["NO", false],
    ["on", true],
    ["On", true],
    ["off", false],
    ["OFF", false],
    ["y", true],
    ["Y", true],
    ["n", false],
    ["N", false],
    ["True", true],
    ["FALSE", false],
  ])("reads plain %s as %s", (text, expected) => {
    expect(yaml11Boolean(yaml(text))).toBe(expected);
  });

  it.each([`"yes"`, `'on'`, `"true"`, "yEs", "maybe", "1", "0", "~", "${FLAG}", "[yes]"])("does not read %s as a boolean", (text) => {
    expect(yaml11Boolean(yaml(text))).toBeUndefined();
  });

  it("reads JSON booleans, and leaves JSON strings alone", () => {
    expect([yaml11Boolean(json("true")), yaml11Boolean(json("false")), yaml11Boolean(json(`"yes"`)), yaml11Boolean(json(`"true"`))]).toEqual([true, false, undefined, undefined]);
    expect(yaml11Boolean(undefined)).toBeUndefined();
  });

  it("keeps a quoted yes a string", () => {
    const value = yaml(`"yes"`);
    expect([value.kind, literalString(value)]).toEqual(["string", "yes"]);
  });

  it.each([
    ["0644", 420],
    ["0755", 493],
    ["0400", 256],
    ["010", 8],
    ["-010", -8],
    ["+010", 8],
    ["0", 0],
    ["0x1F", 31],
    ["0x1f", 31],
    ["0b101", 5],
    ["1_000", 1000],
    ["0_644", 420],
    ["420", 420],
    ["-3", -3],
    ["1.5", 1.5],
    ["08", 8],
  ])("reads plain %s as %s", (text, expected) => {
    expect(yaml11Number(yaml(text))).toBe(expected);
  });

  it.each([`"0644"`, `'10'`, "ten", "${MODE}", "true", "{}", "12abc"])("does not read %s as a number", (text) => {
    expect(yaml11Number(yaml(text))).toBeUndefined();
  });

  it("reads JSON numbers as written (JSON has no octal), and leaves JSON strings alone", () => {
    expect([yaml11Number(json("644")), yaml11Number(json("420")), yaml11Number(json("-8")), yaml11Number(json(`"0644"`))]).toEqual([644, 420, -8, undefined]);
    expect(yaml11Number(undefined)).toBeUndefined();
  });

  it("reads YAML 1.1 values in a flow mapping and a list too", () => {
    const root = yamlRoot(`mode: {defaultMode: 0644}\nflags: [yes, off]\n`) as ObjectValue;
    expect(yaml11Number(path(root, "mode", "defaultMode"))).toBe(420);
    const flags = root.get("flags");
    expect(flags?.kind === "array" ? flags.items.map(yaml11Boolean) : undefined).toEqual([true, false]);
  });
});
