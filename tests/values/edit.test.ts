/**
 * Text edits keep the file's syntax, layout and key style, and the result
 * parses to what was meant.
 */
import { describe, expect, it } from "vitest";
import { appendItem, insertMember, orphansAlias, removeItem, removeMember, renameKey, replaceValue, restyle, setMapMembers, setMember, type Edit, type ObjectValue, type Value } from "../../src/values/index.js";
import { jsonRoot, yamlRoot } from "../support/parse.js";

function apply(source: string, edit: Edit): string {
  return source.slice(0, edit.range[0]) + edit.text + source.slice(edit.range[1]);
}
const object = (value: Value | undefined) => value as ObjectValue;

describe("insertMember", () => {
  it.each([
    ['{\n  "a": 1\n}\n', '{\n  "a": 1,\n  "b": "x"\n}\n'],
    ['{ "a": 1 }\n', '{ "a": 1, "b": "x" }\n'],
    ["{}\n", '{ "b": "x" }\n'],
    ['{\n  "a": 1,\n}\n', '{\n  "a": 1,\n  "b": "x",\n}\n'],
    // Indentation is the whitespace before the first key; a comment there means none can be copied.
    ['{\n\t"a": 1\n}\n', '{\n\t"a": 1,\n\t"b": "x"\n}\n'],
    ['{\n  /* c */ "a": 1\n}\n', '{\n  /* c */ "a": 1, "b": "x"\n}\n'],
    // The trailing comma is found past line breaks, not past a comment.
    ['{\n  "a": 1\n  ,\n}\n', '{\n  "a": 1\n  ,\n  "b": "x",\n}\n'],
    ['{\n  "a": 1 /* , */\n}\n', '{\n  "a": 1,\n  "b": "x" /* , */\n}\n'],
  ])("JSON %j", (source, expected) => {
    expect(apply(source, insertMember(object(jsonRoot(source)), "b", "x", source))).toBe(expected);
  });

  it.each([
    ["a: 1\n", "a: 1\nb: x\n"],
    ["top:\n  a: 1\n  c: [1]\nnext: 2\n", "top:\n  a: 1\n  c: [1]\n  b: x\nnext: 2\n"],
    ["list:\n  - a: 1\n    c: 2\n", "list:\n  - a: 1\n    c: 2\n    b: x\n"],
    ["{a: 1}\n", "{a: 1, b: x}\n"],
    ["{}\n", "{b: x}\n"],
    ["{\n  a: 1,\n  c: 2\n}\n", "{\n  a: 1,\n  c: 2,\n  b: x\n}\n"],
    ["{\n  a: 1,\n  c: 2,\n}\n", "{\n  a: 1,\n  c: 2,\n  b: x,\n}\n"],
    ["{ a: 1,\n  c: 2 }\n", "{ a: 1,\n  c: 2, b: x }\n"],
  ])("YAML %j", (source, expected) => {
    const root = object(yamlRoot(source));
    const target = root.get("top") ?? (root.get("list")?.kind === "array" ? (root.get("list") as unknown as { items: Value[] }).items[0] : root);
    expect(apply(source, insertMember(object(target), "b", "x", source))).toBe(expected);
  });

  it("adds lines with the file's own line break", () => {
    const json = '{\r\n  "a": 1\r\n}\r\n';
    expect(apply(json, insertMember(object(jsonRoot(json)), "b", "x", json))).toBe('{\r\n  "a": 1,\r\n  "b": "x"\r\n}\r\n');
    const yaml = "a: 1\r\nlist:\r\n  - 1\r\n";
    const root = object(yamlRoot(yaml));
    expect(apply(yaml, insertMember(root, "b", "x", yaml))).toBe("a: 1\r\nlist:\r\n  - 1\r\nb: x\r\n");
    expect(apply(yaml, appendItem(root.get("list") as never, 2, yaml))).toBe("a: 1\r\nlist:\r\n  - 1\r\n  - 2\r\n");
  });

  it("gives a member written as null its value where it is, instead of a second key", () => {
    const yaml = 'a: 1\n"addons": null\nb:\nc: 2\n';
    const root = object(yamlRoot(yaml));
    expect(apply(yaml, insertMember(root, "addons", [{ name: "x" }], yaml))).toBe('a: 1\n"addons": [{name: x}]\nb:\nc: 2\n');
    expect(apply(yaml, insertMember(root, "b", 3, yaml))).toBe('a: 1\n"addons": null\nb: 3\nc: 2\n');
    const json = '{"a": 1, "addons": null}';
    expect(apply(json, insertMember(object(jsonRoot(json)), "addons", [], json))).toBe('{"a": 1, "addons": []}');
  });

  it("writes the key in CloudFormation spelling", () => {
    const source = '{\n  "A": 1\n}\n';
    const properties = object(restyle(jsonRoot(source), "cloudformation"));
    expect(apply(source, insertMember(properties, "transitEncryption", "ENABLED", source))).toBe('{\n  "A": 1,\n  "TransitEncryption": "ENABLED"\n}\n');
  });

  it("quotes YAML strings that would read as something else", () => {
    const source = "a: 1\n";
    expect(apply(source, insertMember(object(yamlRoot(source)), "b", "true", source))).toBe('a: 1\nb: "true"\n');
    expect(apply(source, insertMember(object(yamlRoot(source)), "b", "1024", source))).toBe('a: 1\nb: "1024"\n');
    expect(apply(source, insertMember(object(yamlRoot(source)), "b", { c: [1, "x y"] }, source))).toBe('a: 1\nb: {c: [1, "x y"]}\n');
  });
});

describe("replaceValue and setMember", () => {
  it("keeps YAML quote styles", () => {
    for (const [source, expected] of [
      ['a: "DISABLED"\n', 'a: "ENABLED"\n'],
      ["a: 'DISABLED'\n", "a: 'ENABLED'\n"],
      ["a: DISABLED\n", "a: ENABLED\n"],
      ["a:\n", "a: ENABLED\n"],
    ]) {
      const root = object(yamlRoot(source!));
      expect(apply(source!, replaceValue(root.get("a")!, "ENABLED", source!))).toBe(expected);
    }
  });

  it("replaces JSON values with JSON", () => {
    const source = '{"cpu": 256}';
    expect(apply(source, replaceValue(object(jsonRoot(source)).get("cpu")!, "256", source))).toBe('{"cpu": "256"}');
  });

  it("replaces a YAML value with its core-schema tag, so the tag does not stay behind", () => {
    const source = 'memory: !!int "512"\ncpu: !!str 256\n';
    const root = object(yamlRoot(source));
    expect(apply(source, replaceValue(root.get("memory")!, "512", source))).toBe('memory: "512"\ncpu: !!str 256\n');
    expect(apply(source, replaceValue(root.get("cpu")!, 512, source))).toBe('memory: !!int "512"\ncpu: 512\n');
  });

  it("writes a flow value in place of a YAML block collection after its key's colon", () => {
    for (const [source, expected] of [
      ["a:\n- x: 1\nb: 2\n", "a: [{x: 2}]\nb: 2\n"],
      ["a:\n  - x: 1\nb: 2\n", "a: [{x: 2}]\nb: 2\n"],
      ["a:\n  x: 1\nb: 2\n", "a: [{x: 2}]\nb: 2\n"],
      ["a: [{x: 1}]\nb: 2\n", "a: [{x: 2}]\nb: 2\n"],
    ]) {
      expect(apply(source!, replaceValue(object(yamlRoot(source!)).get("a")!, [{ x: 2 }], source!))).toBe(expected);
    }
  });

  it("sets a member whether present or not", () => {
    const source = '{"a": "x"}';
    const root = object(jsonRoot(source));
    expect(apply(source, setMember(root, "a", "y", source))).toBe('{"a": "y"}');
    expect(apply(source, setMember(root, "b", "y", source))).toBe('{"a": "x", "b": "y"}');
  });
});

describe("setMapMembers", () => {
  const applyAll = (source: string, edits: Edit | readonly Edit[] | undefined): string => {
    const list = edits === undefined ? [] : "range" in edits ? [edits] : [...(edits)];
    // Apply from the end, as ESLint does with non-overlapping edits.
    return list.sort((a, b) => b.range[0] - a.range[0]).reduce((text, edit) => apply(text, edit), source);
  };
  const metadata = (source: string) => object(object(yamlRoot(source)).get("metadata"));
  const added = { "a.io/x": "1", "a.io/y": "2" };

  it("writes the map whole when it is absent, null or empty", () => {
    for (const [source, expected] of [
      ["metadata:\n  name: web\n", "metadata:\n  name: web\n  annotations: {a.io/x: \"1\", a.io/y: \"2\"}\n"],
      ["metadata:\n  name: web\n  annotations: null\n", "metadata:\n  name: web\n  annotations: {a.io/x: \"1\", a.io/y: \"2\"}\n"],
      ["metadata:\n  annotations: {}\n", "metadata:\n  annotations: {a.io/x: \"1\", a.io/y: \"2\"}\n"],
    ] as const) expect(applyAll(source, setMapMembers(metadata(source), "annotations", added, source))).toBe(expected);
  });

  it("replaces members written as null in place and inserts the others together", () => {
    const source = "metadata:\n  annotations:\n    a.io/x: null\n    other: z\n";
    expect(applyAll(source, setMapMembers(metadata(source), "annotations", added, source))).toBe('metadata:\n  annotations:\n    a.io/x: "1"\n    other: z\n    a.io/y: "2"\n');
  });

  it("makes no edit where the map cannot be reached", () => {
    const source = 'metadata:\n  annotations: "${ANNOTATIONS}"\n';
    expect(setMapMembers(metadata(source), "annotations", added, source)).toBeUndefined();
  });
});

describe("removeMember", () => {
  it.each([
    ['{"a": 1, "b": 2, "c": 3}', "b", '{"a": 1, "c": 3}'],
    ['{"a": 1, "b": 2}', "a", '{"b": 2}'],
    ['{"a": 1, "b": 2}', "b", '{"a": 1}'],
    ['{\n  "a": 1,\n  "b": 2\n}', "b", '{\n  "a": 1\n}'],
    // The only member leaves `{}`, unless a comment beside it is to be kept.
    ['{ "a": 1 }', "a", "{}"],
    ['{\n  "a": 1\n}', "a", "{}"],
    ['{ /* keep */ "a": 1 }', "a", "{ /* keep */  }"],
    // A trailing comma (JSONC) goes with the only member.
    ['{ "a": 1, }', "a", "{}"],
    ['{ // keep\n  "a": 1,\n}', "a", "{ // keep\n  \n}"],
  ])("JSON %s without %s", (source, key, expected) => {
    const root = object(jsonRoot(source));
    expect(apply(source, removeMember(root, root.entry(key)!, source))).toBe(expected);
  });

  it.each([
    ["a: 1\nb: 2\nc: 3\n", "b", "a: 1\nc: 3\n"],
    ["a:\n  x: 1\nb: 2\n", "a", "b: 2\n"],
  ])("YAML %j without %s", (source, key, expected) => {
    const root = object(yamlRoot(source));
    expect(apply(source, removeMember(root, root.entry(key)!, source))).toBe(expected);
  });

  it("leaves an empty mapping, not null, when the only member of a YAML block mapping goes", () => {
    const member = (source: string, key: string) => object(object(yamlRoot(source)).get(key));
    const firstItem = (source: string, key: string) => object((object(yamlRoot(source)).get(key) as unknown as { items: Value[] }).items[0]);
    for (const [source, holderOf, expected] of [
      ["a:\n  x: null\nb: 2\n", (text: string) => member(text, "a"), "a: {}\nb: 2\n"],
      ["x: 1\n", (text: string) => object(yamlRoot(text)), "{}\n"],
      ["list:\n  - x: 1\n", (text: string) => firstItem(text, "list"), "list:\n  - {}\n"],
      ["a: &anchor\n  x: 1\n", (text: string) => member(text, "a"), "a: &anchor {}\n"],
    ] as const) {
      const holder = holderOf(source);
      expect(apply(source, removeMember(holder, holder.entry("x")!, source))).toBe(expected);
    }
  });

  it("pulls the next key onto a list item's dash line", () => {
    const source = "- a: 1\n  b: 2\n";
    const list = yamlRoot(source) as unknown as { items: Value[] };
    const item = object(list.items[0]);
    expect(apply(source, removeMember(item, item.entry("a")!, source))).toBe("- b: 2\n");
  });
});

describe("edits through a YAML alias", () => {
  // The alias is where the value is reported; its members are written at the anchor, so edits go there (and hold for every alias).
  const source = "base: &c {name: web, image: nginx}\nlist:\n  - *c\nblock: &b\n  name: web\n  image: nginx\nother:\n  - *b\n";
  const aliased = (key: string) => object((object(yamlRoot(source)).get(key) as unknown as { items: Value[] }).items[0]);

  it("inserts into the anchored flow mapping in flow style", () => {
    expect(apply(source, insertMember(aliased("list"), "user", "1000", source))).toBe(source.replace("image: nginx}", 'image: nginx, user: "1000"}'));
  });

  it("inserts into the anchored block mapping at its indentation", () => {
    expect(apply(source, insertMember(aliased("other"), "user", "1000", source))).toBe(source.replace("  image: nginx\nother", '  image: nginx\n  user: "1000"\nother'));
  });

  it("removes from the anchored flow mapping", () => {
    const container = aliased("list");
    expect(apply(source, removeMember(container, container.entry("image")!, source))).toBe(source.replace(", image: nginx}", "}"));
  });
});

describe("renameKey and appendItem", () => {
  it("renames keys keeping quotes", () => {
    const json = '{"readOnlyRootFilesystem": true}';
    const root = object(jsonRoot(json));
    expect(apply(json, renameKey(root.entry("readOnlyRootFilesystem")!, "readonlyRootFilesystem", "json", json))).toBe('{"readonlyRootFilesystem": true}');
    const yaml = "readOnlyRootFilesystem: true\n";
    const yamlObject = object(yamlRoot(yaml));
    expect(apply(yaml, renameKey(yamlObject.entry("readOnlyRootFilesystem")!, "readonlyRootFilesystem", "yaml", yaml))).toBe("readonlyRootFilesystem: true\n");
  });

  it("appends to JSON and YAML lists", () => {
    const json = '{"a": [1, 2]}';
    expect(apply(json, appendItem(object(jsonRoot(json)).get("a") as never, 3, json))).toBe('{"a": [1, 2, 3]}');
    const yaml = "a:\n  - 1\n  - 2\n";
    expect(apply(yaml, appendItem(object(yamlRoot(yaml)).get("a") as never, 3, yaml))).toBe("a:\n  - 1\n  - 2\n  - 3\n");
  });

  it("keeps a comment after the key's colon when a block list becomes a flow one", () => {
    const yaml = "add: # dangerous\n- SYS_ADMIN\nnext: 1\n";
    expect(apply(yaml, removeItem(object(yamlRoot(yaml)).get("add") as never, 0, yaml))).toBe("add: [] # dangerous\nnext: 1\n");
    expect(apply(yaml, replaceValue(object(yamlRoot(yaml)).get("add")!, ["NET_ADMIN"], yaml))).toBe("add: [NET_ADMIN] # dangerous\nnext: 1\n");
  });

  it("keeps the anchor and tag of a block list that becomes a flow one after the key's colon (an indentless list at the key's column)", () => {
    // Found by the fuzz test: `[]` was written in the list's place, on a line of its own at the key's column, which does not parse.
    for (const [yaml, expected] of [
      ["add: &caps\n- SYS_ADMIN\nnext: *caps\n", "add: &caps []\nnext: *caps\n"],
      ["add: !!seq\n- SYS_ADMIN\nnext: 1\n", "add: !!seq []\nnext: 1\n"],
      ["add: &caps !!seq # dangerous\n  - SYS_ADMIN\nnext: 1\n", "add: &caps !!seq [] # dangerous\nnext: 1\n"],
    ]) {
      expect(apply(yaml!, removeItem(object(yamlRoot(yaml!)).get("add") as never, 0, yaml!))).toBe(expected);
    }
  });

  it("appends after an empty YAML item (- alone, located at its list), at the list's dash, and does not remove it from a longer list", () => {
    // Found by the fuzz test: the dash was searched for before the list, found elsewhere or nowhere (a negative indentation threw).
    const yaml = "Props:\n  List:\n  -\n  Other: 1\n";
    const list = object(object(yamlRoot(yaml)).get("Props")).get("List") as never;
    expect(apply(yaml, appendItem(list, { a: 1 }, yaml))).toBe("Props:\n  List:\n  -\n  - {a: 1}\n  Other: 1\n");
    const two = "List:\n  -\n  - b\n";
    expect(removeItem(object(yamlRoot(two)).get("List") as never, 0, two)).toMatchObject({ uneditable: true });
  });

  it("finds a YAML list's dash before a first item that starts with one (a negative number, a nested list)", () => {
    for (const [yaml, expected] of [
      ["a:\n  - -1.5\n", "a:\n  - -1.5\n  - 3\n"],
      ["a:\n  - - null\n", "a:\n  - - null\n  - 3\n"],
    ]) {
      expect(apply(yaml!, appendItem(object(yamlRoot(yaml!)).get("a") as never, 3, yaml!))).toBe(expected);
    }
    const list = "a:\n  - -1\n  - 2\n";
    expect(apply(list, removeItem(object(yamlRoot(list)).get("a") as never, 0, list))).toBe("a:\n  - 2\n");
  });
});

describe("orphansAlias", () => {
  // Found by the fuzz test: removing `&a {…}` while `*a` follows leaves an alias without its anchor, and the file does not parse.
  const source = "list: [&a {x: 1}, &b {x: 2}]\nuse: *a\n---\nlater: *b\n";
  const at = (text: string): [number, number] => [source.indexOf(text), source.indexOf(text) + text.length];

  it("is true when the edit takes away an anchor that a later alias in the same document refers to", () => {
    expect(orphansAlias({ range: at("&a {x: 1}, "), text: "" }, source)).toBe(true);
    expect(orphansAlias({ range: at("&a {x: 1}"), text: "{x: 3}" }, source)).toBe(true);
  });

  it("is false when the anchor is written again, has no alias after it in its document, or the edit holds no anchor", () => {
    expect(orphansAlias({ range: at("&a {x: 1}"), text: "&a {x: 3}" }, source)).toBe(false);
    expect(orphansAlias({ range: at(", &b {x: 2}"), text: "" }, source)).toBe(false);
    expect(orphansAlias({ range: at("{x: 1}"), text: "{}" }, source)).toBe(false);
    expect(orphansAlias({ range: at("&a {x: 1}, "), text: "" }, "list: [&a {x: 1}, 2]\nuse: *ab\n")).toBe(false);
  });
});
