/**
 * Every rule, by name (the name is the file name). Sorted; a test checks it.
 */
import type { AwsContainersRule } from "../create-rule.js";
import ecsTaskRole from "./ecs-task-role.js";

export const rules: Readonly<Record<string, AwsContainersRule>> = {
  "ecs-task-role": ecsTaskRole,
};
