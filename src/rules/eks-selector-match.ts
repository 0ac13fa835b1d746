/**
 * eks-selector-match: workload selectors the API server rejects.
 *
 * - `spec.selector` that does not select the pod template's labels: the API
 *   server refuses the object ("`selector` does not match template `labels`").
 *   Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers
 *   (a plain label map), and Jobs and CronJobs that set `manualSelector: true`
 *   (otherwise Kubernetes generates the selector itself).
 * - An empty selector (`{}`) on an apps workload: "empty selector is invalid for deployment".
 * - An apps/v1 Deployment, StatefulSet, DaemonSet or ReplicaSet without
 *   `spec.selector` (required in apps/v1; the beta versions defaulted it), when
 *   its template has labels: with neither, the object is an unnamed patch.
 *
 * What cannot be read (templated labels, merge keys, unknown operators) is not
 * judged. Fragments are skipped: a patch's template labels merge with its base's.
 * Source: kubernetes/kubernetes `pkg/apis/apps/validation/validation.go`,
 * `pkg/apis/core/validation/validation.go` (ValidatePodTemplateSpecForRC),
 * `pkg/apis/batch/validation/validation.go`. Covers kube-linter mismatching-selector.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { isEmptySelector, selects, type WorkloadDocument } from "../documents/index.js";
import { literalString, objectValue, path, present, replaceValue, setMember, yaml11Boolean, type ObjectValue } from "../values/index.js";

type MessageIds = "mismatch" | "mismatchLabel" | "empty" | "missing" | "useTemplateLabels";

/** Kinds whose apps/v1 form requires a non-empty `spec.selector`. */
const APPS_WORKLOADS: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);
/** Kinds whose selector Kubernetes generates unless `manualSelector` is true. */
const JOB_KINDS: ReadonlySet<string> = new Set(["Job", "CronJob"]);

export default createRule<MessageIds>({
  name: "eks-selector-match",
  meta: {
    type: "problem",
    docs: {
      description: "Require workload selectors that select their own pod template's labels.",
      level: "error",
      platforms: ["eks"],
      covers: "kube-linter mismatching-selector",
    },
    messages: {
      mismatch: "The selector of {{label}} does not select its pod template's labels, so the API server rejects the object; make the template's labels satisfy the selector.",
      mismatchLabel: 'The selector of {{label}} requires label "{{key}}" to be "{{wanted}}", but {{actual}}, so the API server rejects the object; make the template\'s labels satisfy the selector.',
      empty: "The selector of {{label}} is empty, which the API server rejects for a {{kind}}; select the pod template's labels.",
      missing: "{{label}} has no spec.selector, which apps/v1 requires; add one that selects the pod template's labels.",
      useTemplateLabels: "Select the pod template's labels (matchLabels {{labels}}).",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        // An apps/v1 workload without its selector is a fragment (a kustomize patch of an image);
        // one whose pod template has labels is meant to be whole, and the API server refuses it.
        if (document.fragmentReason === "no-selector") {
          if (hasTemplateLabels(document)) reportMissing(context, document, document.spec!);
          return;
        }
        if (document.fragment) return;
        const holder = selectorHolder(document);
        if (holder === undefined) return;
        const entry = holder.entry("selector");
        const selector = present(entry?.value);
        if (selector === undefined) return;
        if (selector.kind !== "object" || entry === undefined) return;
        const plain = document.objectKind === "ReplicationController";
        if (!plain && APPS_WORKLOADS.has(document.objectKind) && isEmptySelector(selector)) {
          const labels = templateLabels(document);
          const suggest = labels ? [{ messageId: "useTemplateLabels" as const, data: { labels: describe(labels) }, fix: replaceValue(selector, { matchLabels: labels }, context.source) }] : [];
          context.report(entry, "empty", { label: document.label, kind: document.objectKind }, { suggest });
          return;
        }
        if (selects(selector, document.podLabels, plain) !== false) return;
        reportMismatch(context, document, entry, selector, plain);
      },
    };
  },
});

/** The object holding `selector`: the spec, a CronJob's job spec; undefined for a Job or CronJob whose selector Kubernetes generates. */
function selectorHolder(document: WorkloadDocument): ObjectValue | undefined {
  if (document.objectKind === "Pod") return undefined;
  const holder = document.objectKind === "CronJob" ? objectValue(path(document.spec, "jobTemplate", "spec")) : document.spec;
  if (holder !== undefined && JOB_KINDS.has(document.objectKind) && yaml11Boolean(holder.get("manualSelector")) !== true) return undefined;
  return holder;
}

function reportMissing(context: RuleContext<MessageIds, []>, document: WorkloadDocument, spec: ObjectValue): void {
  const labels = templateLabels(document);
  const suggest = labels ? [{ messageId: "useTemplateLabels" as const, data: { labels: describe(labels) }, fix: setMember(spec, "selector", { matchLabels: labels }, context.source) }] : [];
  context.reportMissing(spec, "missing", { label: document.label }, { suggest });
}

/** Names the first `matchLabels` pair the template lacks, when that is why the selector fails. */
function reportMismatch(context: RuleContext<MessageIds, []>, document: WorkloadDocument, at: NonNullable<ReturnType<ObjectValue["entry"]>>, selector: ObjectValue, plain: boolean): void {
  const labels = document.podLabels;
  const matchLabels = plain ? selector : objectValue(selector.get("matchLabels"));
  if (labels !== "unknown" && matchLabels !== undefined) {
    for (const pair of matchLabels.entries) {
      const wanted = literalString(pair.value);
      const actual = labels.get(pair.key);
      if (wanted === undefined || actual === wanted) continue;
      const has = actual === undefined ? "the pod template has no such label" : `the pod template sets it to ${JSON.stringify(actual)}`;
      context.report(at, "mismatchLabel", { label: document.label, key: pair.key, wanted, actual: has });
      return;
    }
  }
  context.report(at, "mismatch", { label: document.label });
}

/**
 * A template with labels (or labels that cannot be read). Without labels and
 * without a selector, an apps/v1 object is almost always a kustomize patch that
 * only replaces an image (kept under `overlays/`, named after what it changes),
 * which the fragment test cannot tell from its name.
 */
function hasTemplateLabels(document: WorkloadDocument): boolean {
  const labels = document.podLabels;
  return labels === "unknown" || labels.size > 0;
}

/** The pod template's labels, when known and not empty (what a selector should select). */
function templateLabels(document: WorkloadDocument): Record<string, string> | undefined {
  const labels = document.podLabels;
  if (labels === "unknown" || labels.size === 0) return undefined;
  return Object.fromEntries(labels);
}

function describe(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}

