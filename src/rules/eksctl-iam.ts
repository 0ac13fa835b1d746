/**
 * eksctl-iam: IAM settings of an eksctl ClusterConfig that eksctl refuses or
 * that share node permissions with every pod.
 *
 * - `iam.serviceAccounts` (IRSA) while `iam.withOIDC` is not true: eksctl refuses
 *   the config (validation.go `ValidateClusterConfig`; absent is false). A
 *   suggestion sets `iam.withOIDC: true` (it creates the cluster's IAM OIDC
 *   provider: a choice, hence no autofix).
 * - Pod Identity associations that `eksctl create cluster` would create
 *   (`iam.podIdentityAssociations`, an addon's `podIdentityAssociations` or
 *   `useDefaultPodIdentityAssociations`, `addonsConfig.autoApplyPodIdentityAssociations`
 *   with an addon listed) without the `eks-pod-identity-agent` addon in `addons`,
 *   outside Auto Mode (configfile.go `NewCreateClusterLoader`). A suggestion adds
 *   the addon.
 * - A node group's `iam.withAddonPolicies`: the policies go on the node role,
 *   which every pod can use through the instance metadata service (eksctl's
 *   launch template keeps the hop limit at 2); with `disablePodIMDS: true` it is
 *   eksctl's own error (validation.go `validateNodeGroupBase`).
 *
 * Facts and sources in src/facts/eksctl.ts ("eksctl-iam").
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { NODE_GROUP_ADDON_POLICIES, POD_IDENTITY_ADDON_MEMBERS, POD_IDENTITY_AGENT_ADDON } from "../facts/eksctl.js";
import { appendItem, insertMember, literalString, objectValue, present, setMember, yaml11Boolean, type Entry, type ObjectValue, type Value } from "../values/index.js";
import type { ClusterConfigDocument, NodeGroup } from "../documents/index.js";

type MessageIds = "serviceAccountsWithoutOidc" | "setWithOidc" | "podIdentityWithoutAgent" | "addAgent" | "addonPolicies" | "addonPoliciesWithoutPodImds";
type Context = RuleContext<MessageIds, []>;

export default createRule<MessageIds>({
  name: "eksctl-iam",
  meta: {
    type: "problem",
    docs: {
      description: "Require iam.withOIDC for iam.serviceAccounts and the eks-pod-identity-agent addon for Pod Identity associations, and disallow node groups' iam.withAddonPolicies.",
      level: "error",
      platforms: ["eksctl"],
      covers: "eksctl validation",
    },
    messages: {
      serviceAccountsWithoutOidc:
        "{{config}} lists iam.serviceAccounts, which need the cluster's IAM OIDC provider, but iam.withOIDC is not true, so eksctl refuses the config; set iam.withOIDC to true.",
      setWithOidc: "Set iam.withOIDC to true.",
      podIdentityWithoutAgent:
        '{{config}} has Pod Identity associations ({{source}}) but addons does not list the "{{addon}}" addon that makes them work, so eksctl create cluster refuses the config; add the "{{addon}}" addon.',
      addAgent: 'Add the "{{addon}}" addon.',
      addonPolicies:
        "{{nodeGroup}} attaches add-on policies ({{policies}}) to its node role through iam.withAddonPolicies, and every pod on those nodes can take that role's credentials from the instance metadata service; give each add-on its own role with iam.serviceAccounts or iam.podIdentityAssociations instead.",
      addonPoliciesWithoutPodImds:
        "{{nodeGroup}} sets both disablePodIMDS and iam.withAddonPolicies ({{policies}}), which eksctl refuses since pods could no longer use those policies; give each add-on its own role with iam.serviceAccounts or iam.podIdentityAssociations and remove iam.withAddonPolicies.",
    },
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        checkServiceAccounts(context, document);
        checkPodIdentity(context, document);
        for (const group of document.nodeGroups) checkAddonPolicies(context, group);
      },
    };
  },
});

/** `iam.serviceAccounts` with at least one item while `iam.withOIDC` is known not to be true. */
function checkServiceAccounts(context: Context, document: ClusterConfigDocument): void {
  const iam = document.iam;
  const accounts = iam?.get("serviceAccounts");
  if (!iam || accounts?.kind !== "array" || accounts.items.length === 0 || document.withOIDC !== false) return;
  const entry = iam.entry("serviceAccounts");
  if (!entry) return;
  // On Outposts eksctl refuses withOIDC too: then no edit makes the config valid.
  const suggest: Suggestion<MessageIds>[] = present(document.root.get("outpost")) === undefined ? [{ messageId: "setWithOidc", fix: setMember(iam, "withOIDC", true, context.source) }] : [];
  context.report(entry, "serviceAccountsWithoutOidc", { config: document.label }, { suggest });
}

/** Where the config asks for a Pod Identity association, as the message names it. */
interface Trigger {
  readonly at: Entry;
  readonly source: string;
}

/**
 * eksctl create cluster's check (configfile.go `shallCreatePodIdentityAssociations`):
 * an association asked for, no addon named exactly "eks-pod-identity-agent", and
 * Auto Mode off. Anything unreadable on the way (an addon's name, the addons list,
 * Auto Mode) keeps it silent.
 */
function checkPodIdentity(context: Context, document: ClusterConfigDocument): void {
  const addonsValue = present(document.root.get("addons"));
  if (addonsValue !== undefined && addonsValue.kind !== "array") return;
  const items = addonsValue?.items ?? [];
  const trigger = iamTrigger(document.iam) ?? addonTrigger(document, items);
  if (!trigger) return;
  for (const item of items) {
    const name = item.kind === "object" ? literalString(item.get("name")) : undefined;
    // An unreadable item or name may be the agent.
    if (name === undefined || name === POD_IDENTITY_AGENT_ADDON) return;
  }
  if (autoMode(document.root) !== false) return;
  const agent = { name: POD_IDENTITY_AGENT_ADDON };
  const fix = addonsValue ? appendItem(addonsValue, agent, context.source) : insertMember(document.root, "addons", [agent], context.source);
  const data = { config: document.label, source: trigger.source, addon: POD_IDENTITY_AGENT_ADDON };
  context.report(trigger.at, "podIdentityWithoutAgent", data, { suggest: [{ messageId: "addAgent", data: { addon: POD_IDENTITY_AGENT_ADDON }, fix }] });
}

function iamTrigger(iam: ObjectValue | undefined): Trigger | undefined {
  const key = POD_IDENTITY_ADDON_MEMBERS.associations;
  const associations = iam?.get(key);
  const entry = iam?.entry(key);
  return associations?.kind === "array" && associations.items.length > 0 && entry ? { at: entry, source: `iam.${entry.key}` } : undefined;
}

/** An addon's own associations or default associations, then `addonsConfig.autoApplyPodIdentityAssociations` (counted only when an addon is listed). */
function addonTrigger(document: ClusterConfigDocument, items: readonly Value[]): Trigger | undefined {
  for (const addon of items) {
    if (addon.kind !== "object") continue;
    const name = literalString(addon.get("name"));
    const label = name === undefined ? "an addon" : `addon "${name}"`;
    const associations = addon.get(POD_IDENTITY_ADDON_MEMBERS.associations);
    const associationsEntry = addon.entry(POD_IDENTITY_ADDON_MEMBERS.associations);
    if (associations?.kind === "array" && associations.items.length > 0 && associationsEntry) return { at: associationsEntry, source: `${label} ${associationsEntry.key}` };
    const useDefault = addon.entry(POD_IDENTITY_ADDON_MEMBERS.useDefault);
    if (useDefault && yaml11Boolean(useDefault.value) === true) return { at: useDefault, source: `${label} ${useDefault.key}` };
  }
  if (items.length === 0) return undefined;
  const config = objectValue(document.root.get("addonsConfig"));
  const autoApply = config?.entry(POD_IDENTITY_ADDON_MEMBERS.autoApply);
  return autoApply && yaml11Boolean(autoApply.value) === true ? { at: autoApply, source: `addonsConfig.${autoApply.key}` } : undefined;
}

/** `autoModeConfig.enabled`: false when absent, undefined when it cannot be read. */
function autoMode(root: ObjectValue): boolean | undefined {
  const config = present(root.get("autoModeConfig"));
  if (config === undefined) return false;
  if (config.kind !== "object") return undefined;
  const enabled = present(config.get("enabled"));
  return enabled === undefined ? false : yaml11Boolean(enabled);
}

/**
 * A node group's `iam.withAddonPolicies` with policies known to be on. With
 * `disablePodIMDS: true` it is eksctl's error; otherwise the grant to every pod,
 * except where eksctl does not attach them (an `instanceRoleARN` or
 * `instanceProfileARN`, which eksctl refuses beside them) or the metadata options
 * are a launch template's own (a managed group's `launchTemplate`).
 */
function checkAddonPolicies(context: Context, group: NodeGroup): void {
  const iam = objectValue(group.object.get("iam"));
  const entry = iam?.entry("withAddonPolicies");
  const policies = objectValue(entry?.value);
  if (!iam || !entry || !policies) return;
  const enabled = NODE_GROUP_ADDON_POLICIES.filter((name) => yaml11Boolean(present(policies.get(name))) === true).map((name) => policies.keyName(name));
  if (enabled.length === 0) return;
  const disablePodImds = present(group.object.get("disablePodIMDS"));
  const podImdsOff = disablePodImds === undefined ? false : yaml11Boolean(disablePodImds);
  if (podImdsOff === undefined) return;
  const data = { nodeGroup: group.label, policies: enabled.join(", ") };
  if (podImdsOff) {
    context.report(entry, "addonPoliciesWithoutPodImds", data);
    return;
  }
  if (present(iam.get("instanceRoleARN")) !== undefined || present(iam.get("instanceProfileARN")) !== undefined) return;
  if (group.ownLaunchTemplate) return;
  context.report(entry, "addonPolicies", data);
}
