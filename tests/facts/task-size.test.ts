/**
 * Task sizes as ECS reads them: CPU units or vCPUs, MiB or GB, as numbers or
 * strings; anything else (a fraction, a negative number, other text) is left to
 * `valid-schema`, so the size rules stay silent on it.
 */
import { describe, expect, it } from "vitest";
import { cpuUnits, memoryMiB } from "../../src/facts/task-size.js";
import type { ObjectValue } from "../../src/values/index.js";
import { jsonRoot } from "../support/parse.js";

const valueOf = (json: string) => (jsonRoot(`{"v": ${json}}`) as ObjectValue).get("v");

describe("task sizes", () => {
  it.each([
    ["256", 256],
    ['"256"', 256],
    ['"0.25 vCPU"', 256],
    ['"1vcpu"', 1024],
    ['" 2 vCPU "', 2048],
  ])("reads CPU %s as %d units", (json, units) => {
    expect(cpuUnits(valueOf(json))).toBe(units);
  });

  it.each([
    ["512", 512],
    ['"512"', 512],
    ['"2 GB"', 2048],
    ['"0.5GB"', 512],
  ])("reads memory %s as %d MiB", (json, mib) => {
    expect(memoryMiB(valueOf(json))).toBe(mib);
  });

  it.each(["256.5", "-256", '"256.5"', '"1 core"', '"${CPU}"', "true", "null"])("leaves %s to valid-schema", (json) => {
    expect(cpuUnits(valueOf(json))).toBeUndefined();
    expect(memoryMiB(valueOf(json))).toBeUndefined();
  });
});
