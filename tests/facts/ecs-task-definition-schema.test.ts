/**
 * The RegisterTaskDefinition shape in `src/facts/ecs-task-definition-schema.ts`
 * agrees with `@aws-sdk/client-ecs` (a devDependency kept at the newest version):
 * the same members at every depth, the same types (string, integer, boolean,
 * list, map, struct, union) and the same required members. A member AWS adds
 * fails this test (with a diff naming its path) instead of becoming a false
 * "unknown key" report from `valid-schema`.
 *
 * The decoding and comparing is in `tests/support/sdk-shapes.ts`.
 */
import * as ecs from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { TASK_DEFINITION } from "../../src/facts/ecs-task-definition-schema.js";
import { compare, fromSdk, fromTable } from "../support/sdk-shapes.js";

describe("RegisterTaskDefinitionRequest shape matches @aws-sdk/client-ecs", () => {
  const sdkShape = fromSdk((ecs as unknown as Record<string, unknown>).RegisterTaskDefinitionRequest$);

  it("decodes the SDK's schema", () => {
    expect(sdkShape.kind).toBe("struct");
    if (sdkShape.kind !== "struct") return;
    expect(Object.keys(sdkShape.members)).toContain("containerDefinitions");
  });

  it("has the same members, types and required members at every depth", () => {
    const differences: string[] = [];
    compare(sdkShape, fromTable(TASK_DEFINITION), "RegisterTaskDefinitionRequest", differences);
    expect(differences).toEqual([]);
  });
});
