/**
 * JSON embedded in a string is read with positions in the outer file: every
 * key and value of the inner JSON sits where it is written, escapes and YAML
 * line folding included; where the mapping cannot be exact, on the whole string.
 */
import { describe, expect, it } from "vitest";
import {
  embeddedJson,
  insertMember,
  isEmbedded,
  numberValue,
  path,
  removeMember,
  renameKey,
  replaceValue,
  type EmbeddedJson,
  type ObjectValue,
  type Spanned,
  type Value,
  UNEDITABLE,
} from "../../src/values/index.js";
import { jsonRoot, momoaRoot, yamlRoot } from "../support/parse.js";

/** The file's lines, each ended by a line feed. */
const lines = (...text: string[]): string => `${text.join("\n")}\n`;
const loc = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });
const at = (source: string, node: Spanned) => ({ text: source.slice(node.range[0], node.range[1]), loc: { start: pick(node.loc.start), end: pick(node.loc.end) } });
const pick = ({ line, column }: { line: number; column: number }) => ({ line, column });

function parsed(result: EmbeddedJson | undefined): ObjectValue {
  expect(result?.ok).toBe(true);
  const value = (result as { value: Value }).value;
  expect(value.kind).toBe("object");
  return value as ObjectValue;
}
function failed(result: EmbeddedJson | undefined): Extract<EmbeddedJson, { ok: false }> {
  expect(result?.ok).toBe(false);
  return result as Extract<EmbeddedJson, { ok: false }>;
}
const member = (object: ObjectValue | Value | undefined, key: string) => (object as ObjectValue).entryExact(key)!;
const firstRule = (policy: ObjectValue) => {
  const rules = policy.get("rules");
  return (rules?.kind === "array" ? rules.items[0] : undefined) as ObjectValue;
};

describe("a JSON string (put-lifecycle-policy input)", () => {
  const source = lines(
    "{",
    '  "repositoryName": "app",',
    String.raw`  "lifecyclePolicyText": "{\"rules\": [{\"rulePriority\": 1,\n \"description\": \"caf\u00e9 \\\"old\\\"\", \"selection\": {\"tagStatus\": \"untagged\"}}]}"`,
    "}",
  );

  for (const [parser, root, base] of [
    ["jsonc-eslint-parser", jsonRoot(source), 0],
    ["@eslint/json", momoaRoot(source), 1],
  ] as const) {
    it(`places inner keys and values in the outer file, after escapes (${parser})`, () => {
      const holder = (root as ObjectValue).get("lifecyclePolicyText")!;
      const policy = parsed(embeddedJson(holder, source));
      expect(policy.syntax).toBe("json");
      const rules = member(policy, "rules");
      expect(at(source, rules.keyNode)).toEqual({ text: String.raw`\"rules\"`, loc: loc(3, 27 + base, 3, 36 + base) });
      const rule = firstRule(policy);
      expect(at(source, member(rule, "rulePriority").keyNode).loc).toEqual(loc(3, 40 + base, 3, 56 + base));
      expect(at(source, rule.get("rulePriority")!.node)).toEqual({ text: "1", loc: loc(3, 58 + base, 3, 59 + base) });
      // After `\n`: the decoded line break is an escape on the same outer line.
      expect(at(source, member(rule, "description").keyNode)).toEqual({ text: String.raw`\"description\"`, loc: loc(3, 63 + base, 3, 78 + base) });
      const description = rule.get("description")!;
      expect(description.kind === "string" && description.literal).toBe('café "old"');
      expect(at(source, description.node)).toEqual({ text: String.raw`\"caf\u00e9 \\\"old\\\"\"`, loc: loc(3, 80 + base, 3, 105 + base) });
      // After `\u00e9` and `\"`: still exact.
      expect(at(source, member(rule, "selection").keyNode).loc).toEqual(loc(3, 107 + base, 3, 120 + base));
      expect(at(source, policy.node).loc).toEqual(loc(3, 26 + base, 3, at(source, holder.node).loc.end.column - 1));
    });
  }

  it("maps surrogate pairs, `\\/` and `\\\\` escapes", () => {
    const text = String.raw`{"t": "{\"a\": \"\ud83d\ude00\/\\\\\", \"b\": 1}"}` + "\n";
    const policy = parsed(embeddedJson((jsonRoot(text) as ObjectValue).get("t")!, text));
    expect(policy.get("a")).toMatchObject({ literal: "😀/\\" });
    expect(at(text, policy.get("a")!.node).text).toBe(String.raw`\"\ud83d\ude00\/\\\\\"`);
    expect(at(text, member(policy, "b").keyNode)).toEqual({ text: String.raw`\"b\"`, loc: loc(1, 39, 1, 44) });
  });

  it("reads a raw U+2028 inside an inner string (JSON allows it, JavaScript parsers do not)", () => {
    const text = String.raw`{"t": "{\"a\": \"x\u2028y\", \"b\": 2}"}` + "\n";
    const policy = parsed(embeddedJson((jsonRoot(text) as ObjectValue).get("t")!, text));
    expect(policy.get("a")).toMatchObject({ literal: "x\u2028y" });
    expect(at(text, member(policy, "b").keyNode).text).toBe(String.raw`\"b\"`);
  });
});

describe("YAML block scalars (CloudFormation LifecyclePolicyText)", () => {
  const template = (indicator: string) =>
    lines(
      "Resources:",
      "  Repo:",
      "    Type: AWS::ECR::Repository",
      "    Properties:",
      "      LifecyclePolicy:",
      `        LifecyclePolicyText: ${indicator}`,
      "          {",
      '            "rules": [',
      '              {"rulePriority": 1, "selection": {"tagStatus": "untagged"}}',
      "            ]",
      "          }",
      "        RegistryId: '123456789012'",
    );
  const holderOf = (source: string) => path(yamlRoot(source), "Resources", "Repo", "Properties", "LifecyclePolicy", "LifecyclePolicyText")!;

  for (const [name, indicator] of [
    ["literal |", "|"],
    ["literal |-", "|-"],
    ["literal |+", "|+"],
    ["literal with a comment", "| # the policy"],
    ["literal with an indentation indicator", "|2"],
    ["literal with both indicators", "|-2"],
  ] as const) {
    it(`maps a ${name} block exactly`, () => {
      const source = template(indicator);
      const policy = parsed(embeddedJson(holderOf(source), source));
      expect(at(source, policy.node).loc).toEqual(loc(7, 10, 11, 11));
      expect(at(source, member(policy, "rules").keyNode)).toEqual({ text: '"rules"', loc: loc(8, 12, 8, 19) });
      const rule = firstRule(policy);
      expect(at(source, member(rule, "rulePriority").keyNode).loc).toEqual(loc(9, 15, 9, 29));
      expect(at(source, rule.get("rulePriority")!.node).loc).toEqual(loc(9, 31, 9, 32));
      expect(at(source, member(rule, "selection").keyNode).loc).toEqual(loc(9, 34, 9, 45));
    });
  }

  it("maps a file with CRLF line ends to the same lines and columns", () => {
    const source = template("|").replace(/\n/g, "\r\n");
    const policy = parsed(embeddedJson(holderOf(source), source));
    expect(at(source, member(policy, "rules").keyNode)).toEqual({ text: '"rules"', loc: loc(8, 12, 8, 19) });
    expect(at(source, firstRule(policy).get("rulePriority")!.node).loc).toEqual(loc(9, 31, 9, 32));
    expect(at(source, policy.node).loc).toEqual(loc(7, 10, 11, 11));
  });

  it("keeps leading empty lines and more-indented lines of a literal block", () => {
    const source = lines("t: |", "", "    {", '      "a": 1}');
    const policy = parsed(embeddedJson((yamlRoot(source) as ObjectValue).get("t")!, source));
    expect(at(source, member(policy, "a").keyNode)).toEqual({ text: '"a"', loc: loc(4, 6, 4, 9) });
  });

  it("puts a folded block's values on the whole string (its folding is not mapped)", () => {
    const source = lines("t: >", '  {"rules":', '  [{"rulePriority": 1}]}');
    const holder = (yamlRoot(source) as ObjectValue).get("t")!;
    const policy = parsed(embeddedJson(holder, source));
    expect(numberValue(firstRule(policy).get("rulePriority"))).toBe(1);
    for (const node of [policy.node, member(policy, "rules").keyNode, firstRule(policy).get("rulePriority")!.node]) {
      expect(node.range).toEqual(holder.node.range);
      expect(at(source, node).loc).toEqual(loc(1, 3, 3, 24));
    }
  });
});

describe("YAML flow scalars", () => {
  const holderOf = (source: string) => (yamlRoot(source) as ObjectValue).get("t")!;

  it("maps a double-quoted string: escapes and line folding", () => {
    const source = lines(String.raw`t: "{\"rules\": [{\"rulePriority\": 1,`, String.raw`  \"description\": \"caf\u00e9\", \"x\": 2}]}"`);
    const policy = parsed(embeddedJson(holderOf(source), source));
    expect(at(source, member(policy, "rules").keyNode)).toEqual({ text: String.raw`\"rules\"`, loc: loc(1, 5, 1, 14) });
    const rule = firstRule(policy);
    expect(at(source, member(rule, "description").keyNode)).toEqual({ text: String.raw`\"description\"`, loc: loc(2, 2, 2, 17) });
    expect(rule.get("description")).toMatchObject({ literal: "café" });
    expect(at(source, rule.get("description")!.node).loc).toEqual(loc(2, 19, 2, 32));
    expect(at(source, rule.get("x")!.node)).toEqual({ text: "2", loc: loc(2, 41, 2, 42) });
  });

  it("maps YAML's own escapes (\\x, \\U) and an escaped line break", () => {
    const source = lines(String.raw`t: "{\"a\": \"\x41\U0001F600\", ` + "\\", String.raw`  \"b\": 1}"`);
    const policy = parsed(embeddedJson(holderOf(source), source));
    expect(policy.get("a")).toMatchObject({ literal: "A😀" });
    expect(at(source, policy.get("a")!.node)).toEqual({ text: String.raw`\"\x41\U0001F600\"`, loc: loc(1, 12, 1, 30) });
    expect(at(source, policy.get("b")!.node)).toEqual({ text: "1", loc: loc(2, 9, 2, 10) });
  });

  it("maps a double-quoted string with CRLF line ends and an empty line", () => {
    const source = lines(String.raw`t: "{\"a\": 1,`, "", String.raw`  \"b\": 2}"`).replace(/\n/g, "\r\n");
    const policy = parsed(embeddedJson(holderOf(source), source));
    expect(at(source, member(policy, "b").keyNode)).toEqual({ text: String.raw`\"b\"`, loc: loc(3, 2, 3, 7) });
  });

  it("maps a single-quoted string ('' is a quote)", () => {
    const source = lines(`t: '{"rules": [{"description": "it''s"}],`, `  "x": 1}'`);
    const policy = parsed(embeddedJson(holderOf(source), source));
    expect(firstRule(policy).get("description")).toMatchObject({ literal: "it's" });
    expect(at(source, firstRule(policy).get("description")!.node)).toEqual({ text: `"it''s"`, loc: loc(1, 31, 1, 38) });
    expect(at(source, member(policy, "x").keyNode)).toEqual({ text: '"x"', loc: loc(2, 2, 2, 5) });
  });

  it("maps a plain scalar (never valid JSON, but the error is placed)", () => {
    const source = lines("t: 1", "  x");
    expect(failed(embeddedJson(holderOf(source), source))).toMatchObject({ message: "Unexpected token 'x'", loc: loc(2, 2, 2, 3) });
    const words = lines("t: not json");
    expect(failed(embeddedJson(holderOf(words), words))).toMatchObject({ message: "Unexpected identifier 'not'", loc: loc(1, 3, 1, 4) });
  });

  it("puts values reached through an alias on the alias", () => {
    const source = lines(`a: &policy '{"x": 1}'`, "t: *policy");
    const holder = holderOf(source);
    const policy = parsed(embeddedJson(holder, source));
    expect(numberValue(policy.get("x"))).toBe(1);
    expect(at(source, policy.get("x")!.node)).toEqual({ text: "*policy", loc: loc(2, 3, 2, 10) });
  });
});

describe("text that is not JSON", () => {
  const holderOf = (source: string, parse = jsonRoot) => (parse(source) as ObjectValue).get("t")!;

  it("gives the parser's message at the mapped position", () => {
    const source = lines(String.raw`{"t": "{\"rules\": [1,]}"}`);
    expect(failed(embeddedJson(holderOf(source), source))).toEqual({ ok: false, message: "Unexpected token ','", loc: loc(1, 21, 1, 22), range: [21, 22] });
  });

  it("refuses what JSON.parse refuses though a JavaScript parser takes it", () => {
    const escape = lines(String.raw`{"t": "{\"a\": \"x\\x41\"}"}`);
    expect(failed(embeddedJson(holderOf(escape), escape))).toMatchObject({ message: "Bad escaped character", loc: loc(1, 18, 1, 20) });
    const tab = lines("t: |", '  {"a": "x\ty"}');
    expect(failed(embeddedJson(holderOf(tab, yamlRoot), tab))).toMatchObject({ message: "Bad control character in string literal", loc: loc(2, 10, 2, 11) });
    const space = lines(`t: '{"a":\u00a01}'`);
    expect(failed(embeddedJson(holderOf(space, yamlRoot), space))).toMatchObject({ message: "Unexpected character", loc: loc(1, 9, 1, 10) });
    const comment = lines(String.raw`{"t": "{\"a\": 1} // note"}`);
    expect(failed(embeddedJson(holderOf(comment), comment))).toMatchObject({ message: "Unexpected comment", loc: loc(1, 18, 1, 19) });
  });

  it("places an error in @eslint/json's columns", () => {
    const source = lines(String.raw`{"t": "{\"rules\": [1,]}"}`);
    expect(failed(embeddedJson(holderOf(source, momoaRoot), source)).loc).toEqual(loc(1, 22, 1, 23));
  });

  it("reports an empty string on the whole string", () => {
    const source = lines(`{"t": "  "}`);
    expect(failed(embeddedJson(holderOf(source), source))).toMatchObject({ message: "Expected a JSON value, but the string is empty", loc: loc(1, 6, 1, 10) });
  });

  it("does not print the content in its message", () => {
    const source = lines(`{"t": "${"secretvalue".repeat(20)}"}`);
    const { message } = failed(embeddedJson(holderOf(source), source));
    expect(message.length).toBeLessThan(60);
  });
});

describe("what cannot be read", () => {
  it.each([
    ["a placeholder", `{"t": "\${POLICY}"}`, jsonRoot],
    ["a string with a placeholder", String.raw`{"t": "{\"rules\": ${"$"}{RULES}}"}`, jsonRoot],
    ["a number", `{"t": 1}`, jsonRoot],
    ["an object", `{"t": {"rules": []}}`, jsonRoot],
    ["a !Ref", "t: !Ref Policy", yamlRoot],
    ["a !Sub with a variable", `t: !Sub '{"a": "\${X}"}'`, yamlRoot],
  ])("answers undefined for %s", (_name, source, parse) => {
    expect(embeddedJson((parse(source) as ObjectValue).get("t")!, source)).toBeUndefined();
  });
});

describe("sharing and editing", () => {
  const source = lines(String.raw`{"t": "{\"rules\": [], \"n\": 1}"}`);
  const root = jsonRoot(source) as ObjectValue;
  const holder = root.get("t")!;

  it("parses each string once", () => {
    expect(embeddedJson(holder, source)).toBe(embeddedJson(holder, source));
  });

  it("reads keys in the API style unless asked otherwise", () => {
    const policy = parsed(embeddedJson(holder, source));
    expect(policy.style).toBe("api");
    const restyled = parsed(embeddedJson(holder, source, "cloudformation"));
    expect(restyled.style).toBe("cloudformation");
    expect(numberValue(restyled.get("n"))).toBeUndefined(); // would be `N`
    expect(isEmbedded(restyled)).toBe(true);
  });

  it("marks embedded values, which the edit helpers refuse to edit", () => {
    const policy = parsed(embeddedJson(holder, source));
    const entry = member(policy, "n");
    expect(isEmbedded(policy)).toBe(true);
    expect(isEmbedded(entry)).toBe(true);
    expect(isEmbedded(entry.value)).toBe(true);
    expect(isEmbedded(holder)).toBe(false);
    expect(replaceValue(entry.value, 2, source)).toBe(UNEDITABLE);
    expect(renameKey(entry, "m", "json", source)).toBe(UNEDITABLE);
    expect(insertMember(policy, "x", 1, source)).toBe(UNEDITABLE);
    expect(removeMember(policy, entry, source)).toBe(UNEDITABLE);
    // The string itself is edited as usual.
    expect(replaceValue(holder, "{}", source)).toEqual({ range: holder.node.range, text: '"{}"' });
  });
});

describe("the strict JSON reader", () => {
  const holderIn = (text: string) => {
    const source = `${JSON.stringify({ t: text })}\n`;
    return { source, holder: (jsonRoot(source) as ObjectValue).get("t")! };
  };
  /** A value as plain data, to compare with JSON.parse. */
  const plain = (value: Value): unknown => {
    switch (value.kind) {
      case "object":
        return Object.fromEntries(value.entries.map((entry) => [entry.key, plain(entry.value)]));
      case "array":
        return value.items.map(plain);
      case "string":
        return value.literal;
      case "number":
      case "boolean":
        return value.value;
      case "null":
        return null;
      default:
        return value.kind;
    }
  };

  it.each([
    ["numbers", String.raw`[0, -0, 1.5, -2.5e-3, 1E+2, 1e400, 123456789012345678901234567890, -1]`],
    ["escapes", String.raw`{"a": "\"\\\/\b\f\n\r\t", "b": "\u00e9\ud83d\ude00\ud800x", "c": ""}`],
    ["literals and white space", "\t\r\n [true , false,null ,\n{ } , [ ]]\r\n "],
    ["raw line and paragraph separators in strings", `{"a": "x\u2028y\u2029z"}`],
    ["100 levels of nesting", `${"[".repeat(100)}1${"]".repeat(100)}`],
  ])("reads %s as JSON.parse does", (_name, text) => {
    const { source, holder } = holderIn(text);
    const result = embeddedJson(holder, source);
    expect(result?.ok).toBe(true);
    expect(plain((result as { value: Value }).value)).toEqual(JSON.parse(text));
  });

  it("keeps a literal's raw text, and a negative number's minus sign in its range", () => {
    const text = String.raw`{"a": -1.5e3, "b": "x\ty"}`;
    const { source, holder } = holderIn(text);
    const policy = parsed(embeddedJson(holder, source));
    const a = policy.get("a")!;
    expect(numberValue(a)).toBe(-1500);
    expect(source.slice(a.node.range[0], a.node.range[1])).toBe("-1.5e3");
    expect((a.node as { raw?: unknown }).raw).toBe("-1.5e3");
    expect((policy.get("b")!.node as { raw?: unknown }).raw).toBe(String.raw`"x\ty"`);
  });

  it("keeps repeated keys as members (the last one wins)", () => {
    const { source, holder } = holderIn(`{"a": 1, "a": 2}`);
    const policy = parsed(embeddedJson(holder, source));
    expect(policy.entries.map((entry) => entry.key)).toEqual(["a", "a"]);
    expect(numberValue(policy.get("a"))).toBe(2);
  });

  it.each([
    ["a leading zero", `{"a": 01}`, "Unexpected legacy octal numeric literal", 14],
    ["a number without digits after the point", `{"a": 1.}`, "Unexpected token '.'", 15],
    ["a minus sign alone", `{"a": -}`, "Unexpected token '}'", 15],
    ["text after the value", `{"a": 1} x`, "Unexpected token 'x'", 17],
    ["a short Unicode escape", String.raw`{"a": "\u12G4"}`, "Bad character escape sequence", 19],
    ["a misspelled literal", `{"a": tru}`, "Unexpected identifier 'tru'", 14],
    ["a trailing comma", `{"a": 1,}`, "Unexpected token ','", 15],
    ["a byte order mark", `\ufeff{"a": 1}`, "Unexpected character", 6],
  ])("refuses %s with the message and position users know", (_name, text, message, column) => {
    const { source, holder } = holderIn(text);
    expect(failed(embeddedJson(holder, source))).toMatchObject({ message, loc: { start: { line: 1, column } } });
  });

  it("does not judge what jsonc-eslint-parser refused though JSON allows it: a repeated __proto__, very deep nesting", () => {
    for (const text of [`{"__proto__": 1, "__proto__": 2}`, `${"[".repeat(501)}${"]".repeat(501)}`]) {
      const { source, holder } = holderIn(text);
      expect(embeddedJson(holder, source)).toBeUndefined();
    }
    const { source, holder } = holderIn(`{"__proto__": 1}`);
    expect(numberValue(parsed(embeddedJson(holder, source)).get("__proto__"))).toBe(1);
  });

  it("maps a kept literal block that other keys and blocks follow", () => {
    const source = lines("t: |+", '  {"a": 1}', "", "", "u:", "  v: |", "    [1]");
    const root = yamlRoot(source) as ObjectValue;
    const policy = parsed(embeddedJson(root.get("t")!, source));
    expect(at(source, policy.get("a")!.node)).toEqual({ text: "1", loc: loc(2, 8, 2, 9) });
    const list = embeddedJson(path(root, "u", "v")!, source);
    expect(list?.ok && at(source, list.value.node)).toEqual({ text: "[1]", loc: loc(7, 4, 7, 7) });
  });
});
