/**
 * ecs-distinct-roles: `taskRoleArn` and `executionRoleArn` naming the same role.
 *
 * The execution role is for the ECS agent (image pulls, logs, secrets); the task
 * role is what the containers' own AWS calls use. One role for both gives the
 * application the agent's permissions — every secret the task definition
 * references, ECR and CloudWatch Logs access — and the agent the
 * application's. AWS recommends separate roles
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html:
 * "We recommend that you create separate roles … instead of sharing roles").
 * Covers checkov CKV_AWS_249.
 *
 * Both members take a role name or an ARN; ECS completes a name into an ARN in
 * the task definition's account (aws-actions/amazon-ecs-render-task-definition#19,
 * an ECS maintainer: "both the executionRoleArn and taskRoleArn can actually be
 * just the role name"). So a name equals an ARN whose resource is `role/<name>`.
 * Fully literal values are compared, and two strings with placeholders that
 * are the same text (`${ROLE_ARN}` twice, `arn:aws:iam::${ACCOUNT}:role/app`
 * twice: they render alike, RULES.md decisions), and, in a CloudFormation
 * template, two references written alike (`!GetAtt TaskRole.Arn`
 * twice, or `!Ref RoleArn` to one parameter): within one stack they resolve to
 * the same value.
 */
import { createRule } from "../create-rule.js";
import { splitArn } from "../facts/arn.js";
import { literalString, type Value } from "../values/index.js";

export default createRule({
  name: "ecs-distinct-roles",
  meta: {
    type: "suggestion",
    docs: {
      description: "Use different roles for the task (`taskRoleArn`) and the ECS agent (`executionRoleArn`).",
      level: "warn",
      platforms: ["ecs"],
      covers: "checkov CKV_AWS_249",
    },
    messages: {
      sameRole:
        "{{taskKey}} is the same role as {{executionKey}}, so the containers get the agent's permissions (secrets, image pulls, logs); give the task its own role with only what the application needs.",
    },
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        const task = document.task;
        if (!task) return;
        const taskRole = task.get("taskRoleArn");
        const executionRole = task.get("executionRoleArn");
        if (taskRole === undefined || executionRole === undefined) return;
        const taskText = literalString(taskRole);
        const executionText = literalString(executionRole);
        const same =
          taskText !== undefined && executionText !== undefined
            ? sameRole(taskText.trim(), executionText.trim())
            : sameTemplatedText(taskRole, executionRole) ||
              (task.style === "cloudformation" && sameReference(referenceText(taskRole, context.source), referenceText(executionRole, context.source)));
        if (!same) return;
        context.report(taskRole, "sameRole", { taskKey: task.keyName("taskRoleArn"), executionKey: task.keyName("executionRoleArn") });
      },
    };
  },
});

/**
 * True when two literal values name the same role: the same text, or a bare
 * role name and a role ARN without a path whose name it is (ECS completes the
 * name in the same account: `web` and `arn:aws:iam::123456789012:role/web`).
 */
function sameRole(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [name, arn] = a.startsWith("arn:") ? [b, a] : [a, b];
  if (name.startsWith("arn:") || !arn.startsWith("arn:")) return false;
  const fields = splitArn(arn);
  return fields !== undefined && fields.service === "iam" && fields.resource === `role/${name}`;
}

/** Two templated strings written alike (the same placeholders in the same text): whatever fills them in, they render to the same role. */
function sameTemplatedText(a: Value, b: Value): boolean {
  if (a.kind !== "string" || b.kind !== "string") return false;
  const text = a.value.trim();
  return text !== "" && text === b.value.trim();
}

/**
 * A CloudFormation `Ref` or `Fn::GetAtt` as written, without spaces and quotes
 * (`!GetAtt TaskRole.Arn`, `{"Fn::GetAtt":[TaskRole,Arn]}`); undefined for
 * anything else, a Ref to a pseudo parameter included.
 */
function referenceText(value: Value, source: string): string | undefined {
  if (value.kind !== "unknown" || value.refersTo === undefined) return undefined;
  return source.slice(value.node.range[0], value.node.range[1]).replace(/[\s"']/g, "");
}

function sameReference(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a === b;
}
