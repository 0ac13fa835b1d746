/**
 * Every ECS enum table equals, as a set, the enum of the same name in
 * `@aws-sdk/client-ecs` (a devDependency kept at the newest version): a value
 * AWS adds fails this test instead of becoming a false `valid-schema` report.
 */
import * as ecs from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { ECS_ENUMS } from "../../src/facts/ecs-enums.js";

const sdk = ecs as unknown as Record<string, unknown>;

describe("ECS enum tables match @aws-sdk/client-ecs", () => {
  it.each(Object.entries(ECS_ENUMS))("%s", (name, values) => {
    const exported = sdk[name];
    expect(exported, `@aws-sdk/client-ecs exports no enum named ${name}`).toBeTypeOf("object");
    const sdkValues = Object.values(exported as Record<string, string>).sort();
    expect([...values].sort()).toEqual(sdkValues);
  });
});
