/**
 * Kubernetes objects: every object with `apiVersion` and `kind` (a YAML
 * document, a JSON root, or an item of a `List`), and its one recognizer.
 *
 * Each object is a document, whether or not a rule reads its kind: lookups need
 * them (a Service's selector, a PDB's target, a ServiceAccount's annotations).
 * The kinds rules judge get a document kind of their own, so a rule names what
 * it reads; everything else (ConfigMaps, RBAC, CRDs, custom resources) is a
 * `kubernetes-object`.
 *
 * Workloads (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job, CronJob) are read through their pod template
 * here, once, so rules share the containers, volumes, security contexts and
 * service account.
 *
 * A *fragment* — a kustomize patch, a strategic-merge snippet, a workload whose
 * containers have no image — is not a whole object: rules that report a
 * missing member skip it (`fragment`), rules that judge a present value still
 * judge it. Objects in a templated file (a Helm chart's `templates/`) are not
 * documents at all: what they say is known only once rendered.
 *
 * Kubernetes reads YAML as YAML 1.1 (`yes` is true, `0644` is octal): rules read
 * booleans and integers through `yaml11Boolean`/`yaml11Number` (src/values/read.ts).
 */
import { isEksctlApiVersion } from "../facts/eksctl.js";
import { BUILT_IN_API_GROUPS, DEFAULT_SERVICE_ACCOUNT, INHERITED_SECURITY_MEMBERS, LONG_RUNNING_WORKLOADS, PATCH_DIRECTIVE, REPLICATED_WORKLOADS, WORKLOAD_TEMPLATE_PATHS } from "../facts/kubernetes.js";
import { literalString, objectItems, objectValue, present, yaml11Number, type ObjectValue, type Value } from "../values/index.js";

/** The document kind of each Kubernetes kind a rule reads; other kinds are `kubernetes-object`. */
const DOCUMENT_KINDS = {
  Service: "kubernetes-service",
  Ingress: "kubernetes-ingress",
  PersistentVolumeClaim: "kubernetes-persistent-volume-claim",
  PersistentVolume: "kubernetes-persistent-volume",
  StorageClass: "kubernetes-storage-class",
  ServiceAccount: "kubernetes-service-account",
  PodDisruptionBudget: "kubernetes-pod-disruption-budget",
  HorizontalPodAutoscaler: "kubernetes-horizontal-pod-autoscaler",
} as const;

export type KubernetesDocumentKind = (typeof DOCUMENT_KINDS)[keyof typeof DOCUMENT_KINDS] | "kubernetes-workload" | "kubernetes-object";

/** How the object was written: a document of its own, or an item of a `List`. */
export type KubernetesForm = "manifest" | "list-item";

/**
 * Why an object is a fragment: a `patch` (a patch file's name, a
 * strategic-merge directive), an `incomplete` workload (no pod spec, no
 * containers, a container without an image), or an apps/v1 workload with
 * `no-selector` (apps/v1 requires one: a kustomize overlay that only replaces
 * an image is written so; `eks-selector-match` reports the ones meant to be whole).
 */
export type FragmentReason = "patch" | "incomplete" | "no-selector";

/** Every Kubernetes object, whatever its kind. */
export class KubernetesObject<Kind extends KubernetesDocumentKind = KubernetesDocumentKind> {
  #labels: ReadonlyMap<string, string> | "unknown" | undefined;

  constructor(
    readonly kind: Kind,
    /** The object as written. */
    readonly root: ObjectValue,
    readonly form: KubernetesForm,
    /** `kind`, e.g. `Deployment`. */
    readonly objectKind: string,
    /** `apiVersion`, e.g. `apps/v1`; undefined when not literal. */
    readonly apiVersion: string | undefined,
    /** Why the object is a fragment (see `fragment`); undefined for a whole object. */
    readonly fragmentReason: FragmentReason | undefined,
  ) {}

  /** True for a patch or snippet: rules that report a missing member skip it; rules that judge a present value still judge it. */
  get fragment(): boolean {
    return this.fragmentReason !== undefined;
  }

  /** The API group (`""` for the core group, `apps`, `networking.k8s.io`…); undefined when `apiVersion` is not literal. */
  get group(): string | undefined {
    const apiVersion = this.apiVersion;
    if (apiVersion === undefined) return undefined;
    const slash = apiVersion.indexOf("/");
    return slash === -1 ? "" : apiVersion.slice(0, slash);
  }

  /** The version part of `apiVersion` (`v1`, `v1beta1`). */
  get version(): string | undefined {
    const apiVersion = this.apiVersion;
    return apiVersion === undefined ? undefined : apiVersion.slice(apiVersion.indexOf("/") + 1);
  }

  /** True when Kubernetes serves the kind itself; false for custom resources and tools' config formats. */
  get builtIn(): boolean {
    const group = this.group;
    return group !== undefined && BUILT_IN_API_GROUPS.has(group);
  }

  get metadata(): ObjectValue | undefined {
    return objectValue(this.root.get("metadata"));
  }

  /** `metadata.name`, when literal. */
  get name(): string | undefined {
    return literalString(this.metadata?.get("name"));
  }

  /**
   * `metadata.namespace`, when literal; undefined when absent or unknown — the
   * namespace is then chosen at apply time (`kubectl -n`, kustomize), so lookups
   * treat it as matching any namespace (see `sameNamespace`).
   */
  get namespace(): string | undefined {
    return literalString(this.metadata?.get("namespace"));
  }

  get spec(): ObjectValue | undefined {
    return objectValue(this.root.get("spec"));
  }

  /** `metadata.annotations` as written. */
  get annotations(): ObjectValue | undefined {
    return objectValue(this.metadata?.get("annotations"));
  }

  /** An annotation's value. */
  annotation(key: string): Value | undefined {
    return present(this.annotations?.getExact(key));
  }

  /** `metadata.labels` as literal strings; "unknown" when any label cannot be read. */
  get labels(): ReadonlyMap<string, string> | "unknown" {
    this.#labels ??= labelMap(this.metadata?.get("labels"));
    return this.#labels;
  }

  /** How messages name the object: `Deployment "web"`, or the kind alone. */
  get label(): string {
    const name = this.name;
    return name === undefined ? this.objectKind : `${this.objectKind} ${JSON.stringify(name)}`;
  }
}

export type KubernetesServiceDocument = KubernetesObject<"kubernetes-service">;
export type KubernetesIngressDocument = KubernetesObject<"kubernetes-ingress">;
export type PersistentVolumeClaimDocument = KubernetesObject<"kubernetes-persistent-volume-claim">;
export type PersistentVolumeDocument = KubernetesObject<"kubernetes-persistent-volume">;
export type StorageClassDocument = KubernetesObject<"kubernetes-storage-class">;
export type ServiceAccountDocument = KubernetesObject<"kubernetes-service-account">;
export type PodDisruptionBudgetDocument = KubernetesObject<"kubernetes-pod-disruption-budget">;
export type HorizontalPodAutoscalerDocument = KubernetesObject<"kubernetes-horizontal-pod-autoscaler">;
export type OtherKubernetesDocument = KubernetesObject<"kubernetes-object">;

/** A Pod, or an object that makes pods from a template. */
export class WorkloadDocument extends KubernetesObject<"kubernetes-workload"> {
  #template: ObjectValue | null | undefined;
  #containers: readonly ObjectValue[] | undefined;
  #initContainers: readonly ObjectValue[] | undefined;
  #podLabels: ReadonlyMap<string, string> | "unknown" | undefined;

  /** The pod template: the object holding the pod's `metadata` and `spec` (a Pod is its own). */
  get podTemplate(): ObjectValue | undefined {
    if (this.#template === undefined) {
      let current: ObjectValue | undefined = this.root;
      for (const name of WORKLOAD_TEMPLATE_PATHS[this.objectKind]!) current = objectValue(current?.get(name));
      this.#template = current ?? null;
    }
    return this.#template ?? undefined;
  }

  /** The pod spec (`PodSpec`). */
  get podSpec(): ObjectValue | undefined {
    return objectValue(this.podTemplate?.get("spec"));
  }

  /** The pod template's `metadata`. */
  get podMetadata(): ObjectValue | undefined {
    return objectValue(this.podTemplate?.get("metadata"));
  }

  /** The pod template's labels as literal strings; "unknown" when any cannot be read. */
  get podLabels(): ReadonlyMap<string, string> | "unknown" {
    this.#podLabels ??= labelMap(this.podMetadata?.get("labels"));
    return this.#podLabels;
  }

  /** `containers` that are objects. */
  get containers(): readonly ObjectValue[] {
    this.#containers ??= objectItems(this.podSpec?.get("containers"));
    return this.#containers;
  }

  /** `initContainers` that are objects (sidecars among them: `restartPolicy: Always`). */
  get initContainers(): readonly ObjectValue[] {
    this.#initContainers ??= objectItems(this.podSpec?.get("initContainers"));
    return this.#initContainers;
  }

  /** Containers and init containers, in that order. */
  get allContainers(): readonly ObjectValue[] {
    return this.initContainers.length === 0 ? this.containers : [...this.containers, ...this.initContainers];
  }

  /** True for an init container. */
  isInit(container: ObjectValue): boolean {
    return container.parent?.kind === "item" && container.parent.array.parent?.kind === "member" && container.parent.array.parent.key === "initContainers";
  }

  /** Pod `volumes` that are objects. */
  get volumes(): readonly ObjectValue[] {
    return objectItems(this.podSpec?.get("volumes"));
  }

  /** A pod volume by literal name. */
  volumeNamed(name: string): ObjectValue | undefined {
    return this.volumes.find((volume) => literalString(volume.get("name")) === name);
  }

  /** The pod-level `securityContext`. */
  get podSecurityContext(): ObjectValue | undefined {
    return objectValue(this.podSpec?.get("securityContext"));
  }

  /**
   * A security setting as it applies to a container, and where it comes from:
   * the container's own `securityContext` member, else (for members pods have
   * too, such as `runAsNonRoot`) the pod's. A `securityContext` that cannot be
   * read answers its own (unknown) value: neither judged nor missing.
   */
  securitySetting(container: ObjectValue, name: string): { readonly value: Value; readonly from: "container" | "pod" } | undefined {
    const own = securityMember(container, name);
    if (own !== undefined) return { value: own, from: "container" };
    if (!INHERITED_SECURITY_MEMBERS.has(name)) return undefined;
    const pod = securityMember(this.podSpec, name);
    return pod === undefined ? undefined : { value: pod, from: "pod" };
  }

  /**
   * The service account the pods run as: `serviceAccountName` (or the deprecated
   * `serviceAccount`), `default` when neither is set; undefined when it cannot be known.
   */
  get serviceAccountName(): string | undefined {
    const spec = this.podSpec;
    if (spec === undefined) return undefined;
    const value = present(spec.get("serviceAccountName")) ?? present(spec.get("serviceAccount"));
    if (value === undefined) return spec.hasMerge ? undefined : DEFAULT_SERVICE_ACCOUNT;
    const name = literalString(value);
    return name === "" ? DEFAULT_SERVICE_ACCOUNT : name;
  }

  /** True for kinds whose pods run until replaced (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController). */
  get longRunning(): boolean {
    return LONG_RUNNING_WORKLOADS.has(this.objectKind);
  }

  /** `spec.replicas` (absent means 1) for kinds that have it; undefined for others or when it cannot be read. */
  get replicas(): number | undefined {
    if (!REPLICATED_WORKLOADS.has(this.objectKind)) return undefined;
    const value = present(this.spec?.get("replicas"));
    if (value === undefined) return this.spec?.hasMerge ? undefined : 1;
    return yaml11Number(value);
  }

  /** `spec.selector` (a label selector: `matchLabels`/`matchExpressions`; a ReplicationController's is a plain map). */
  get selector(): ObjectValue | undefined {
    return objectValue(this.spec?.get("selector"));
  }
}

/**
 * A member of an object's `securityContext` (a container's or a pod spec's):
 * the value; undefined only when it is certainly absent. When the
 * `securityContext` itself cannot be read (a placeholder, a YAML merge, a
 * value that is not an object), that value is answered instead, so a caller
 * neither judges it nor calls the member missing.
 */
export function securityMember(holder: ObjectValue | undefined, name: string): Value | undefined {
  const context = present(holder?.get("securityContext"));
  if (context === undefined) return undefined;
  if (context.kind !== "object") return context;
  return present(context.get(name));
}

/** Every Kubernetes document kind's type, for the union of all documents. */
export type KubernetesDocuments =
  | WorkloadDocument
  | KubernetesServiceDocument
  | KubernetesIngressDocument
  | PersistentVolumeClaimDocument
  | PersistentVolumeDocument
  | StorageClassDocument
  | ServiceAccountDocument
  | PodDisruptionBudgetDocument
  | HorizontalPodAutoscalerDocument
  | OtherKubernetesDocument;

/** Every Kubernetes document kind, for a rule that reads them all (`eks-deprecated-api`). */
export const KUBERNETES_DOCUMENT_KINDS: readonly KubernetesDocumentKind[] = [...Object.values(DOCUMENT_KINDS), "kubernetes-workload", "kubernetes-object"];

/* ---------------- lookups ---------------- */

/** Two namespaces match when equal, or when either is left to apply time (absent or unknown). */
export function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/**
 * Whether a label selector selects a set of labels: true, false, or "unknown"
 * when either side cannot be read. `plain` for the selectors that are a bare
 * map (a Service's `spec.selector`, a ReplicationController's). An empty
 * selector selects everything (policy/v1 PDB; `LabelSelector` "an empty label
 * selector matches all objects").
 */
export function selects(selector: ObjectValue, labels: ReadonlyMap<string, string> | "unknown", plain = false): boolean | "unknown" {
  if (labels === "unknown" || selector.hasMerge) return "unknown";
  const matchLabels = plain ? selector : objectValue(selector.get("matchLabels"));
  if (matchLabels) {
    if (matchLabels.hasMerge) return "unknown";
    for (const entry of matchLabels.entries) {
      const wanted = literalString(entry.value);
      if (wanted === undefined) return "unknown";
      if (labels.get(entry.key) !== wanted) return false;
    }
  } else if (!plain && present(selector.get("matchLabels")) !== undefined) return "unknown";
  if (plain) return true;
  const expressions = present(selector.get("matchExpressions"));
  if (expressions === undefined) return true;
  if (expressions.kind !== "array") return "unknown";
  for (const expression of expressions.items) {
    if (expression.kind !== "object") return "unknown";
    const result = matchesExpression(expression, labels);
    if (result !== true) return result;
  }
  return true;
}

/** A label selector with no requirement: `{}`, or empty `matchLabels` and `matchExpressions`. */
export function isEmptySelector(selector: ObjectValue): boolean {
  if (selector.hasMerge) return false;
  return selector.entries.every((entry) => {
    const value = present(entry.value);
    if (value === undefined) return true;
    if (entry.key === "matchLabels") return value.kind === "object" && !value.hasMerge && value.entries.length === 0;
    if (entry.key === "matchExpressions") return value.kind === "array" && value.items.length === 0;
    return false;
  });
}

function matchesExpression(expression: ObjectValue, labels: ReadonlyMap<string, string>): boolean | "unknown" {
  const key = literalString(expression.get("key"));
  const operator = literalString(expression.get("operator"));
  if (key === undefined || operator === undefined) return "unknown";
  const valuesValue = present(expression.get("values"));
  const values: string[] = [];
  if (valuesValue !== undefined) {
    if (valuesValue.kind !== "array") return "unknown";
    for (const item of valuesValue.items) {
      const text = literalString(item);
      if (text === undefined) return "unknown";
      values.push(text);
    }
  }
  const label = labels.get(key);
  switch (operator) {
    case "In":
      return label !== undefined && values.includes(label);
    case "NotIn":
      return label === undefined || !values.includes(label);
    case "Exists":
      return label !== undefined;
    case "DoesNotExist":
      return label === undefined;
    default:
      return "unknown";
  }
}

/* ---------------- recognition ---------------- */

/**
 * Go templates (Helm) and Jinja used where YAML expects a value — an action at
 * the start of a line or after a key or a dash, a trim marker, a `{% %}` block,
 * or Helm's own objects and functions. A templated file is not a manifest until
 * rendered. Templates inside quoted strings that are not Helm's (an Argo
 * `{{inputs.parameters.x}}`, a Prometheus `{{ $labels.pod }}`) do not count, nor
 * do they right after a colon or a dash in a word (`"alpine:{{inputs.parameters.tag}}"`,
 * `"job-{{workflow.name}}"`): a key's colon and a list item's dash are followed by a space.
 * Blanks before `{{` are spaces and tabs, not line breaks (`\s*` after `^` would
 * rescan every following blank line from each line's start: quadratic).
 */
const TEMPLATED = /\{\{-|-\}\}|\{%|(?:^|[:-]\s|[[,])[ \t]*\{\{|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|include\s|template\s|toYaml|tpl\s|\$\.)/m;

/** The last file's text and whether it is templated: a file's every YAML document asks in turn. */
let lastSource: string | undefined;
let lastTemplated = false;

export function isTemplated(source: string): boolean {
  if (source !== lastSource) {
    lastSource = source;
    lastTemplated = TEMPLATED.test(source);
  }
  return lastTemplated;
}

/** Kustomize and strategic-merge patches are often named so (`patch.yaml`, `replicas-patch.yaml`, `patches/…`). */
const PATCH_FILE = /(?:^|[/\\._-])patch(?:es)?(?:[/\\._-]|$)/i;

/** The Kubernetes objects a document root holds: itself, or the items of a `List`. */
export function recognizeKubernetes(root: Value, source: string, filename = ""): readonly KubernetesDocuments[] | undefined {
  if (root.kind !== "object" || root.entryExact("apiVersion") === undefined || root.entryExact("kind") === undefined) return undefined;
  // eksctl's config is eksctl's format, recognized in src/documents/eksctl.ts.
  const apiVersion = literalString(root.getExact("apiVersion"));
  if (apiVersion !== undefined && isEksctlApiVersion(apiVersion)) return undefined;
  if (isTemplated(source)) return undefined;
  const patchFile = PATCH_FILE.test(filename);
  const kind = literalString(root.get("kind"));
  if (kind === undefined) return undefined;
  const items = root.get("items");
  if (kind.endsWith("List") && items?.kind === "array") {
    const documents: KubernetesDocuments[] = [];
    for (const item of objectItems(items)) {
      const document = kubernetesObject(item, "list-item", patchFile);
      if (document) documents.push(document);
    }
    return documents;
  }
  const document = kubernetesObject(root, "manifest", patchFile);
  return document ? [document] : undefined;
}

function kubernetesObject(object: ObjectValue, form: KubernetesForm, patchFile: boolean): KubernetesDocuments | undefined {
  const objectKind = literalString(object.get("kind"));
  const apiVersionValue = object.get("apiVersion");
  if (objectKind === undefined || apiVersionValue === undefined) return undefined;
  const apiVersion = literalString(apiVersionValue);
  const workloadKind = Object.hasOwn(WORKLOAD_TEMPLATE_PATHS, objectKind);
  const patch: FragmentReason | undefined = patchFile || hasPatchDirective(object, workloadKind ? WORKLOAD_TEMPLATE_PATHS[objectKind]! : ["spec", "template"]) ? "patch" : undefined;
  if (workloadKind) {
    const workload = new WorkloadDocument("kubernetes-workload", object, form, objectKind, apiVersion, patch);
    const gap = patch ?? workloadGap(workload);
    return gap === undefined ? workload : new WorkloadDocument("kubernetes-workload", object, form, objectKind, apiVersion, gap);
  }
  const kind = Object.hasOwn(DOCUMENT_KINDS, objectKind) ? (DOCUMENT_KINDS as Readonly<Record<string, KubernetesDocumentKind>>)[objectKind]! : "kubernetes-object";
  return new KubernetesObject(kind, object, form, objectKind, apiVersion, patch) as KubernetesDocuments;
}

/** The apps/v1 kinds whose `spec.selector` is required (no default since apps/v1: `DeploymentSpec.selector` "Required"). */
const SELECTOR_REQUIRED: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);

/**
 * What a workload lacks to be whole, if anything: a pod spec whose every
 * container names an image (a patch often has none), and, for the apps/v1
 * kinds, the selector they require.
 */
function workloadGap(workload: WorkloadDocument): FragmentReason | undefined {
  const spec = workload.podSpec;
  if (spec === undefined) return "incomplete";
  const containers = present(spec.get("containers"));
  if (containers === undefined) return "incomplete";
  if (containers.kind !== "unknown") {
    if (containers.kind !== "array" || containers.items.length === 0) return "incomplete";
    if (!workload.allContainers.every((container) => container.hasMerge || present(container.get("image")) !== undefined)) return "incomplete";
  }
  const workloadSpec = workload.spec;
  if (workload.apiVersion === "apps/v1" && SELECTOR_REQUIRED.has(workload.objectKind) && workloadSpec !== undefined && !workloadSpec.hasMerge && present(workloadSpec.get("selector")) === undefined) return "no-selector";
  return undefined;
}

/** A strategic-merge directive (`$patch: delete`, `$retainKeys`…) in the object, its metadata, spec or (a workload's) pod spec. */
function hasPatchDirective(object: ObjectValue, templatePath: readonly string[]): boolean {
  const spec = objectValue(object.get("spec"));
  let template: ObjectValue | undefined = object;
  for (const name of templatePath) template = objectValue(template?.get(name));
  const podSpec = objectValue(template?.get("spec"));
  for (const holder of [object, objectValue(object.get("metadata")), spec, podSpec]) {
    if (holder?.entries.some((entry) => PATCH_DIRECTIVE.test(entry.key))) return true;
  }
  return false;
}

function labelMap(value: Value | undefined): ReadonlyMap<string, string> | "unknown" {
  const labels = new Map<string, string>();
  const object = present(value);
  if (object === undefined) return labels;
  if (object.kind !== "object" || object.hasMerge) return "unknown";
  for (const entry of object.entries) {
    const text = entry.value.kind === "string" ? entry.value.literal : entry.value.kind === "number" || entry.value.kind === "boolean" ? String(entry.value.value) : undefined;
    if (text === undefined) return "unknown";
    labels.set(entry.key, text);
  }
  return labels;
}
