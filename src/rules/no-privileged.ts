/**
 * no-privileged: a container with `privileged: true`.
 *
 * A privileged container gets every capability, every host device and no
 * seccomp or AppArmor confinement: root in it is root on the instance.
 * ECS `privileged` is container-level only (RULES.md decision); it is not
 * supported for Windows containers or on Fargate.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html
 * Security Hub ECS.4: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4
 */
import { createRule } from "../create-rule.js";
import { booleanValue, literalString, replaceValue, type ObjectValue } from "../values/index.js";

export default createRule({
  name: "no-privileged",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow privileged containers (`privileged: true`).",
      level: "error",
      platforms: ["ecs"],
      covers: "Security Hub ECS.4, CT.ECS.PR.11, kube-linter privileged-container, Polaris runAsPrivileged, CKV_K8S_16",
    },
    messages: {
      privileged:
        "Container {{container}} runs privileged ({{key}}: true), with every capability and every host device, so root in it is root on the host; set {{key}} to false and add only the capabilities it needs.",
      setFalse: "Set {{key}} to false.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        document.containers.forEach((container, index) => {
          const value = container.get("privileged");
          if (value === undefined || booleanValue(value) !== true) return;
          const key = container.keyName("privileged");
          context.report(value, "privileged", { container: containerLabel(container, index), key }, {
            suggest: [{ messageId: "setFalse", data: { key }, fix: replaceValue(value, false, context.source) }],
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
