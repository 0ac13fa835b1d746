/**
 * ecs-cluster-container-insights: clusters that do not turn Container Insights
 * on — no `settings` entry `containerInsights` with `enabled` or `enhanced`
 * (both count), or one set to `disabled`.
 *
 * Without a cluster setting, the account's `containerInsights` default decides
 * (off unless someone turned it on), which the linter cannot see: the message
 * says so. describe-clusters output lists `settings` only with
 * `--include SETTINGS`, so a described cluster is reported only when it shows
 * `disabled`. PutClusterCapacityProviders input has no settings and is skipped.
 * Facts and sources: src/facts/ecs-service-practices.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { CONTAINER_INSIGHTS_OFF, CONTAINER_INSIGHTS_ON, CONTAINER_INSIGHTS_SETTING } from "../facts/ecs-service-practices.js";
import { appendItem, literalString, present, replaceValue, setMember, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "missing" | "notInSettings" | "disabled" | "turnOn";

export default createRule<MessageIds>({
  name: "ecs-cluster-container-insights",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ECS clusters to turn on CloudWatch Container Insights.",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.12, CT.ECS.PR.2, CKV_AWS_65, trivy AVD-AWS-0034",
    },
    messages: {
      missing:
        '{{cluster}} has no {{key}} entry for Container Insights, so its task metrics are collected only if the account\'s containerInsights default turns them on; add one with the value "enabled" or "enhanced".',
      notInSettings:
        '{{cluster}}\'s {{key}} do not turn Container Insights on, so its task metrics are collected only if the account\'s containerInsights default does; add an entry "containerInsights" with the value "enabled" or "enhanced".',
      disabled:
        '{{cluster}} turns Container Insights off ("disabled"), so the CPU, memory, network and storage metrics of its tasks are not collected; set it to "enabled" or "enhanced".',
      turnOn: 'Turn Container Insights on with "{{value}}".',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-cluster"(document) {
        if (document.form === "capacity-providers") return;
        const object = document.object;
        const describe = document.output;
        const cluster = document.label;
        const key = object.keyName("settings");
        const settings = present(object.get("settings"));

        if (settings === undefined) {
          if (describe) return;
          const suggest = CONTAINER_INSIGHTS_ON.map((value): Suggestion<MessageIds> => ({
            messageId: "turnOn",
            data: { value },
            fix: setMember(object, "settings", [{ name: CONTAINER_INSIGHTS_SETTING, value }], context.source),
          }));
          context.reportMissing(object, "missing", { cluster, key }, { suggest });
          return;
        }
        if (settings.kind !== "array") return;

        const found = containerInsightsSettings(settings.items);
        if (found === "unknown") return;
        if (found.length === 0) {
          if (describe) return;
          const suggest = CONTAINER_INSIGHTS_ON.map((value): Suggestion<MessageIds> => ({
            messageId: "turnOn",
            data: { value },
            fix: appendItem(settings, { name: CONTAINER_INSIGHTS_SETTING, value }, context.source),
          }));
          context.report(settings, "notInSettings", { cluster, key }, { suggest });
          return;
        }

        const values = found.map((item) => present(item.get("value")));
        const texts = values.map((value) => literalString(value));
        // Anything unreadable, or any value that turns it on, and there is nothing to say.
        if (texts.some((text) => text === undefined || CONTAINER_INSIGHTS_ON.includes(text))) return;
        if (!texts.every((text) => text === CONTAINER_INSIGHTS_OFF)) return;
        const at = values[values.length - 1]!;
        const suggest = describe
          ? []
          : CONTAINER_INSIGHTS_ON.map((value): Suggestion<MessageIds> => ({
              messageId: "turnOn",
              data: { value },
              fix: values.map((item) => replaceValue(item!, value, context.source)),
            }));
        context.report(at, "disabled", { cluster }, { suggest });
      },
    };
  },
});

/** The `settings` items named `containerInsights`; "unknown" when an item cannot be read and none is found. */
function containerInsightsSettings(items: readonly Value[]): readonly ObjectValue[] | "unknown" {
  const found: ObjectValue[] = [];
  let unknown = false;
  for (const item of items) {
    if (item.kind !== "object") {
      if (item.kind === "unknown" || (item.kind === "string" && item.literal === undefined)) unknown = true;
      continue;
    }
    const nameValue = present(item.get("name"));
    const name = literalString(nameValue);
    if (name === undefined) {
      if (nameValue !== undefined) unknown = true;
      continue;
    }
    if (name === CONTAINER_INSIGHTS_SETTING) found.push(item);
  }
  return found.length === 0 && unknown ? "unknown" : found;
}
