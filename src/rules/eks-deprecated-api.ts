/**
 * eks-deprecated-api: built-in Kubernetes API versions that EKS clusters no
 * longer serve, so `kubectl apply` fails ("no matches for kind … in version …").
 *
 * - An apiVersion removed in Kubernetes 1.32 or earlier: no EKS version still
 *   supported serves it (1.32 is the oldest, src/facts/kubernetes-api-versions.ts).
 * - One removed in 1.33–1.37: only when the `kubernetesVersion` option says the
 *   cluster runs that version or later (to plan an upgrade, set it to the target).
 * - An alpha version of a built-in group: EKS never enables alpha APIs.
 * - From Kubernetes 1.33 (by the option): `gitRepo` volumes, which the kubelet
 *   no longer mounts.
 *
 * Reported on the `apiVersion` value. Autofix only where the migration guide says
 * "No notable changes"; a suggestion where only defaults change and the object
 * qualifies (apps/v1 workloads need `spec.selector`); otherwise the message says
 * what changes. Custom resources (groups not in BUILT_IN_API_GROUPS) are not judged.
 * Covers kube-linter no-extensions-v1beta, kube-score stable-version.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { isEmptySelector, KUBERNETES_DOCUMENT_KINDS, type KubernetesDocuments } from "../documents/index.js";
import { ALPHA_VERSION, GIT_REPO_VOLUME_DISABLED_IN, minorOf, OLDEST_EKS_KUBERNETES_VERSION, removedApi, type RemovedApi } from "../facts/kubernetes-api-versions.js";
import { itemLabel, objectValue, present, replaceValue } from "../values/index.js";

type MessageIds = "removed" | "removedWithChanges" | "removedNoReplacement" | "alpha" | "gitRepo" | "changeApiVersion";
type Options = [{ kubernetesVersion?: string }];

const OLDEST_MINOR = minorOf(OLDEST_EKS_KUBERNETES_VERSION)!;
const GIT_REPO_MINOR = minorOf(GIT_REPO_VOLUME_DISABLED_IN)!;

/** Workload kinds whose apps/v1 form requires `spec.selector` and drops `rollbackTo`/`templateGeneration` (migration guide, v1.16). */
const APPS_WORKLOADS: ReadonlySet<string> = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);
const REMOVED_WORKLOAD_FIELDS = ["rollbackTo", "templateGeneration"] as const;

export default createRule<MessageIds, Options>({
  name: "eks-deprecated-api",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow built-in Kubernetes API versions that EKS clusters no longer serve.",
      level: "error",
      platforms: ["eks"],
      covers: "kube-linter no-extensions-v1beta, kube-score stable-version",
    },
    messages: {
      removed: '{{label}} uses apiVersion "{{apiVersion}}", which Kubernetes {{removed}} removed, so {{clusters}}; change it to "{{replacement}}".',
      removedWithChanges: '{{label}} uses apiVersion "{{apiVersion}}", which Kubernetes {{removed}} removed, so {{clusters}}; change it to "{{replacement}}" ({{changes}}).',
      removedNoReplacement: '{{label}} uses apiVersion "{{apiVersion}}", which Kubernetes {{removed}} removed, so {{clusters}}; {{changes}}.',
      alpha: '{{label}} uses apiVersion "{{apiVersion}}", an alpha API, which EKS never enables, so the cluster rejects it; use a version of the API that is generally available.',
      gitRepo: "Volume {{volume}} of {{label}} is a gitRepo volume, which Kubernetes {{disabledIn}} turns off (the kubelet refuses to mount it); clone the repository into an emptyDir volume from an init container.",
      changeApiVersion: 'Change apiVersion to "{{replacement}}".',
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          kubernetesVersion: {
            type: "string",
            pattern: "^1\\.[0-9]+$",
            description: "The Kubernetes version of the clusters the manifests go to (e.g. \"1.34\"); APIs removed in it or earlier are reported. Default: the oldest version EKS runs.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ kubernetesVersion: OLDEST_EKS_KUBERNETES_VERSION }],
  },
  create(context) {
    // Versions below the oldest EKS runs change nothing: what they removed is gone everywhere already.
    const target = Math.max(minorOf(context.options[0]?.kubernetesVersion ?? "") ?? OLDEST_MINOR, OLDEST_MINOR);
    const check = (document: KubernetesDocuments): void => judge(context, document, target);
    const handlers: Record<string, typeof check> = {};
    for (const kind of KUBERNETES_DOCUMENT_KINDS) handlers[kind] = check;
    return handlers;
  },
});

function judge(context: RuleContext<MessageIds, Options>, document: KubernetesDocuments, target: number): void {
  if (!document.builtIn) return;
  const apiVersion = document.apiVersion!;
  const value = document.root.entryExact("apiVersion")?.value;
  const api = removedApi(apiVersion, document.objectKind);
  if (value !== undefined && api?.verified === true && minorOf(api.removed)! <= target) reportRemoved(context, document, api);
  else if (value !== undefined && ALPHA_VERSION.test(document.version!)) context.report(value, "alpha", { label: document.label, apiVersion });
  if (target >= GIT_REPO_MINOR && document.kind === "kubernetes-workload") {
    for (const volume of document.volumes) {
      const gitRepo = volume.entry("gitRepo");
      if (gitRepo === undefined || present(gitRepo.value) === undefined) continue;
      context.report(gitRepo, "gitRepo", { volume: itemLabel(volume), label: document.label, disabledIn: GIT_REPO_VOLUME_DISABLED_IN });
    }
  }
}

function reportRemoved(context: RuleContext<MessageIds, Options>, document: KubernetesDocuments, api: RemovedApi): void {
  const value = document.root.entryExact("apiVersion")!.value;
  const removed = minorOf(api.removed)!;
  const clusters = removed <= OLDEST_MINOR ? "no EKS cluster serves it" : `EKS clusters on Kubernetes ${api.removed} and later reject it`;
  const data = { label: document.label, apiVersion: api.apiVersion, removed: api.removed, clusters };
  if (api.replacement === undefined) {
    context.report(value, "removedNoReplacement", { ...data, changes: api.changes ?? "" });
    return;
  }
  const replacement = api.replacement;
  const messageId = api.changes === undefined ? "removed" : "removedWithChanges";
  const withReplacement = { ...data, replacement, ...(api.changes === undefined ? {} : { changes: api.changes }) };
  if (api.migration === "rename") {
    context.report(value, messageId, withReplacement, { fix: replaceValue(value, replacement, context.source) });
  } else if (api.migration === "review" && qualifies(document)) {
    context.report(value, messageId, withReplacement, { suggest: [{ messageId: "changeApiVersion", data: { replacement }, fix: replaceValue(value, replacement, context.source) }] });
  } else {
    context.report(value, messageId, withReplacement);
  }
}

/**
 * Whether the object, with only its apiVersion changed, is one the replacement
 * accepts with the same meaning (migration guide): an apps/v1 workload needs
 * `spec.selector` and has no `rollbackTo`/`templateGeneration`; a policy/v1 PDB's
 * empty selector (`{}`) selects every pod where policy/v1beta1's selected none.
 */
function qualifies(document: KubernetesDocuments): boolean {
  const spec = document.spec;
  if (document.kind === "kubernetes-workload" && APPS_WORKLOADS.has(document.objectKind)) {
    if (spec === undefined || present(spec.get("selector")) === undefined) return false;
    return REMOVED_WORKLOAD_FIELDS.every((name) => present(spec.get(name)) === undefined);
  }
  if (document.kind === "kubernetes-pod-disruption-budget") {
    const selector = objectValue(spec?.get("selector"));
    return selector === undefined || !isEmptySelector(selector);
  }
  return true;
}

