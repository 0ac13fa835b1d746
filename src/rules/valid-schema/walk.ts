/**
 * valid-schema: the walk's context — the file's reporter and text, the option,
 * and what the document being walked is (a Go-decoded container list, a
 * Kubernetes object or patch, a root that may hold describe output or lack
 * required members). One per file; the checks in structs.ts and values.ts are
 * plain functions taking it, not closures made again for every file.
 */
import type { ReportExtras, RuleContext, Suggestion } from "../../create-rule.js";
import type { StructSchema } from "../../facts/schema.js";
import { removeMember, type ArrayValue, type Entry, type ObjectValue, type Value } from "../../values/index.js";

export type MessageIds =
  | "unknownMember"
  | "unknownMemberNear"
  | "memberCase"
  | "caseBesideMember"
  | "unknownField"
  | "unknownFieldNear"
  | "fieldCase"
  | "unknownConfigField"
  | "unknownConfigFieldNear"
  | "configFieldCase"
  | "unknownAppRunnerKey"
  | "unknownAppRunnerKeyNear"
  | "appRunnerKeySpelling"
  | "appRunnerVersion"
  | "appRunnerCommandsList"
  | "moveCommands"
  | "yaml11ConfigType"
  | "duplicateConfigKey"
  | "yaml11Type"
  | "oneOfMany"
  | "duplicateKey"
  | "nullMember"
  | "nullRequired"
  | "missingMember"
  | "wrongType"
  | "enumValue"
  | "enumCase"
  | "notInteger"
  | "outOfRange"
  | "empty"
  | "tooShort"
  | "tooLong"
  | "patternMismatch"
  | "tooManyItems"
  | "unionCount"
  | "describeOnly"
  | "describeWrapper"
  | "invalidJson"
  | "rename"
  | "remove"
  | "convert";

export type Extras = ReportExtras<MessageIds> | undefined;

/**
 * What a message calls the value (`ContainerDefinition member cpu`, `Item 2 of …`):
 * made only when something is reported, since almost every value is fine.
 */
export type Subject = () => string;

/** The root of an input whose describe-output members are accepted (unless the option says otherwise), and what to call them. */
export interface DescribedRoot {
  readonly object: ObjectValue;
  readonly members: ReadonlySet<string>;
  readonly output: string;
  readonly input: string;
}

export interface Walk {
  readonly context: RuleContext<MessageIds, readonly unknown[]>;
  readonly source: string;
  readonly allowDescribeOutput: boolean;
  /**
   * A bare container list is Terraform's `container_definitions`, decoded by Go's
   * encoding/json: it takes `null` as unset and matches member names whatever their case.
   */
  goDecoded: boolean;
  describedRoot: DescribedRoot | undefined;
  /** The root of a partial definition (an ecspresso service file without serviceName): its required members may come from elsewhere. */
  partialRoot: ObjectValue | undefined;
  /** A Kubernetes object: read as the API server reads it (see src/rules/valid-schema/kubernetes.ts). */
  kubernetes: boolean;
  /** A Kubernetes fragment (a patch): nothing in it is missing. */
  fragment: boolean;
  /** An eksctl ClusterConfig: read as eksctl reads it (see src/rules/valid-schema/eksctl.ts). */
  eksctl: boolean;
  /** An `apprunner.yaml`: keys are the file's, not API members (see src/rules/valid-schema/apprunner.ts). */
  appRunnerConfig: boolean;
  /**
   * A list where a struct goes, worded by the document kind's own check (`build.commands`
   * written as a list in `apprunner.yaml`): true when it reported it.
   */
  listForStruct: ((value: ArrayValue, schema: StructSchema, subject: Subject) => boolean) | undefined;
}

export function walkOf(context: RuleContext<MessageIds, readonly unknown[]>, allowDescribeOutput: boolean): Walk {
  return {
    context,
    source: context.source,
    allowDescribeOutput,
    goDecoded: false,
    describedRoot: undefined,
    partialRoot: undefined,
    kubernetes: false,
    fragment: false,
    eksctl: false,
    appRunnerConfig: false,
    listForStruct: undefined,
  };
}

/** Sets the state for the document about to be walked. */
export function begin(
  walk: Walk,
  state: { goDecoded?: boolean; describedRoot?: DescribedRoot; partialRoot?: ObjectValue; kubernetes?: boolean; fragment?: boolean; eksctl?: boolean; appRunnerConfig?: boolean; listForStruct?: Walk["listForStruct"] } = {},
): void {
  walk.goDecoded = state.goDecoded === true;
  walk.describedRoot = state.describedRoot;
  walk.partialRoot = state.partialRoot;
  walk.kubernetes = state.kubernetes === true;
  walk.fragment = state.fragment === true;
  walk.eksctl = state.eksctl === true;
  walk.appRunnerConfig = state.appRunnerConfig === true;
  walk.listForStruct = state.listForStruct;
}

/** Go's decoders (Kubernetes, eksctl) take `null` as unset, in structs, lists and maps alike; so is an empty key of `apprunner.yaml` read here. */
export function nullIsUnset(walk: Walk): boolean {
  return walk.kubernetes || walk.eksctl || walk.appRunnerConfig;
}

/** The document is read as YAML 1.1 by go-yaml (Kubernetes, eksctl): a plain `yes` is a boolean, `0644` an integer. */
export function readsYaml11(walk: Walk): boolean {
  return walk.kubernetes || walk.eksctl;
}

/** Required members of this object may be supplied elsewhere (a partial definition, a Kubernetes patch). */
export function mayLack(walk: Walk, object: ObjectValue): boolean {
  return walk.fragment || object === walk.partialRoot;
}

export function removal(walk: Walk, object: ObjectValue, entry: Entry): Suggestion<MessageIds> {
  return { messageId: "remove", data: { key: entry.key }, fix: removeMember(object, entry, walk.source) };
}

/** A suggestion removing the member that holds a value, when the value is a member's. */
export function removeHolder(walk: Walk, value: Value): Suggestion<MessageIds>[] {
  return value.parent?.kind === "member" ? [removal(walk, value.parent.object, value.parent)] : [];
}
