/**
 * ecr-lifecycle-policy: lifecycle policy rules that ECR rejects because of how
 * they combine — duplicate priorities, an `any` rule that is not last, a
 * `tagged` rule without a tag list, tag lists on `untagged`/`any` rules, both
 * tag lists in one rule, `countUnit` with `imageCountMoreThan` or missing with
 * a time-based count, two `untagged` rules, `countNumber` below 1, more than
 * four wildcards in a tag pattern. The shape (types, enums, unknown keys) is
 * `valid-schema`'s.
 *
 * Reads every form of the policy: the JSON document itself, the string in
 * put-lifecycle-policy input (`lifecyclePolicyText`) and in a CloudFormation
 * repository's `LifecyclePolicy.LifecyclePolicyText`; reports land inside the
 * string. A string that is not JSON is `valid-schema`'s; nothing is fixed
 * inside a string.
 * Facts and sources: src/facts/ecr-lifecycle-rules.ts.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { LIFECYCLE_TIME_COUNT_TYPES } from "../facts/ecr-enums.js";
import { DEFAULT_STORAGE_CLASS, IMAGE_COUNT_TYPE, MAX_PATTERN_WILDCARDS, MIN_COUNT_NUMBER, TAG_LISTS, TIME_COUNT_UNIT } from "../facts/ecr-lifecycle-rules.js";
import { arrayValue, isEmbedded, isMissing, literalString, objectItems, objectValue, present, removeMember, replaceValue, setMember, stringValue, type Entry, type NumberValue, type ObjectValue, type Value } from "../values/index.js";

type MessageId =
  | "duplicatePriority"
  | "anyNotLast"
  | "taggedWithoutList"
  | "listWithoutTagged"
  | "bothLists"
  | "countUnitWithImageCount"
  | "missingCountUnit"
  | "secondUntagged"
  | "countNumberTooSmall"
  | "tooManyWildcards"
  | "removeMember"
  | "setTagged"
  | "raisePriority";

/** What a rule's reports need: its label, priority, tag status, storage class. */
interface RuleFacts {
  readonly label: string;
  /** The integer priority as written, when known. */
  readonly priority: NumberValue | undefined;
  readonly selection: ObjectValue | undefined;
  readonly tagStatus: string | undefined;
  /** `standard` when absent; undefined when unknown. */
  readonly storageClass: string | undefined;
}

const TIME_COUNT_TYPES: ReadonlySet<string> = new Set(LIFECYCLE_TIME_COUNT_TYPES);

export default createRule<MessageId>({
  name: "ecr-lifecycle-policy",
  meta: {
    type: "problem",
    docs: {
      description: "Report ECR lifecycle policy rules that ECR rejects: duplicate priorities, the any rule not last, missing or misplaced tag lists, count settings that do not fit, and tag patterns with too many wildcards.",
      level: "error",
      platforms: ["ecr"],
      covers: "— (no peer; aws-cdk-lib validates some of it at synth time)",
    },
    messages: {
      duplicatePriority: "Rule {{rule}} has rulePriority {{priority}}, as does rule {{other}}; ECR requires a unique rulePriority for each rule: give one of them another number.",
      anyNotLast:
        'Rule {{rule}} selects every image (tagStatus "any") but its rulePriority {{priority}} is lower than rule {{other}}\'s {{otherPriority}}; ECR requires the "any" rule to have the highest rulePriority{{scope}}: give it a number above every other rule\'s.',
      taggedWithoutList:
        'Rule {{rule}} selects tagged images without a tagPrefixList or tagPatternList; ECR requires a non-empty one with tagStatus "tagged": list the tags to match (["*"] matches every tag).',
      listWithoutTagged: 'Rule {{rule}} has tagStatus "{{status}}" with a {{list}}; ECR takes tag lists only with tagStatus "tagged": remove the list, or select tagged images.',
      bothLists: 'Rule {{rule}} has both tagPrefixList and tagPatternList; ECR accepts only one of them per rule: keep one (the prefix "v" is the pattern "v*").',
      countUnitWithImageCount: 'Rule {{rule}} counts images (countType "imageCountMoreThan") but sets countUnit; ECR rejects countUnit with imageCountMoreThan: remove it.',
      missingCountUnit: 'Rule {{rule}} counts days (countType "{{countType}}") but has no countUnit; ECR requires "countUnit": "days" with this count type.',
      countNumberTooSmall: "Rule {{rule}} has countNumber {{value}}; ECR accepts only positive integers: use 1 or more.",
      tooManyWildcards: 'Rule {{rule}} has the tag pattern "{{pattern}}" with {{count}} "*" wildcards; ECR allows at most {{max}} per pattern: use fewer wildcards.',
      secondUntagged: 'Rule {{rule}} selects untagged images, as does rule {{other}}; ECR allows only one "untagged" rule{{scope}}: merge them into one rule.',
      removeMember: "Remove {{key}}.",
      setTagged: 'Set tagStatus to "tagged".',
      raisePriority: "Set rulePriority to {{priority}}.",
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    const source = context.source;

    /** The selection's tag list: absent (or null), empty, listed, or present but unknown. */
    function listState(selection: ObjectValue, name: string): "absent" | "empty" | "items" | "unknown" {
      const value = present(selection.getExact(name));
      if (value === undefined) return "absent";
      if (value.kind !== "array") return "unknown";
      return value.items.length === 0 ? "empty" : "items";
    }

    function checkRule(facts: RuleFacts): void {
      const { label, selection, tagStatus } = facts;
      if (!selection) return;
      const lists = TAG_LISTS.map((name) => ({ name, state: listState(selection, name), entry: selection.entryExact(name) }));
      const given = lists.filter((list) => list.state !== "absent");

      if (tagStatus === "tagged" && lists.every((list) => list.state === "absent" || list.state === "empty")) {
        context.report(selection.getExact("tagStatus")!, "taggedWithoutList", { rule: label });
      }
      if (tagStatus === "untagged" || tagStatus === "any") {
        for (const list of given) {
          if (!list.entry) continue; // supplied by a YAML merge: nowhere to point
          const suggest: Suggestion<MessageId>[] = [];
          if (!isEmbedded(list.entry)) {
            suggest.push({ messageId: "removeMember", data: { key: list.name }, fix: removeMember(selection, list.entry, source) });
            const status = selection.getExact("tagStatus")!;
            if (given.length === 1 && list.state === "items") suggest.push({ messageId: "setTagged", fix: replaceValue(status, "tagged", source) });
          }
          context.report(list.entry, "listWithoutTagged", { rule: label, status: tagStatus, list: list.name }, { suggest });
        }
      } else {
        // Both written out (a YAML merge that may supply one is not enough).
        const written = lists.map((list) => list.entry).filter((entry): entry is Entry => entry !== undefined && entry.value.kind !== "null");
        if (written.length === 2) context.report(written[0]!.keyNode.range[0] > written[1]!.keyNode.range[0] ? written[0]! : written[1]!, "bothLists", { rule: label });
      }

      const countNumber = selection.getExact("countNumber");
      if (countNumber?.kind === "number" && Number.isInteger(countNumber.value) && countNumber.value < MIN_COUNT_NUMBER) {
        context.report(countNumber, "countNumberTooSmall", { rule: label, value: countNumber.value });
      }
      for (const item of arrayValue(selection.getExact("tagPatternList"))?.items ?? []) {
        // Placeholders cannot take wildcards away: count the ones written.
        const count = [...(stringValue(item)?.holed ?? "")].filter((char) => char === "*").length;
        if (count > MAX_PATTERN_WILDCARDS) context.report(item, "tooManyWildcards", { rule: label, pattern: stringValue(item)!.value, count, max: MAX_PATTERN_WILDCARDS });
      }

      const countType = literalString(selection.getExact("countType"));
      if (countType === IMAGE_COUNT_TYPE) {
        const unit = selection.entryExact("countUnit");
        if (unit && unit.value.kind !== "null") {
          const suggest: Suggestion<MessageId>[] = isEmbedded(unit) ? [] : [{ messageId: "removeMember", data: { key: "countUnit" }, fix: removeMember(selection, unit, source) }];
          context.report(unit, "countUnitWithImageCount", { rule: label }, { suggest });
        }
      } else if (countType !== undefined && TIME_COUNT_TYPES.has(countType) && isMissing(selection.getExact("countUnit"))) {
        const fix = isEmbedded(selection) ? undefined : setMember(selection, "countUnit", TIME_COUNT_UNIT, source);
        context.reportMissing(selection, "missingCountUnit", { rule: label, countType }, fix ? { fix } : undefined);
      }
    }

    /** Duplicate priorities, the `any` rule last and one `untagged` rule per storage class. */
    function checkAcrossRules(all: readonly RuleFacts[]): void {
      const byPriority = new Map<number, RuleFacts>();
      for (const facts of all) {
        if (!facts.priority) continue;
        const first = byPriority.get(facts.priority.value);
        if (first) context.report(facts.priority, "duplicatePriority", { rule: facts.label, priority: facts.priority.value, other: first.label });
        else byPriority.set(facts.priority.value, facts);
      }
      const storageClasses = new Set(all.map((facts) => facts.storageClass));
      // Say "per storage class" only when the policy has rules for more than one.
      const scope = storageClasses.size > 1 ? " per storage class" : "";
      for (const facts of all) {
        if (facts.tagStatus !== "any" || !facts.priority || facts.storageClass === undefined) continue;
        const anyPriority = facts.priority.value;
        let highest: RuleFacts | undefined;
        for (const other of all) {
          if (other === facts || other.storageClass !== facts.storageClass || !other.priority) continue;
          if (other.priority.value > anyPriority && (!highest || other.priority.value > highest.priority!.value)) highest = other;
        }
        if (!highest) continue;
        const raised = highest.priority!.value + 1;
        const suggest: Suggestion<MessageId>[] = isEmbedded(facts.priority) ? [] : [{ messageId: "raisePriority", data: { priority: raised }, fix: replaceValue(facts.priority, raised, source) }];
        context.report(facts.priority, "anyNotLast", { rule: facts.label, priority: anyPriority, other: highest.label, otherPriority: highest.priority!.value, scope }, { suggest });
      }
      const untagged = new Map<string, RuleFacts>();
      for (const facts of all) {
        if (facts.tagStatus !== "untagged" || facts.storageClass === undefined || !facts.selection) continue;
        const first = untagged.get(facts.storageClass);
        if (first) context.report(facts.selection.getExact("tagStatus")!, "secondUntagged", { rule: facts.label, other: first.label, scope });
        else untagged.set(facts.storageClass, facts);
      }
    }

    return {
      "ecr-lifecycle-policy"(document) {
        const policy = document.policy;
        // Not JSON (valid-schema reports it) or not knowable (a placeholder, an intrinsic): nothing to say.
        if (policy.status !== "object") return;
        const all = objectItems(policy.policy.getExact("rules")).map((rule, index) => ruleFacts(rule, index));
        for (const facts of all) checkRule(facts);
        checkAcrossRules(all);
      },
    };
  },
});

function ruleFacts(rule: ObjectValue, index: number): RuleFacts {
  const priorityValue = rule.getExact("rulePriority");
  const priority = priorityValue?.kind === "number" && Number.isInteger(priorityValue.value) ? priorityValue : undefined;
  const selection = objectValue(rule.getExact("selection"));
  return {
    label: `#${index + 1}`,
    priority,
    selection,
    tagStatus: literalString(selection?.getExact("tagStatus")),
    storageClass: selection ? storageClassOf(selection.getExact("storageClass")) : undefined,
  };
}

function storageClassOf(value: Value | undefined): string | undefined {
  if (isMissing(value)) return DEFAULT_STORAGE_CLASS;
  return literalString(value);
}
