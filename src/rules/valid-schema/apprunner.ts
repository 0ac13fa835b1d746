/**
 * valid-schema's App Runner part: `apprunner.yaml` judged against the file
 * format (`CONFIG_FILE` in src/facts/apprunner-schema.ts — the first schema
 * for it: no public one exists).
 *
 * App Runner reads the file as YAML and documents its keys
 * (https://docs.aws.amazon.com/apprunner/latest/dg/config-file-ref.html), not
 * how it converts scalars. So: keys are reported when the file has no such key
 * (a key spelled in another case or without its hyphen — `preRun`, `pre_run`
 * — is renamed by a fix); required keys are reported missing; `version` must
 * be 1.0, written as a number (`1.0`) or a string (`"1.0"`), and `1.10` is
 * another version; the runtime must be one App Runner has; `build.commands`
 * must be a mapping with a `build` list, and a plain list of commands reports
 * (RULES.md Decisions); `env` and `secrets` are lists of `{name, value}` and
 * `{name, value-from}`. A number or boolean where text goes is left alone, and
 * so is an empty key (`env:` with nothing under it). `pre-run` on a runtime of
 * the original build is `apprunner-runtime`'s.
 */
import type { AppRunnerConfigDocument } from "../../documents/index.js";
import { CONFIG_FILE_VERSION } from "../../facts/apprunner.js";
import { CONFIG_FILE } from "../../facts/apprunner-schema.js";
import type { StructSchema } from "../../facts/schema.js";
import { literalString, replaceValue, type ArrayValue, type Value } from "../../values/index.js";
import { checkStruct } from "./structs.js";
import { begin, type Subject, type Walk } from "./walk.js";
import { clip } from "./words.js";

const COMMANDS_SHAPE = "Section build.commands";

export function checkAppRunnerConfig(walk: Walk, document: AppRunnerConfigDocument): void {
  begin(walk, { appRunnerConfig: true, listForStruct: (value, schema, subject) => commandsList(walk, value, schema, subject) });
  checkStruct(walk, document.root, CONFIG_FILE);
  checkVersion(walk, document.version);
}

/** `version`: 1.0, as a number (`1.0`, `1`) or a string (`"1.0"`). */
function checkVersion(walk: Walk, version: Value | undefined): void {
  if (version === undefined) return;
  let shown: string | undefined;
  if (version.kind === "number") {
    if (version.value === 1) return;
    shown = walk.source.slice(version.node.range[0], version.node.range[1]);
  } else if (version.kind === "string" && version.literal !== undefined) {
    if (version.literal === CONFIG_FILE_VERSION || version.literal === "1") return;
    shown = JSON.stringify(version.literal);
  }
  if (shown === undefined) return;
  // The number 1.0 keeps its spelling (a fix writing JSON's `1` would read as another version to a reader).
  const fix = version.kind === "number" ? { range: version.node.range, text: CONFIG_FILE_VERSION } : replaceValue(version, CONFIG_FILE_VERSION, walk.source);
  walk.context.report(version, "appRunnerVersion", { value: clip(shown) }, { suggest: [{ messageId: "convert", data: { value: CONFIG_FILE_VERSION }, fix }] });
}

/**
 * `build.commands` written as a list of commands: App Runner wants them under
 * `build` (beside optional `pre-build` and `post-build`). The suggestion moves
 * them there when each is literal text.
 */
function commandsList(walk: Walk, value: ArrayValue, schema: StructSchema, subject: Subject): boolean {
  if (schema.name !== COMMANDS_SHAPE) return false;
  const commands = value.items.map((item) => literalString(item)).filter((command) => command !== undefined);
  const movable = commands.length > 0 && commands.length === value.items.length;
  walk.context.report(
    value,
    "appRunnerCommandsList",
    { subject: subject() },
    movable ? { suggest: [{ messageId: "moveCommands", fix: replaceValue(value, { build: commands }, walk.source) }] } : undefined,
  );
  return true;
}
