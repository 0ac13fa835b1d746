/**
 * ECS services and tasks run outside a service.
 *
 * `ecs-service` forms:
 * - `create`: CreateService input (`aws ecs create-service --cli-input-json`,
 *   ecspresso's and the ECS deploy actions' service definition files, which may
 *   hold only some members);
 * - `update`: UpdateService input (`service` names the service);
 * - `describe`: one item of `describe-services` output (`{"services": [...]}`).
 *
 * `ecs-run-task` forms:
 * - `run-task`: RunTask input (`aws ecs run-task --cli-input-json`);
 * - `overrides`: a bare `--overrides` value (`{"containerOverrides": [...]}`).
 */
import { literalString, objectItems, objectValue, present, type ObjectValue, type Value } from "../values/index.js";
import { ECS_ENUMS } from "../facts/ecs-enums.js";
import { FARGATE_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { CREATE_SERVICE, RUN_TASK, SERVICE, TASK_OVERRIDE, UPDATE_SERVICE } from "../facts/ecs-service-schema.js";
import { ApiDocument, describedItems, halfKnown, hasAnyKey, isCamelCaseApiObject, membersOf, mostlyKnown, onlyKeys, referenceName, shortName } from "./api-document.js";
import type { Maybe } from "./ecs-task-definition.js";
import type { RelatedDocuments } from "./related.js";

export type ServiceForm = "create" | "update" | "describe";

/** Members only a service has (not RunTask): one of them makes an object a service. Source: API-ECS CreateServiceRequest, UpdateServiceRequest. */
const SERVICE_ONLY_MEMBERS = [
  "serviceName",
  "desiredCount",
  "loadBalancers",
  "serviceRegistries",
  "deploymentConfiguration",
  "deploymentController",
  "schedulingStrategy",
  "healthCheckGracePeriodSeconds",
  "serviceConnectConfiguration",
  "forceNewDeployment",
  "availabilityZoneRebalancing",
  "vpcLatticeConfigurations",
];

/** Every member of CreateService and UpdateService input and of the describe output's `Service`. */
const SERVICE_MEMBERS = new Set([...SERVICE_ONLY_MEMBERS, ...membersOf(CREATE_SERVICE, UPDATE_SERVICE, SERVICE)]);

const UPDATE_SERVICE_MEMBERS = membersOf(UPDATE_SERVICE);
const RUN_TASK_MEMBERS = membersOf(RUN_TASK);

const TASK_OVERRIDE_MEMBERS = membersOf(TASK_OVERRIDE);

const DESCRIBE_SERVICES_RESPONSE = new Set(["failures", "ResponseMetadata"]);

/** Names of the Fargate capacity providers. Source: API-ECS CreateClusterRequest.capacityProviders. */
export const FARGATE_CAPACITY_PROVIDERS: ReadonlySet<string> = new Set(["FARGATE", "FARGATE_SPOT"]);

/** Members services and run-task input share: where their tasks go and how they are networked. */
abstract class TaskPlacement<Form extends string> extends ApiDocument<Form> {
  /** `launchType`, when literal. */
  get launchType(): string | undefined {
    return this.literal("launchType");
  }

  /**
   * The cluster's short name (`cluster` may be a name or an ARN); `default` when
   * absent. In a CloudFormation template, `!Ref Cluster` gives the logical ID,
   * which the same file's lookups resolve.
   */
  get clusterName(): string | undefined {
    const value = present(this.object.get("cluster"));
    if (value === undefined) return this.form === "describe" ? clusterOfArn(this.object) : "default";
    const reference = referenceName(value);
    return reference === undefined ? undefined : shortName(reference);
  }

  /** The items of `capacityProviderStrategy` that are objects. */
  get strategy(): readonly ObjectValue[] {
    return objectItems(this.object.get("capacityProviderStrategy"));
  }

  /** True when a strategy is written (a non-empty list); "unknown" when it cannot be read. */
  get hasStrategy(): Maybe {
    const value = present(this.object.get("capacityProviderStrategy"));
    if (value === undefined) return false;
    if (value.kind !== "array") return "unknown";
    return value.items.length > 0;
  }

  /** The literal capacity provider names of the strategy, or "unknown" when any cannot be read. */
  get strategyProviders(): readonly string[] | "unknown" {
    const value = present(this.object.get("capacityProviderStrategy"));
    if (value === undefined) return [];
    if (value.kind !== "array") return "unknown";
    const names: string[] = [];
    for (const item of value.items) {
      const name = item.kind === "object" ? literalString(item.get("capacityProvider")) : undefined;
      if (name === undefined) return "unknown";
      names.push(name);
    }
    return names;
  }

  /**
   * Whether the tasks run on Fargate: by `launchType`, else by the strategy's
   * providers; "unknown" when neither is given (the cluster's default strategy
   * decides) or they cannot be read.
   */
  get fargate(): Maybe {
    const launchType = present(this.object.get("launchType"));
    if (launchType !== undefined) {
      const text = literalString(launchType);
      return text === undefined ? "unknown" : text === "FARGATE";
    }
    const providers = this.strategyProviders;
    if (providers === "unknown" || providers.length === 0) return "unknown";
    if (providers.every((name) => FARGATE_CAPACITY_PROVIDERS.has(name))) return true;
    if (providers.every((name) => !FARGATE_CAPACITY_PROVIDERS.has(name))) return false;
    return "unknown";
  }

  /** `networkConfiguration.awsvpcConfiguration`, when an object. */
  get awsvpcConfiguration(): ObjectValue | undefined {
    return objectValue(objectValue(this.object.get("networkConfiguration"))?.get("awsvpcConfiguration"));
  }

  /** The task definition reference (`family`, `family:revision` or an ARN), when literal. */
  get taskDefinitionReference(): string | undefined {
    return referenceName(this.object.get("taskDefinition"));
  }
}

/** Where a service's or task's tasks are launched, what says so, and where a report about it goes. */
export interface LaunchSite {
  /** The launch type, the Fargate strategy item's provider, or the `cluster` (for its default strategy). */
  readonly at: Value;
  /** The launch type the tasks get. */
  readonly launchType: string;
  /** What says so, for messages: `launchType "FARGATE"`, `capacity provider "FARGATE_SPOT"`, `the default capacity provider strategy of cluster "prod"`. */
  readonly via: string;
}

/**
 * The launch type of a service's or a run-task input's tasks, when it can be
 * told: a literal `launchType`; a Fargate item of the strategy; or, for new
 * services and tasks that give neither, a Fargate item of their cluster's
 * default strategy (when the cluster is found). Undefined otherwise.
 */
export function launchSite(document: ServiceDocument | RunTaskDocument, related: RelatedDocuments): LaunchSite | undefined {
  const object = document.object;
  const launchTypeValue = present(object.get("launchType"));
  if (launchTypeValue !== undefined) {
    const launchType = literalString(launchTypeValue);
    if (launchType === undefined || !(ECS_ENUMS.LaunchType as readonly string[]).includes(launchType)) return undefined;
    return { at: launchTypeValue, launchType, via: `${object.keyName("launchType")} "${launchType}"` };
  }
  for (const item of document.strategy) {
    const provider = item.get("capacityProvider");
    const name = literalString(provider);
    if (provider && name !== undefined && FARGATE_CAPACITY_PROVIDERS.has(name)) return { at: provider, launchType: FARGATE_LAUNCH_TYPE, via: `capacity provider "${name}"` };
  }
  if (document.hasStrategy !== false || (document.form !== "create" && document.form !== "run-task")) return undefined;
  const clusterName = document.clusterName;
  const cluster = clusterName === undefined ? undefined : related.cluster(clusterName);
  if (!cluster) return undefined;
  const defaults = cluster.defaultStrategy;
  if (!defaults.some((item) => FARGATE_CAPACITY_PROVIDERS.has(literalString(item.get("capacityProvider")) ?? ""))) return undefined;
  const at = present(object.get("cluster")) ?? present(object.get("taskDefinition"));
  return at ? { at, launchType: FARGATE_LAUNCH_TYPE, via: `the default capacity provider strategy of cluster "${clusterName}"` } : undefined;
}

function clusterOfArn(object: ObjectValue): string | undefined {
  const arn = literalString(object.get("clusterArn"));
  return arn === undefined ? undefined : shortName(arn);
}

export class ServiceDocument extends TaskPlacement<ServiceForm> {
  readonly kind = "ecs-service";

  /** The service's name: `serviceName`, or UpdateService's `service` (a name or an ARN). */
  get name(): string | undefined {
    const name = this.literal("serviceName");
    if (name !== undefined) return name;
    const service = this.literal("service");
    return service === undefined ? undefined : shortName(service);
  }

  /** How messages name it: `Service "web"` (its name, else a template's logical ID), or `The service`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The service" : `Service ${JSON.stringify(name)}`;
  }

  /** `schedulingStrategy`, REPLICA when absent (the API default). */
  get schedulingStrategy(): string | undefined {
    const value = present(this.object.get("schedulingStrategy"));
    return value === undefined ? "REPLICA" : literalString(value);
  }

  /** `deploymentController.type`, ECS when absent (the API default). */
  get deploymentController(): string | undefined {
    const controller = present(this.object.get("deploymentController"));
    if (controller === undefined) return "ECS";
    if (controller.kind !== "object") return undefined;
    const type = present(controller.get("type"));
    return type === undefined ? "ECS" : literalString(type);
  }
}

export type RunTaskForm = "run-task" | "overrides";

export class RunTaskDocument extends TaskPlacement<RunTaskForm> {
  readonly kind = "ecs-run-task";

  /** How messages name it: `Run-task input for "job:4"` (its task definition), or `The run-task input`. */
  get label(): string {
    const reference = this.taskDefinitionReference;
    return reference === undefined ? "The run-task input" : `Run-task input for ${JSON.stringify(reference)}`;
  }

  /** The task override: `overrides` of run-task input, or the root of an `--overrides` file. */
  get overrides(): ObjectValue | undefined {
    return this.form === "overrides" ? this.object : objectValue(this.object.get("overrides"));
  }

  /** The container overrides that are objects. */
  get containerOverrides(): readonly ObjectValue[] {
    return objectItems(this.overrides?.get("containerOverrides"));
  }
}

/* ---------------- recognition ---------------- */

/** Recognizes services in any of their forms. */
export function recognizeServices(root: Value): readonly ServiceDocument[] {
  if (root.kind !== "object") return [];
  const described = describedItems(root, "services", ["serviceArn", "serviceName"], DESCRIBE_SERVICES_RESPONSE);
  if (described.length > 0) return described.map((item) => new ServiceDocument(root, "describe", item));
  if (!isCamelCaseApiObject(root)) return [];
  // update-service input may hold only `service`, `cluster` and what changes (a strategy, say).
  if (root.entryExact("service")?.value.kind === "string" && onlyKeys(root, UPDATE_SERVICE_MEMBERS)) return [new ServiceDocument(root, "update", root)];
  if (!hasAnyKey(root, SERVICE_ONLY_MEMBERS)) return [];
  // `serviceName` says what the object is, so a few misspelt keys (valid-schema's to report) still leave it a service.
  const named = root.entryExact("serviceName") !== undefined;
  if (named ? !halfKnown(root, SERVICE_MEMBERS) : !mostlyKnown(root, SERVICE_MEMBERS)) return [];
  const form: ServiceForm = root.entryExact("serviceName") === undefined && root.entryExact("service") !== undefined ? "update" : "create";
  return [new ServiceDocument(root, form, root)];
}

/** Recognizes run-task input and bare task overrides. */
export function recognizeRunTask(root: Value): RunTaskDocument | undefined {
  if (root.kind !== "object" || !isCamelCaseApiObject(root)) return undefined;
  if (hasAnyKey(root, SERVICE_ONLY_MEMBERS)) return undefined;
  const taskDefinition = root.entryExact("taskDefinition");
  if (taskDefinition && taskDefinition.value.kind !== "object" && mostlyKnown(root, RUN_TASK_MEMBERS)) return new RunTaskDocument(root, "run-task", root);
  if (root.entryExact("containerOverrides")?.value.kind === "array" && onlyKeys(root, TASK_OVERRIDE_MEMBERS)) return new RunTaskDocument(root, "overrides", root);
  return undefined;
}
