/**
 * no-privilege-escalation: dangerous Linux capabilities added to a container
 * (ECS `linuxParameters.capabilities.add`).
 *
 * Docker's default set is small on purpose; adding `SYS_ADMIN`, `ALL` and the
 * like gives the container kernel interfaces that lead out of it. Names compare
 * case-insensitively, with or without `CAP_` (src/facts/capabilities.ts).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html
 */
import { createRule } from "../create-rule.js";
import { dangerousCapability } from "../facts/capabilities.js";
import { itemLabel, literalString, objectValue, removeItem } from "../values/index.js";

export default createRule({
  name: "no-privilege-escalation",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow adding dangerous Linux capabilities (`ALL`, `SYS_ADMIN`, `NET_ADMIN`, …) to containers.",
      level: "warn",
      platforms: ["ecs"],
      covers: "kube-linter privilege-escalation-container, Polaris dangerousCapabilities",
    },
    messages: {
      dangerous: "Container {{container}} adds capability {{capability}}, which lets it {{risk}}; remove it from {{key}}.",
      remove: "Remove {{capability}} from {{key}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const linuxParameters = objectValue(container.get("linuxParameters"));
          const capabilities = objectValue(linuxParameters?.get("capabilities"));
          const add = capabilities?.get("add");
          if (linuxParameters === undefined || capabilities === undefined || add?.kind !== "array") continue;
          const key = [container.keyName("linuxParameters"), linuxParameters.keyName("capabilities"), capabilities.keyName("add")].join(".");
          add.items.forEach((item, itemIndex) => {
            const capability = literalString(item);
            const risk = capability === undefined ? undefined : dangerousCapability(capability);
            if (capability === undefined || risk === undefined) return;
            const name = JSON.stringify(capability);
            context.report(item, "dangerous", { container: itemLabel(container), capability: name, risk, key }, {
              suggest: [{ messageId: "remove", data: { capability: name, key }, fix: removeItem(add, itemIndex, context.source) }],
            });
          });
        }
      },
    };
  },
});
