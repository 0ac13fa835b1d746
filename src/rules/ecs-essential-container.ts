/**
 * ecs-essential-container: a task definition where every container has `essential: false`.
 *
 * "All tasks must have at least one essential container" (API
 * ContainerDefinition.essential; an omitted `essential` means true), and
 * RegisterTaskDefinition refuses a task definition without one. Covers cfn-lint E3042.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { booleanValue, itemLabel, replaceValue, type ObjectValue, type Value } from "../values/index.js";

/** How many containers the suggestions offer to make essential. */
const MAX_SUGGESTIONS = 3;

type MessageIds = "noEssential" | "makeEssential";

export default createRule<MessageIds>({
  name: "ecs-essential-container",
  meta: {
    type: "problem",
    docs: {
      description: "Require at least one essential container in a task definition.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3042",
    },
    messages: {
      noEssential: "Every container has {{key}} set to false, which ECS refuses (a task needs at least one essential container); make the main container essential.",
      makeEssential: "Make container {{container}} essential.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const list = document.containerList;
        // Items that cannot be read may be essential containers.
        if (list?.kind !== "array" || list.items.some((item) => item.kind === "unknown")) return;
        const flags: { container: ObjectValue; value: Value }[] = [];
        for (const container of document.containers) {
          const value = container.get("essential");
          // In CloudFormation `"false"` counts too (it converts the string).
          if (value !== undefined && booleanValue(value) === false) flags.push({ container, value });
        }
        // An absent (true), true, unknown or mistyped `essential` may make a container essential.
        if (flags.length === 0 || flags.length !== document.containers.length) return;
        const suggest: Suggestion<MessageIds>[] = flags.slice(0, MAX_SUGGESTIONS).map(({ container, value }) => ({
          messageId: "makeEssential",
          data: { container: itemLabel(container) },
          fix: replaceValue(value, true, context.source),
        }));
        const data = { key: flags[0]!.container.keyName("essential") };
        const entry = document.task?.entry("containerDefinitions");
        if (entry) context.report(entry, "noEssential", data, { suggest });
        else context.report(flags[0]!.value, "noEssential", data, { suggest });
      },
    };
  },
});

