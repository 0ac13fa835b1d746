/**
 * The source code object of our languages: the text and the AST of
 * jsonc-eslint-parser or yaml-eslint-parser, with what ESLint asks of a
 * language's source code (locations, the traversal, inline `eslint-disable`
 * comments, `/* eslint … *\/` configuration) and, for other plugins' rules that
 * run on the same files (eslint-plugin-jsonc's, eslint-plugin-yml's), the token
 * methods and `parserServices` they expect from those parsers.
 */
import type { DirectiveType, FileProblem, RulesConfig } from "@eslint/core";
import { CallMethodStep, ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { TokenStore } from "@ota-meshi/ast-token-store";

/** What both parsers' nodes, tokens and comments carry. */
export interface SyntaxElement {
  readonly type: string;
  readonly range: [number, number];
  readonly loc: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
}

export interface Comment extends SyntaxElement {
  /** The comment's text without its `#`, `//` or `/* *\/` markers. */
  readonly value: string;
}

export interface ParsedRoot extends SyntaxElement {
  readonly tokens: SyntaxElement[];
  readonly comments: Comment[];
}

export interface ParsedSourceCodeOptions {
  readonly text: string;
  readonly ast: ParsedRoot;
  readonly visitorKeys: Record<string, string[]>;
  /** What the parser hands its rules (`{ isJSON: true }`, `{ isYAML: true }`): eslint-plugin-jsonc's and eslint-plugin-yml's rules check it. */
  readonly parserServices: Readonly<Record<string, unknown>>;
  /** Where the parser breaks lines, so that ESLint's index ↔ line/column conversions agree with the AST's locations. */
  readonly lineEndingPattern: RegExp;
}

const commentParser = new ConfigCommentParser();

/** `eslint`, `eslint-enable`, `eslint-disable`, `eslint-disable-line`, `eslint-disable-next-line`. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

type TraversalStep = VisitNodeStep | CallMethodStep;

export class ParsedSourceCode extends TextSourceCodeBase<{ LangOptions: Record<string, unknown>; RootNode: ParsedRoot; SyntaxElementWithLoc: SyntaxElement; ConfigNode: Comment }> {
  readonly visitorKeys: Record<string, string[]>;
  readonly parserServices: Readonly<Record<string, unknown>>;
  readonly comments: readonly Comment[];
  #steps: TraversalStep[] | undefined;
  #tokenStore: TokenStore<SyntaxElement, SyntaxElement, Comment> | undefined;
  #inlineConfigComments: Comment[] | undefined;

  constructor({ text, ast, visitorKeys, parserServices, lineEndingPattern }: ParsedSourceCodeOptions) {
    super({ text, ast, lineEndingPattern });
    this.visitorKeys = visitorKeys;
    this.parserServices = parserServices;
    this.comments = ast.comments;
  }

  /**
   * Every node, entered and left, in the parser's visitor-key order. Our own
   * rules listen to nothing (they read documents), but other rules on the same
   * files do. The code-path calls are the ones eslint-plugin-yml's and
   * eslint-plugin-jsonc's languages make, for rules that count on them.
   */
  override traverse(): Iterable<TraversalStep> {
    if (this.#steps !== undefined) return this.#steps;
    const steps: TraversalStep[] = [new CallMethodStep({ target: "onCodePathStart", args: [{}, this.ast] })];
    const visitorKeys = this.visitorKeys;
    // The hot loop of every lint (two steps per node): no arrays of children and
    // no `args` (ESLint then passes the step's target, the node itself) — the
    // steps live until the walk ends, so each allocation costs twice, once made
    // and once collected (issue 15: about 0.7 s of the benchmark's 8).
    const visit = (node: SyntaxElement): void => {
      steps.push(visitStep(node, 1));
      const keys = visitorKeys[node.type];
      if (keys !== undefined) {
        for (const key of keys) {
          const child = (node as unknown as Record<string, unknown>)[key];
          if (Array.isArray(child)) {
            for (const item of child) if (isNode(item)) visit(item);
          } else if (isNode(child)) visit(child);
        }
      }
      steps.push(visitStep(node, 2));
    };
    visit(this.ast);
    steps.push(new CallMethodStep({ target: "onCodePathEnd", args: [{}, this.ast] }));
    this.#steps = steps;
    return steps;
  }

  getInlineConfigNodes(): Comment[] {
    this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (!directive) continue;
      const { label, value, justification } = directive;
      // As ESLint says for JavaScript: which lines would a multi-line `-line` directive cover?
      if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        continue;
      }
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" || label === "eslint-disable-line") {
        directives.push(new Directive({ type: label.slice("eslint-".length) as DirectiveType, node: comment, value, justification }));
      }
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: { config: { rules: RulesConfig }; loc: Comment["loc"] }[]; problems: FileProblem[] } {
    const configs: { config: { rules: RulesConfig }; loc: Comment["loc"] }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (directive?.label !== "eslint") continue;
      const parsed = commentParser.parseJSONLikeConfig(directive.value);
      if (parsed.ok) configs.push({ config: { rules: parsed.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: parsed.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  getAllComments(): readonly Comment[] {
    return this.comments;
  }

  getLines(): readonly string[] {
    return this.lines;
  }

  /** Whether whitespace separates two tokens or nodes, in either order. */
  isSpaceBetween(first: SyntaxElement, second: SyntaxElement): boolean {
    const [left, right] = first.range[1] <= second.range[0] ? [first, second] : [second, first];
    return this.tokenStore.isSpaceBetween(left, right);
  }

  /** The deepest node whose range holds the index. */
  getNodeByRangeIndex(index: number): SyntaxElement | null {
    const holds = (node: SyntaxElement) => node.range[0] <= index && index < node.range[1];
    if (!holds(this.ast)) return null;
    let node: SyntaxElement = this.ast;
    for (;;) {
      const child = this.#children(node).find(holds);
      if (child === undefined) return node;
      node = child;
    }
  }

  #children(node: SyntaxElement): SyntaxElement[] {
    const children: SyntaxElement[] = [];
    for (const key of this.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) children.push(item);
      } else if (isNode(child)) children.push(child);
    }
    return children;
  }

  /** Tokens and comments, indexed when another plugin's rule first asks (ours never do). */
  get tokenStore(): TokenStore<SyntaxElement, SyntaxElement, Comment> {
    this.#tokenStore ??= new TokenStore<SyntaxElement, SyntaxElement, Comment>({
      tokens: [...this.ast.tokens, ...this.ast.comments],
      isComment: (token): token is Comment => this.#isComment(token),
    });
    return this.#tokenStore;
  }

  /**
   * ESLint's JavaScript rules, when a user's config gives them every file
   * (`js.configs.recommended` without `files`), ask for scopes first thing
   * (`no-useless-assignment`, `no-unused-vars`). JSON and YAML declare nothing:
   * an empty global scope lets those rules find nothing instead of throwing,
   * as they did when our parsers ran through the JavaScript language.
   */
  getScope(): EmptyScope {
    return this.scopeManager.globalScope;
  }

  get scopeManager(): { scopes: EmptyScope[]; globalScope: EmptyScope; acquire(): EmptyScope; getDeclaredVariables(): [] } {
    const globalScope = emptyScope(this.ast);
    return { scopes: [globalScope], globalScope, acquire: () => globalScope, getDeclaredVariables: () => [] };
  }

  getDeclaredVariables(): [] {
    return [];
  }

  markVariableAsUsed(): boolean {
    return false;
  }

  #commentSet: Set<SyntaxElement> | undefined;
  #isComment(token: SyntaxElement): boolean {
    this.#commentSet ??= new Set(this.ast.comments);
    return this.#commentSet.has(token);
  }
}

/**
 * The token methods of ESLint's JavaScript `SourceCode`, as eslint-plugin-jsonc's
 * and eslint-plugin-yml's languages offer them: rules of those plugins that run
 * on a file our language parsed (our config last in the user's) call them.
 */
const TOKEN_METHODS = [
  "getFirstToken",
  "getFirstTokens",
  "getLastToken",
  "getLastTokens",
  "getTokenBefore",
  "getTokensBefore",
  "getTokenAfter",
  "getTokensAfter",
  "getFirstTokenBetween",
  "getFirstTokensBetween",
  "getLastTokenBetween",
  "getLastTokensBetween",
  "getTokens",
  "getTokensBetween",
  "getCommentsInside",
  "getCommentsBefore",
  "getCommentsAfter",
  "commentsExistBetween",
] as const;

for (const method of TOKEN_METHODS) {
  Object.defineProperty(ParsedSourceCode.prototype, method, {
    value(this: ParsedSourceCode, ...args: unknown[]) {
      return (this.tokenStore[method] as (...args: unknown[]) => unknown).apply(this.tokenStore, args);
    },
  });
}

interface EmptyScope {
  readonly type: "global";
  readonly block: SyntaxElement;
  readonly upper: null;
  readonly childScopes: [];
  readonly variables: [];
  readonly references: [];
  readonly through: [];
  readonly set: Map<string, unknown>;
  readonly isStrict: false;
  readonly functionExpressionScope: false;
  readonly implicit: { readonly variables: []; readonly set: Map<string, unknown> };
  variableScope: EmptyScope | null;
}

function emptyScope(block: SyntaxElement): EmptyScope {
  const scope: EmptyScope = { type: "global", block, upper: null, childScopes: [], variables: [], references: [], through: [], set: new Map<string, unknown>(), isStrict: false, functionExpressionScope: false, implicit: { variables: [], set: new Map<string, unknown>() }, variableScope: null };
  scope.variableScope = scope;
  return scope;
}

/**
 * A visit step without `args`: ESLint calls the listeners with the step's
 * target then (10: `args ? … : target`, 9.39: `args ?? [target]`, 9.15 reads
 * no `args` for visits), so no array is made per step. The type asks for
 * `args` only because it describes every step.
 */
function visitStep(target: SyntaxElement, phase: 1 | 2): VisitNodeStep {
  return new VisitNodeStep({ target, phase, args: undefined as unknown as unknown[] });
}

function isNode(value: unknown): value is SyntaxElement {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string" && Array.isArray((value as { range?: unknown }).range);
}
