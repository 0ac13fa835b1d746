/**
 * valid-schema: which shape judges which document — each document kind and
 * form mapped to its API input (or Kubernetes kind), the describe-output
 * wrapper and members an input may hold, and policies written as JSON strings.
 * Describe outputs other than a task definition's, and CloudFormation
 * resources, are not judged. An eksctl ClusterConfig is eksctl.ts's, an
 * `apprunner.yaml` apprunner.ts's.
 */
import type { DocumentHandlers } from "../../create-rule.js";
import type { EmbeddedPolicy, KubernetesDocuments } from "../../documents/index.js";
import { CREATE_AUTO_SCALING_CONFIGURATION, CREATE_SERVICE as CREATE_APPRUNNER_SERVICE, CREATE_VPC_CONNECTOR, UPDATE_SERVICE as UPDATE_APPRUNNER_SERVICE } from "../../facts/apprunner-schema.js";
import { PUT_SCALING_POLICY, PUT_SCHEDULED_ACTION, REGISTER_SCALABLE_TARGET } from "../../facts/autoscaling-schema.js";
import { CREATE_REPOSITORY, LIFECYCLE_POLICY, PUT_LIFECYCLE_POLICY, PUT_REGISTRY_POLICY, PUT_REGISTRY_SCANNING_CONFIGURATION, SET_REPOSITORY_POLICY } from "../../facts/ecr-schema.js";
import { CREATE_CAPACITY_PROVIDER, CREATE_CLUSTER, CREATE_SERVICE, PUT_CLUSTER_CAPACITY_PROVIDERS, RUN_TASK, SERVICE, TASK_OVERRIDE, UPDATE_SERVICE } from "../../facts/ecs-service-schema.js";
import { CONTAINER_DEFINITION, DESCRIBE_ONLY_MEMBERS, DESCRIBE_WRAPPER_MEMBERS, TASK_DEFINITION } from "../../facts/ecs-task-definition-schema.js";
import { CREATE_SCHEDULE, PUT_RULE, PUT_TARGETS, TARGET_LIST } from "../../facts/eventbridge-schema.js";
import { list, struct, type ListSchema, type StructSchema } from "../../facts/schema.js";
import { unknownAt, type ObjectValue, type Value } from "../../values/index.js";
import { checkAppRunnerConfig } from "./apprunner.js";
import { checkClusterConfig } from "./eksctl.js";
import { kubernetesShapeOf } from "./kubernetes.js";
import { checkStruct } from "./structs.js";
import { checkValue } from "./values.js";
import { begin, type Walk } from "./walk.js";

/** The `describe-task-definition` response around the task definition (its `taskDefinition` is walked as the task). */
const DESCRIBE_WRAPPER: StructSchema = struct(
  "DescribeTaskDefinitionResponse",
  Object.fromEntries(DESCRIBE_WRAPPER_MEMBERS.map((name) => [name, name === "tags" ? TASK_DEFINITION.members.tags! : TASK_DEFINITION])),
);
const CONTAINER_LIST: ListSchema = list(CONTAINER_DEFINITION);
const DESCRIBE_ONLY = new Set(DESCRIBE_ONLY_MEMBERS);
/** Members of describe-services' Service that CreateService does not take. */
const SERVICE_OUTPUT_ONLY: ReadonlySet<string> = new Set(Object.keys(SERVICE.members).filter((name) => !(name in CREATE_SERVICE.members)));

/** The handlers of every document kind the rule judges, for one file's walk. */
export function documentHandlers(walk: Walk): DocumentHandlers {
  const kubernetes = (document: KubernetesDocuments): void => checkKubernetes(walk, document);
  return {
    "ecs-task-definition"(document) {
      if (document.task?.style === "cloudformation") return;
      begin(walk, { goDecoded: document.form === "container-list" });
      if (walk.goDecoded) {
        checkValue(walk, document.root, CONTAINER_LIST, () => "The container list");
        return;
      }
      if (document.form === "describe" && document.root.kind === "object") checkStruct(walk, document.root, DESCRIBE_WRAPPER, "wrapper");
      if (document.task) {
        walk.describedRoot = { object: document.task, members: DESCRIBE_ONLY, output: "describe-task-definition", input: "register-task-definition" };
        checkStruct(walk, document.task, TASK_DEFINITION, "task");
      }
    },
    "ecs-service"(document) {
      if (document.form === "describe") return;
      if (document.form === "update") return checkInput(walk, document.object, UPDATE_SERVICE);
      // Service definition files (ecspresso, deploy actions) often leave the name to the tool, and may hold describe output.
      checkInput(walk, document.object, CREATE_SERVICE, { describe: { members: SERVICE_OUTPUT_ONLY, output: "describe-services", input: "create-service" }, partial: document.object.entry("serviceName") === undefined });
    },
    "ecs-run-task"(document) {
      checkInput(walk, document.object, document.form === "overrides" ? TASK_OVERRIDE : RUN_TASK);
    },
    "ecs-cluster"(document) {
      if (document.form === "create") checkInput(walk, document.object, CREATE_CLUSTER);
      else if (document.form === "capacity-providers") checkInput(walk, document.object, PUT_CLUSTER_CAPACITY_PROVIDERS);
    },
    "ecs-capacity-provider"(document) {
      if (document.form === "create") checkInput(walk, document.object, CREATE_CAPACITY_PROVIDER);
    },
    "autoscaling-scalable-target"(document) {
      if (document.form === "register") checkInput(walk, document.object, REGISTER_SCALABLE_TARGET);
    },
    "autoscaling-scaling-policy"(document) {
      if (document.form === "put") checkInput(walk, document.object, PUT_SCALING_POLICY);
    },
    "autoscaling-scheduled-action"(document) {
      if (document.form === "put") checkInput(walk, document.object, PUT_SCHEDULED_ACTION);
    },
    "eventbridge-rule"(document) {
      if (document.form === "put") checkInput(walk, document.object, PUT_RULE);
    },
    "eventbridge-targets"(document) {
      if (document.form === "put-targets") checkInput(walk, document.object, PUT_TARGETS);
      else if (document.form === "targets-list") {
        begin(walk);
        checkValue(walk, document.root, TARGET_LIST, () => "The target list");
      }
    },
    "scheduler-schedule"(document) {
      if (document.form === "create") checkInput(walk, document.object, CREATE_SCHEDULE);
    },
    "ecr-repository"(document) {
      if (document.form === "create") checkInput(walk, document.object, CREATE_REPOSITORY);
    },
    "ecr-registry-scanning"(document) {
      if (document.form === "put") checkInput(walk, document.object, PUT_REGISTRY_SCANNING_CONFIGURATION);
    },
    "ecr-lifecycle-policy"(document) {
      if (document.form === "policy") return checkInput(walk, document.object, LIFECYCLE_POLICY);
      if (document.form === "put") checkInput(walk, document.object, PUT_LIFECYCLE_POLICY);
      checkEmbedded(walk, document.policy, holderName(document.text), LIFECYCLE_POLICY);
    },
    "ecr-policy"(document) {
      if (document.form === "set-policy") checkInput(walk, document.object, document.object.entry("repositoryName") ? SET_REPOSITORY_POLICY : PUT_REGISTRY_POLICY);
      // The IAM policy language itself is IAM's to validate: only a string that is not JSON is judged.
      if (document.form !== "policy") checkEmbedded(walk, document.policy, holderName(document.text), undefined);
    },
    "kubernetes-workload": kubernetes,
    "kubernetes-service": kubernetes,
    "kubernetes-ingress": kubernetes,
    "kubernetes-persistent-volume-claim": kubernetes,
    "kubernetes-storage-class": kubernetes,
    "kubernetes-service-account": kubernetes,
    "kubernetes-pod-disruption-budget": kubernetes,
    "kubernetes-horizontal-pod-autoscaler": kubernetes,
    "eksctl-cluster-config"(document) {
      checkClusterConfig(walk, document);
    },
    "apprunner-config"(document) {
      checkAppRunnerConfig(walk, document);
    },
    "apprunner-service"(document) {
      // describe-service output is AWS's record of the service, not input.
      if (document.form === "create") checkInput(walk, document.object, CREATE_APPRUNNER_SERVICE);
      else if (document.form === "update") checkInput(walk, document.object, UPDATE_APPRUNNER_SERVICE);
    },
    "apprunner-auto-scaling-configuration"(document) {
      checkInput(walk, document.object, CREATE_AUTO_SCALING_CONFIGURATION);
    },
    "apprunner-vpc-connector"(document) {
      checkInput(walk, document.object, CREATE_VPC_CONNECTOR);
    },
  };
}

/** An API input's root, with the state the walk needs reset. */
function checkInput(walk: Walk, object: ObjectValue, shape: StructSchema, options: { describe?: { members: ReadonlySet<string>; output: string; input: string }; partial?: boolean } = {}): void {
  // A CloudFormation resource's properties: cfn-lint's business (CloudFormation takes "80" for 80, and its shapes differ).
  if (object.style === "cloudformation") return;
  begin(walk, { describedRoot: options.describe ? { object, ...options.describe } : undefined, partialRoot: options.partial ? object : undefined });
  checkStruct(walk, object, shape);
}

/** A policy written as a JSON string: its parse error, else its shape (when there is one to check). */
function checkEmbedded(walk: Walk, policy: EmbeddedPolicy, holderKey: string, shape: StructSchema | undefined): void {
  if (policy.status === "invalid") {
    walk.context.report(unknownAt(policy, policy.holder, "unsupported"), "invalidJson", { subject: `The value of ${holderKey}`, problem: policy.message });
    return;
  }
  if (policy.status === "object" && shape) {
    begin(walk);
    checkStruct(walk, policy.policy, shape);
  }
}

/** A Kubernetes object of a kind and version the tables model (custom resources and other kinds: nothing). */
function checkKubernetes(walk: Walk, document: KubernetesDocuments): void {
  const shape = kubernetesShapeOf(document);
  if (shape === undefined) return;
  begin(walk, { kubernetes: true, fragment: document.fragment });
  checkStruct(walk, document.root, shape);
}

/** The key holding a value (`lifecyclePolicyText`), for messages. */
function holderName(value: Value): string {
  return value.parent?.kind === "member" ? value.parent.key : "the policy";
}
