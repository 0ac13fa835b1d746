/**
 * eks-service-account-role: workloads whose service account has no IAM role
 * (the EKS twin of `ecs-task-role`).
 *
 * On EKS a pod gets an IAM role of its own through its service account: the
 * IRSA annotation `eks.amazonaws.com/role-arn` on the ServiceAccount, or an EKS
 * Pod Identity association (made outside the manifest). Without either, the
 * AWS SDK falls back to the node's instance role, shared by every pod on the
 * node, or finds no credentials at all (Fargate, or instance metadata blocked).
 *
 * RULES.md decision:
 * - a workload on the default service account (no `serviceAccountName`, or
 *   `default`) is reported, unless a `default` ServiceAccount in the same file
 *   or the project index (matching namespace) carries the annotation;
 * - a workload naming an account that is found (same file or index) without
 *   the annotation is reported — unless another copy of it (a kustomize patch
 *   in an overlay) carries the annotation;
 * - a named account found nowhere: silent (its annotation cannot be known).
 * - an account given a role outside the manifests — a Pod Identity association
 *   or an eksctl `iam.serviceAccounts` entry in an eksctl config or a
 *   CloudFormation template, in the same file or the project index — is
 *   satisfied (`context.related.podRoles()`).
 * Without those files, Pod Identity is invisible, so every message is
 * conditional ("if its containers call AWS APIs and no Pod Identity association
 * covers the account"). Fragments are skipped, and so are apps/v1 controllers without
 * `spec.selector` (not whole objects: image-only kustomize patches). No guess is made about which images
 * need AWS. Covers the notes (the task role's EKS twin), kube-linter default-service-account.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { sameNamespace, type KubernetesDocuments, type WorkloadDocument } from "../documents/index.js";
import { IRSA_ROLE_ARN_ANNOTATION, IRSA_ROLE_ARN_PLACEHOLDER } from "../facts/eks-pod-identity.js";
import { DEFAULT_SERVICE_ACCOUNT } from "../facts/kubernetes.js";
import { literalString, present, setMapMembers, type Edit, type Value } from "../values/index.js";

type MessageIds = "defaultAccount" | "accountWithoutRole" | "annotateAccount";

export default createRule<MessageIds>({
  name: "eks-service-account-role",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require workloads to run as a service account with an IAM role (IRSA `eks.amazonaws.com/role-arn`), not on the node's role.",
      level: "warn",
      platforms: ["eks"],
      covers: "the notes (task role's EKS twin); kube-linter default-service-account",
    },
    messages: {
      defaultAccount:
        "{{label}} runs as the default service account, which Kubernetes creates without an eks.amazonaws.com/role-arn annotation, and none of the files linted adds one: if its containers call AWS APIs and no Pod Identity association covers the account, they fall back to the node's instance role, shared by every pod on the node, or get no credentials at all; run it as a service account with an IAM role of its own.",
      accountWithoutRole:
        '{{label}} runs as service account "{{account}}", which has no eks.amazonaws.com/role-arn annotation: if its containers call AWS APIs and no Pod Identity association covers the account, they fall back to the node\'s instance role, shared by every pod on the node, or get no credentials at all; annotate the account with the IAM role they need.',
      annotateAccount: 'Annotate service account "{{account}}" with eks.amazonaws.com/role-arn (then fill in the account ID and role name).',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (document.fragment || !document.builtIn) return;
        const account = document.serviceAccountName;
        const spec = document.podSpec;
        if (account === undefined || spec === undefined) return;
        if (hasPodRole(context, document, account)) return;
        const accounts = serviceAccounts(context, document, account);
        if (accounts.some((candidate) => roleOf(candidate) !== "none")) return;
        const isDefault = account === DEFAULT_SERVICE_ACCOUNT;
        // A named account found nowhere: its annotations cannot be known.
        if (!isDefault && accounts.length === 0) return;
        const messageId = isDefault ? "defaultAccount" : "accountWithoutRole";
        const data = { label: document.label, account };
        const suggest = suggestion(context, document, accounts, account);
        const named = present(spec.get("serviceAccountName")) ?? present(spec.get("serviceAccount"));
        if (named !== undefined) context.report(named, messageId, data, { suggest });
        else context.reportMissing(spec, messageId, data, { suggest });
      },
    };
  },
});


/**
 * The ServiceAccounts of that name in a matching namespace, in this file and the
 * project index. Any of them with a role settles it: a kustomize overlay often
 * adds the annotation with a patch kept apart from the base's account.
 */
function serviceAccounts(context: RuleContext<MessageIds, []>, workload: WorkloadDocument, name: string): readonly KubernetesDocuments[] {
  return context.related.kubernetes("ServiceAccount").filter((account) => account.name === name && sameNamespace(account.namespace, workload.namespace));
}

/** An IAM role given to the account outside the manifests (eksctl, CloudFormation), for its namespace. */
function hasPodRole(context: RuleContext<MessageIds, []>, workload: WorkloadDocument, name: string): boolean {
  return context.related.podRoles().some((role) => role.serviceAccount === name && sameNamespace(role.namespace, workload.namespace));
}

/** Whether the account carries the IRSA annotation: "role", "none", or "unknown" when its annotations cannot be read. */
function roleOf(account: KubernetesDocuments): "role" | "none" | "unknown" {
  const metadata = account.metadata;
  if (metadata === undefined) return account.root.hasMerge ? "unknown" : "none";
  const annotations = present(metadata.get("annotations"));
  if (annotations === undefined) return "none";
  if (annotations.kind !== "object") return "unknown";
  const value = present(annotations.getExact(IRSA_ROLE_ARN_ANNOTATION));
  if (value === undefined) return "none";
  // An empty value gives no role; anything else (a placeholder too) is left to arn-format.
  return literalString(value)?.trim() === "" ? "none" : "role";
}

/**
 * Adds the annotation (with a placeholder ARN) to the account, when this file
 * holds exactly one account of that name (the index may hold a saved copy of
 * this very file: only this file's text can be edited).
 */
function suggestion(context: RuleContext<MessageIds, []>, workload: WorkloadDocument, accounts: readonly KubernetesDocuments[], name: string) {
  const file = fileOf(workload.root);
  const here = accounts.filter((account) => fileOf(account.root) === file);
  if (here.length !== 1) return [];
  const edit = annotate(here[0]!, context.source);
  return edit === undefined ? [] : [{ messageId: "annotateAccount" as const, data: { account: name }, fix: edit }];
}

function annotate(account: KubernetesDocuments, source: string): Edit | readonly Edit[] | undefined {
  const metadata = account.metadata;
  return metadata ? setMapMembers(metadata, "annotations", { [IRSA_ROLE_ARN_ANNOTATION]: IRSA_ROLE_ARN_PLACEHOLDER }, source) : undefined;
}

/**
 * The parsed file a value belongs to: the root of its parser node (the YAML or
 * JSON program; each file, including each project-index file, is parsed once),
 * reached from the outermost value (a `List` item's list). Two documents are in
 * the same file when these are the same object. Not in src/documents yet: the
 * smallest helper that tells an edit is safe to make in this file.
 */
function fileOf(value: Value): object {
  let current: Value = value;
  while (current.parent !== undefined) current = current.parent.kind === "member" ? current.parent.object : current.parent.array;
  let node = current.node as { parent?: object | null };
  while (node.parent) node = node.parent;
  return node;
}
