/**
 * ecs-exec-logging (strict): clusters whose ECS Exec sessions are not logged
 * (`configuration.executeCommandConfiguration.logging: NONE`). An absent
 * setting means `DEFAULT` (the task definition's awslogs configuration), which
 * is not reported. Facts and sources: src/facts/ecs-service-practices.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { EXEC_LOGGING_DEFAULT, EXEC_LOGGING_NONE } from "../facts/ecs-service-practices.js";
import { literalString, objectValue, replaceValue } from "../values/index.js";

type MessageIds = "noLogging" | "useDefault";

export default createRule<MessageIds>({
  name: "ecs-exec-logging",
  meta: {
    type: "suggestion",
    docs: {
      description: "Report ECS clusters that turn off the logging of ECS Exec sessions.",
      level: "strict",
      platforms: ["ecs"],
      covers: "CKV_AWS_223",
    },
    messages: {
      noLogging:
        '{{cluster}} sets {{key}} to "NONE", so the commands run in its containers through ECS Exec and their output leave no log; set it to "DEFAULT" (the task\'s awslogs configuration) or "OVERRIDE" with a log destination.',
      useDefault: 'Set {{key}} to "DEFAULT".',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-cluster"(document) {
        if (document.form === "capacity-providers") return;
        const exec = objectValue(objectValue(document.object.get("configuration"))?.get("executeCommandConfiguration"));
        const logging = exec?.get("logging");
        if (!exec || literalString(logging) !== EXEC_LOGGING_NONE) return;
        const key = exec.keyName("logging");
        const suggest: Suggestion<MessageIds>[] =
          [{ messageId: "useDefault", data: { key }, fix: replaceValue(logging!, EXEC_LOGGING_DEFAULT, context.source) }];
        context.report(logging!, "noLogging", { cluster: document.label, key }, { suggest });
      },
    };
  },
});
