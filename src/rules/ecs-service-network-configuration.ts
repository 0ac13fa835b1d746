/**
 * ecs-service-network-configuration: a service or a run-task input whose tasks
 * use the `awsvpc` network mode (its task definition says so, or they run on
 * Fargate) without `networkConfiguration.awsvpcConfiguration`; and the reverse,
 * a network configuration for a task definition in another mode, which ECS
 * rejects (API CreateServiceRequest/RunTaskRequest.networkConfiguration; cfn-lint E3052);
 * and `assignPublicIp: ENABLED` with a launch type other than Fargate, which ECS
 * rejects too (src/facts/ecs-service-practices.ts).
 *
 * The task definition is looked up through `context.related` (same file, then
 * the project index); when it is not found, only the Fargate case is checked.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { launchSite, type RunTaskDocument, type ServiceDocument } from "../documents/index.js";
import { EXTERNAL_LAUNCH_TYPE, FARGATE_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { AWSVPC } from "../facts/network-modes.js";
import { PUBLIC_IP_DISABLED } from "../facts/ecs-service-practices.js";
import { PUBLIC_IP_ENABLED } from "../facts/ecs-scheduled-tasks.js";
import { isMissing, keyCandidates, literalString, removeMember, replaceValue, type ObjectValue } from "../values/index.js";

type MessageIds = "fargateWithoutNetwork" | "awsvpcWithoutNetwork" | "networkWithoutAwsvpc" | "removeNetwork" | "publicIpOffFargate" | "disablePublicIp";

export default createRule<MessageIds>({
  name: "ecs-service-network-configuration",
  meta: {
    type: "problem",
    docs: {
      description: "Require `networkConfiguration.awsvpcConfiguration` exactly when a service's or task's task definition uses the `awsvpc` network mode.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3052",
    },
    messages: {
      fargateWithoutNetwork:
        "Tasks on Fargate ({{via}}) use the awsvpc network mode, which needs {{key}}.{{awsvpc}} with the subnets and security groups; add it to the {{subject}}.",
      awsvpcWithoutNetwork:
        "Task definition {{taskDefinition}} uses the awsvpc network mode, which needs {{key}}.{{awsvpc}} with the subnets and security groups; add it to the {{subject}}.",
      networkWithoutAwsvpc:
        'Task definition {{taskDefinition}} uses the "{{mode}}" network mode, and ECS rejects {{key}} for it; remove {{key}}, or switch the task definition to awsvpc.',
      removeNetwork: "Remove {{key}}.",
      publicIpOffFargate:
        'Tasks launched with {{via}} cannot have a public IP address: ECS rejects {{key}} "ENABLED" for any launch type but FARGATE ("Assign public IP is not supported for this launch type"); set it to "DISABLED".',
      disablePublicIp: 'Set {{key}} to "DISABLED" (the tasks then reach the internet through a NAT gateway or VPC endpoints).',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-service"(document) {
        check(context, document, "service");
      },
      "ecs-run-task"(document) {
        if (document.form === "run-task") check(context, document, "task");
      },
    };
  },
});

function check(context: RuleContext<MessageIds, []>, document: ServiceDocument | RunTaskDocument, subject: "service" | "task"): void {
  const object = document.object;
  const key = object.keyName("networkConfiguration");
  // `awsvpcConfiguration`, or CloudFormation's `AwsvpcConfiguration`.
  const awsvpc = keyCandidates("awsvpcConfiguration", object.style)[0]!;
  const network = networkState(object);
  const reference = document.taskDefinitionReference;
  const taskDefinition = reference === undefined ? undefined : context.related.taskDefinition(reference);
  const mode = taskDefinition === undefined ? undefined : taskDefinition.serviceNetworkMode;
  const launch = launchSite(document, context.related);
  const fargate = launch?.launchType === FARGATE_LAUNCH_TYPE ? launch : undefined;

  if (network === "present" && launch !== undefined && launch.launchType !== FARGATE_LAUNCH_TYPE) checkPublicIp(context, document.awsvpcConfiguration, launch.via);

  if (network === "missing") {
    // UpdateService keeps the service's network configuration when the input leaves it out.
    if (document.form === "update") return;
    if (fargate) {
      context.report(fargate.at, "fargateWithoutNetwork", { via: fargate.via, key, awsvpc, subject });
      return;
    }
    // External instances (ECS Anywhere): awsvpc support there is not settled (src/facts/ecs-placement.ts); stay silent.
    if (mode === AWSVPC && literalString(object.get("launchType")) !== EXTERNAL_LAUNCH_TYPE) {
      context.report(object.get("taskDefinition")!, "awsvpcWithoutNetwork", { taskDefinition: JSON.stringify(reference), key, awsvpc, subject });
    }
    return;
  }

  // A network configuration for a task definition in another mode; on Fargate the task definition itself is at fault (ecs-service-task-compatibility).
  if (network !== "present" || fargate || mode === undefined || mode === AWSVPC) return;
  const entry = object.entry("networkConfiguration");
  if (!entry) return;
  const data = { taskDefinition: JSON.stringify(reference), mode, key };
  const suggest = [{ messageId: "removeNetwork" as const, data: { key }, fix: removeMember(object, entry, context.source) }];
  context.report(entry, "networkWithoutAwsvpc", data, { suggest });
}

/** `assignPublicIp: ENABLED` where the launch type is known and is not Fargate. */
function checkPublicIp(context: RuleContext<MessageIds, []>, awsvpc: ObjectValue | undefined, via: string): void {
  const value = awsvpc?.get("assignPublicIp");
  if (awsvpc === undefined || value === undefined || literalString(value) !== PUBLIC_IP_ENABLED) return;
  const key = awsvpc.keyName("assignPublicIp");
  const suggest = [{ messageId: "disablePublicIp" as const, data: { key }, fix: replaceValue(value, PUBLIC_IP_DISABLED, context.source) }];
  context.report(value, "publicIpOffFargate", { via, key }, { suggest });
}

/** Whether `networkConfiguration.awsvpcConfiguration` is there, missing, or cannot be read. */
function networkState(object: ObjectValue): "present" | "missing" | "unknown" {
  const network = object.get("networkConfiguration");
  if (isMissing(network)) return "missing";
  if (network!.kind !== "object") return "unknown";
  return isMissing(network!.get("awsvpcConfiguration")) ? "missing" : "present";
}



