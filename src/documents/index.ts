/**
 * Turns a parsed file into the documents it holds, once per file.
 *
 * Each JSON root and each YAML document is offered to every recognizer (one
 * per document kind, each a pure function over a `Value`); what none claims is
 * left alone at no further cost. The result is cached on the AST, so however
 * many rules run, a file is recognized once.
 */
import { valueOf, type Syntax, type Value } from "../values/index.js";
import type { TaskDefinitionDocument } from "./ecs-task-definition.js";
import { recognizeTaskDefinition } from "./ecs-task-definition.js";

export { TaskDefinitionDocument, type Maybe, type TaskDefinitionForm } from "./ecs-task-definition.js";

/** Every document kind the plugin knows. The union grows with each platform. */
export type AnyDocument = TaskDefinitionDocument;
export type DocumentKind = AnyDocument["kind"];
export type DocumentOfKind<K extends DocumentKind> = Extract<AnyDocument, { kind: K }>;

/** One recognizer per kind: a pure function from a document root to a document, or nothing. */
const RECOGNIZERS: readonly ((root: Value) => AnyDocument | undefined)[] = [recognizeTaskDefinition];

interface AstRoot {
  readonly type: string;
  readonly body?: unknown;
}

const cache = new WeakMap<object, readonly AnyDocument[]>();

/** The documents in a file, from the AST ESLint gives a rule. */
export function documentsOf(ast: AstRoot): readonly AnyDocument[] {
  let documents = cache.get(ast);
  if (documents === undefined) {
    documents = recognize(ast);
    cache.set(ast, documents);
  }
  return documents;
}

function recognize(ast: AstRoot): readonly AnyDocument[] {
  const documents: AnyDocument[] = [];
  for (const root of rootsOf(ast)) {
    for (const recognizer of RECOGNIZERS) {
      const document = recognizer(root);
      if (document) documents.push(document);
    }
  }
  return documents;
}

/** The root value of each JSON file or YAML document; nothing for any other AST (a JavaScript file, say). */
export function rootsOf(ast: AstRoot): readonly Value[] {
  const body = ast.body;
  if (ast.type === "Document" && body && typeof body === "object") return [root(body, "json")]; // Momoa (@eslint/json)
  if (ast.type !== "Program" || !Array.isArray(body)) return [];
  const roots: Value[] = [];
  for (const statement of body as { type: string; expression?: object; content?: object | null }[]) {
    if (statement.type === "JSONExpressionStatement" && statement.expression) roots.push(root(statement.expression, "json"));
    else if (statement.type === "YAMLDocument" && statement.content) roots.push(root(statement.content, "yaml"));
  }
  return roots;
}

function root(node: object, syntax: Syntax): Value {
  return valueOf(node as Parameters<typeof valueOf>[0], syntax, "api");
}
