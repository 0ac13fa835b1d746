/**
 * ecs-service-circuit-breaker: rolling-update replica services without a
 * deployment circuit breaker that rolls back.
 *
 * Without the breaker, a deployment whose tasks never start or never pass their
 * health checks does not fail: ECS keeps launching replacement tasks. With it
 * but without `rollback`, the deployment fails and stops where it is.
 *
 * Reported: services on the ECS deployment controller (the default) with the
 * REPLICA scheduling strategy (the default) and the ROLLING deployment strategy
 * (the default). Not reported: CODE_DEPLOY and EXTERNAL controllers (the breaker
 * does not apply), BLUE_GREEN/LINEAR/CANARY strategies and DAEMON services
 * (AWS sources disagree or are silent), and update-service input that does not
 * write a circuit breaker (it leaves the service's own one as it is). Deployment
 * alarms with rollback do not replace the breaker. Facts and sources:
 * src/facts/ecs-service-practices.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { CIRCUIT_BREAKER_CONTROLLER, CIRCUIT_BREAKER_SCHEDULING_STRATEGY, CIRCUIT_BREAKER_STRATEGY, SUGGESTED_CIRCUIT_BREAKER } from "../facts/ecs-service-practices.js";
import { booleanValue, keyCandidates, literalString, objectValue, present, replaceValue, setMember, type Edit } from "../values/index.js";

type MessageIds = "missing" | "missingWithAlarms" | "disabled" | "noRollback" | "addCircuitBreaker" | "turnOn" | "setRollback";

export default createRule<MessageIds>({
  name: "ecs-service-circuit-breaker",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require rolling-update ECS services to have a deployment circuit breaker with rollback.",
      level: "warn",
      platforms: ["ecs"],
      covers: "— (no peer)",
    },
    messages: {
      missing:
        '{{subject}} deploys with rolling updates but has no {{key}}, so a deployment whose tasks never start or never pass their health checks keeps launching them and is never rolled back; add one with "{{enable}}" and "{{rollback}}" set to true.',
      missingWithAlarms:
        '{{subject}} rolls back on its deployment alarms but has no {{key}}, so tasks that never start or never pass their health checks are relaunched until an alarm notices, if one does; add one with "{{enable}}" and "{{rollback}}" set to true.',
      disabled:
        "{{subject}} turns its deployment circuit breaker off ({{enable}}: false), so a deployment whose tasks never start or never pass their health checks keeps launching them and is never rolled back; set {{enable}} and {{rollback}} to true.",
      noRollback:
        "{{subject}} has a deployment circuit breaker without rollback ({{rollback}}: false), so a failed deployment stops where it is instead of returning to the last completed one; set {{rollback}} to true.",
      addCircuitBreaker: 'Add {{key}} with "{{enable}}" and "{{rollback}}" set to true.',
      turnOn: "Set {{enable}} and {{rollback}} to true.",
      setRollback: "Set {{rollback}} to true.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-service"(document) {
        if (document.schedulingStrategy !== CIRCUIT_BREAKER_SCHEDULING_STRATEGY || document.deploymentController !== CIRCUIT_BREAKER_CONTROLLER) return;
        const object = document.object;
        const configValue = present(object.get("deploymentConfiguration"));
        if (configValue !== undefined && configValue.kind !== "object") return;
        const config = configValue;
        const strategy = present(config?.get("strategy"));
        if (strategy !== undefined && literalString(strategy) !== CIRCUIT_BREAKER_STRATEGY) return;

        const subject = document.label;
        // UpdateService leaves what it does not write as it is: only a breaker written there is judged.
        const update = document.form === "update";
        const key = (config ?? object).keyName("deploymentCircuitBreaker");
        // The breaker's members as the file spells them (`Enable`, `Rollback` in CloudFormation).
        const members = { enable: keyCandidates("enable", object.style)[0]!, rollback: keyCandidates("rollback", object.style)[0]! };

        if (config === undefined) {
          if (update) return;
          const suggest = [suggestion("addCircuitBreaker", { key, ...members }, setMember(object, "deploymentConfiguration", { deploymentCircuitBreaker: SUGGESTED_CIRCUIT_BREAKER }, context.source))];
          context.reportMissing(object, "missing", { subject, key, ...members }, { suggest });
          return;
        }

        const breakerValue = present(config.get("deploymentCircuitBreaker"));
        if (breakerValue === undefined) {
          if (update) return;
          const alarms = objectValue(config.get("alarms"));
          const alarmsRollBack = booleanValue(alarms?.get("enable")) === true && booleanValue(alarms?.get("rollback")) === true;
          const suggest = [suggestion("addCircuitBreaker", { key, ...members }, setMember(config, "deploymentCircuitBreaker", SUGGESTED_CIRCUIT_BREAKER, context.source))];
          context.reportMissing(config, alarmsRollBack ? "missingWithAlarms" : "missing", { subject, key, ...members }, { suggest });
          return;
        }
        if (breakerValue.kind !== "object") return;

        const enable = breakerValue.get("enable");
        const rollback = breakerValue.get("rollback");
        const names = { enable: breakerValue.keyName("enable"), rollback: breakerValue.keyName("rollback") };
        if (booleanValue(enable) === false) {
          const edits: Edit[] = [replaceValue(enable!, true, context.source)];
          if (booleanValue(rollback) === false) edits.push(replaceValue(rollback!, true, context.source));
          else if (present(rollback) === undefined) edits.push(setMember(breakerValue, "rollback", true, context.source));
          context.report(enable!, "disabled", { subject, ...names }, { suggest: [suggestion("turnOn", names, edits)] });
        } else if (booleanValue(enable) === true && booleanValue(rollback) === false) {
          context.report(rollback!, "noRollback", { subject, ...names }, { suggest: [suggestion("setRollback", names, replaceValue(rollback!, true, context.source))] });
        }
      },
    };
  },
});

function suggestion(messageId: MessageIds, data: Readonly<Record<string, string>>, fix: Edit | readonly Edit[]): Suggestion<MessageIds> {
  return { messageId, data, fix };
}
