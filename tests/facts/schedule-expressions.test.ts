import { describe, expect, it } from "vitest";
import { awsCronFromCrontab, checkScheduleExpression, SCHEDULE_MESSAGES, type ScheduleDialect, type ScheduleMessageId } from "../../src/facts/schedule-expressions.js";

const DIALECTS: readonly ScheduleDialect[] = ["eventbridge-rule", "scheduler", "autoscaling"];

/** An expected problem: message, the faulty text (to read the case), its offsets, and data when it matters. */
type Expected = [messageId: ScheduleMessageId, part: string, start: number, end: number, data?: Record<string, string | number>];

function check(text: string, dialect: ScheduleDialect, expected: readonly Expected[]): void {
  const problems = checkScheduleExpression(text, dialect);
  expect(problems.map((found) => [found.messageId, text.slice(found.start, found.end), found.start, found.end])).toEqual(
    expected.map(([messageId, part, start, end]) => [messageId, part, start, end]),
  );
  expected.forEach(([, , , , data], index) => {
    if (data) expect(problems[index]?.data).toEqual(data);
  });
}

describe("valid expressions", () => {
  // AWS documentation examples: eb-cron-expressions.html, eb-rate-expressions.html,
  // scheduled-scaling-using-cron-expressions.html, scheduler schedule-types.html.
  const everywhere = [
    "cron(0 10 * * ? *)",
    "cron(15 12 * * ? *)",
    "cron(0 18 ? * MON-FRI *)",
    "cron(0 8 1 * ? *)",
    "cron(0/15 * * * ? *)",
    "cron(0/10 * ? * MON-FRI *)",
    "cron(0/5 8-17 ? * MON-FRI *)",
    "cron(0 9 ? * 2#1 *)",
    "cron(0 0 L * ? *)",
    "cron(0 12 ? * 6L *)",
    "cron(30 6 ? * MON *)",
    "cron(0 0 1 1 ? *)",
    "cron(1/10 * * * ? *)",
    "cron(0 10 7 * ? *)",
    "cron(0 21 3W * ? *)",
    "cron(0 9 ? * 3#2 *)",
    "cron(0 0 1 JAN,FEB,MAR ? *)",
    "cron(0 0 1-15 * ? *)",
    "cron(0 10 ? * * *)",
    "cron(* * * * ? *)",
    "cron(0 12 ? * SUN,SAT 2026-2030)",
    "cron(0 0 1 1 ? 1970)",
    "cron(59 23 31 12 ? 2199)",
    // Forms AWS accepts beyond the documented table (see the module's sources).
    "cron(0 21 LW * ? *)",
    "cron(0 21 L-3 * ? *)",
    "cron(0 2 ? * FRIL *)",
    "cron(0 2 ? * L *)",
    "cron(0 2 ? * L-2 *)",
    "cron(0 2 ? jan,Feb mon *)",
    "cron(05 08 01 01 ? *)",
    "cron(0/15,50 * * * ? *)",
    "cron(*/5 * * * ? *)",
    "cron(0 8-17/2 ? * MON-FRI *)",
    "cron(0 22-2 ? * FRI-MON *)",
    "cron(0 12 ? * 1/2 *)",
    "cron(0 12 ? * MON#1 *)",
    "cron(0  10 *\t* ? *)",
    "rate(1 minute)",
    "rate(5 minutes)",
    "rate(1 hour)",
    "rate(12 hours)",
    "rate(1 day)",
    "rate(7 days)",
    "  rate(5 minutes)  ",
  ];
  it.each(DIALECTS.flatMap((dialect) => everywhere.map((text) => [text, dialect] as const)))("%s (%s)", (text, dialect) => {
    expect(checkScheduleExpression(text, dialect)).toEqual([]);
  });

  const oneTime = ["at(2026-12-31T23:59:00)", "at(2028-02-29T00:00:00)", "at(2000-02-29T12:30:59)", "at(2026-01-01T00:00:00)"];
  it.each(oneTime.flatMap((text) => [[text, "scheduler"] as const, [text, "autoscaling"] as const]))("%s (%s)", (text, dialect) => {
    expect(checkScheduleExpression(text, dialect)).toEqual([]);
  });

  // Singular/plural agreement is documented for EventBridge rules only.
  it.each(["rate(1 minutes)", "rate(5 minute)", "rate(1 days)", "rate(2 hour)"].flatMap((text) => [[text, "scheduler"] as const, [text, "autoscaling"] as const]))(
    "%s (%s): no agreement rule",
    (text, dialect) => {
      expect(checkScheduleExpression(text, dialect)).toEqual([]);
    },
  );

  // Undocumented either way: left alone.
  it.each(["rate(5 Minutes)", "cron(0 12 ? * ? *)", "cron(0/90 * * * ? *)", "cron(0 12 ? * *-3 *)"])("%s", (text) => {
    expect(checkScheduleExpression(text, "eventbridge-rule")).toEqual([]);
  });
});

describe("form", () => {
  it("reports an expression that is none of the forms", () => {
    check("every 5 minutes", "scheduler", [["unknownForm", "every 5 minutes", 0, 15, { value: "every 5 minutes" }]]);
    check("every 5 minutes", "eventbridge-rule", [["unknownFormRule", "every 5 minutes", 0, 15]]);
    check("Cron(0 10 * * ? *)", "autoscaling", [["unknownForm", "Cron(0 10 * * ? *)", 0, 18]]);
    check("cron (0 10 * * ? *)", "scheduler", [["unknownForm", "cron (0 10 * * ? *)", 0, 19]]);
    check(" daily ", "scheduler", [["unknownForm", "daily", 1, 6, { value: "daily" }]]);
  });

  it("says when cron fields lack the cron() wrapper", () => {
    check("*/5 * * * *", "eventbridge-rule", [["bareCron", "*/5 * * * *", 0, 11, { value: "*/5 * * * *" }]]);
    check("0 18 ? * MON-FRI *", "scheduler", [["bareCron", "0 18 ? * MON-FRI *", 0, 18]]);
  });

  it("reports a missing closing parenthesis", () => {
    check("cron(0 10 * * ? *", "scheduler", [["unclosed", "cron(0 10 * * ? *", 0, 17]]);
    check("rate(5 minutes", "eventbridge-rule", [["unclosed", "rate(5 minutes", 0, 14]]);
  });

  it("rejects at() in EventBridge rules only", () => {
    check("at(2026-12-31T23:59:00)", "eventbridge-rule", [["atNotSupported", "at(2026-12-31T23:59:00)", 0, 23, { value: "at(2026-12-31T23:59:00)" }]]);
    check("at()", "eventbridge-rule", [["atNotSupported", "at()", 0, 4]]);
  });
});

describe("at()", () => {
  it("needs yyyy-mm-ddThh:mm:ss", () => {
    check("at(2026-12-31)", "scheduler", [["atFormat", "2026-12-31", 3, 13, { value: "2026-12-31" }]]);
    check("at(2026-12-31 23:59:00)", "autoscaling", [["atFormat", "2026-12-31 23:59:00", 3, 22]]);
    check("at(2026-12-31T23:59:00Z)", "scheduler", [["atFormat", "2026-12-31T23:59:00Z", 3, 23]]);
    check("at(2026-12-31T23:59)", "scheduler", [["atFormat", "2026-12-31T23:59", 3, 19]]);
    check("at(26-12-31T23:59:00)", "scheduler", [["atFormat", "26-12-31T23:59:00", 3, 20]]);
    check("at()", "scheduler", [["atFormat", "at()", 0, 4, { value: "at()" }]]);
  });

  it("needs a real calendar date", () => {
    check("at(2026-02-29T10:00:00)", "scheduler", [["atDate", "2026-02-29", 3, 13, { value: "2026-02-29" }]]);
    check("at(2100-02-29T10:00:00)", "scheduler", [["atDate", "2100-02-29", 3, 13]]);
    check("at(2026-04-31T10:00:00)", "autoscaling", [["atDate", "2026-04-31", 3, 13]]);
    check("at(2026-13-01T10:00:00)", "autoscaling", [["atDate", "2026-13-01", 3, 13]]);
    check("at(2026-00-10T10:00:00)", "autoscaling", [["atDate", "2026-00-10", 3, 13]]);
    check("at(2026-01-00T10:00:00)", "autoscaling", [["atDate", "2026-01-00", 3, 13]]);
  });

  it("needs a real time of day", () => {
    check("at(2026-12-31T24:00:00)", "scheduler", [["atTime", "24:00:00", 14, 22, { value: "24:00:00" }]]);
    check("at(2026-12-31T23:60:00)", "scheduler", [["atTime", "23:60:00", 14, 22]]);
    check("at(2026-12-31T23:59:60)", "scheduler", [["atTime", "23:59:60", 14, 22]]);
    check("at(2026-02-30T25:00:00)", "scheduler", [
      ["atDate", "2026-02-30", 3, 13],
      ["atTime", "25:00:00", 14, 22],
    ]);
  });
});

describe("rate()", () => {
  it("needs a value and a unit", () => {
    check("rate(5)", "scheduler", [["rateShape", "5", 5, 6, { value: "5" }]]);
    check("rate(5 minutes please)", "scheduler", [["rateShape", "5 minutes please", 5, 21]]);
    check("rate(5minutes)", "eventbridge-rule", [["rateShape", "5minutes", 5, 13]]);
    check("rate()", "autoscaling", [["rateShape", "rate()", 0, 6, { value: "rate()" }]]);
  });

  it("needs a positive whole number", () => {
    check("rate(0 minutes)", "scheduler", [["rateValue", "0", 5, 6, { value: "0" }]]);
    check("rate(-5 minutes)", "scheduler", [["rateValue", "-5", 5, 7]]);
    check("rate(1.5 hours)", "autoscaling", [["rateValue", "1.5", 5, 8]]);
    check("rate(five minutes)", "eventbridge-rule", [["rateValue", "five", 5, 9]]);
  });

  it("needs minute(s), hour(s) or day(s)", () => {
    check("rate(30 seconds)", "scheduler", [["rateUnit", "seconds", 8, 15, { unit: "seconds" }]]);
    check("rate(1 week)", "autoscaling", [["rateUnit", "week", 7, 11]]);
    check("rate(5 mins)", "eventbridge-rule", [["rateUnit", "mins", 7, 11]]);
    check("rate(0 weeks)", "scheduler", [
      ["rateValue", "0", 5, 6],
      ["rateUnit", "weeks", 7, 12],
    ]);
  });

  it("checks singular/plural agreement for EventBridge rules", () => {
    check("rate(1 minutes)", "eventbridge-rule", [["rateSingular", "minutes", 7, 14, { unit: "minutes", expected: "minute" }]]);
    check("rate(1 hours)", "eventbridge-rule", [["rateSingular", "hours", 7, 12, { unit: "hours", expected: "hour" }]]);
    check("rate(5 hour)", "eventbridge-rule", [["ratePlural", "hour", 7, 11, { unit: "hour", value: "5", expected: "hours" }]]);
    check("rate(2 day)", "eventbridge-rule", [["ratePlural", "day", 7, 10, { unit: "day", value: "2", expected: "days" }]]);
    // No agreement report on a value that is itself wrong.
    check("rate(0 minute)", "eventbridge-rule", [["rateValue", "0", 5, 6]]);
  });
});

describe("cron() field count", () => {
  it("says a five-field expression is a Unix crontab", () => {
    check("cron(0 10 * * *)", "scheduler", [["cronFiveFields", "0 10 * * *", 5, 15, { value: "0 10 * * *" }]]);
    check("cron(*/5 * * * *)", "eventbridge-rule", [["cronFiveFields", "*/5 * * * *", 5, 16]]);
  });

  it("reports any other count", () => {
    check("cron(0 0 10 * * ? *)", "scheduler", [["cronFieldCount", "0 0 10 * * ? *", 5, 19, { value: "0 0 10 * * ? *", count: 7 }]]);
    check("cron(0 10)", "autoscaling", [["cronFieldCount", "0 10", 5, 9, { value: "0 10", count: 2 }]]);
    check("cron()", "autoscaling", [["cronFieldCount", "cron()", 0, 6, { value: "cron()", count: 0 }]]);
  });

  it("splits fields on any white space, tabs and Unicode spaces too", () => {
    check("cron(0\t10 *  * ? *)", "scheduler", []);
    check("cron(0\u00a010 * * ? *)", "scheduler", []);
    check("rate(5\u2003minutes)", "eventbridge-rule", []);
    check("cron(0 1\u00a0\u00a0* *)", "scheduler", [["cronFieldCount", "0 1\u00a0\u00a0* *", 5, 13, { value: "0 1\u00a0\u00a0* *", count: 4 }]]);
    check("cron(5 0é * * ? *)", "scheduler", [["cronSyntax", "0é", 7, 9]]);
  });
});

describe("cron() fields", () => {
  it("checks each field's range", () => {
    check("cron(60 24 32 13 8 2200)", "scheduler", [
      ["cronRange", "60", 5, 7, { value: "60", field: "minutes", range: "0 to 59" }],
      ["cronRange", "24", 8, 10, { value: "24", field: "hours", range: "0 to 23" }],
      ["cronRange", "32", 11, 13, { value: "32", field: "day-of-month", range: "1 to 31" }],
      ["cronRange", "13", 14, 16, { value: "13", field: "month", range: "1 to 12 or JAN to DEC" }],
      ["cronRange", "8", 17, 18, { value: "8", field: "day-of-week", range: "1 to 7 or SUN to SAT" }],
      ["cronRange", "2200", 19, 23, { value: "2200", field: "year", range: "1970 to 2199" }],
      ["cronDayFields", "32 13 8", 11, 18, { dom: "32", dow: "8" }],
    ]);
    check("cron(0 0 0 * ? *)", "scheduler", [["cronRange", "0", 9, 10, { value: "0", field: "day-of-month", range: "1 to 31" }]]);
    check("cron(0 0 ? * 0 *)", "eventbridge-rule", [["cronRange", "0", 13, 14, { value: "0", field: "day-of-week", range: "1 to 7 or SUN to SAT" }]]);
    check("cron(0 0 1 0 ? *)", "scheduler", [["cronRange", "0", 11, 12]]);
    check("cron(0 0 1 * ? 1969)", "scheduler", [["cronRange", "1969", 15, 19]]);
    check("cron(0 9-25 * * ? *)", "scheduler", [["cronRange", "25", 9, 11, { value: "25", field: "hours", range: "0 to 23" }]]);
    check("cron(0,15,75 * * * ? *)", "scheduler", [["cronRange", "75", 10, 12]]);
    check("cron(70/5 * * * ? *)", "scheduler", [["cronRange", "70", 5, 7]]);
    check("cron(0 0 ? * 8L *)", "scheduler", [["cronRange", "8", 13, 14]]);
    check("cron(0 0 32W * ? *)", "scheduler", [["cronRange", "32", 9, 11]]);
    check("cron(0 0 ? * 9#1 *)", "scheduler", [["cronRange", "9", 13, 14]]);
  });

  it("checks month and day names", () => {
    check("cron(0 0 1 JULY ? *)", "scheduler", [["cronName", "JULY", 11, 15, { value: "JULY", field: "month", range: "1 to 12 or JAN to DEC" }]]);
    check("cron(0 0 ? * MONDAY *)", "scheduler", [["cronName", "MONDAY", 13, 19, { value: "MONDAY", field: "day-of-week", range: "1 to 7 or SUN to SAT" }]]);
    check("cron(0 0 ? MON * *)", "scheduler", [["cronName", "MON", 11, 14, { value: "MON", field: "month", range: "1 to 12 or JAN to DEC" }]]);
    check("cron(0 0 ? * MON-FRY *)", "scheduler", [["cronName", "FRY", 17, 20]]);
    check("cron(0 noon * * ? *)", "scheduler", [["cronName", "noon", 7, 11, { value: "noon", field: "hours", range: "0 to 23" }]]);
  });

  it("checks the wildcards each field takes", () => {
    check("cron(? 10 * * ? *)", "scheduler", [
      ["cronWildcard", "?", 5, 6, { field: "minutes", wildcard: "?", range: "0 to 59", allowed: ", - * /" }],
    ]);
    check("cron(0 L * * ? *)", "scheduler", [["cronWildcard", "L", 7, 8, { field: "hours", wildcard: "L", range: "0 to 23", allowed: ", - * /" }]]);
    check("cron(0 10 1#2 * ? *)", "scheduler", [
      ["cronWildcard", "#", 11, 12, { field: "day-of-month", wildcard: "#", range: "1 to 31", allowed: ", - * ? / L W" }],
    ]);
    check("cron(0 10 ? * 2W *)", "autoscaling", [
      ["cronWildcard", "W", 15, 16, { field: "day-of-week", wildcard: "W", range: "1 to 7 or SUN to SAT", allowed: ", - * ? L #" }],
    ]);
    check("cron(0 10 ? * w *)", "autoscaling", [["cronWildcard", "w", 14, 15, { field: "day-of-week", wildcard: "W", range: "1 to 7 or SUN to SAT", allowed: ", - * ? L #" }]]);
    check("cron(0 10 1 L ? *)", "scheduler", [["cronWildcard", "L", 12, 13, { field: "month", wildcard: "L", range: "1 to 12 or JAN to DEC", allowed: ", - * /" }]]);
    check("cron(0 10 1 * ? ?)", "scheduler", [["cronWildcard", "?", 16, 17]]);
  });

  it("checks the syntax of each part", () => {
    check("cron(0 1- * * ? *)", "scheduler", [["cronSyntax", "1-", 7, 9, { value: "1-", field: "hours" }]]);
    check("cron(0 -1 * * ? *)", "scheduler", [["cronSyntax", "-1", 7, 9]]);
    check("cron(0 1,,2 * * ? *)", "scheduler", [["cronSyntax", "1,,2", 7, 11, { value: "1,,2", field: "hours" }]]);
    check("cron(0 1, * * ? *)", "scheduler", [["cronSyntax", "1,", 7, 9]]);
    check("cron(0 0 W * ? *)", "scheduler", [["cronSyntax", "W", 9, 10, { value: "W", field: "day-of-month" }]]);
    check("cron(0 0 ? * #2 *)", "scheduler", [["cronSyntax", "#2", 13, 15]]);
    check("cron(0 0 ? * 2# *)", "scheduler", [["cronSyntax", "2#", 13, 15]]);
    check("cron(0/ * * * ? *)", "scheduler", [["cronSyntax", "0/", 5, 7]]);
    check("cron(0/5/2 * * * ? *)", "scheduler", [["cronSyntax", "0/5/2", 5, 10]]);
    check("cron(1.5 * * * ? *)", "scheduler", [["cronSyntax", "1.5", 5, 8, { value: "1.5", field: "minutes" }]]);
  });

  it("checks steps", () => {
    check("cron(0/0 * * * ? *)", "scheduler", [["cronStep", "0", 7, 8, { value: "0", field: "minutes" }]]);
    check("cron(0/x * * * ? *)", "scheduler", [["cronStep", "x", 7, 8, { value: "x", field: "minutes" }]]);
  });

  it("allows one # expression, for a week of 1 to 5", () => {
    check("cron(0 10 ? * 3#1,6#3 *)", "eventbridge-rule", [["cronHashCount", "3#1,6#3", 14, 21, { value: "3#1,6#3" }]]);
    check("cron(0 10 ? * 2#6 *)", "scheduler", [["cronHashWeek", "6", 16, 17, { value: "6" }]]);
    check("cron(0 10 ? * 2#0 *)", "scheduler", [["cronHashWeek", "0", 16, 17]]);
  });

  it("needs ? in one of the day fields", () => {
    // Day-of-month * with a day of week: the * is what to change.
    check("cron(0 18 * * MON-FRI *)", "eventbridge-rule", [["cronDayFields", "*", 10, 11, { dom: "*", dow: "MON-FRI" }]]);
    // Both *: the usual fix is ? in day-of-week.
    check("cron(0 10 * * * *)", "scheduler", [["cronDayFields", "*", 14, 15, { dom: "*", dow: "*" }]]);
    check("cron(0 10 15 * * *)", "autoscaling", [["cronDayFields", "*", 15, 16, { dom: "15", dow: "*" }]]);
    // Both values: both fields.
    check("cron(0 10 15 * MON *)", "scheduler", [["cronDayFields", "15 * MON", 10, 18, { dom: "15", dow: "MON" }]]);
  });
});

describe("SCHEDULE_MESSAGES", () => {
  it.each(Object.entries(SCHEDULE_MESSAGES))("%s is one sentence: problem; remedy.", (_id, message) => {
    expect(message).toMatch(/^[A-Z]/);
    expect(message).toMatch(/\.$/);
    expect(message).toContain("; ");
    expect(message).not.toContain("`");
    expect(message.slice(0, -1)).not.toMatch(/\.\s/);
  });

  it("has a template for every message a check can give", () => {
    const ids = new Set<string>();
    const samples = [
      "x",
      "* * * * *",
      "cron(",
      "at(x)",
      "at(2026-02-30T25:00:00)",
      "rate(x)",
      "rate(0 weeks)",
      "rate(1 minutes)",
      "rate(2 minute)",
      "cron(* *)",
      "cron(* * * * *)",
      "cron(60 L 32 JULY 2#6 2200)",
      "cron(0/0 1- * * 3#1,6#3 *)",
    ];
    for (const dialect of DIALECTS) for (const text of samples) for (const found of checkScheduleExpression(text, dialect)) ids.add(found.messageId);
    expect([...ids].sort()).toEqual(Object.keys(SCHEDULE_MESSAGES).sort());
  });
});

describe("awsCronFromCrontab", () => {
  it.each([
    ["* * * * *", "* * * * ? *"],
    ["0 0 1 * *", "0 0 1 * ? *"],
    [" 15 3 * JAN-MAR * ", "15 3 * JAN-MAR ? *"],
    ["0 0 * * SUN", "0 0 ? * SUN *"],
    ["0 8 * * mon,wed,fri", "0 8 ? * mon,wed,fri *"],
  ])("%j fires at the same times as %j", (crontab, expected) => {
    expect(awsCronFromCrontab(crontab)).toBe(expected);
    expect(checkScheduleExpression(`cron(${expected})`, "eventbridge-rule")).toEqual([]);
  });

  it.each(["0 0 * * 0", "0 0 * * 1-5", "0 0 1 * MON", "0 0 * *", "0 0 * * * *"])("has no AWS form for %j", (crontab) => {
    expect(awsCronFromCrontab(crontab)).toBeUndefined();
  });
});
