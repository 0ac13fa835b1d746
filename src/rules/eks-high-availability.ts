/**
 * eks-high-availability: Deployments and StatefulSets that one node drain or
 * one Availability Zone can take down — a single replica (absent `replicas`
 * means 1), or several with nothing that spreads them across zones (a
 * topology spread constraint on the zone label, or pod anti-affinity).
 *
 * An autoscaler (HPA, KEDA ScaledObject) in the same file or the project index
 * owns the replica count: its minimum decides. The scheduler's default spread
 * is only a preference (`ScheduleAnyway`, skew up to 5 per zone) and packs
 * small replica counts into one zone readily.
 * https://docs.aws.amazon.com/eks/latest/best-practices/application.html
 * https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
 */
import { createRule, type MessageData, type RuleContext, type Suggestion } from "../create-rule.js";
import { autoscalerOf, type WorkloadDocument } from "../documents/index.js";
import { ZONE_TOPOLOGY_KEY, ZONE_TOPOLOGY_KEYS } from "../facts/eks-workloads.js";
import { appendItem, literalString, objectValue, present, setMember, type Edit, type JsonValue, type ObjectValue } from "../values/index.js";

/** The workloads this rule judges (RULES.md row). */
const JUDGED = new Set(["Deployment", "StatefulSet"]);

export default createRule({
  name: "eks-high-availability",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require Deployments and StatefulSets to run at least two replicas spread across Availability Zones.",
      level: "strict",
      platforms: ["eks"],
      covers: "Polaris deploymentMissingReplicas, topologySpreadConstraint; kube-score deployment-replicas, deployment-has-host-podantiaffinity; kube-linter no-anti-affinity",
    },
    messages: {
      singleReplica:
        "{{workload}} runs a single replica, so a node drain, a node failure or a zone outage takes it down; run at least 2 replicas, spread across Availability Zones.",
      autoscaledToOne:
        "{{workload}} can scale down to a single replica ({{autoscaler}} has a minimum of 1), so a node drain, a node failure or a zone outage can take it down; raise the autoscaler's minimum to at least 2.",
      notSpread:
        "{{workload}} runs {{replicas}} replicas with no topology spread constraint on the zone or pod anti-affinity, so they may all land in one Availability Zone; add a topologySpreadConstraint on {{zoneKey}}.",
      setReplicas: "Set replicas to 2.",
      addSpread: "Add a topologySpreadConstraint on {{zoneKey}} (maxSkew 1, ScheduleAnyway) for the pods' labels.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (!JUDGED.has(document.objectKind) || !document.builtIn) return;
        const spec = document.spec;
        if (spec === undefined) return;
        const partial = document.fragment;
        if (partial && present(spec.get("replicas")) === undefined) return;
        let replicas = document.replicas;
        const autoscaler = autoscalerOf(context.related, document);
        if (autoscaler !== undefined) {
          const min = autoscaler.minReplicas;
          if (min === undefined || partial) return;
          // Scaling to zero (KEDA's default) is a choice about idle time, not about availability.
          if (min === 1) reportAt(context, document, spec, "autoscaledToOne", { workload: document.label, autoscaler: autoscaler.label });
          if (min < 2) return;
          replicas = min;
        }
        if (replicas === undefined || replicas === 0) return;
        if (replicas === 1) {
          reportAt(context, document, spec, "singleReplica", { workload: document.label }, [
            { messageId: "setReplicas", fix: setMember(spec, "replicas", 2, context.source) },
          ]);
          return;
        }
        if (partial) return;
        const podSpec = document.podSpec;
        if (podSpec === undefined || spreadsAcrossZones(podSpec) !== false) return;
        const constraint = spreadConstraint(document);
        context.reportMissing(podSpec, "notSpread", { workload: document.label, replicas, zoneKey: ZONE_TOPOLOGY_KEY }, {
          suggest: constraint ? [{ messageId: "addSpread", data: { zoneKey: ZONE_TOPOLOGY_KEY }, fix: addConstraint(podSpec, constraint, context.source) }] : [],
        });
      },
    };
  },
});

type MessageId = "singleReplica" | "autoscaledToOne" | "notSpread" | "setReplicas" | "addSpread";
type Context = RuleContext<MessageId, []>;

/** On `replicas` when written, else on `spec` (where it would go). */
function reportAt(context: Context, document: WorkloadDocument, spec: ObjectValue, messageId: "singleReplica" | "autoscaledToOne", data: MessageData, suggest?: readonly Suggestion<MessageId>[]): void {
  const entry = spec.entry("replicas");
  const extras = suggest ? { suggest } : undefined;
  if (entry && present(entry.value) !== undefined) context.report(entry.value, messageId, data, extras);
  else if (!document.fragment) context.reportMissing(spec, messageId, data, extras);
}

/**
 * True when the pod spec spreads its pods across zones (a topology spread
 * constraint on a zone key) or keeps them apart (any pod anti-affinity);
 * undefined when that cannot be known; false otherwise.
 */
function spreadsAcrossZones(podSpec: ObjectValue): boolean | undefined {
  const constraints = present(podSpec.get("topologySpreadConstraints"));
  if (constraints !== undefined) {
    if (constraints.kind !== "array") return undefined;
    for (const item of constraints.items) {
      if (item.kind !== "object") return undefined;
      const key = present(item.get("topologyKey"));
      if (key === undefined) continue;
      const text = literalString(key);
      if (text === undefined) return undefined;
      if (ZONE_TOPOLOGY_KEYS.has(text)) return true;
    }
  }
  const affinity = present(podSpec.get("affinity"));
  if (affinity === undefined) return false;
  if (affinity.kind !== "object") return undefined;
  return present(affinity.get("podAntiAffinity")) !== undefined;
}

/** A zone spread constraint for the workload's own pods, when its selector is a plain `matchLabels` map of literal values. */
function spreadConstraint(document: WorkloadDocument): JsonValue | undefined {
  const selector = document.selector;
  if (selector === undefined || selector.hasMerge || selector.entries.some((entry) => entry.key !== "matchLabels")) return undefined;
  const matchLabels = objectValue(selector.get("matchLabels"));
  if (matchLabels === undefined || matchLabels.hasMerge || matchLabels.entries.length === 0) return undefined;
  const labels: Record<string, string> = {};
  for (const entry of matchLabels.entries) {
    const value = literalString(entry.value);
    if (value === undefined) return undefined;
    labels[entry.key] = value;
  }
  return { maxSkew: 1, topologyKey: ZONE_TOPOLOGY_KEY, whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: labels } };
}

/** Appends the constraint to the pod spec's list, or adds the list. */
function addConstraint(podSpec: ObjectValue, constraint: JsonValue, source: string): Edit {
  const constraints = podSpec.get("topologySpreadConstraints");
  return constraints?.kind === "array" ? appendItem(constraints, constraint, source) : setMember(podSpec, "topologySpreadConstraints", [constraint], source);
}
