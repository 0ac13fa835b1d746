/**
 * The opt-in project index: the documents of the files a project names in
 * `settings["aws-containers"].project` (glob patterns, relative to ESLint's
 * working directory, or absolute — `${import.meta.dirname}/infra/**\/*.json`
 * anchors them to the config file), so a check on one file can read a document kept in
 * another (a service's task definition, a scaled service's cluster).
 *
 * Built once and shared by every file of a run. A long-lived ESLint (an
 * editor) re-reads the patterns at most every two seconds and re-parses only
 * the files whose modification time changed. `eslint --cache` does not know
 * about these files: a change to one does not re-lint the files that use it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { jsonParser, yamlParser } from "../parsers/index.js";
import { documentsOf, type AnyDocument } from "./index.js";
import { DocumentSet, type RelatedDocuments } from "./related.js";
import { pluginSettings } from "../settings.js";

/** How long an index is trusted before the files are looked at again. */
const FRESH_FOR_MS = 2000;

interface FileEntry {
  readonly mtimeMs: number;
  readonly documents: readonly AnyDocument[];
}

interface Index {
  checkedAt: number;
  lookups: DocumentSet;
  readonly files: Map<string, FileEntry>;
}

const indexes = new Map<string, Index>();

/** The project index for ESLint's settings and working directory, or undefined when none is configured. */
export function projectIndex(settings: Readonly<Record<string, unknown>> | undefined, cwd: string): RelatedDocuments | undefined {
  const patterns = pluginSettings(settings).project;
  if (patterns.length === 0) return undefined;
  const key = `${cwd}\u0000${patterns.join("\u0000")}`;
  let index = indexes.get(key);
  const now = Date.now();
  if (index === undefined) {
    index = { checkedAt: now, lookups: new DocumentSet([], false), files: new Map() };
    refresh(index, patterns, cwd);
    indexes.set(key, index);
  } else if (now - index.checkedAt > FRESH_FOR_MS) {
    index.checkedAt = now;
    refresh(index, patterns, cwd);
  }
  return index.lookups;
}

function refresh(index: Index, patterns: readonly string[], cwd: string): void {
  const files = matchingFiles(patterns, cwd);
  let changed = files.length !== index.files.size;
  const next = new Map<string, FileEntry>();
  for (const file of files) {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      changed = true;
      continue;
    }
    const known = index.files.get(file);
    if (known && known.mtimeMs === mtimeMs) {
      next.set(file, known);
      continue;
    }
    changed = true;
    next.set(file, { mtimeMs, documents: documentsIn(file) });
  }
  if (!changed) return;
  index.files.clear();
  for (const [file, entry] of next) index.files.set(file, entry);
  // Logical IDs name resources within their own template only.
  index.lookups = new DocumentSet(
    [...next.values()].flatMap((entry) => entry.documents),
    false,
  );
}

/** The documents of one file; nothing for a file that cannot be read or parsed (the file's own lint run reports that). */
function documentsIn(file: string): readonly AnyDocument[] {
  const parser = /\.(json|jsonc|json5)$/i.test(file) ? jsonParser : /\.ya?ml$/i.test(file) ? yamlParser : undefined;
  if (parser === undefined) return [];
  try {
    const text = readFileSync(file, "utf8");
    return documentsOf(parser.parseForESLint(text).ast, text, file);
  } catch {
    return [];
  }
}

/* ---------------- globs ---------------- */

/** Folders never walked unless a pattern names them. */
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/** Absolute paths of the files the patterns match, sorted. */
export function matchingFiles(patterns: readonly string[], cwd: string): string[] {
  const include = patterns.filter((pattern) => !pattern.startsWith("!"));
  const exclude = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => globToRegExp(pattern.slice(1)));
  const found = new Set<string>();
  for (const pattern of include) {
    const matcher = globToRegExp(pattern);
    const base = resolve(cwd, literalBase(pattern));
    // An absolute pattern (anchored with `import.meta.dirname` in eslint.config.js) matches absolute paths.
    const absolute = isAbsolute(pattern);
    for (const file of walk(base, pattern)) {
      const relativePath = relative(cwd, file).split(sep).join("/");
      const path = absolute ? file.split(sep).join("/") : relativePath;
      if (matcher.test(path) && !exclude.some((excluded) => excluded.test(relativePath) || excluded.test(file.split(sep).join("/")))) found.add(file);
    }
  }
  return [...found].sort();
}

/** The folders of a pattern before its first wildcard (`infra/ecs` for `infra/ecs/**\/*.json`). */
function literalBase(pattern: string): string {
  const parts = pattern.split("/");
  const literal: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?[{]/.test(part)) break;
    literal.push(part);
  }
  return literal.join("/") || (pattern.startsWith("/") ? "/" : ".");
}

function* walk(folder: string, pattern: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) && !pattern.includes(entry.name)) continue;
      yield* walk(path, pattern);
    } else if (entry.isFile()) yield path;
  }
}

/** A glob as a regular expression over `/`-separated relative paths: `**`, `*`, `?`, `[…]`, `{a,b}`. */
export function globToRegExp(pattern: string): RegExp {
  let source = "";
  const text = pattern.replace(/^\.\//, "");
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === "*") {
      if (text[index + 1] === "*") {
        const slashAfter = text[index + 2] === "/";
        source += slashAfter ? "(?:[^/]*/)*" : ".*";
        index += slashAfter ? 2 : 1;
      } else source += "[^/]*";
    } else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const close = text.indexOf("]", index + 1);
      if (close === -1) source += "\\[";
      else {
        source += `[${text.slice(index + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        index = close;
      }
    } else if (char === "{") {
      const close = text.indexOf("}", index + 1);
      if (close === -1) source += "\\{";
      else {
        source += `(?:${text
          .slice(index + 1, close)
          .split(",")
          .map((option) => globToRegExp(option).source.slice(1, -1))
          .join("|")})`;
        index = close;
      }
    } else source += /[.+^$()|\\]/.test(char) ? `\\${char}` : char;
  }
  return new RegExp(`^${source}$`);
}
