/**
 * `createRule`: how every rule is written. A rule names the document kinds it
 * visits and gets typed documents (it never walks the AST), reports on values,
 * keys or missing members through one helper, and gives fixes and suggestions
 * as text edits from `src/values/edit.ts`. Its `meta.docs.level` says where it
 * sits in the configs, which are generated from it.
 */
import type { Rule } from "eslint";
import { documentsOf, type AnyDocument, type DocumentKind, type DocumentOfKind } from "./documents/index.js";
import { projectIndex } from "./documents/project.js";
import { judged, pluginSettings } from "./settings.js";
import { DocumentSet, relatedDocuments, type RelatedDocuments } from "./documents/related.js";
import { orphansAlias, startOf, type Edit, type Entry, type ObjectValue, type SourceLocation, type Spanned, type Value } from "./values/index.js";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-aws-containers/eslint-plugin-aws-containers";

/** Platforms a rule applies to; each has a config of its own (`configs.ecs`, …). */
export type Platform = "ecs" | "ecr" | "eks" | "eksctl" | "apprunner";

/**
 * Where a rule sits: `error` and `warn` are its severity in `recommended`;
 * `strict` rules are on only in `strict` (RULES.md's E, W and S).
 */
export type Level = "error" | "warn" | "strict";

export interface RuleDocs {
  readonly description: string;
  readonly level: Level;
  readonly platforms: readonly Platform[];
  /** Peer checks and AWS controls the rule covers, as in RULES.md. */
  readonly covers?: string;
}

/** A JSON Schema for one option, as ESLint takes it. */
export type JsonSchema = Exclude<NonNullable<Rule.RuleMetaData["schema"]>, false | readonly unknown[]>;

export type MessageData = Readonly<Record<string, string | number>>;

export interface Suggestion<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data?: MessageData;
  readonly fix: Edit | readonly Edit[];
}

export interface ReportExtras<MessageIds extends string> {
  /** An autofix: only where the right change is certain. */
  readonly fix?: Edit | readonly Edit[];
  /** Suggestions: where the change is a choice. */
  readonly suggest?: readonly Suggestion<MessageIds>[];
}

export interface RuleContext<MessageIds extends string, Options extends readonly unknown[]> {
  /** The rule's options, with `meta.defaultOptions` applied. */
  readonly options: Options;
  readonly filename: string;
  /** The file's text, for building edits. */
  readonly source: string;
  /**
   * The other documents a check may need (a service's task definition, a
   * cluster): this file's first, then the project index's. A check whose
   * document is found nowhere stays silent.
   */
  readonly related: RelatedDocuments;
  /** Reports on a value, or on a member's key. */
  report(at: Value | Entry, messageId: MessageIds, data?: MessageData, extras?: ReportExtras<MessageIds>): void;
  /** Reports a member missing from an object, on the key that holds the object (never on the whole file). */
  reportMissing(object: ObjectValue, messageId: MessageIds, data?: MessageData, extras?: ReportExtras<MessageIds>): void;
}

export type DocumentHandlers = { readonly [K in DocumentKind]?: (document: DocumentOfKind<K>) => void };

export interface RuleSpec<MessageIds extends string, Options extends readonly unknown[]> {
  readonly name: string;
  readonly meta: {
    readonly type: "problem" | "suggestion";
    readonly docs: RuleDocs;
    readonly messages: Readonly<Record<MessageIds, string>>;
    readonly schema?: JsonSchema[];
    readonly defaultOptions?: Options;
    readonly fixable?: "code";
    readonly hasSuggestions?: boolean;
  };
  create(context: RuleContext<MessageIds, Options>): DocumentHandlers;
}

export interface AwsContainersRule extends Rule.RuleModule {
  readonly name: string;
  readonly meta: Rule.RuleMetaData & { docs: RuleDocs & { url: string } };
}

export function createRule<MessageIds extends string, Options extends readonly unknown[] = []>(spec: RuleSpec<MessageIds, Options>): AwsContainersRule {
  const meta = {
    type: spec.meta.type,
    docs: { ...spec.meta.docs, recommended: spec.meta.docs.level !== "strict", url: `${REPOSITORY_URL}/blob/main/docs/rules/${spec.name}.md` },
    messages: spec.meta.messages,
    schema: spec.meta.schema ?? [],
    ...(spec.meta.defaultOptions ? { defaultOptions: spec.meta.defaultOptions as unknown as unknown[] } : {}),
    ...(spec.meta.fixable ? { fixable: spec.meta.fixable } : {}),
    ...(spec.meta.hasSuggestions ? { hasSuggestions: true } : {}),
  };
  /** The document kinds the rule handles, learnt from its first `create` (its handlers object's keys). */
  let handledKinds: ReadonlySet<string> | undefined;
  return {
    name: spec.name,
    meta,
    /**
     * The rule does all its work here and hands ESLint no listeners: it judges
     * documents, not AST nodes, and the documents are known before the walk.
     * ESLint takes reports made during `create` like any other (they are
     * sorted, filtered by disable comments and fixed afterwards), and a rule
     * with no listeners costs its walk nothing.
     */
    create(eslintContext) {
      const ast = eslintContext.sourceCode.ast as unknown as { type: string };
      const documents = documentsOf(ast, eslintContext.sourceCode.text, eslintContext.filename);
      // Only the platforms the settings name are judged; the others' documents stay in view for lookups.
      const judgedHere = judgedDocuments(documents, eslintContext.settings);
      // Most files in a repository are not AWS configuration: no documents, no further cost.
      if (judgedHere.length === 0) return NO_LISTENERS;
      // Nor is a file whose documents are all of kinds this rule does not read (an ECR policy for an ECS rule).
      if (handledKinds !== undefined && !handlesAny(handledKinds, judgedHere)) return NO_LISTENERS;
      const context = new DocumentRuleContext<MessageIds, Options>(eslintContext, documents);
      const handlers = spec.create(context);
      handledKinds ??= new Set(Object.keys(handlers));
      for (const document of judgedHere) {
        const handler = handlers[document.kind] as ((document: AnyDocument) => void) | undefined;
        if (handler === undefined) continue;
        context.editable = !isOutput(document);
        handler(document);
      }
      return NO_LISTENERS;
    },
  };
}

/** The documents of the platforms the settings name (all of them when they name none; see src/settings.ts). */
function judgedDocuments(documents: readonly AnyDocument[], settings: Readonly<Record<string, unknown>>): readonly AnyDocument[] {
  if (documents.length === 0) return documents;
  const { platforms } = pluginSettings(settings);
  if (platforms === undefined) return documents;
  return documents.every((document) => judged(document.kind, platforms)) ? documents : documents.filter((document) => judged(document.kind, platforms));
}

/** What every rule returns: its work is done in `create` (above). One object for all. */
const NO_LISTENERS: Rule.RuleListener = Object.freeze({});

/** AWS's own output (a describe, get or list response; see `ApiDocument.output`). A task definition is never: people keep and edit its describe output. */
function isOutput(document: AnyDocument): boolean {
  return "output" in document && document.output;
}

function handlesAny(kinds: ReadonlySet<string>, documents: readonly AnyDocument[]): boolean {
  for (const document of documents) if (kinds.has(document.kind)) return true;
  return false;
}

/** One lookup per file, shared by every rule that asks. */
const sameFileLookups = new WeakMap<readonly AnyDocument[], DocumentSet>();

/** The context a rule gets: one per rule and file, so it allocates nothing until it reports. */
class DocumentRuleContext<MessageIds extends string, Options extends readonly unknown[]> implements RuleContext<MessageIds, Options> {
  /** What was reported, by place and message, with the data of each: to report each finding once. */
  #reported: Map<string, MessageData[]> | undefined;

  #related: RelatedDocuments | undefined;

  /**
   * False while the rule reads AWS's own output: the file records a resource's
   * state rather than creating it, so its findings are reported without fixes or suggestions.
   */
  editable = true;

  constructor(
    private readonly context: Rule.RuleContext,
    private readonly documents: readonly AnyDocument[],
  ) {}

  get related(): RelatedDocuments {
    if (this.#related === undefined) {
      let sameFile = sameFileLookups.get(this.documents);
      if (sameFile === undefined) {
        sameFile = new DocumentSet(this.documents);
        sameFileLookups.set(this.documents, sameFile);
      }
      this.#related = relatedDocuments(sameFile, projectIndex(this.context.settings, this.context.cwd));
    }
    return this.#related;
  }

  get options(): Options {
    return this.context.options as unknown as Options;
  }

  get filename(): string {
    return this.context.filename;
  }

  get source(): string {
    return this.context.sourceCode.text;
  }

  /** The file's text when it is YAML (where an edit may take an alias's anchor away), else undefined. */
  private get yamlSource(): string | undefined {
    return this.documents[0]?.root.syntax === "yaml" ? this.context.sourceCode.text : undefined;
  }

  report(at: Value | Entry, messageId: MessageIds, data?: MessageData, extras?: ReportExtras<MessageIds>): void {
    this.send("keyNode" in at ? at.keyNode : at.node, messageId, data, extras);
  }

  reportMissing(object: ObjectValue, messageId: MessageIds, data?: MessageData, extras?: ReportExtras<MessageIds>): void {
    this.send(missingMemberSite(object), messageId, data, extras);
  }

  private send(at: Spanned, messageId: MessageIds, data: MessageData | undefined, extras: ReportExtras<MessageIds> | undefined): void {
    // The same YAML anchor reached through several aliases would report once per alias; report once.
    if (this.isRepeat(`${at.range[0]}:${at.range[1]}:${messageId}`, data ?? NO_DATA)) return;
    const descriptor: { loc: SourceLocation; messageId: string; data?: MessageData; fix?: Rule.ReportFixer; suggest?: Rule.SuggestionReportDescriptor[] } = { loc: at.loc, messageId };
    if (data) descriptor.data = data;
    const edits = this.editable ? extras : undefined;
    const yaml = this.yamlSource;
    if (edits?.fix && editable(edits.fix, yaml)) descriptor.fix = toFix(edits.fix);
    const suggestions = edits?.suggest?.filter((suggestion) => editable(suggestion.fix, yaml));
    if (suggestions?.length) {
      descriptor.suggest = suggestions.map((suggestion) => ({
        messageId: suggestion.messageId,
        ...(suggestion.data ? { data: suggestion.data as Record<string, string> } : {}),
        fix: toFix(suggestion.fix),
      }));
    }
    this.context.report(descriptor);
  }

  private isRepeat(place: string, data: MessageData): boolean {
    this.#reported ??= new Map();
    const earlier = this.#reported.get(place);
    if (earlier === undefined) {
      this.#reported.set(place, [data]);
      return false;
    }
    const text = JSON.stringify(data);
    if (earlier.some((item) => JSON.stringify(item) === text)) return true;
    earlier.push(data);
    return false;
  }
}

const NO_DATA: MessageData = {};

/** Keys that name a list item or a document root, most telling first (`kind` for a Kubernetes object). */
const LABEL_KEYS = ["name", "family", "serviceName", "clusterName", "repositoryName", "Name", "PolicyName", "ScheduledActionName", "ResourceId", "Id", "kind"];

/**
 * Where to report that an object lacks a member: the key that holds the object;
 * for an item of a list (a container) or a document root, the key that names it
 * (`name`, `family`, `serviceName`, `Name`, …, a Kubernetes object's `kind`); else the object's first character.
 */
export function missingMemberSite(object: ObjectValue): Spanned {
  if (object.parent?.kind === "member") return object.parent.keyNode;
  for (const key of LABEL_KEYS) {
    const label = object.entryExact(key);
    if (label) return label.keyNode;
  }
  return startOf(object.node);
}

/**
 * False when an edit helper refused to edit (a value inside JSON embedded in a
 * string), when, in YAML, an edit would take away the anchor of a later alias,
 * or when two edits overlap, which ESLint refuses with an error that stops the
 * rule ("Fix objects must not be overlapped in a report").
 */
function editable(edits: Edit | readonly Edit[], yamlSource: string | undefined): boolean {
  const list = distinctEdits(edits);
  return list.every((edit) => edit.uneditable !== true && (yamlSource === undefined || !orphansAlias(edit, yamlSource))) && !overlapping(list);
}

/**
 * The edits of a fix, each once: a YAML anchor's value reached again through an
 * alias (a list holding `&s {…}` and `*s`) is one place, edited once.
 */
function distinctEdits(edits: Edit | readonly Edit[]): readonly Edit[] {
  if ("range" in edits) return [edits];
  if (edits.length < 2) return edits;
  const seen = new Set<string>();
  return edits.filter((edit) => {
    const key = `${edit.range[0]}:${edit.range[1]}:${edit.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether two edits change the same text (ESLint merges edits that only touch). */
function overlapping(edits: readonly Edit[]): boolean {
  if (edits.length < 2) return false;
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return sorted.some((edit, index) => index > 0 && edit.range[0] < sorted[index - 1]!.range[1]);
}

function toFix(edits: Edit | readonly Edit[]): Rule.ReportFixer {
  const list = distinctEdits(edits);
  return (fixer) => list.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
}
