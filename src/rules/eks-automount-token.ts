/**
 * eks-automount-token (strict): pods that get a Kubernetes API token mounted
 * although they may never call the Kubernetes API.
 *
 * The pod's `automountServiceAccountToken` wins over its service account's
 * (RULES.md decision); the rule reports when neither is false. The account is
 * looked up in the same file, then the project index. A pod on the `default`
 * account whose account is nowhere to be seen is judged as Kubernetes creates
 * that account (automount on); a named account that is nowhere to be seen
 * leaves the rule silent. IRSA and EKS Pod Identity inject their own projected
 * tokens whatever this setting says, so turning it off does not break AWS access.
 * https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html
 * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
 */
import { createRule } from "../create-rule.js";
import { kubernetesNamed } from "../documents/index.js";
import { DEFAULT_SERVICE_ACCOUNT } from "../facts/kubernetes.js";
import { present, setMember, yaml11Boolean, type Value } from "../values/index.js";

const KEY = "automountServiceAccountToken";

export default createRule({
  name: "eks-automount-token",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `automountServiceAccountToken: false` for pods that do not call the Kubernetes API.",
      level: "strict",
      platforms: ["eks"],
      covers: "Polaris automountServiceAccountToken, CKV_K8S_38",
    },
    messages: {
      podTrue:
        "{{workload}} mounts its service account's Kubernetes API token into every container; unless it calls the Kubernetes API, set automountServiceAccountToken to false (IRSA and Pod Identity do not need this token).",
      inherited:
        "{{workload}} mounts a Kubernetes API token into every container: neither the pod nor {{account}} sets automountServiceAccountToken to false; unless it calls the Kubernetes API, set it to false in the pod spec (IRSA and Pod Identity do not need this token).",
      setFalse: "Set automountServiceAccountToken to false in the pod spec.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        const podSpec = document.podSpec;
        if (podSpec === undefined || !document.builtIn) return;
        const own = present(podSpec.get(KEY));
        if (own !== undefined) {
          if (yaml11Boolean(own) !== true) return;
          context.report(own, "podTrue", { workload: document.label }, { suggest: [{ messageId: "setFalse", fix: setMember(podSpec, KEY, false, context.source) }] });
          return;
        }
        if (document.fragment) return;
        const accountName = document.serviceAccountName;
        if (accountName === undefined) return;
        const account = kubernetesNamed(context.related, "ServiceAccount", document.namespace, accountName);
        if (account === undefined ? accountName !== DEFAULT_SERVICE_ACCOUNT : offOrUnknown(present(account.root.get(KEY)))) return;
        context.reportMissing(podSpec, "inherited", { workload: document.label, account: account?.label ?? `ServiceAccount ${JSON.stringify(accountName)}` }, {
          suggest: [{ messageId: "setFalse", fix: setMember(podSpec, KEY, false, context.source) }],
        });
      },
    };
  },
});

/** True when the account's setting is false or cannot be known (absent means on). */
function offOrUnknown(value: Value | undefined): boolean {
  return value !== undefined && yaml11Boolean(value) !== true;
}
