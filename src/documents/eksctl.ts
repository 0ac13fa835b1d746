/**
 * eksctl `ClusterConfig` files (apiVersion `eksctl.io/v1alpha5`, kind
 * `ClusterConfig`), and their one recognizer.
 *
 * The config reads like a Kubernetes object but is eksctl's own format: eksctl
 * reads it with sigs.k8s.io/yaml (YAML 1.1 scalars, unknown keys refused), one
 * document per file. The document gives the rules the sections they share —
 * node groups (self-managed `nodeGroups` and `managedNodeGroups` alike), Fargate
 * profiles, IAM service accounts, Pod Identity associations, addons — and the
 * project index reads its Fargate profiles and pod roles for the Kubernetes
 * rules (`eks-fargate-compatibility`, `eks-service-account-role`).
 *
 * Sources: src/facts/eksctl.ts.
 */
import { CLUSTER_CONFIG_KIND, DEFAULT_IAM_SERVICE_ACCOUNT_NAMESPACE, isEksctlApiVersion } from "../facts/eksctl.js";
import { literalString, objectItems, objectValue, present, yaml11Boolean, type ObjectValue, type Value } from "../values/index.js";
import { isTemplated } from "./kubernetes.js";
import { fargateProfileOf, podRoleOf, type FargateProfile, type PodRole } from "./eks.js";

/** A node group: an item of `nodeGroups` (self-managed) or `managedNodeGroups`. */
export interface NodeGroup {
  readonly object: ObjectValue;
  readonly managed: boolean;
  /** `name`, when literal. */
  readonly name: string | undefined;
  /** How messages name it: `Managed node group "ng-1"`, `Node group "ng-1"`, or `nodeGroups[2]`. */
  readonly label: string;
  /** Its path, as eksctl's errors name it: `nodeGroups[2]`, `managedNodeGroups[0]`. */
  readonly path: string;
  /**
   * A managed group with a `launchTemplate` of its own: eksctl writes none of
   * the node settings (volumes, SSH, metadata options) then; the template does.
   */
  readonly ownLaunchTemplate: boolean;
}

export class ClusterConfigDocument {
  readonly kind = "eksctl-cluster-config";
  /** One form: eksctl reads only the config file. */
  readonly form = "config";
  #nodeGroups: readonly NodeGroup[] | undefined;

  constructor(
    /** The config as written. */
    readonly root: ObjectValue,
    /** `apiVersion`, when literal (`eksctl.io/v1alpha5`). */
    readonly apiVersion: string | undefined,
  ) {}

  get metadata(): ObjectValue | undefined {
    return objectValue(this.root.get("metadata"));
  }

  /** `metadata.name`, when literal. */
  get name(): string | undefined {
    return literalString(this.metadata?.get("name"));
  }

  /** How messages name it: `ClusterConfig "prod"`. */
  get label(): string {
    const name = this.name;
    return name === undefined ? CLUSTER_CONFIG_KIND : `${CLUSTER_CONFIG_KIND} ${JSON.stringify(name)}`;
  }

  /** `iam`, the cluster's IAM section. */
  get iam(): ObjectValue | undefined {
    return objectValue(this.root.get("iam"));
  }

  /** `iam.withOIDC` read as eksctl reads it (YAML 1.1): true, false (also when absent: eksctl's default), or undefined when it cannot be read. */
  get withOIDC(): boolean | undefined {
    const value = present(this.iam?.get("withOIDC"));
    if (value === undefined) return this.root.hasMerge || this.iam?.hasMerge ? undefined : false;
    return yaml11Boolean(value);
  }

  /** Self-managed node groups, then managed ones. */
  get nodeGroups(): readonly NodeGroup[] {
    this.#nodeGroups ??= [...nodeGroupsOf(this.root.get("nodeGroups"), false), ...nodeGroupsOf(this.root.get("managedNodeGroups"), true)];
    return this.#nodeGroups;
  }

  /** `fargateProfiles` that are objects, read as EKS matches them. */
  get fargateProfiles(): readonly FargateProfile[] {
    return objectItems(this.root.get("fargateProfiles")).map((profile) => fargateProfileOf(profile, "eksctl", this.name));
  }

  /** `iam.serviceAccounts` that are objects (eksctl creates each with the IRSA annotation). */
  get iamServiceAccounts(): readonly ObjectValue[] {
    return objectItems(this.iam?.get("serviceAccounts"));
  }

  /** `iam.podIdentityAssociations` that are objects. */
  get podIdentityAssociations(): readonly ObjectValue[] {
    return objectItems(this.iam?.get("podIdentityAssociations"));
  }

  /** `addons` that are objects. */
  get addons(): readonly ObjectValue[] {
    return objectItems(this.root.get("addons"));
  }

  /** The addon of that name. */
  addon(name: string): ObjectValue | undefined {
    return this.addons.find((addon) => literalString(addon.get("name")) === name);
  }

  /**
   * Every service account this config gives an IAM role: `iam.serviceAccounts`
   * (IRSA, namespace `default` when absent), `iam.podIdentityAssociations` and
   * addons' `podIdentityAssociations` (EKS Pod Identity).
   */
  get podRoles(): readonly PodRole[] {
    const roles: PodRole[] = [];
    for (const account of this.iamServiceAccounts) {
      const metadata = objectValue(account.get("metadata"));
      const role = podRoleOf(account, "iam.serviceAccounts", literalString(metadata?.get("name")), present(metadata?.get("namespace")) === undefined ? DEFAULT_IAM_SERVICE_ACCOUNT_NAMESPACE : literalString(metadata?.get("namespace")), this.name);
      roles.push(role);
    }
    const associations = [...this.podIdentityAssociations, ...this.addons.flatMap((addon) => objectItems(addon.get("podIdentityAssociations")))];
    for (const association of associations) {
      roles.push(podRoleOf(association, "Pod Identity association", literalString(association.get("serviceAccountName")), literalString(association.get("namespace")), this.name));
    }
    return roles;
  }
}

function nodeGroupsOf(list: Value | undefined, managed: boolean): readonly NodeGroup[] {
  const key = managed ? "managedNodeGroups" : "nodeGroups";
  if (list?.kind !== "array") return [];
  const groups: NodeGroup[] = [];
  list.items.forEach((object, index) => {
    if (object.kind !== "object") return;
    const name = literalString(object.get("name"));
    const path = `${key}[${index}]`;
    const label = name === undefined ? path : `${managed ? "Managed node group" : "Node group"} ${JSON.stringify(name)}`;
    const ownLaunchTemplate = managed && present(object.get("launchTemplate")) !== undefined;
    groups.push({ object, managed, name, label, path, ownLaunchTemplate });
  });
  return groups;
}

/** A root with `apiVersion: eksctl.io/…` and `kind: ClusterConfig`. Templated files (Helm, Jinja) are not configs until rendered. */
export function recognizeEksctl(root: Value, source: string): ClusterConfigDocument | undefined {
  if (root.kind !== "object") return undefined;
  const apiVersion = literalString(root.getExact("apiVersion"));
  if (apiVersion === undefined || !isEksctlApiVersion(apiVersion)) return undefined;
  if (literalString(root.getExact("kind")) !== CLUSTER_CONFIG_KIND) return undefined;
  if (isTemplated(source)) return undefined;
  return new ClusterConfigDocument(root, apiVersion);
}
