/**
 * Finding the other documents a check needs: a service's task definition, a
 * cluster by name, a capacity provider by name. Looked up in the same file
 * first (describe outputs, multi-document YAML), then in the opt-in project
 * index (`settings["aws-containers"].project`). What is found nowhere is
 * undefined, and the check that needed it stays silent.
 */
import { shortName } from "./api-document.js";
import type { CapacityProviderDocument, ClusterDocument } from "./ecs-cluster.js";
import type { RunTaskDocument, ServiceDocument } from "./ecs-service.js";
import type { TaskDefinitionDocument } from "./ecs-task-definition.js";
import type { EksFargateProfileDocument, EksPodIdentityAssociationDocument, FargateProfile, PodRole } from "./eks.js";
import type { ClusterConfigDocument } from "./eksctl.js";
import { ecsParameters, type EventBridgeTargetsDocument, type ScheduleDocument } from "./eventbridge.js";
import { AUTOSCALERS } from "../facts/eks-workloads.js";
import { WORKLOAD_TEMPLATE_PATHS } from "../facts/kubernetes.js";
import { literalString, objectItems, objectValue, present, yaml11Number, type ObjectValue, type Value } from "../values/index.js";
import { sameNamespace, selects, type KubernetesDocuments, type KubernetesObject, type WorkloadDocument } from "./kubernetes.js";

export interface RelatedDocuments {
  /** The task definition a reference names: `family`, `family:revision` or a task definition ARN. */
  taskDefinition(reference: string): TaskDefinitionDocument | undefined;
  /** A cluster by name or ARN. */
  cluster(reference: string): ClusterDocument | undefined;
  /** A capacity provider by name. */
  capacityProvider(name: string): CapacityProviderDocument | undefined;
  /** A service by name or ARN. */
  service(reference: string): ServiceDocument | undefined;
  /** The Kubernetes objects of a kind (`ServiceAccount`, `HorizontalPodAutoscaler`…): this file's, then the project's. */
  kubernetes(objectKind: string): readonly KubernetesDocuments[];
  /** EKS Fargate profiles (eksctl `fargateProfiles`, `AWS::EKS::FargateProfile`): this file's, then the project's. */
  fargateProfiles(): readonly FargateProfile[];
  /** Service accounts given an IAM role outside the manifests (eksctl `iam.serviceAccounts`, Pod Identity associations). */
  podRoles(): readonly PodRole[];
  /** What runs a task definition: services, run-task input, EventBridge and Scheduler targets that name its family (or, in a template, its logical ID). */
  taskDefinitionUses(taskDefinition: TaskDefinitionDocument): readonly TaskDefinitionUse[];
}

/**
 * Something that runs a task definition: a service (with the containers it
 * registers with a load balancer, "unknown" when a name cannot be read), or
 * one-shot work — run-task input, an EventBridge or Scheduler target.
 */
export type TaskDefinitionUse =
  | { readonly kind: "service"; readonly service: ServiceDocument; readonly loadBalancedContainers: ReadonlySet<string> | "unknown" }
  | { readonly kind: "one-shot" };

interface Indexable {
  readonly kind: string;
  /** For a document read from a CloudFormation resource: its logical ID, which `Ref`s in the same template name. */
  readonly logicalId?: string | undefined;
}

/** Lookups over a list of documents (one file's, or a project's). */
export class DocumentSet implements RelatedDocuments {
  readonly #taskDefinitions = new Map<string, TaskDefinitionDocument[]>();
  readonly #clusters = new Map<string, ClusterDocument>();
  readonly #capacityProviders = new Map<string, CapacityProviderDocument>();
  readonly #services = new Map<string, ServiceDocument>();
  readonly #byLogicalId = new Map<string, Indexable>();
  readonly #kubernetes = new Map<string, KubernetesDocuments[]>();
  readonly #fargateProfiles: FargateProfile[] = [];
  readonly #podRoles: PodRole[] = [];
  /** Uses of task definitions, by the family they name, and (within one template) by the logical ID a `Ref` names. */
  readonly #usesByFamily = new Map<string, TaskDefinitionUse[]>();
  readonly #usesByLogicalId = new Map<string, TaskDefinitionUse[]>();

  /**
   * `logicalIds`: also find a template's resources by logical ID — only within
   * one file, since every template has its own (`TaskDefinition` in one is not
   * `TaskDefinition` in another).
   */
  constructor(
    documents: readonly Indexable[],
    private readonly logicalIds = true,
  ) {
    for (const document of documents) this.add(document);
  }

  add(document: Indexable): void {
    if (this.logicalIds && document.logicalId !== undefined) keep(this.#byLogicalId, document.logicalId, document);
    switch (document.kind) {
      case "ecs-task-definition": {
        const taskDefinition = document as TaskDefinitionDocument;
        const family = taskDefinition.family;
        if (family === undefined) return;
        const list = this.#taskDefinitions.get(family);
        if (list) list.push(taskDefinition);
        else this.#taskDefinitions.set(family, [taskDefinition]);
        return;
      }
      case "ecs-cluster":
        return keep(this.#clusters, (document as ClusterDocument).name, document as ClusterDocument);
      case "ecs-capacity-provider":
        return keep(this.#capacityProviders, (document as CapacityProviderDocument).name, document as CapacityProviderDocument);
      case "ecs-service": {
        const service = document as ServiceDocument;
        this.#addUse(service.object.get("taskDefinition"), { kind: "service", service, loadBalancedContainers: loadBalancedContainers(service) });
        return keep(this.#services, service.name, service);
      }
      case "ecs-run-task":
        return this.#addUse((document as RunTaskDocument).object.get("taskDefinition"), ONE_SHOT);
      case "eventbridge-targets":
        for (const target of (document as EventBridgeTargetsDocument).ecsTargets) this.#addUse(ecsParameters(target)?.get("TaskDefinitionArn"), ONE_SHOT);
        return;
      case "scheduler-schedule":
        return this.#addUse((document as ScheduleDocument).ecsParameters?.get("TaskDefinitionArn"), ONE_SHOT);
      case "eksctl-cluster-config": {
        const config = document as ClusterConfigDocument;
        this.#fargateProfiles.push(...config.fargateProfiles);
        this.#podRoles.push(...config.podRoles);
        return;
      }
      case "eks-fargate-profile":
        this.#fargateProfiles.push((document as EksFargateProfileDocument).profile);
        return;
      case "eks-pod-identity-association":
        this.#podRoles.push((document as EksPodIdentityAssociationDocument).role);
        return;
      default:
        if (document.kind.startsWith("kubernetes-")) {
          const object = document as KubernetesDocuments;
          const list = this.#kubernetes.get(object.objectKind);
          if (list) list.push(object);
          else this.#kubernetes.set(object.objectKind, [object]);
        }
    }
  }

  kubernetes(objectKind: string): readonly KubernetesDocuments[] {
    return this.#kubernetes.get(objectKind) ?? NONE;
  }

  fargateProfiles(): readonly FargateProfile[] {
    return this.#fargateProfiles;
  }

  podRoles(): readonly PodRole[] {
    return this.#podRoles;
  }

  taskDefinitionUses(taskDefinition: TaskDefinitionDocument): readonly TaskDefinitionUse[] {
    const family = taskDefinition.family;
    const byFamily = family === undefined ? undefined : this.#usesByFamily.get(family);
    const byLogicalId = taskDefinition.logicalId === undefined ? undefined : this.#usesByLogicalId.get(taskDefinition.logicalId);
    return both(byFamily ?? NO_USES, byLogicalId ?? NO_USES);
  }

  /** Keeps a use under the family its reference names (`web`, `web:3`, an ARN), or the logical ID of a `Ref`. */
  #addUse(reference: Value | undefined, use: TaskDefinitionUse): void {
    if (reference?.kind === "unknown") {
      if (this.logicalIds && reference.refersTo !== undefined) push(this.#usesByLogicalId, reference.refersTo, use);
      return;
    }
    const name = literalString(reference);
    if (name === undefined) return;
    const short = shortName(name);
    const colon = short.lastIndexOf(":");
    push(this.#usesByFamily, colon === -1 ? short : short.slice(0, colon), use);
  }

  /**
   * `family:revision` matches a described revision exactly, or a register input
   * of that family (whose revision is not written); a bare family matches the
   * highest described revision, else the first register input.
   */
  taskDefinition(reference: string): TaskDefinitionDocument | undefined {
    const resource = this.resource(reference, "ecs-task-definition") as TaskDefinitionDocument | undefined;
    if (resource) return resource;
    const name = shortName(reference);
    const colon = name.lastIndexOf(":");
    const family = colon === -1 ? name : name.slice(0, colon);
    const revision = colon === -1 ? undefined : Number(name.slice(colon + 1));
    const candidates = this.#taskDefinitions.get(family);
    if (!candidates) return undefined;
    if (revision !== undefined) return candidates.find((candidate) => candidate.revision === revision) ?? candidates.find((candidate) => candidate.revision === undefined);
    let best: TaskDefinitionDocument | undefined;
    for (const candidate of candidates) if (best === undefined || (candidate.revision ?? 0) > (best.revision ?? 0)) best = candidate;
    return best;
  }

  cluster(reference: string): ClusterDocument | undefined {
    return (this.resource(reference, "ecs-cluster") as ClusterDocument | undefined) ?? this.#clusters.get(shortName(reference));
  }

  capacityProvider(name: string): CapacityProviderDocument | undefined {
    return (this.resource(name, "ecs-capacity-provider") as CapacityProviderDocument | undefined) ?? this.#capacityProviders.get(shortName(name));
  }

  service(reference: string): ServiceDocument | undefined {
    return (this.resource(reference, "ecs-service") as ServiceDocument | undefined) ?? this.#services.get(shortName(reference));
  }

  /** A template's resource of a kind, by logical ID (what `!Ref X` names). */
  private resource(logicalId: string, kind: string): Indexable | undefined {
    const found = this.#byLogicalId.get(logicalId);
    return found?.kind === kind ? found : undefined;
  }
}

const NONE: readonly KubernetesDocuments[] = [];
const NO_USES: readonly TaskDefinitionUse[] = [];
const ONE_SHOT: TaskDefinitionUse = { kind: "one-shot" };

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The containers a service registers with load balancers (`loadBalancers[].containerName`); "unknown" when a name cannot be read. */
function loadBalancedContainers(service: ServiceDocument): ReadonlySet<string> | "unknown" {
  const names = new Set<string>();
  for (const balancer of objectItems(service.object.get("loadBalancers"))) {
    const value = present(balancer.get("containerName"));
    if (value === undefined) continue;
    const name = literalString(value);
    if (name === undefined) return "unknown";
    names.add(name);
  }
  return names;
}

function keep<T>(map: Map<string, T>, name: string | undefined, document: T): void {
  if (name !== undefined && !map.has(name)) map.set(name, document);
}

/** Same file first, then the project index. */
export function relatedDocuments(sameFile: RelatedDocuments, project: RelatedDocuments | undefined): RelatedDocuments {
  if (project === undefined) return sameFile;
  return {
    taskDefinition: (reference) => sameFile.taskDefinition(reference) ?? project.taskDefinition(reference),
    cluster: (reference) => sameFile.cluster(reference) ?? project.cluster(reference),
    capacityProvider: (name) => sameFile.capacityProvider(name) ?? project.capacityProvider(name),
    service: (reference) => sameFile.service(reference) ?? project.service(reference),
    kubernetes: (objectKind) => both(sameFile.kubernetes(objectKind), project.kubernetes(objectKind)),
    fargateProfiles: () => both(sameFile.fargateProfiles(), project.fargateProfiles()),
    podRoles: () => both(sameFile.podRoles(), project.podRoles()),
    taskDefinitionUses: (taskDefinition) => both(sameFile.taskDefinitionUses(taskDefinition), project.taskDefinitionUses(taskDefinition)),
  };
}

function both<T>(here: readonly T[], there: readonly T[]): readonly T[] {
  return there.length === 0 ? here : here.length === 0 ? there : [...here, ...there];
}

/**
 * The Kubernetes object of a kind with a name, in a namespace that matches
 * (`sameNamespace`): this file's first, then the project's; undefined when it is
 * nowhere to be seen, and the check that needed it stays silent.
 */
export function kubernetesNamed(related: RelatedDocuments, objectKind: string, namespace: string | undefined, name: string): KubernetesDocuments | undefined {
  return related.kubernetes(objectKind).find((object) => object.name === name && sameNamespace(object.namespace, namespace));
}

/** The objects of a kind in a namespace that matches `of`'s. */
export function kubernetesInNamespace(related: RelatedDocuments, objectKind: string, of: KubernetesObject): readonly KubernetesDocuments[] {
  return related.kubernetes(objectKind).filter((object) => sameNamespace(object.namespace, of.namespace));
}

/**
 * The workloads whose pods a selector selects, in the namespace of the object
 * holding it (a Service's `spec.selector` is `plain`, a bare label map; a PDB's
 * is a label selector). Only those known to match: a selector or labels that
 * cannot be read select nothing here.
 */
export function selectedWorkloads(related: RelatedDocuments, selector: ObjectValue, of: KubernetesObject, plain: boolean): readonly WorkloadDocument[] {
  const found: WorkloadDocument[] = [];
  // A Service with an empty selector selects no pods (its endpoints are managed by hand), unlike an empty label selector.
  if (plain && selector.entries.length === 0 && !selector.hasMerge) return found;
  for (const objectKind of Object.keys(WORKLOAD_TEMPLATE_PATHS)) {
    for (const object of related.kubernetes(objectKind)) {
      const workload = object as WorkloadDocument;
      if (sameNamespace(workload.namespace, of.namespace) && selects(selector, workload.podLabels, plain) === true) found.push(workload);
    }
  }
  return found;
}

/* ---------- autoscalers ---------- */

export interface Autoscaler {
  /** How messages name it: `HorizontalPodAutoscaler "web"`. */
  readonly label: string;
  /** Its lowest replica count; undefined when it cannot be read. */
  readonly minReplicas: number | undefined;
}

/**
 * The autoscaler (an HPA, or a KEDA ScaledObject) whose `scaleTargetRef` names the workload, in
 * the same file or the project index; undefined when none is seen.
 */
export function autoscalerOf(related: RelatedDocuments, workload: WorkloadDocument): Autoscaler | undefined {
  const name = workload.name;
  if (name === undefined) return undefined;
  for (const [objectKind, defaultKind, defaultMin, minKey] of AUTOSCALERS) {
    for (const scaler of kubernetesInNamespace(related, objectKind, workload)) {
      const target = objectValue(scaler.spec?.get("scaleTargetRef"));
      if (target === undefined || literalString(target.get("name")) !== name) continue;
      const kind = present(target.get("kind")) === undefined ? defaultKind : literalString(target.get("kind"));
      if (kind !== workload.objectKind) continue;
      return { label: scaler.label, minReplicas: minReplicasOf(scaler.spec!, minKey, defaultMin) };
    }
  }
  return undefined;
}


function minReplicasOf(spec: ObjectValue, key: string, fallback: number): number | undefined {
  const value = present(spec.get(key));
  return value === undefined ? (spec.hasMerge ? undefined : fallback) : yaml11Number(value);
}
