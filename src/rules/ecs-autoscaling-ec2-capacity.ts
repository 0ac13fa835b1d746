/**
 * ecs-autoscaling-ec2-capacity: an Application Auto Scaling target that scales
 * an ECS service whose tasks run with the EC2 launch type, in a cluster with no
 * capacity provider that adds instances. Scaling out then adds tasks that find
 * no room: nothing grows the instances with them (the notes: EC2 capacity
 * should scale through an Auto Scaling group capacity provider).
 *
 * The service (`ResourceId` `service/<cluster>/<service>`) and its cluster are
 * looked up through `context.related` (same file, then the project index); in a
 * CloudFormation template, a `!Sub service/${Cluster}/${Service.Name}` names
 * them by logical ID (`!Join` cannot be read). When either is not found, the
 * rule says nothing.
 */
import { createRule } from "../create-rule.js";
import { FARGATE_CAPACITY_PROVIDERS, type ServiceDocument } from "../documents/index.js";
import type { ClusterDocument } from "../documents/ecs-cluster.js";
import { ECS_SCALABLE_DIMENSION } from "../facts/autoscaling-enums.js";
import { EC2_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { literalString, present } from "../values/index.js";

export default createRule({
  name: "ecs-autoscaling-ec2-capacity",
  meta: {
    type: "suggestion",
    docs: {
      description: "Warn when a scaled ECS service runs on EC2 in a cluster with no capacity provider to add instances for its tasks.",
      level: "warn",
      platforms: ["ecs"],
      covers: "the notes (scale EC2 capacity with an Auto Scaling group capacity provider)",
    },
    messages: {
      noInstanceScaling:
        "Service {{service}} runs its tasks with the EC2 launch type ({{via}}) and cluster {{cluster}} has no Auto Scaling group capacity provider, so scaling the service out adds tasks but no instances to run them; give the cluster an Auto Scaling group capacity provider with managed scaling and use it in the service's capacity provider strategy.",
    },
  },
  create(context) {
    return {
      "autoscaling-scalable-target"(document) {
        if (!document.forEcs) return;
        const dimension = present(document.object.get("ScalableDimension"));
        const dimensionText = literalString(dimension);
        if (dimension !== undefined && dimensionText !== undefined && dimensionText !== ECS_SCALABLE_DIMENSION) return;
        // A service of that name in another cluster is another service: not found.
        const scaled = document.scaledService(context.related);
        if (scaled?.cluster === undefined) return;
        const { service, cluster } = scaled;
        const via = ec2LaunchType(service, cluster);
        if (via === undefined || !lacksInstanceProvider(cluster)) return;
        context.report(document.object.get("ResourceId")!, "noInstanceScaling", { service: JSON.stringify(scaled.serviceName), cluster: JSON.stringify(scaled.clusterName), via });
      },
    };
  },
});

/**
 * How the service's tasks get the EC2 launch type, or undefined when they do
 * not (or it cannot be told): `launchType: EC2`, or (CreateService input) no
 * launch type, no strategy, and no default strategy on the cluster. Daemon
 * services are not scaled by desired count and are left alone.
 */
function ec2LaunchType(service: ServiceDocument, cluster: ClusterDocument): string | undefined {
  if (service.schedulingStrategy !== "REPLICA") return undefined;
  const launchType = present(service.object.get("launchType"));
  if (launchType !== undefined) return literalString(launchType) === EC2_LAUNCH_TYPE ? `${service.object.keyName("launchType")} "${EC2_LAUNCH_TYPE}"` : undefined;
  if (service.form !== "create" || service.hasStrategy !== false || cluster.hasDefaultStrategy !== false) return undefined;
  return "no launch type, no capacity provider strategy and no default strategy on the cluster";
}

/** True when the cluster's providers are known and none adds instances (none, or only FARGATE and FARGATE_SPOT). */
function lacksInstanceProvider(cluster: ClusterDocument): boolean {
  const providers = cluster.capacityProviders;
  return providers !== "unknown" && providers.every((name) => FARGATE_CAPACITY_PROVIDERS.has(name));
}
