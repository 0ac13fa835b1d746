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
import { literalString, objectValue, type ArrayValue, type Edit, type ObjectValue } from "../values/index.js";

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
      dangerous: "Container {{container}} adds the {{capability}} capability, which lets it {{risk}}; remove it from {{key}}.",
      remove: "Remove {{capability}} from {{key}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        document.containers.forEach((container, index) => {
          const linuxParameters = objectValue(container.get("linuxParameters"));
          const capabilities = objectValue(linuxParameters?.get("capabilities"));
          const add = capabilities?.get("add");
          if (linuxParameters === undefined || capabilities === undefined || add?.kind !== "array") return;
          const key = [container.keyName("linuxParameters"), linuxParameters.keyName("capabilities"), capabilities.keyName("add")].join(".");
          add.items.forEach((item, itemIndex) => {
            const capability = literalString(item);
            const risk = capability === undefined ? undefined : dangerousCapability(capability);
            if (capability === undefined || risk === undefined) return;
            context.report(item, "dangerous", { container: containerLabel(container, index), capability, risk, key }, {
              suggest: [{ messageId: "remove", data: { capability, key }, fix: removeItem(add, itemIndex, context.source) }],
            });
          });
        });
      },
    };
  },
});

/** A container as messages name it: its name in quotes, else its position. */
function containerLabel(container: ObjectValue, index: number): string {
  const name = literalString(container.get("name"));
  return name === undefined ? `#${index + 1}` : JSON.stringify(name);
}

/**
 * Removes an item from an array with its separator: a JSON or flow item with
 * its comma, a YAML block item with its line. The only item leaves `[]`.
 * (src/values/edit.ts has no item removal yet.)
 */
function removeItem(array: ArrayValue, index: number, source: string): Edit {
  const items = array.items;
  const item = items[index]!;
  const [start, end] = item.node.range;
  const flow = array.syntax === "json" || source[array.node.range[0]] === "[";
  if (items.length === 1) {
    // A block list becomes `key: []` on its key's line (`[]` alone on the next line breaks an indentless list).
    const holder = array.parent?.kind === "member" ? array.parent.entry : undefined;
    if (!flow && holder && source.slice(holder.keyNode.range[1], array.node.range[0]).trim() === ":") {
      return { range: [holder.keyNode.range[1], array.node.range[1]], text: ": []" };
    }
    return { range: array.node.range, text: "[]" };
  }
  if (flow) {
    const next = items[index + 1];
    if (next) return { range: [start, next.node.range[0]], text: "" };
    return { range: [items[index - 1]!.node.range[1], end], text: "" };
  }
  // A block item: its line, from the indentation before the dash through the line break.
  const dash = source.lastIndexOf("-", start);
  const lineStart = source.lastIndexOf("\n", dash - 1) + 1;
  const lineEnd = source.indexOf("\n", end);
  if (source.slice(lineStart, dash).trim() !== "") {
    // The dash shares its line with an outer item's dash (`- - X`): remove up to the next item.
    return { range: [dash, items[index + 1]?.node.range[0] ?? end], text: "" };
  }
  return { range: [lineStart, lineEnd === -1 ? source.length : lineEnd + 1], text: "" };
}
