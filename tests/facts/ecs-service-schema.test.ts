/**
 * The service, cluster, capacity provider and task shapes in
 * `src/facts/ecs-service-schema.ts` agree with `@aws-sdk/client-ecs` (a
 * devDependency kept at the newest version): the same members at every depth,
 * the same types and the same required members. A member AWS adds fails this
 * test (with a diff naming its path) instead of becoming a false "unknown key"
 * report from `valid-schema`. The decoding and comparing is in
 * `tests/support/sdk-shapes.ts`.
 */
import * as ecs from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import {
  CAPACITY_PROVIDER,
  CLUSTER,
  CREATE_CAPACITY_PROVIDER,
  CREATE_CLUSTER,
  CREATE_SERVICE,
  PUT_CLUSTER_CAPACITY_PROVIDERS,
  RUN_TASK,
  SERVICE,
  TASK_OVERRIDE,
  UPDATE_SERVICE,
} from "../../src/facts/ecs-service-schema.js";
import type { StructSchema } from "../../src/facts/schema.js";
import { compareWithSdk, fromSdk } from "../support/sdk-shapes.js";

const sdk = ecs as unknown as Record<string, unknown>;

/** Each table and the SDK shape it describes. */
const TABLES: ReadonlyArray<readonly [string, StructSchema]> = [
  ["CreateServiceRequest", CREATE_SERVICE],
  ["UpdateServiceRequest", UPDATE_SERVICE],
  ["Service", SERVICE],
  ["CreateClusterRequest", CREATE_CLUSTER],
  ["Cluster", CLUSTER],
  ["PutClusterCapacityProvidersRequest", PUT_CLUSTER_CAPACITY_PROVIDERS],
  ["CreateCapacityProviderRequest", CREATE_CAPACITY_PROVIDER],
  ["CapacityProvider", CAPACITY_PROVIDER],
  ["RunTaskRequest", RUN_TASK],
  ["TaskOverride", TASK_OVERRIDE],
];

describe("ECS service, cluster, capacity provider and task shapes match @aws-sdk/client-ecs", () => {
  it.each(TABLES)("%s: the table names its SDK shape", (name, table) => {
    expect(table.name).toBe(name);
    const shape = fromSdk(sdk[`${name}$`]);
    expect(shape.kind).toBe("struct");
  });

  it.each(TABLES)("%s: the same members, types and required members at every depth", (name, table) => {
    expect(compareWithSdk(sdk[`${name}$`], table, name)).toEqual([]);
  });
});
