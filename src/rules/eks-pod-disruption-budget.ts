/**
 * eks-pod-disruption-budget: PodDisruptionBudgets that let no pod be evicted.
 *
 * Node drains go through the Eviction API, which honours PDBs: a budget that
 * allows no disruption stalls managed node group upgrades (which give up after
 * 15 minutes per node, or force), Karpenter consolidation, and Fargate's OS
 * patching (AWS: keep minimum availability below 100%; pods that still cannot
 * be evicted are deleted at the scheduled time).
 *
 * Always reported (RULES.md decision): `maxUnavailable: 0` or `"0%"`,
 * `minAvailable: "100%"`. Also reported: a `minAvailable` at least the number
 * of pods it covers — the replicas of the workloads its selector selects, in
 * the same file or the project index (absent `replicas` is 1), percentages
 * rounded up as the disruption controller does. Skipped when one of those
 * workloads is scaled by an autoscaler, or when any may be selected but
 * cannot be read.
 * https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-patching.html
 * https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html
 * https://kubernetes.io/docs/tasks/run-application/configure-pdb/
 */
import { createRule } from "../create-rule.js";
import { autoscalerOf, sameNamespace, selects, type PodDisruptionBudgetDocument, type RelatedDocuments, type WorkloadDocument } from "../documents/index.js";
import { intOrPercent, scaledUp, type IntOrPercent } from "../facts/eks-workloads.js";
import { WORKLOAD_TEMPLATE_PATHS } from "../facts/kubernetes.js";
import { objectValue, present, renameKey, replaceValue, type ObjectValue } from "../values/index.js";

export default createRule({
  name: "eks-pod-disruption-budget",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow PodDisruptionBudgets that allow no pod to be evicted, which stalls node upgrades and Fargate patching.",
      level: "warn",
      platforms: ["eks"],
      covers: "kube-linter pdb-max-unavailable, pdb-min-available; Polaris pdbDisruptionsIsZero",
    },
    messages: {
      noEviction:
        "{{pdb}} sets {{member}} to {{value}}, which allows no pod to be evicted, so node drains for managed node group upgrades and Fargate patching stall; allow at least one disruption, e.g. maxUnavailable: 1.",
      coversAll:
        "{{pdb}} sets minAvailable to {{value}}, which is all {{count}} pod(s) of {{workloads}}, so no pod can be evicted and node drains for managed node group upgrades and Fargate patching stall; keep minAvailable below {{count}}, or use maxUnavailable: 1.",
      setOne: "Set maxUnavailable to 1.",
      useMaxUnavailable: "Replace minAvailable with maxUnavailable: 1.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-pod-disruption-budget"(document) {
        const spec = document.spec;
        if (spec === undefined || !document.builtIn) return;
        const maxUnavailable = present(spec.get("maxUnavailable"));
        const maxBudget = intOrPercent(maxUnavailable);
        if (maxUnavailable !== undefined && maxBudget?.value === 0) {
          context.report(maxUnavailable, "noEviction", { pdb: document.label, member: "maxUnavailable", value: text(maxBudget) }, {
            suggest: [{ messageId: "setOne", fix: replaceValue(maxUnavailable, 1, context.source) }],
          });
        }
        const entry = spec.entry("minAvailable");
        const minAvailable = present(entry?.value);
        const minBudget = intOrPercent(minAvailable);
        if (entry === undefined || minAvailable === undefined || minBudget === undefined) return;
        const suggest = spec.entry("maxUnavailable") === undefined ? [{ messageId: "useMaxUnavailable" as const, fix: [renameKey(entry, "maxUnavailable", entry.value.syntax, context.source), replaceValue(minAvailable, 1, context.source)] }] : [];
        if (minBudget.kind === "percent" && minBudget.value >= 100) {
          context.report(minAvailable, "noEviction", { pdb: document.label, member: "minAvailable", value: text(minBudget) }, { suggest });
          return;
        }
        const covered = coveredPods(context.related, document, objectValue(spec.get("selector")), minBudget.kind === "percent");
        if (covered === undefined || covered.count === 0) return;
        const required = minBudget.kind === "int" ? minBudget.value : scaledUp(minBudget.value, covered.count);
        if (required < covered.count) return;
        context.report(minAvailable, "coversAll", { pdb: document.label, value: text(minBudget), workloads: covered.label, count: covered.count }, { suggest });
      },
    };
  },
});

function text(budget: IntOrPercent): string {
  return budget.kind === "int" ? String(budget.value) : `"${budget.value}%"`;
}

/**
 * The pods a PDB's selector covers: the sum of the selected workloads'
 * replicas (a bare Pod counts 1, except for a percentage, which the
 * disruption controller cannot scale for a pod without a controller), and how
 * messages name them. Undefined when it cannot be known: a selector or labels
 * that cannot be read, a workload without a replica count, a patch, or an
 * autoscaled workload.
 */
function coveredPods(related: RelatedDocuments, pdb: PodDisruptionBudgetDocument, selector: ObjectValue | undefined, percent: boolean): { count: number; label: string } | undefined {
  // An absent selector selects no pods (policy/v1); policy/v1beta1 read an empty one as none too.
  if (selector === undefined || (pdb.version === "v1beta1" && selector.entries.length === 0)) return undefined;
  const seen = new Set<string>();
  const labels: string[] = [];
  let count = 0;
  for (const objectKind of Object.keys(WORKLOAD_TEMPLATE_PATHS)) {
    for (const object of related.kubernetes(objectKind)) {
      const workload = object as WorkloadDocument;
      if (!sameNamespace(workload.namespace, pdb.namespace)) continue;
      const selected = selects(selector, workload.podLabels);
      if (selected === "unknown") return undefined;
      if (!selected) continue;
      // The same object read from this file and from the project index counts once.
      const key = workload.name === undefined ? undefined : `${objectKind}/${workload.namespace ?? ""}/${workload.name}`;
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      const replicas = objectKind === "Pod" && !percent ? 1 : workload.replicas;
      if (replicas === undefined || workload.fragment || autoscalerOf(related, workload) !== undefined) return undefined;
      count += replicas;
      labels.push(workload.label);
    }
  }
  if (labels.length === 0) return undefined;
  return { count, label: labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]!}` };
}
