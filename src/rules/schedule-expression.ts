/**
 * schedule-expression: a malformed `at()`, `rate()` or `cron()` schedule in an
 * Application Auto Scaling scheduled action (`Schedule`), an EventBridge rule
 * (`ScheduleExpression`) or an EventBridge Scheduler schedule
 * (`ScheduleExpression`). AWS rejects them when the action, rule or schedule is
 * created. What each service accepts, with sources: src/facts/schedule-expressions.ts.
 *
 * Reports sit on the faulty part of the string (a cron field, the rate unit)
 * when the string is written without escapes on one line; otherwise on the
 * whole string.
 */
import { createRule, type ReportExtras } from "../create-rule.js";
import { awsCronFromCrontab, checkScheduleExpression, SCHEDULE_MESSAGES, type ScheduleDialect, type ScheduleProblem } from "../facts/schedule-expressions.js";
import { stringValue, type Edit, type Spanned, type StringValue, type Value } from "../values/index.js";

const MESSAGES = {
  ...SCHEDULE_MESSAGES,
  dayOfMonthAny: 'Set day-of-month to "?" and keep day-of-week "{{dow}}".',
  dayOfWeekAny: 'Set day-of-week to "?" and keep day-of-month "{{dom}}".',
  writeAwsCron: 'Write it as "{{expected}}", which fires at the same times.',
} as const;

type MessageId = keyof typeof MESSAGES;

export default createRule({
  name: "schedule-expression",
  meta: {
    type: "problem",
    docs: {
      description: "Require well-formed `at()`, `rate()` and `cron()` schedules in scheduled scaling actions, EventBridge rules and EventBridge Scheduler schedules.",
      level: "error",
      platforms: ["ecs"],
      covers: "— (no peer)",
    },
    messages: MESSAGES,
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    const check = (value: Value | undefined, dialect: ScheduleDialect): void => {
      const text = stringValue(value);
      // Placeholders (`${SCHEDULE}`), intrinsics and non-strings: nothing to judge here.
      if (text?.literal === undefined) return;
      const problems = checkScheduleExpression(text.literal, dialect);
      if (problems.length === 0) return;
      const offset = contentOffset(text, context.source);
      for (const problem of problems) {
        if (offset === undefined) {
          context.report(text, problem.messageId, problem.data);
          continue;
        }
        // A problem with no width of its own (an empty expression) is reported on the whole string: an editor shows no empty squiggle.
        const site = problem.start === problem.end ? text : text.at(span(text.node, offset + problem.start, offset + problem.end), text.parent);
        context.report(site, problem.messageId, problem.data, edits(problem, offset));
      }
    };
    return {
      "autoscaling-scheduled-action"(document) {
        if (document.forEcs) check(document.object.get("Schedule"), "autoscaling");
      },
      "eventbridge-rule"(document) {
        check(document.object.get("ScheduleExpression"), "eventbridge-rule");
      },
      "scheduler-schedule"(document) {
        check(document.object.get("ScheduleExpression"), "scheduler");
      },
    };
  },
});

/**
 * Where the string's text starts in the file, when each character of the value
 * is written as itself on one line: a YAML plain scalar, or a JSON or YAML
 * quoted string without escapes. Undefined otherwise (escapes, block scalars,
 * aliases, line breaks): then reports cover the whole string and nothing is fixed.
 */
function contentOffset(text: StringValue, source: string): number | undefined {
  const literal = text.literal;
  if (literal === undefined || /[\r\n\u2028\u2029]/.test(literal)) return undefined;
  const [start, end] = text.node.range;
  const raw = source.slice(start, end);
  if (raw === literal) return start;
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length === literal.length + 2 && raw.endsWith(quote) && raw.slice(1, -1) === literal) return start + 1;
  return undefined;
}

/** A part of a one-line node, from file offsets. */
function span(node: Spanned, start: number, end: number): Spanned {
  const line = node.loc.start.line;
  const column = node.loc.start.column - node.range[0];
  return { range: [start, end], loc: { start: { line, column: column + start }, end: { line, column: column + end } } };
}

/**
 * The certain fixes: a rate unit's number (EventBridge rules), and `?` for a
 * day field written `*` beside a set one; a choice between the two day fields
 * when both hold values; a crontab's five fields as the AWS expression that
 * fires at the same times, when there is one.
 */
function edits(problem: ScheduleProblem, offset: number): ReportExtras<MessageId> | undefined {
  const start = offset + problem.start;
  const end = offset + problem.end;
  const replace = (range: readonly [number, number], text: string): Edit => ({ range, text });
  switch (problem.messageId) {
    case "rateSingular":
    case "ratePlural":
      return { fix: replace([start, end], String(problem.data.expected)) };
    case "cronDayFields": {
      if (end - start === 1) return { fix: replace([start, end], "?") };
      const dom = String(problem.data.dom);
      const dow = String(problem.data.dow);
      return {
        suggest: [
          { messageId: "dayOfMonthAny", data: { dow }, fix: replace([start, start + dom.length], "?") },
          { messageId: "dayOfWeekAny", data: { dom }, fix: replace([end - dow.length, end], "?") },
        ],
      };
    }
    case "cronFiveFields": {
      // A suggestion, not a fix: the expression may have been meant for another scheduler than a crontab.
      const expected = awsCronFromCrontab(String(problem.data.value));
      return expected === undefined ? undefined : { suggest: [{ messageId: "writeAwsCron", data: { expected }, fix: replace([start, end], expected) }] };
    }
    default:
      return undefined;
  }
}
