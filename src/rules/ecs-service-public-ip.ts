/**
 * ecs-service-public-ip: services, run-task input and scheduled tasks
 * (EventBridge targets, Scheduler schedules) that give each task a public IP
 * address (`assignPublicIp: ENABLED`; `AssignPublicIp` under EventBridge's and
 * Scheduler's lower-case `awsvpcConfiguration`).
 *
 * A task with a public IP address is reachable from the internet wherever its
 * security groups let traffic in; in a private subnet it reaches out through a
 * NAT gateway or VPC endpoints instead. Launch types other than Fargate cannot
 * assign one at all (ECS rejects the request: ecs-service-network-configuration
 * reports it for services and run-task input, ecs-scheduled-task for EventBridge
 * targets), so they are left alone here. Facts and sources:
 * src/facts/ecs-service-practices.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { ecsParameters, SCHEDULE_TARGET_LABEL, targetLabel } from "../documents/index.js";
import { EVENTBRIDGE_ENUMS } from "../facts/eventbridge-enums.js";
import { FARGATE_LAUNCH_TYPE } from "../facts/ecs-placement.js";
import { PUBLIC_IP_ENABLED } from "../facts/ecs-scheduled-tasks.js";
import { PUBLIC_IP_DISABLED } from "../facts/ecs-service-practices.js";
import { literalString, objectValue, replaceValue, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "publicIp" | "disable";

const EVENTBRIDGE_LAUNCH_TYPES: readonly string[] = EVENTBRIDGE_ENUMS.LaunchType;

export default createRule<MessageIds>({
  name: "ecs-service-public-ip",
  meta: {
    type: "suggestion",
    docs: {
      description: "Report ECS services, tasks and scheduled tasks that give their tasks a public IP address.",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.2, ECS.16, CT.ECS.PR.9, CKV_AWS_333",
    },
    messages: {
      publicIp:
        '{{subject}} sets {{key}} to "ENABLED", so each task gets a public IP address and can be reached from the internet wherever its security groups allow; set it to "DISABLED" and run the tasks in private subnets.',
      disable: 'Set {{key}} to "DISABLED" (the tasks then need a NAT gateway or VPC endpoints to pull images and reach AWS).',
    },
    hasSuggestions: true,
  },
  create(context) {
    function check(subject: string, value: Value | undefined, key: string): void {
      if (value === undefined || literalString(value) !== PUBLIC_IP_ENABLED) return;
      const suggest: Suggestion<MessageIds>[] = [{ messageId: "disable", data: { key }, fix: replaceValue(value, PUBLIC_IP_DISABLED, context.source) }];
      context.report(value, "publicIp", { subject, key }, { suggest });
    }

    /** EventBridge and Scheduler `EcsParameters`: PascalCase members, a lower-case `awsvpcConfiguration`. */
    function checkEcsParameters(subject: string, ecs: ObjectValue): void {
      const launchType = literalString(ecs.get("LaunchType"));
      // Known launch types other than Fargate cannot assign a public IP: ecs-scheduled-task's error.
      if (launchType !== undefined && launchType !== FARGATE_LAUNCH_TYPE && EVENTBRIDGE_LAUNCH_TYPES.includes(launchType)) return;
      const awsvpc = objectValue(objectValue(ecs.get("NetworkConfiguration"))?.get("awsvpcConfiguration"));
      const entry = awsvpc?.entryExact("AssignPublicIp");
      check(subject, awsvpc?.getExact("AssignPublicIp"), entry?.key ?? "AssignPublicIp");
    }

    return {
      "ecs-service"(document) {
        if (document.fargate === false) return;
        const awsvpc = document.awsvpcConfiguration;
        if (!awsvpc) return;
        check(document.label, awsvpc.get("assignPublicIp"), awsvpc.keyName("assignPublicIp"));
      },
      "ecs-run-task"(document) {
        if (document.form !== "run-task" || document.fargate === false) return;
        const awsvpc = document.awsvpcConfiguration;
        if (awsvpc) check(document.label, awsvpc.get("assignPublicIp"), awsvpc.keyName("assignPublicIp"));
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) {
          checkEcsParameters(targetLabel(target), ecsParameters(target)!);
        }
      },
      "scheduler-schedule"(document) {
        const ecs = document.ecsParameters;
        if (ecs) checkEcsParameters(SCHEDULE_TARGET_LABEL, ecs);
      },
    };
  },
});
