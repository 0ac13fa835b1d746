/**
 * apprunner-auto-scaling: App Runner auto scaling configurations
 * (CreateAutoScalingConfiguration input, `AWS::AppRunner::AutoScalingConfiguration`)
 * that App Runner refuses:
 *
 * - `MinSize` above `MaxSize` (written both; an absent one is its default, 1
 *   or 25, which never conflicts with a value in range);
 * - `MaxConcurrency` outside 1–200, `MinSize` outside 1–25, `MaxSize` below 1
 *   (API-AR `ASConfigMaxConcurrency`, `ASConfigMinSize`, `ASConfigMaxSize`;
 *   src/facts/apprunner.ts `AUTO_SCALING_RANGES`) — in CloudFormation
 *   templates. In API input the model's ranges are valid-schema's (one report
 *   for one mistake); CloudFormation's resource schema carries no range (plain
 *   `integer`s: cfn-lint's copy of the registry schema,
 *   `src/cfnlint/data/schemas/providers/us_east_1/aws-apprunner-autoscalingconfiguration.json`),
 *   so there a template passes every check until App Runner refuses it at deploy time.
 *
 * Numbers only (CloudFormation also converts numeric strings); other values are
 * valid-schema's, and unknown values (intrinsics, placeholders) are not judged.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import type { AppRunnerAutoScalingDocument } from "../documents/index.js";
import { AUTO_SCALING_RANGES } from "../facts/apprunner.js";
import { numberValue, replaceValue, type Value } from "../values/index.js";

type MessageIds = "outOfRange" | "minAboveMax" | "setValue";
type Member = keyof typeof AUTO_SCALING_RANGES;

const MEMBERS: readonly Member[] = ["MaxConcurrency", "MinSize", "MaxSize"];

export default createRule<MessageIds>({
  name: "apprunner-auto-scaling",
  meta: {
    type: "problem",
    docs: {
      description: "Require App Runner auto scaling configurations whose `MinSize` is at most `MaxSize` and whose sizes and concurrency are in range.",
      level: "error",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      outOfRange: "{{config}} has {{key}} {{value}}, but App Runner accepts {{range}} ({{meaning}}).",
      minAboveMax: "{{config}} has {{minKey}} {{min}} above {{maxKey}} {{max}}, which App Runner refuses; lower {{minKey}} or raise {{maxKey}}.",
      setValue: "Set {{key}} to {{value}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    /** A member written as a number (or, in CloudFormation, a numeric string), with the value. */
    function read(document: AppRunnerAutoScalingDocument, member: Member): { value: Value; number: number } | undefined {
      const value = document.object.get(member);
      const number = numberValue(value);
      return value === undefined || number === undefined || !Number.isInteger(number) ? undefined : { value, number };
    }

    function set(document: AppRunnerAutoScalingDocument, member: Member, written: Value, number: number): Suggestion<MessageIds> {
      // A CloudFormation numeric string stays a string.
      const replacement = written.kind === "string" ? String(number) : number;
      return { messageId: "setValue", data: { key: document.object.keyName(member), value: String(number) }, fix: replaceValue(written, replacement, context.source) };
    }

    return {
      "apprunner-auto-scaling-configuration"(document) {
        const values = new Map<Member, { value: Value; number: number }>();
        /** MinSize or MaxSize out of range: their order is then not judged (one report for one mistake). */
        let sizeOutOfRange = false;
        for (const member of MEMBERS) {
          const found = read(document, member);
          if (found === undefined) continue;
          values.set(member, found);
          const range: { min: number; max?: number } = AUTO_SCALING_RANGES[member];
          if (found.number >= range.min && (range.max === undefined || found.number <= range.max)) continue;
          if (member !== "MaxConcurrency") sizeOutOfRange = true;
          // The API input's ranges are valid-schema's.
          if (document.object.style !== "cloudformation") continue;
          const clamped = found.number < range.min ? range.min : range.max!;
          context.report(
            found.value,
            "outOfRange",
            { config: document.label, key: document.object.keyName(member), value: found.number, range: range.max === undefined ? `at least ${range.min}` : `${range.min} to ${range.max}`, meaning: MEANINGS[member] },
            { suggest: [set(document, member, found.value, clamped)] },
          );
        }
        const min = values.get("MinSize");
        const max = values.get("MaxSize");
        if (sizeOutOfRange || min === undefined || max === undefined || min.number <= max.number) return;
        const keys = { minKey: document.object.keyName("MinSize"), maxKey: document.object.keyName("MaxSize") };
        context.report(min.value, "minAboveMax", { config: document.label, ...keys, min: min.number, max: max.number }, {
          suggest: [set(document, "MinSize", min.value, max.number), set(document, "MaxSize", max.value, min.number)],
        });
      },
    };
  },
});

/** What each member sets, for messages. Source: API-AR `CreateAutoScalingConfiguration`. */
const MEANINGS: Readonly<Record<Member, string>> = {
  MaxConcurrency: "the concurrent requests an instance handles before App Runner scales up",
  MinSize: "the instances App Runner keeps provisioned",
  MaxSize: "the most instances App Runner runs",
};
