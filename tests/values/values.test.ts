import { describe, expect, it } from "vitest";
import { literalString, numberValue, objectValue, path, restyle, type ObjectValue, type Value } from "../../src/values/index.js";
import { jsonRoot, momoaRoot, yamlRoot, yamlRoots } from "../support/parse.js";

function object(value: Value | undefined): ObjectValue {
  expect(value?.kind).toBe("object");
  return value as ObjectValue;
}

describe("JSON", () => {
  const text = `{"family": "web", "cpu": "256", "memory": 512, "n": -1, "flag": true, "none": null, "list": [1, "a"]}`;
  for (const [parser, root] of [
    ["jsonc-eslint-parser", jsonRoot(text)],
    ["@eslint/json", momoaRoot(text)],
  ] as const) {
    it(`reads every JSON type (${parser})`, () => {
      const task = object(root);
      expect(literalString(task.get("family"))).toBe("web");
      expect(literalString(task.get("cpu"))).toBe("256");
      expect(numberValue(task.get("memory"))).toBe(512);
      expect(numberValue(task.get("n"))).toBe(-1);
      expect(task.get("flag")).toMatchObject({ kind: "boolean", value: true });
      expect(task.get("none")?.kind).toBe("null");
      const list = task.get("list");
      expect(list?.kind === "array" && list.items.map((item) => item.kind)).toEqual(["number", "string"]);
      expect(task.get("absent")).toBeUndefined();
      expect(task.entries.map((entry) => entry.key)).toEqual(["family", "cpu", "memory", "n", "flag", "none", "list"]);
    });
  }

  it("takes the last of duplicate keys, as JSON.parse does", () => {
    expect(numberValue(object(jsonRoot(`{"a": 1, "a": 2}`)).get("a"))).toBe(2);
  });

  it("reports positions of values and keys", () => {
    const task = object(jsonRoot(`{\n  "family": "web"\n}`));
    const entry = task.entry("family")!;
    expect(entry.keyNode.loc).toEqual({ start: { line: 2, column: 2 }, end: { line: 2, column: 10 } });
    expect(entry.value.node.loc).toEqual({ start: { line: 2, column: 12 }, end: { line: 2, column: 17 } });
  });

  it("links values to their parents", () => {
    const task = object(jsonRoot(`{"a": {"b": [1]}}`));
    const inner = object(task.get("a"));
    expect(inner.parent?.kind === "member" && inner.parent.key).toBe("a");
    const list = inner.get("b");
    const first = list?.kind === "array" ? list.items[0] : undefined;
    expect(first?.parent?.kind === "item" && first.parent.index).toBe(0);
  });
});

describe("unknown values", () => {
  it("treats CloudFormation intrinsics as unknown", () => {
    const root = object(jsonRoot(`{"a": {"Ref": "Role"}, "b": {"Fn::GetAtt": ["Role", "Arn"]}, "c": {"Fn::If": ["x", 1, 2]}}`));
    expect(root.get("a")).toMatchObject({ kind: "unknown", reason: "intrinsic" });
    expect(root.get("b")?.kind).toBe("unknown");
    expect(root.get("c")?.kind).toBe("unknown");
  });

  it("keeps the logical ID a Ref or GetAtt names, and reads Ref AWS::NoValue as absent", () => {
    const json = object(jsonRoot(`{"a": {"Ref": "Role"}, "b": {"Fn::GetAtt": ["Role", "Arn"]}, "c": {"Fn::GetAtt": "Task.Arn"}, "d": {"Ref": "AWS::Region"}, "e": {"Ref": "AWS::NoValue"}}`));
    expect(json.get("a")).toMatchObject({ kind: "unknown", refersTo: "Role" });
    expect(json.get("b")).toMatchObject({ kind: "unknown", refersTo: "Role" });
    expect(json.get("c")).toMatchObject({ kind: "unknown", refersTo: "Task" });
    expect(json.get("d")).toMatchObject({ kind: "unknown" });
    expect(json.get("d")).not.toHaveProperty("refersTo");
    expect(json.get("e")?.kind).toBe("null");
    const yaml = object(yamlRoot(`a: !Ref Role\nb: !GetAtt Role.Arn\nc: !GetAtt [Task, Arn]\ne: !Ref AWS::NoValue\n`));
    expect(yaml.get("a")).toMatchObject({ kind: "unknown", refersTo: "Role" });
    expect(yaml.get("b")).toMatchObject({ kind: "unknown", refersTo: "Role" });
    expect(yaml.get("c")).toMatchObject({ kind: "unknown", refersTo: "Task" });
    expect(yaml.get("e")?.kind).toBe("null");
  });

  it("reads Fn::Join over literals, Refs and GetAtts as the template it amounts to", () => {
    const json = object(
      jsonRoot(`{"id": {"Fn::Join": ["/", ["service", {"Ref": "Cluster"}, {"Fn::GetAtt": ["Svc", "Name"]}]]}, "image": {"Fn::Join": ["", [{"Ref": "Repo"}, ":latest"]]}, "other": {"Fn::Join": ["", [{"Fn::If": ["c", "a", "b"]}]]}}`),
    );
    expect(json.get("id")).toMatchObject({ kind: "string", value: "service/${Cluster}/${Svc.Name}", literal: undefined });
    expect(json.get("image")).toMatchObject({ kind: "string", value: "${Repo}:latest" });
    expect(json.get("other")?.kind).toBe("unknown");
    const yaml = object(yamlRoot(`id: !Join ["/", [service, !Ref Cluster, !GetAtt Svc.Name]]\nlong:\n  Fn::Join: ["-", [a, 1, !GetAtt [X, Y]]]\nbad: !Join ["", [!Sub "\${A}"]]\n`));
    expect(yaml.get("id")).toMatchObject({ kind: "string", value: "service/${Cluster}/${Svc.Name}" });
    expect(yaml.get("long")).toMatchObject({ kind: "string", value: "a-1-${X.Y}" });
    expect(yaml.get("bad")?.kind).toBe("unknown");
  });

  it("reads a Join whose list is an empty YAML item as unknown, without throwing (found by the fuzz test)", () => {
    const yaml = object(yamlRoot('rules: !Join\n  - ""\n  -\nflow: !Join [",", [a, null, b]]\n'));
    expect(yaml.get("rules")?.kind).toBe("unknown");
    expect(yaml.get("flow")?.kind).toBe("unknown");
  });

  it("reads Fn::Sub as a template string whose literal parts can be judged", () => {
    const root = object(jsonRoot(`{"image": {"Fn::Sub": "\${Repo}:latest"}, "pair": {"Fn::Sub": ["\${A}-x", {"A": "1"}]}}`));
    const image = root.get("image");
    expect(image).toMatchObject({ kind: "string", value: "${Repo}:latest", literal: undefined });
    expect(image?.kind === "string" && image.parts).toEqual([
      { kind: "placeholder", text: "${Repo}" },
      { kind: "text", text: ":latest" },
    ]);
    expect(root.get("pair")).toMatchObject({ kind: "string", value: "${A}-x" });
  });

  it("treats YAML tags outside the core schema as unknown, and applies core tags", () => {
    const root = object(yamlRoot(`a: !Ref Role\nb: !GetAtt Role.Arn\nc: !!str 0o14\nd: !!int "7"\ne: !!bool "true"\nf: !Sub "\${Repo}:latest"\ng: !!binary aGk=\n`));
    expect(root.get("a")).toMatchObject({ kind: "unknown", reason: "tag" });
    expect(root.get("b")?.kind).toBe("unknown");
    expect(root.get("c")).toMatchObject({ kind: "string", literal: "0o14" });
    expect(root.get("d")).toMatchObject({ kind: "number", value: 7 });
    expect(root.get("e")).toMatchObject({ kind: "boolean", value: true });
    expect(root.get("f")).toMatchObject({ kind: "string", literal: undefined });
    expect(root.get("g")?.kind).toBe("unknown");
  });

  it.each([
    ["${VAR}", true],
    ["{{ .Values.image }}", true],
    ["$$$IMAGE$$$", true],
    ["$$X$$", true],
    ["#{Octopus.Var}", true],
    ["<ACCOUNT_ID>", true],
    ["  ${A}${B}  ", true],
    ["plain", false],
    ["price: $5", false],
    ["<html>", false],
  ])("a string that is only placeholders is unknown: %s", (text, unknown) => {
    const value = object(jsonRoot(JSON.stringify({ v: text }))).get("v");
    expect(value?.kind === "unknown").toBe(unknown);
  });

  it("keeps the literal parts of a partly templated string", () => {
    const value = object(jsonRoot(`{"v": "arn:aws:iam::<ACCOUNT_ID>:role/x"}`)).get("v");
    expect(value).toMatchObject({ kind: "string", literal: undefined });
    expect(value?.kind === "string" && value.parts.map((part) => part.kind)).toEqual(["text", "placeholder", "text"]);
  });
});

describe("YAML anchors, aliases and merge keys", () => {
  it("resolves an alias to its anchor and reports at the alias", () => {
    const root = object(yamlRoot(`a: &x {b: 1}\nc: *x\nd: &s text\ne: *s\n`));
    const alias = object(root.get("c"));
    expect(numberValue(alias.get("b"))).toBe(1);
    expect(alias.node.loc.start).toEqual({ line: 2, column: 3 });
    const scalar = root.get("e");
    expect(literalString(scalar)).toBe("text");
    expect(scalar?.node.loc.start).toEqual({ line: 4, column: 3 });
  });

  it("uses the nearest earlier anchor of a name", () => {
    const root = object(yamlRoot(`a: &x 1\nb: *x\nc: &x 2\nd: *x\n`));
    expect(numberValue(root.get("b"))).toBe(1);
    expect(numberValue(root.get("d"))).toBe(2);
  });

  it("makes an unresolvable alias unknown", () => {
    expect(object(yamlRoot(`a: *nowhere\n`)).get("a")).toMatchObject({ kind: "unknown", reason: "alias" });
  });

  it("lets a merge key supply keys: found ones are read, any other may be there", () => {
    const root = object(yamlRoot(`base: &base\n  image: nginx:1.27\nc:\n  <<: *base\n  name: web\n`));
    const merged = object(root.get("c"));
    expect(literalString(merged.get("image"))).toBe("nginx:1.27");
    expect(merged.get("user")).toMatchObject({ kind: "unknown", reason: "merge" });
    expect(merged.entries.map((entry) => entry.key)).toEqual(["name"]);
    expect(merged.hasMerge).toBe(true);
  });

  it("accepts merge lists and unresolvable merges", () => {
    const root = object(yamlRoot(`a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\nd:\n  <<: *missing\n`));
    expect(numberValue(object(root.get("c")).get("y"))).toBe(2);
    expect(object(root.get("d")).get("x")?.kind).toBe("unknown");
  });

  it("gives one root per YAML document, skipping empty ones", () => {
    expect(yamlRoots(`a: 1\n---\n# empty\n---\nb: 2\n`).map((root) => root.kind)).toEqual(["object", "object"]);
  });
});

describe("key styles", () => {
  it("reads API names in CloudFormation spelling after restyling", () => {
    const properties = restyle(jsonRoot(`{"TaskRoleArn": "arn", "Volumes": [{"EFSVolumeConfiguration": {"FilesystemId": "fs-1", "AuthorizationConfig": {"IAM": "ENABLED"}}}]}`), "cloudformation");
    const task = object(properties);
    expect(literalString(task.get("taskRoleArn"))).toBe("arn");
    expect(task.keyName("taskRoleArn")).toBe("TaskRoleArn");
    expect(task.keyName("executionRoleArn")).toBe("ExecutionRoleArn");
    const volume = task.get("volumes");
    const efs = objectValue(path(volume?.kind === "array" ? volume.items[0] : undefined, "efsVolumeConfiguration"));
    expect(literalString(efs?.get("fileSystemId"))).toBe("fs-1");
    expect(literalString(path(efs, "authorizationConfig", "iam"))).toBe("ENABLED");
  });

  it("does not read CloudFormation spelling in API style", () => {
    expect(object(jsonRoot(`{"TaskRoleArn": "arn"}`)).get("taskRoleArn")).toBeUndefined();
  });
});

describe("odd input", () => {
  it("reads YAML null values and non-scalar keys without throwing", () => {
    const root = object(yamlRoot(`a:\n? [x]\n: 1\nb: ~\n`));
    expect(root.get("a")?.kind).toBe("null");
    expect(root.get("b")?.kind).toBe("null");
  });
});
