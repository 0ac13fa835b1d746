/**
 * Turns a parsed file into the documents it holds, once per file.
 *
 * Each JSON root and each YAML document is offered to every recognizer (one
 * per document kind, each a pure function over a `Value`); what none claims is
 * left alone at no further cost. The result is cached on the AST, so however
 * many rules run, a file is recognized once.
 */
import { valueOf, type Syntax, type Value } from "../values/index.js";
import { recognizeAutoScaling, type AutoScalingDocuments } from "./autoscaling.js";
import { recognizeCloudFormation } from "./cloudformation.js";
import { recognizeCapacityProviders, recognizeClusters, type CapacityProviderDocument, type ClusterDocument } from "./ecs-cluster.js";
import { recognizeRunTask, recognizeServices, type RunTaskDocument, type ServiceDocument } from "./ecs-service.js";
import { recognizeTaskDefinition, type TaskDefinitionDocument } from "./ecs-task-definition.js";
import { recognizeEcr, type EcrDocuments } from "./ecr.js";
import { recognizeEventBridge, type EventBridgeDocuments } from "./eventbridge.js";
import { recognizeKubernetes, type KubernetesDocuments } from "./kubernetes.js";
import { recognizeEksctl, type ClusterConfigDocument } from "./eksctl.js";
import { recognizeAppRunner, type AppRunnerDocuments } from "./apprunner.js";
import type { EksResourceDocuments } from "./eks.js";

export { TaskDefinitionDocument, type Maybe, type TaskDefinitionForm } from "./ecs-task-definition.js";
export { ServiceDocument, RunTaskDocument, FARGATE_CAPACITY_PROVIDERS, launchSite, type LaunchSite, type ServiceForm, type RunTaskForm } from "./ecs-service.js";
export { ClusterDocument, CapacityProviderDocument, type ClusterForm, type CapacityProviderForm } from "./ecs-cluster.js";
export { ScalableTargetDocument, ScalingPolicyDocument, ScheduledActionDocument, type AutoScalingForm } from "./autoscaling.js";
export { EventBridgeRuleDocument, EventBridgeTargetsDocument, ScheduleDocument, SCHEDULE_TARGET_LABEL, ecsParameters, targetLabel, targetTaskOverride } from "./eventbridge.js";
export { RepositoryDocument, RegistryScanningDocument, LifecyclePolicyDocument, RepositoryPolicyDocument, type EmbeddedPolicy } from "./ecr.js";
export { referenceName, shortName } from "./api-document.js";
export { autoscalerOf, kubernetesNamed, kubernetesInNamespace, selectedWorkloads, type Autoscaler, type RelatedDocuments } from "./related.js";
export { fargateBinding, nodeRequirement } from "./fargate-binding.js";
export { ClusterConfigDocument, type NodeGroup } from "./eksctl.js";
export {
  AppRunnerConfigDocument,
  AppRunnerServiceDocument,
  AppRunnerAutoScalingDocument,
  AppRunnerVpcConnectorDocument,
  type AppRunnerDocuments,
  type AppRunnerServiceForm,
  type AppRunnerVariable,
} from "./apprunner.js";
export { EksClusterDocument, EksNodegroupDocument, EksFargateProfileDocument, EksPodIdentityAssociationDocument, profileSelects, type FargateProfile, type FargateSelector, type PodRole } from "./eks.js";
export {
  KubernetesObject,
  WorkloadDocument,
  KUBERNETES_DOCUMENT_KINDS,
  sameNamespace,
  selects,
  isEmptySelector,
  securityMember,
  type FragmentReason,
  type KubernetesDocuments,
  type KubernetesDocumentKind,
  type KubernetesForm,
  type KubernetesServiceDocument,
  type KubernetesIngressDocument,
  type PersistentVolumeClaimDocument,
  type PersistentVolumeDocument,
  type StorageClassDocument,
  type ServiceAccountDocument,
  type PodDisruptionBudgetDocument,
  type HorizontalPodAutoscalerDocument,
  type OtherKubernetesDocument,
} from "./kubernetes.js";

/** Every document kind the plugin knows. The union grows with each platform. */
export type AnyDocument =
  | TaskDefinitionDocument
  | ServiceDocument
  | RunTaskDocument
  | ClusterDocument
  | CapacityProviderDocument
  | AutoScalingDocuments
  | EventBridgeDocuments
  | EcrDocuments
  | KubernetesDocuments
  | ClusterConfigDocument
  | EksResourceDocuments
  | AppRunnerDocuments;
export type DocumentKind = AnyDocument["kind"];
export type DocumentOfKind<K extends DocumentKind> = Extract<AnyDocument, { kind: K }>;

type Recognized = AnyDocument | readonly AnyDocument[] | undefined;

/**
 * One recognizer per kind (or family of kinds read from one API): a pure
 * function from a document root (and the file's text, for JSON held in
 * strings) to the documents it holds. A describe output holds one per item;
 * a CloudFormation template one per known resource.
 */
const RECOGNIZERS: readonly ((root: Value, source: string, filename: string) => Recognized)[] = [
  recognizeTaskDefinition,
  recognizeServices,
  recognizeRunTask,
  recognizeClusters,
  recognizeCapacityProviders,
  recognizeAutoScaling,
  recognizeEventBridge,
  recognizeEcr,
  recognizeCloudFormation,
  recognizeKubernetes,
  recognizeEksctl,
  recognizeAppRunner,
];

interface AstRoot {
  readonly type: string;
  readonly body?: unknown;
}

const cache = new WeakMap<object, readonly AnyDocument[]>();
/** The file every rule is being created for right now: each of them asks in turn, so it is checked first. */
let lastAst: AstRoot | undefined;
let lastDocuments: readonly AnyDocument[] = [];

/**
 * The documents in a file, from the AST ESLint gives a rule (and the file's
 * text and name: the name is only a tie-breaker, such as a Kubernetes patch file).
 */
export function documentsOf(ast: AstRoot, source = "", filename = ""): readonly AnyDocument[] {
  if (ast === lastAst) return lastDocuments;
  let documents = cache.get(ast);
  if (documents === undefined) {
    documents = recognize(ast, source, filename);
    cache.set(ast, documents);
  }
  lastAst = ast;
  lastDocuments = documents;
  return documents;
}

function recognize(ast: AstRoot, source: string, filename: string): readonly AnyDocument[] {
  const documents: AnyDocument[] = [];
  for (const root of rootsOf(ast)) {
    for (const recognizer of RECOGNIZERS) {
      const found = recognizer(root, source, filename);
      if (found === undefined) continue;
      if (Array.isArray(found)) documents.push(...(found as readonly AnyDocument[]));
      else documents.push(found as AnyDocument);
    }
  }
  return documents;
}

/** The root value of each JSON file or YAML document; nothing for any other AST (a JavaScript file, say). */
export function rootsOf(ast: AstRoot): readonly Value[] {
  const body = ast.body;
  if (ast.type === "Document" && body && typeof body === "object") return [root(body, "json")]; // Momoa (@eslint/json)
  if (ast.type !== "Program" || !Array.isArray(body)) return [];
  const roots: Value[] = [];
  for (const statement of body as { type: string; expression?: object; content?: object | null }[]) {
    if (statement.type === "JSONExpressionStatement" && statement.expression) roots.push(root(statement.expression, "json"));
    else if (statement.type === "YAMLDocument" && statement.content) roots.push(root(statement.content, "yaml"));
  }
  return roots;
}

function root(node: object, syntax: Syntax): Value {
  return valueOf(node as Parameters<typeof valueOf>[0], syntax, "api");
}
