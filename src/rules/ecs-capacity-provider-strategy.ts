/**
 * ecs-capacity-provider-strategy: capacity provider strategies ECS rejects, or
 * that cannot place a task.
 *
 * Checked wherever a strategy is written: services (create, update, describe),
 * run-task input, a cluster's `defaultCapacityProviderStrategy` (CreateCluster,
 * PutClusterCapacityProviders), and the `EcsParameters` of EventBridge targets
 * and Scheduler schedules. Reports `launchType` next to a non-empty strategy,
 * a `base` on more than one item, weights that are all zero, Fargate providers
 * mixed with others, a provider listed twice, and too many items. The facts and
 * their sources are in src/facts/ecs-capacity-provider-strategy.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { ecsParameters, FARGATE_CAPACITY_PROVIDERS } from "../documents/index.js";
import { MAX_STRATEGY_ITEMS, SUGGESTED_WEIGHT } from "../facts/ecs-capacity-provider-strategy.js";
import {
  literalString,
  numberValue,
  present,
  removeItem,
  removeMember,
  setMember,
  type ArrayValue,
  type Entry,
  type ObjectValue,
  type Value,
} from "../values/index.js";

type MessageIds =
  | "launchTypeWithStrategy"
  | "baseTwice"
  | "weightsZero"
  | "weightZero"
  | "mixed"
  | "duplicate"
  | "tooMany"
  | "removeLaunchType"
  | "removeStrategy"
  | "removeBase"
  | "setWeight"
  | "removeItem";

/** Where a strategy sits: its member, the object beside it, and the names that object spells. */
interface StrategySite {
  /** The object holding the strategy (and the launch type, where it has one). */
  readonly holder: ObjectValue;
  /** The member holding the strategy list. */
  readonly entry: Entry;
  readonly list: ArrayValue;
  /** The launch type member's API name, where the API has one beside the strategy. */
  readonly launchTypeName: string | undefined;
  readonly max: number;
}

export default createRule<MessageIds>({
  name: "ecs-capacity-provider-strategy",
  meta: {
    type: "problem",
    docs: {
      description: "Report capacity provider strategies that ECS rejects or that cannot place a task.",
      level: "error",
      platforms: ["ecs"],
      covers: "ECS API (CreateService, RunTask, PutClusterCapacityProviders)",
    },
    messages: {
      launchTypeWithStrategy: "{{launchType}} and a non-empty {{strategy}} exclude each other, and ECS rejects a request with both; remove one of them.",
      baseTwice: "Capacity provider {{provider}} sets {{base}} {{value}}, but {{first}} already sets one and only one provider in a strategy may have a base; keep the base on one provider.",
      weightsZero:
        "Every capacity provider in {{strategy}} has weight 0 (the default when {{weight}} is absent), so ECS places no task with it; give at least one provider a weight above 0.",
      weightZero:
        "Capacity provider {{provider}}, the only one in {{strategy}}, has weight 0 (the default when {{weight}} is absent), so ECS places no task with it; give it a weight above 0.",
      mixed:
        "Capacity provider {{provider}} is listed with {{other}}, but a strategy holds either Fargate providers or EC2 capacity providers, not both, and ECS rejects the mix; keep one kind.",
      duplicate: "Capacity provider {{provider}} is listed more than once in {{strategy}}; list each provider once, with one base and weight.",
      tooMany: "{{strategy}} lists {{count}} capacity providers, more than the {{max}} allowed; remove some.",
      removeLaunchType: "Remove {{launchType}} and keep the strategy.",
      removeStrategy: "Remove {{strategy}} and keep the launch type.",
      removeBase: "Remove the base of {{provider}}.",
      setWeight: "Set the weight of {{provider}} to {{weight}}.",
      removeItem: "Remove this {{provider}} item.",
    },
    hasSuggestions: true,
  },
  create(context) {
    const source = context.source;

    function check(site: StrategySite): void {
      const { holder, entry, list } = site;
      const strategy = entry.key;
      const items = list.items;
      if (items.length === 0) return;

      if (items.length > site.max) context.report(entry, "tooMany", { strategy, count: items.length, max: site.max });

      if (site.launchTypeName !== undefined) {
        const launchTypeEntry = holder.entry(site.launchTypeName);
        const launchType = present(holder.get(site.launchTypeName));
        if (launchType !== undefined && literalString(launchType) !== undefined) {
          const launchTypeKey = holder.keyName(site.launchTypeName);
          const suggest: Suggestion<MessageIds>[] = [];
          if (launchTypeEntry) {
            suggest.push({ messageId: "removeLaunchType", data: { launchType: launchTypeKey }, fix: removeMember(holder, launchTypeEntry, source) });
            suggest.push({ messageId: "removeStrategy", data: { strategy }, fix: removeMember(holder, entry, source) });
          }
          context.report(launchType, "launchTypeWithStrategy", { launchType: launchTypeKey, strategy }, { suggest });
        }
      }

      const objects = list.objects;
      const providers = objects.map((item) => literalString(item.get("capacityProvider")));
      /** How messages name an item: its provider in double quotes, else its position. */
      const label = (index: number): string => {
        const name = providers[index];
        return name === undefined ? `#${indexOf(list, objects[index]!) + 1}` : JSON.stringify(name);
      };

      // base: only one provider may set one (a base of 0 is the default, not a definition).
      let firstBase: number | undefined;
      objects.forEach((item, index) => {
        const base = item.get("base");
        const value = numberValue(base);
        if (base === undefined || value === undefined || value <= 0) return;
        if (firstBase === undefined) {
          firstBase = index;
          return;
        }
        const provider = label(index);
        const baseEntry = item.entry("base");
        const suggest = baseEntry ? [{ messageId: "removeBase" as const, data: { provider }, fix: removeMember(item, baseEntry, source) }] : [];
        context.report(base, "baseTwice", { provider, base: item.keyName("base"), value, first: label(firstBase) }, { suggest });
      });

      // weights: all zero (absent means 0), when every item names its provider (a misspelled item is valid-schema's) and every weight can be read.
      const wellFormed = objects.length === items.length && objects.every((item) => present(item.get("capacityProvider")) !== undefined);
      if (wellFormed && objects.every((item) => weightOf(item.get("weight")) === 0)) {
        const suggest: Suggestion<MessageIds>[] = objects.map((item, index) => ({
          messageId: "setWeight",
          data: { provider: label(index), weight: SUGGESTED_WEIGHT },
          fix: setMember(item, "weight", SUGGESTED_WEIGHT, source),
        }));
        const weight = objects[0]!.keyName("weight");
        if (objects.length === 1) context.report(entry, "weightZero", { provider: label(0), strategy, weight }, { suggest });
        else context.report(entry, "weightsZero", { strategy, weight }, { suggest });
      }

      // Fargate and other providers in one strategy.
      const firstKnown = providers.findIndex((name) => name !== undefined);
      if (firstKnown !== -1) {
        const fargate = FARGATE_CAPACITY_PROVIDERS.has(providers[firstKnown]!);
        const other = providers.findIndex((name) => name !== undefined && FARGATE_CAPACITY_PROVIDERS.has(name) !== fargate);
        if (other !== -1) {
          context.report(objects[other]!.get("capacityProvider")!, "mixed", { provider: label(other), other: label(firstKnown) });
        }
      }

      // The same provider twice.
      const seen = new Set<string>();
      objects.forEach((item, index) => {
        const name = providers[index];
        if (name === undefined) return;
        if (!seen.has(name)) {
          seen.add(name);
          return;
        }
        const provider = label(index);
        const suggest = [{ messageId: "removeItem" as const, data: { provider }, fix: removeItem(list, indexOf(list, item), source) }];
        context.report(item.get("capacityProvider")!, "duplicate", { provider, strategy }, { suggest });
      });
    }

    /** The strategy member of an object, when it is a list. */
    function siteOf(holder: ObjectValue, strategyName: string, launchTypeName: string | undefined, max: number): StrategySite | undefined {
      const entry = holder.entry(strategyName);
      if (entry === undefined || entry.value.kind !== "array") return undefined;
      return { holder, entry, list: entry.value, launchTypeName, max };
    }

    function checkEcsParameters(target: ObjectValue, max: number): void {
      const parameters = ecsParameters(target);
      if (parameters === undefined) return;
      const site = siteOf(parameters, "CapacityProviderStrategy", "LaunchType", max);
      if (site) check(site);
    }

    return {
      "ecs-service"(document) {
        // UpdateService has no launchType member (valid-schema's business if written).
        const site = siteOf(document.object, "capacityProviderStrategy", document.form === "update" ? undefined : "launchType", MAX_STRATEGY_ITEMS.ecs);
        if (site) check(site);
      },
      "ecs-run-task"(document) {
        if (document.form !== "run-task") return;
        const site = siteOf(document.object, "capacityProviderStrategy", "launchType", MAX_STRATEGY_ITEMS.ecs);
        if (site) check(site);
      },
      "ecs-cluster"(document) {
        if (document.output) return;
        const site = siteOf(document.object, "defaultCapacityProviderStrategy", undefined, MAX_STRATEGY_ITEMS.ecs);
        if (site) check(site);
      },
      "eventbridge-targets"(document) {
        for (const target of document.ecsTargets) checkEcsParameters(target, MAX_STRATEGY_ITEMS.eventbridge);
      },
      "scheduler-schedule"(document) {
        const target = document.target;
        if (target) checkEcsParameters(target, MAX_STRATEGY_ITEMS.scheduler);
      },
    };
  },
});

/** A weight as ECS reads it: absent or null is 0; undefined when it cannot be read. */
function weightOf(value: Value | undefined): number | undefined {
  const known = present(value);
  if (known === undefined) return 0;
  return numberValue(known);
}

/** The index of an object item in its list. */
function indexOf(list: ArrayValue, item: ObjectValue): number {
  return item.parent?.kind === "item" ? item.parent.index : list.items.indexOf(item);
}
