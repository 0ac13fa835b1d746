/**
 * no-plaintext-secrets on App Runner: `RuntimeEnvironmentVariables` of services
 * and `run.env` / `build.env` of `apprunner.yaml` (see the rule's file for why),
 * with the suggestion that moves a variable to the secrets.
 */
import type { ReportExtras } from "../../create-rule.js";
import type { AppRunnerConfigDocument, AppRunnerServiceDocument, AppRunnerVariable } from "../../documents/index.js";
import { classifyValue, credentialIn, isSecretName } from "../../facts/secrets.js";
import { appendItem, insertMember, itemLabel, removeItem, removeMember, replaceValue, setMapMembers, stringValue, type Edit, type ObjectValue, type Value } from "../../values/index.js";
import type { Context, MessageId } from "../no-plaintext-secrets.js";

/** A variable of an App Runner service (`RuntimeEnvironmentVariables`) or `apprunner.yaml` (`run.env`, `build.env`). */
export function checkAppRunner(context: Context, document: AppRunnerServiceDocument | AppRunnerConfigDocument, variable: AppRunnerVariable, stage: "run" | "build"): void {
  const value = variable.value;
  const cloudFormationNumber = value?.kind === "number" && value.style === "cloudformation" ? String(value.value) : undefined;
  if (value === undefined || (value.kind !== "string" && !(value.kind === "unknown" && value.reason === "placeholder") && cloudFormationNumber === undefined)) return;
  const text = stringValue(value);
  const holed = text ? text.holed : cloudFormationNumber;
  const credential = holed === undefined ? undefined : credentialIn(holed);
  const name = variable.name;
  const build = stage === "build";
  if (credential !== undefined) {
    context.report(value, build ? "appRunnerBuildCredentialValue" : "appRunnerCredentialValue", { ...appRunnerData(document, variable, stage), credential }, build ? undefined : runtimeSecret(context, document, variable));
    return;
  }
  if (name === undefined || variable.nameAt === undefined || !isSecretName(name) || (context.options[0]?.allowedNames ?? []).includes(name)) return;
  if (holed !== undefined && classifyValue(holed) !== "other") return;
  const templated = text === undefined ? cloudFormationNumber === undefined : text.literal === undefined;
  const messageId: MessageId = build ? "appRunnerBuildSecretName" : templated ? "appRunnerTemplatedSecretName" : "appRunnerSecretName";
  context.report(variable.nameAt, messageId, appRunnerData(document, variable, stage), build ? undefined : runtimeSecret(context, document, variable));
}

/** The variable's name (never its value), what holds it, and where the secret should go. */
function appRunnerData(document: AppRunnerServiceDocument | AppRunnerConfigDocument, variable: AppRunnerVariable, stage: "run" | "build"): Record<string, string> {
  const templatedName = variable.item ? stringValue(variable.item.get("name"))?.value : undefined;
  const name = variable.name ?? templatedName;
  const shownName = name === undefined ? (variable.item ? itemLabel(variable.item) : "#1") : JSON.stringify(name);
  if (document.kind === "apprunner-config") {
    return { name: shownName, service: "the configuration file", environment: `${stage}.${variable.key}`, secrets: "run.secrets", where: "the repository" };
  }
  const label = document.label;
  return {
    name: shownName,
    service: label.charAt(0).toLowerCase() + label.slice(1),
    environment: variable.key,
    secrets: variable.holder.keyName("RuntimeEnvironmentSecrets"),
    where: "the service's configuration (describe-service prints them)",
  };
}

/** SSM parameter names: letters, digits and `_ . - /` (SSM API `PutParameter.Name`). */
const PARAMETER_NAME_PART = /^[A-Za-z0-9_.-]+$/;

/**
 * The suggestion moving a variable to the secrets, read from the SSM parameter
 * `/<service>/<NAME>` (`/<NAME>` when the service has no literal name), which App
 * Runner takes by name in the service's Region. The value leaves the file.
 */
function runtimeSecret(context: Context, document: AppRunnerServiceDocument | AppRunnerConfigDocument, variable: AppRunnerVariable): ReportExtras<MessageId> | undefined {
  const name = variable.name;
  if (name === undefined || !PARAMETER_NAME_PART.test(name)) return undefined;
  const service = document.kind === "apprunner-service" ? document.name : undefined;
  const parameter = service !== undefined && PARAMETER_NAME_PART.test(service) ? `/${service}/${name}` : `/${name}`;
  const source = context.source;
  // The secrets' list written by the environment's own list (a YAML alias, `secrets: *env`): moving an item from one to the other is no move at all.
  if (sharesList(variable, document.kind === "apprunner-config" ? document.run?.get("secrets") : variable.holder.get("RuntimeEnvironmentSecrets"))) return undefined;
  const removal = removeVariable(variable, source);
  const addition = document.kind === "apprunner-config" ? addSecret(document.run, "secrets", { name, "value-from": parameter }, source) : addServiceSecret(variable, name, parameter, source);
  const fix = removal === undefined || addition === undefined ? undefined : combine(removal, editsOf(addition), source);
  if (fix === undefined) return undefined;
  const secrets = document.kind === "apprunner-config" ? "run.secrets" : variable.holder.keyName("RuntimeEnvironmentSecrets");
  return { suggest: [{ messageId: "useRuntimeSecret", data: { parameter: JSON.stringify(parameter), secrets }, fix }] };
}

/**
 * The removal and the additions as edits that do not overlap. A YAML block item
 * is removed with its lines, and a member added after the holder's last one is
 * inserted where that item ends — inside those lines when the item was the
 * last thing the holder writes: the member then takes the removed lines' place.
 * Undefined when the edits meet any other way.
 */
function combine(removal: Edit, additions: readonly Edit[], source: string): Edit[] | undefined {
  const edits = [removal];
  for (const addition of additions) {
    const [start, end] = removal.range;
    if (addition.range[1] <= start || addition.range[0] >= end) {
      edits.push(addition);
      continue;
    }
    const lineBreak = /^\r?\n/.exec(addition.text)?.[0];
    const wholeLines = removal.text === "" && (start === 0 || source[start - 1] === "\n") && source[end - 1] === "\n";
    if (lineBreak === undefined || !wholeLines || addition.range[0] !== addition.range[1] || edits[0] !== removal) return undefined;
    edits[0] = { range: [start, end], text: `${addition.text.slice(lineBreak.length)}${lineBreak}` };
  }
  return edits;
}

function editsOf(edits: Edit | readonly Edit[]): readonly Edit[] {
  return "range" in edits ? [edits] : edits;
}

/** Whether `secrets` is written by the same YAML node as the variable's own list or map (one aliases the other). */
function sharesList(variable: AppRunnerVariable, secrets: Value | undefined): boolean {
  const own = variable.entry ? variable.entry.object : variable.item?.parent?.kind === "item" ? variable.item.parent.array : undefined;
  return own !== undefined && secrets !== undefined && (secrets.kind === "array" || secrets.kind === "object") && secrets.contentNode === own.contentNode;
}

/** Removes the variable: its map member (API) or its list item. */
function removeVariable(variable: AppRunnerVariable, source: string): Edit | undefined {
  if (variable.entry) return removeMember(variable.entry.object, variable.entry, source);
  const item = variable.item;
  if (item?.parent?.kind !== "item") return undefined;
  return removeItem(item.parent.array, item.parent.index, source);
}

/** Adds a secret to a service: to the API's map, or to CloudFormation's list of `{Name, Value}`. */
function addServiceSecret(variable: AppRunnerVariable, name: string, parameter: string, source: string): Edit | readonly Edit[] | undefined {
  const holder = variable.holder;
  if (variable.entry) return setMapMembers(holder, "RuntimeEnvironmentSecrets", { [name]: parameter }, source);
  return addSecret(holder, "RuntimeEnvironmentSecrets", { name, value: parameter }, source);
}

/** Appends a `{name, …}` item to the list `holder[key]`, or writes the list. */
function addSecret(holder: ObjectValue | undefined, key: string, item: Readonly<Record<string, string>>, source: string): Edit | undefined {
  if (holder === undefined) return undefined;
  const list: Value | undefined = holder.get(key);
  if (list === undefined || list.kind === "null") return list === undefined ? insertMember(holder, key, [item], source) : replaceValue(list, [item], source);
  return list.kind === "array" ? appendItem(list, item, source) : undefined;
}
