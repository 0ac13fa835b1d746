/**
 * ECS clusters and capacity providers.
 *
 * `ecs-cluster` forms:
 * - `create`: CreateCluster input;
 * - `describe`: one item of `describe-clusters` output (`{"clusters": [...]}`);
 * - `capacity-providers`: PutClusterCapacityProviders input (`cluster`,
 *   `capacityProviders`, `defaultCapacityProviderStrategy`).
 *
 * `ecs-capacity-provider` forms:
 * - `create`: CreateCapacityProvider input (`name` and `autoScalingGroupProvider`
 *   or `managedInstancesProvider`);
 * - `describe`: one item of `describe-capacity-providers` output.
 */
import { literalString, objectItems, objectValue, present, type ObjectValue, type Value } from "../values/index.js";
import { CREATE_CAPACITY_PROVIDER, CREATE_CLUSTER, PUT_CLUSTER_CAPACITY_PROVIDERS } from "../facts/ecs-service-schema.js";
import { ApiDocument, describedItems, hasAnyKey, isCamelCaseApiObject, membersOf, mostlyKnown, referenceName, shortName } from "./api-document.js";
import type { Maybe } from "./ecs-task-definition.js";

export type ClusterForm = "create" | "describe" | "capacity-providers";

const CREATE_CLUSTER_MEMBERS = membersOf(CREATE_CLUSTER);
/** Members only CreateCluster has (PutClusterCapacityProviders has the other two). */
const CLUSTER_ONLY_MEMBERS = ["clusterName", "settings", "configuration", "serviceConnectDefaults"];
/** Source: API-ECS PutClusterCapacityProvidersRequest (all three required). */
const PUT_CLUSTER_CAPACITY_PROVIDERS_MEMBERS = [...membersOf(PUT_CLUSTER_CAPACITY_PROVIDERS)];
const DESCRIBE_CLUSTERS_RESPONSE = new Set(["failures", "ResponseMetadata"]);

export class ClusterDocument extends ApiDocument<ClusterForm> {
  readonly kind = "ecs-cluster";
  /**
   * In a CloudFormation template, the `AWS::ECS::ClusterCapacityProviderAssociations`
   * that sets this cluster's capacity providers and default strategy ("unknown"
   * when one exists whose cluster cannot be told); set by the template recognizer.
   */
  association: ClusterDocument | "unknown" | undefined;
  /**
   * Whether EC2 capacity is seen for the cluster. In a CloudFormation template:
   * true when the template launches EC2 instances (an Auto Scaling group, a
   * launch template or configuration, an instance, a fleet, a capacity
   * provider: src/facts/ecs-placement.ts) or has a service that may take the
   * EC2 launch type; false when it has none of them (a Fargate cluster). Set
   * by the template recognizer; "unknown" anywhere else (an API input shows
   * nothing of the instances).
   */
  ec2Capacity: Maybe = "unknown";

  /** The cluster's short name: `clusterName` (`default` when CreateCluster omits it), or PutClusterCapacityProviders' `cluster`. */
  get name(): string | undefined {
    if (this.form === "capacity-providers") {
      const cluster = referenceName(this.object.get("cluster"));
      return cluster === undefined ? undefined : shortName(cluster);
    }
    const value = present(this.object.get("clusterName"));
    // CreateCluster names a cluster without a name "default"; CloudFormation generates a name.
    if (value === undefined) return this.form === "create" && this.object.style === "api" ? "default" : undefined;
    return literalString(value);
  }

  /** How messages name it: `Cluster "prod"` (its name, else a template's logical ID), or `The cluster`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "The cluster" : `Cluster ${JSON.stringify(name)}`;
  }

  /** The object that sets the capacity providers: this one, or the template's association resource when this one sets none. */
  private get providerSource(): ObjectValue | "unknown" {
    const own = present(this.object.get("capacityProviders")) ?? present(this.object.get("defaultCapacityProviderStrategy"));
    if (own !== undefined || this.association === undefined) return this.object;
    return this.association === "unknown" ? "unknown" : this.association.object;
  }

  /**
   * Whether the cluster has a default capacity provider strategy (a non-empty
   * list); "unknown" when it cannot be read.
   */
  get hasDefaultStrategy(): Maybe {
    const source = this.providerSource;
    if (source === "unknown") return "unknown";
    const value = present(source.get("defaultCapacityProviderStrategy"));
    if (value === undefined) return false;
    if (value.kind !== "array") return "unknown";
    return value.items.length > 0;
  }

  /** The items of the default capacity provider strategy that are objects. */
  get defaultStrategy(): readonly ObjectValue[] {
    const source = this.providerSource;
    return source === "unknown" ? [] : objectItems(source.get("defaultCapacityProviderStrategy"));
  }

  /** The literal names of `capacityProviders`, or "unknown". */
  get capacityProviders(): readonly string[] | "unknown" {
    const source = this.providerSource;
    if (source === "unknown") return "unknown";
    const value = present(source.get("capacityProviders"));
    if (value === undefined) return [];
    if (value.kind !== "array") return "unknown";
    const names: string[] = [];
    for (const item of value.items) {
      const name = literalString(item);
      if (name === undefined) return "unknown";
      names.push(name);
    }
    return names;
  }
}

export type CapacityProviderForm = "create" | "describe";

/** Source: API-ECS CreateCapacityProviderRequest. */
const CAPACITY_PROVIDER_KINDS = ["autoScalingGroupProvider", "managedInstancesProvider"];
const CREATE_CAPACITY_PROVIDER_MEMBERS = membersOf(CREATE_CAPACITY_PROVIDER);
const DESCRIBE_CAPACITY_PROVIDERS_RESPONSE = new Set(["failures", "nextToken", "ResponseMetadata"]);

export class CapacityProviderDocument extends ApiDocument<CapacityProviderForm> {
  readonly kind = "ecs-capacity-provider";

  get name(): string | undefined {
    return this.literal("name");
  }

  /** How messages name it in quotes: its name, else a template's logical ID, else `(unnamed)`. */
  get label(): string {
    const name = this.name ?? this.logicalId;
    return name === undefined ? "(unnamed)" : JSON.stringify(name);
  }

  /** `autoScalingGroupProvider`, when an object: the provider scales an Auto Scaling group. */
  get autoScalingGroupProvider(): ObjectValue | undefined {
    return objectValue(this.object.get("autoScalingGroupProvider"));
  }
}

/* ---------------- recognition ---------------- */

export function recognizeClusters(root: Value): readonly ClusterDocument[] {
  if (root.kind !== "object") return [];
  const described = describedItems(root, "clusters", ["clusterArn", "clusterName"], DESCRIBE_CLUSTERS_RESPONSE);
  if (described.length > 0) return described.map((item) => new ClusterDocument(root, "describe", item));
  if (!isCamelCaseApiObject(root)) return [];
  if (hasAnyKey(root, CLUSTER_ONLY_MEMBERS) && mostlyKnown(root, CREATE_CLUSTER_MEMBERS)) return [new ClusterDocument(root, "create", root)];
  if (PUT_CLUSTER_CAPACITY_PROVIDERS_MEMBERS.every((key) => root.entryExact(key) !== undefined) && root.entries.length === PUT_CLUSTER_CAPACITY_PROVIDERS_MEMBERS.length) {
    return [new ClusterDocument(root, "capacity-providers", root)];
  }
  return [];
}

export function recognizeCapacityProviders(root: Value): readonly CapacityProviderDocument[] {
  if (root.kind !== "object") return [];
  const described = describedItems(root, "capacityProviders", ["capacityProviderArn"], DESCRIBE_CAPACITY_PROVIDERS_RESPONSE);
  if (described.length > 0) return described.map((item) => new CapacityProviderDocument(root, "describe", item));
  if (!isCamelCaseApiObject(root) || root.entryExact("name") === undefined || !hasAnyKey(root, CAPACITY_PROVIDER_KINDS)) return [];
  return mostlyKnown(root, CREATE_CAPACITY_PROVIDER_MEMBERS) ? [new CapacityProviderDocument(root, "create", root)] : [];
}
