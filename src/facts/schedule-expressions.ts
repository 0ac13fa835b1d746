/**
 * AWS schedule expressions: `at(...)`, `rate(...)` and `cron(...)`, as taken by
 * EventBridge rules (`PutRule.ScheduleExpression`), EventBridge Scheduler
 * (`CreateSchedule.ScheduleExpression`) and Application Auto Scaling
 * (`PutScheduledAction.Schedule`). A pure checker: text in, problems with
 * offsets out, so a rule can point at the faulty field.
 *
 * Sources (reference/aws-facts.md §6, §8.1, §8.2, §12 item 12):
 * - Cron fields, values and wildcards, the day-field rule, the single `#`:
 *   "Cron expressions reference" https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html
 *   (also https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html ).
 *   Application Auto Scaling refers to that same page for its cron syntax:
 *   https://docs.aws.amazon.com/autoscaling/application/userguide/scheduled-scaling-using-cron-expressions.html
 *   ("[Minutes] [Hours] [Day_of_Month] [Month] [Day_of_Week] [Year]"); Scheduler's API text says
 *   "six fields separated by white spaces: (minutes hours day_of_month month day_of_week year)"
 *   https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html ,
 *   user guide https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html .
 * - Rate: "rate(value unit)", unit "minute | minutes | hour | hours | day | days"; for EventBridge
 *   rules only, "If the value is equal to 1, then the unit must be singular. If the value is greater
 *   than 1, the unit must be plural. For example, rate(1 hours) and rate(5 hour) aren't valid"
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html (Limitations).
 *   Scheduler and Application Auto Scaling state no such agreement rule (API texts: "value as a
 *   positive integer" and the same six units), so it is not reported for them.
 * - At: "at(yyyy-mm-ddThh:mm:ss)" for Scheduler (API_CreateSchedule) and Application Auto Scaling
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScheduledAction.html ;
 *   EventBridge rules take "cron(...)" or "rate(...)" only (eb-scheduled-rule-pattern.html; cfn-lint
 *   E3027 `RuleScheduleExpression.py`: "Value has to be either cron() or rate()").
 *
 * What is reported is what the AWS pages state AND what a Quartz-style parser (the syntax AWS cron
 * follows) rejects. Forms the pages do not list but AWS is known to accept are left alone:
 * `LW`, `L-3` (day-of-month), `5L`, `L-2` (day-of-week), mixed-case names, leading zeros, steps in
 * lists — reported accepted by AWS in grumBit/aws_cron_expression_validator issues #12, #13, #18
 * (and serverless/serverless-local-schedule#12 for `LW`). Also left alone, being undocumented either
 * way: `/` in day-of-week (listed on some translations of the page, e.g. the German one), reversed
 * ranges (Quartz wraps them: `FRI-MON`), both day fields `?`, and increments larger than the field.
 * "Cron expressions that lead to rates faster than 1 minute are not supported" cannot be broken with
 * six fields whose finest unit is the minute.
 */

/** The three places AWS takes a schedule expression. */
export type ScheduleDialect = "eventbridge-rule" | "scheduler" | "autoscaling";

/**
 * Message templates, one sentence each: the problem, then `;` and what to do.
 * Values from the expression are in double quotes.
 */
export const SCHEDULE_MESSAGES = {
  unknownForm:
    'Schedule expression "{{value}}" is not an at(), rate() or cron() expression; write at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(minutes hours day-of-month month day-of-week year).',
  unknownFormRule:
    'Schedule expression "{{value}}" is not a rate() or cron() expression; write rate(value unit) or cron(minutes hours day-of-month month day-of-week year).',
  bareCron:
    'Schedule expression "{{value}}" is cron fields without the cron() wrapper; write cron(minutes hours day-of-month month day-of-week year) with six fields.',
  unclosed: 'Schedule expression "{{value}}" has no closing parenthesis; end it with ")".',
  atNotSupported:
    'EventBridge rules do not accept the one-time expression "{{value}}"; use rate() or cron(), or an EventBridge Scheduler schedule for a single run.',
  atFormat: 'Timestamp "{{value}}" is not of the form yyyy-mm-ddThh:mm:ss; write it like at(2026-12-31T23:59:00).',
  atDate: 'Date "{{value}}" is not a real calendar date; use an existing day of the month, with months 01 to 12.',
  atTime: 'Time "{{value}}" is not a valid time of day; use hours 00 to 23 and minutes and seconds 00 to 59.',
  rateShape: 'Rate expression "{{value}}" must be a value and a unit; write it like rate(5 minutes).',
  rateValue: 'Rate value "{{value}}" is not a positive whole number; use a whole number of 1 or more.',
  rateUnit: 'Rate unit "{{unit}}" is not supported; use minute, hour or day (minutes, hours or days for values above 1).',
  rateSingular: 'Rate unit "{{unit}}" must be singular for a value of 1 in an EventBridge rule; write "{{expected}}".',
  ratePlural: 'Rate unit "{{unit}}" must be plural for a value of {{value}} in an EventBridge rule; write "{{expected}}".',
  cronFiveFields:
    'Cron expression "{{value}}" has 5 fields like a Unix crontab, but AWS cron needs 6 (minutes hours day-of-month month day-of-week year); add a year such as "*" and put "?" in one of the day fields.',
  cronFieldCount:
    'Cron expression "{{value}}" has {{count}} fields; AWS cron needs exactly 6: minutes, hours, day-of-month, month, day-of-week and year.',
  cronRange: 'Value "{{value}}" is out of range for the {{field}} field; use {{range}}.',
  cronName: 'Value "{{value}}" is not valid in the {{field}} field; use {{range}}.',
  cronWildcard: 'The {{field}} field does not accept "{{wildcard}}"; it takes {{range}} and the wildcards {{allowed}}.',
  cronSyntax: 'Part "{{value}}" of the {{field}} field is not a value, a range a-b, a step a/b or a list a,b; fix its syntax.',
  cronStep: 'Increment "{{value}}" after "/" in the {{field}} field is not a positive whole number; write a step such as 0/15.',
  cronHashWeek: 'Week "{{value}}" after "#" is out of range; use 1 to 5 (for example 2#1 for the first Monday).',
  cronHashCount: 'Day-of-week "{{value}}" has more than one "#" expression, which AWS rejects; keep one, or use one schedule per expression.',
  cronDayFields:
    'Day-of-month "{{dom}}" and day-of-week "{{dow}}" are both set; AWS cron needs "?" in one of them, such as cron(0 10 * * ? *).',
} as const;

export type ScheduleMessageId = keyof typeof SCHEDULE_MESSAGES;

export interface ScheduleProblem {
  readonly messageId: ScheduleMessageId;
  readonly data: Record<string, string | number>;
  /** Offset in the checked text where the faulty part starts. */
  readonly start: number;
  /** Offset in the checked text just after the faulty part. */
  readonly end: number;
}

/** How one cron field is shaped (eb-cron-expressions.html, table "Field | Values | Wildcards"). */
interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names accepted for values (JAN-DEC, SUN-SAT), in order from `min`. */
  readonly names?: readonly string[];
  /** The wildcards the documentation lists, for messages. */
  readonly allowed: string;
  /** For messages: the values it takes. */
  readonly range: string;
  readonly question: boolean;
  readonly last: boolean;
  readonly weekday: boolean;
  readonly hash: boolean;
}

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;

/** The six fields, in order. */
export const CRON_FIELDS: readonly CronField[] = [
  { name: "minutes", min: 0, max: 59, allowed: ", - * /", range: "0 to 59", question: false, last: false, weekday: false, hash: false },
  { name: "hours", min: 0, max: 23, allowed: ", - * /", range: "0 to 23", question: false, last: false, weekday: false, hash: false },
  { name: "day-of-month", min: 1, max: 31, allowed: ", - * ? / L W", range: "1 to 31", question: true, last: true, weekday: true, hash: false },
  { name: "month", min: 1, max: 12, names: MONTH_NAMES, allowed: ", - * /", range: "1 to 12 or JAN to DEC", question: false, last: false, weekday: false, hash: false },
  { name: "day-of-week", min: 1, max: 7, names: DAY_NAMES, allowed: ", - * ? L #", range: "1 to 7 or SUN to SAT", question: true, last: true, weekday: false, hash: true },
  { name: "year", min: 1970, max: 2199, allowed: ", - * /", range: "1970 to 2199", question: false, last: false, weekday: false, hash: false },
];

/** The rate units, singular to plural (eb-rate-expressions.html; API_PutScheduledAction; API_CreateSchedule). */
export const RATE_UNITS: Readonly<Record<string, string>> = { minute: "minutes", hour: "hours", day: "days" };

const FORM = /^(at|rate|cron)\(/;

/** Checks a schedule expression; answers the problems found, none when it is valid. */
export function checkScheduleExpression(text: string, dialect: ScheduleDialect): ScheduleProblem[] {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const end = lead + trimmed.length;
  const whole = (messageId: ScheduleMessageId, data: Record<string, string | number> = { value: trimmed }): ScheduleProblem[] => [
    { messageId, data, start: lead, end },
  ];
  const form = FORM.exec(trimmed);
  if (!form) {
    if (looksLikeBareCron(trimmed)) return whole("bareCron");
    return whole(dialect === "eventbridge-rule" ? "unknownFormRule" : "unknownForm");
  }
  if (!trimmed.endsWith(")")) return whole("unclosed");
  const keyword = form[1] as "at" | "rate" | "cron";
  const innerStart = lead + keyword.length + 1;
  const inner = text.slice(innerStart, end - 1);
  // "cron()", "rate()", "at()": nothing inside to point at, so the whole expression.
  if (inner.trim() === "") {
    if (keyword === "at") return whole(dialect === "eventbridge-rule" ? "atNotSupported" : "atFormat");
    return keyword === "rate" ? whole("rateShape") : whole("cronFieldCount", { value: trimmed, count: 0 });
  }
  if (keyword === "at") {
    if (dialect === "eventbridge-rule") return whole("atNotSupported");
    return checkAt(inner, innerStart);
  }
  if (keyword === "rate") return checkRate(inner, innerStart, dialect);
  return checkCron(inner, innerStart);
}

/** Five to seven fields of cron characters and nothing else: cron fields someone forgot to wrap. */
function looksLikeBareCron(text: string): boolean {
  const fields = text.split(/\s+/);
  if (fields.length < 5 || fields.length > 7 || !fields.every((field) => /^[\dA-Za-z*?,\-/#]+$/.test(field))) return false;
  return fields.filter((field) => /^[\d*?,\-/#]+$/.test(field)).length >= 3;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Splits on white space (as `/\S+/g` does), with the offset of each piece. */
function tokens(text: string, offset: number): Token[] {
  const found: Token[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isSpace(text, index)) index++;
    if (index === text.length) break;
    const start = index;
    while (index < text.length && !isSpace(text, index)) index++;
    found.push({ text: text.slice(start, index), start: offset + start, end: offset + index });
  }
  return found;
}

const SPACE = /\s/;

/** Whether the character at `index` is white space for `\s`; ASCII is decided without the regex. */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[index]!);
}

function problem(messageId: ScheduleMessageId, data: Record<string, string | number>, at: { start: number; end: number }): ScheduleProblem {
  return { messageId, data, start: at.start, end: at.end };
}

// ---------------------------------------------------------------- at()

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

function checkAt(inner: string, offset: number): ScheduleProblem[] {
  const lead = inner.length - inner.trimStart().length;
  const stamp = inner.trim();
  const start = offset + lead;
  const match = TIMESTAMP.exec(stamp);
  if (!match) return [problem("atFormat", { value: stamp }, { start, end: start + stamp.length })];
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const problems: ScheduleProblem[] = [];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    problems.push(problem("atDate", { value: stamp.slice(0, 10) }, { start, end: start + 10 }));
  }
  if (hour > 23 || minute > 59 || second > 59) {
    problems.push(problem("atTime", { value: stamp.slice(11) }, { start: start + 11, end: start + 19 }));
  }
  return problems;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---------------------------------------------------------------- rate()

function checkRate(inner: string, offset: number, dialect: ScheduleDialect): ScheduleProblem[] {
  const parts = tokens(inner, offset);
  if (parts.length !== 2) {
    const trimmed = inner.trim();
    const start = offset + (inner.length - inner.trimStart().length);
    return [problem("rateShape", { value: trimmed }, { start, end: start + trimmed.length })];
  }
  const [value, unit] = parts as [Token, Token];
  const problems: ScheduleProblem[] = [];
  const number = /^\d+$/.test(value.text) ? Number(value.text) : undefined;
  if (number === undefined || number < 1) problems.push(problem("rateValue", { value: value.text }, value));
  const singular = unitSingular(unit.text);
  if (singular === undefined) {
    // An upper-case unit ("Minutes") is not documented either way: left alone.
    if (unitSingular(unit.text.toLowerCase()) === undefined) problems.push(problem("rateUnit", { unit: unit.text }, unit));
    return problems;
  }
  if (dialect === "eventbridge-rule" && number !== undefined && number >= 1) {
    const plural = unit.text !== singular;
    if (number === 1 && plural) problems.push(problem("rateSingular", { unit: unit.text, expected: singular }, unit));
    if (number > 1 && !plural) problems.push(problem("ratePlural", { unit: unit.text, value: value.text, expected: RATE_UNITS[singular] ?? singular }, unit));
  }
  return problems;
}

const RATE_UNIT_PAIRS = Object.entries(RATE_UNITS);

/** `minute` for "minute" and "minutes", undefined for anything else. */
function unitSingular(unit: string): string | undefined {
  for (const [singular, plural] of RATE_UNIT_PAIRS) if (unit === singular || unit === plural) return singular;
  return undefined;
}

// ---------------------------------------------------------------- cron()

function checkCron(inner: string, offset: number): ScheduleProblem[] {
  const fields = tokens(inner, offset);
  if (fields.length !== 6) {
    const trimmed = inner.trim();
    const start = offset + (inner.length - inner.trimStart().length);
    const at = { start, end: start + trimmed.length };
    if (fields.length === 5) return [problem("cronFiveFields", { value: trimmed }, at)];
    return [problem("cronFieldCount", { value: trimmed, count: fields.length }, at)];
  }
  const problems: ScheduleProblem[] = [];
  fields.forEach((field, index) => problems.push(...checkField(field, CRON_FIELDS[index] as CronField)));
  const dom = fields[2] as Token;
  const dow = fields[4] as Token;
  // "If you specify a value or a * (asterisk) in one of the fields, you must use a ? (question mark) in the other."
  if (dom.text !== "?" && dow.text !== "?") {
    const at = dom.text === "*" && dow.text !== "*" ? dom : dow.text === "*" ? dow : { start: dom.start, end: dow.end };
    problems.push(problem("cronDayFields", { dom: dom.text, dow: dow.text }, at));
  }
  return problems;
}

function checkField(field: Token, spec: CronField): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const items = field.text.split(",");
  // "1,,2", "5,": an empty list item.
  if (items.includes("")) return [problem("cronSyntax", { value: field.text, field: spec.name }, field)];
  let hashes = 0;
  let position = field.start;
  for (const item of items) {
    const token: Token = { text: item, start: position, end: position + item.length };
    position = token.end + 1;
    if (item.includes("#")) hashes++;
    problems.push(...checkItem(token, spec));
  }
  // "If you use a '#' character, you can define only one expression in the day-of-week field."
  if (spec.hash && hashes > 1) problems.push(problem("cronHashCount", { value: field.text }, field));
  return problems;
}

/** A character a wildcard or a name is made of (items are upper-cased first). */
const WILDCARD_CHARACTER = /[A-Z?#]/;

/** Whether an item still holds a wildcard (`?`, `#`, or `L`/`W`/`LW` standing alone, not inside a name). */
function hasWildcard(text: string): boolean {
  // Most items are numbers, steps and ranges: no letter, `?` or `#`.
  if (!WILDCARD_CHARACTER.test(text)) return false;
  return /[?#]/.test(text) || [...text.matchAll(/[A-Z]+/g)].some((run) => /^(?:L|W|LW)$/.test(run[0]));
}

/** The item is not a value, a range, a step or a list. */
function syntaxProblem(item: Token, field: string): ScheduleProblem[] {
  return [problem("cronSyntax", { value: item.text, field }, item)];
}

function checkItem(item: Token, spec: CronField): ScheduleProblem[] {
  const field = spec.name;
  // Names and wildcards are case-insensitive (Quartz upper-cases the expression; mixed-case names
  // are accepted by AWS: grumBit/aws_cron_expression_validator#18). ASCII only, so offsets hold.
  const text = /[a-z]/.test(item.text) ? item.text.replace(/[a-z]/g, (letter) => letter.toUpperCase()) : item.text;
  if (text === "") return syntaxProblem(item, field);
  const wildcard = disallowedWildcard(text, spec);
  if (wildcard !== undefined) {
    const at = item.start + wildcard.index;
    return [problem("cronWildcard", { field, wildcard: wildcard.char, range: spec.range, allowed: spec.allowed }, { start: at, end: at + 1 })];
  }
  if (text === "*" || text === "?") return [];
  // `L` (last day), `L-3` (third-to-last day); in day-of-week `L` alone is the last day of the week.
  if (spec.last && /^L(?:-\d+)?$/.test(text)) return [];
  if (spec.weekday && text === "LW") return [];
  // `15W`: the weekday nearest the 15th.
  if (spec.weekday && text.length > 1 && text.endsWith("W")) return checkValue(sub(item, 0, item.text.length - 1), spec);
  // `2#1`: the first Monday of the month.
  if (spec.hash && text.includes("#")) {
    const hash = text.indexOf("#");
    const week = sub(item, hash + 1, item.text.length);
    if (hash === 0 || !/^\d+$/.test(week.text)) return syntaxProblem(item, field);
    const day = checkValue(sub(item, 0, hash), spec);
    if (day.length) return day;
    const number = Number(week.text);
    return number >= 1 && number <= 5 ? [] : [problem("cronHashWeek", { value: week.text }, week)];
  }
  // `6L`, `FRIL`: the last Friday of the month.
  if (spec.hash && text.length > 1 && text.endsWith("L")) return checkValue(sub(item, 0, item.text.length - 1), spec);
  if (hasWildcard(text)) return syntaxProblem(item, field);
  // value, a-b, */n, a/n, a-b/n
  const slash = text.indexOf("/");
  const problems: ScheduleProblem[] = [];
  if (slash >= 0) {
    const step = sub(item, slash + 1, item.text.length);
    if (step.text === "" || step.text.includes("/")) return syntaxProblem(item, field);
    if (!/^\d+$/.test(step.text) || Number(step.text) < 1) problems.push(problem("cronStep", { value: step.text, field }, step));
  }
  const base = slash < 0 ? item : sub(item, 0, slash);
  if (base.text === "*") return problems;
  const dash = base.text.indexOf("-");
  if (dash < 0) return [...checkValue(base, spec), ...problems];
  const from = sub(base, 0, dash);
  const to = sub(base, dash + 1, base.text.length);
  if (from.text === "" || to.text === "") return syntaxProblem(item, field);
  // `*-5`, `5-*`: not documented, but treated as valid by grumBit/aws_cron_expression_validator: left alone.
  if (from.text === "*" || to.text === "*") return problems;
  return [...checkValue(from, spec), ...checkValue(to, spec), ...problems];
}

/**
 * The first wildcard (`? L W #`) of an item that the field does not take, with
 * its offset. Letter runs longer than a wildcard (`JUL`, `WED`, `FRIL`, `JULY`)
 * are names, checked as values.
 */
function disallowedWildcard(text: string, spec: CronField): { char: string; index: number } | undefined {
  if (!WILDCARD_CHARACTER.test(text)) return undefined;
  for (const match of text.matchAll(/[A-Z]+|[?#]/g)) {
    const run = match[0];
    if (run.length > 1 && run !== "LW") continue;
    for (let offset = 0; offset < run.length; offset++) {
      const char = run[offset] as string;
      const allowed = (char === "?" && spec.question) || (char === "L" && spec.last) || (char === "W" && spec.weekday) || (char === "#" && spec.hash);
      if (!allowed && "?LW#".includes(char)) return { char, index: match.index + offset };
    }
  }
  return undefined;
}

function sub(token: Token, from: number, to: number): Token {
  return { text: token.text.slice(from, to), start: token.start + from, end: token.start + to };
}

/** One value: a number in range, or a name where the field takes names. */
function checkValue(value: Token, spec: CronField): ScheduleProblem[] {
  const field = spec.name;
  if (/^\d+$/.test(value.text)) {
    const number = Number(value.text);
    return number >= spec.min && number <= spec.max ? [] : [problem("cronRange", { value: value.text, field, range: spec.range }, value)];
  }
  if (spec.names?.includes(value.text.toUpperCase())) return [];
  if (/^[A-Z]+$/i.test(value.text)) return [problem("cronName", { value: value.text, field, range: spec.range }, value)];
  return [problem("cronSyntax", { value: value.text, field }, value)];
}

/**
 * A Unix crontab's five fields (`0 2 * * *`) as the AWS cron expression that
 * fires at the same times, when there is one: a year of `*` added, and `?` for
 * the day field that is `*`. None when both day fields are set (a crontab fires
 * when either matches; AWS takes one) or when the day of the week is written in
 * numbers (a crontab counts Sunday as 0 or 7, AWS as 1). Minutes, hours, days of
 * the month and months are numbered alike in both (crontab(5); the field table above).
 */
export function awsCronFromCrontab(crontab: string): string | undefined {
  const fields = crontab.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  if (dayOfWeek === "*") return `${minutes} ${hours} ${dayOfMonth} ${month} ? *`;
  if (dayOfMonth === "*" && /^[A-Za-z]{3}(?:[-,][A-Za-z]{3})*$/.test(dayOfWeek)) return `${minutes} ${hours} ? ${month} ${dayOfWeek} *`;
  return undefined;
}
