/**
 * Commands that finish on their own: a container whose whole command is one of
 * them runs once and exits, so a health check has nothing to guard (ECS:
 * "If a task is run manually, and not as part of a service, the task will
 * continue its lifecycle regardless of its health status", and a service would
 * replace such a task because it stops, not because it hangs;
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html).
 * Such containers are the run-task jobs and test fixtures of issue 17
 * (`ping -c 4 example.com`, `sh -c "echo hello"`).
 *
 * The table is deliberately small, and reading is conservative: anything it
 * does not know — another program, a loop (`while`, `until`, `for`), `exec`,
 * `tail -f`, a subshell, command substitution, a background job, a here-doc, a
 * templated word — makes the container long-running, which is what the rules
 * assumed before. Sources for each program are the man pages:
 * - `echo`, `printf`, `true`, `false`, `date`, `printenv`: print, or set the exit
 *   status, and exit (https://man7.org/linux/man-pages/man1/echo.1.html,
 *   printf.1, true.1, false.1, date.1, printenv.1); whatever their arguments;
 * - `env` without arguments prints the environment and exits (with arguments it
 *   may run another program: not read; https://man7.org/linux/man-pages/man1/env.1.html);
 * - `exit [N]`: the shell exits (POSIX, Special Built-In Utilities);
 * - `ping -c N` stops after N requests, `ping -w N` after N seconds, whatever
 *   else it is given (iputils and BusyBox ping;
 *   https://man7.org/linux/man-pages/man8/ping.8.html); plain `ping` runs forever;
 * - `sleep N` (N a number, optionally with an `s`/`m`/`h`/`d` suffix) ends after
 *   N; `sleep infinity` does not (https://man7.org/linux/man-pages/man1/sleep.1.html).
 */

/** Programs that exit on their own whatever their arguments. */
const ALWAYS_FINISH = new Set(["echo", "printf", "true", "false", "date", "printenv"]);

/** Shells whose `-c` script is read in place of the shell (`sh -c "echo hi"`). */
const SHELLS = new Set(["sh", "bash", "ash", "dash"]);

/** The option word before a script: `-c`, and `-c` combined with `-e`, `-x`, `-l` or `-u` (`-ec`). */
const SCRIPT_OPTION = /^-[elux]*c$/;

/** A ping count or deadline: a positive whole number. */
const POSITIVE = /^[1-9]\d*$/;

/** A `sleep` duration: a number with an optional unit (`30`, `1.5`, `10m`). */
const DURATION = /^\d+(?:\.\d+)?[smhd]?$/;

/** A shell variable assignment before a command (`LANG=C date`). */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Whether a container's argv (its entry point followed by its command, every
 * word literal) runs once and exits. A single `sh -c`/`bash -c` script is read
 * as shell: each command of a `;`/`&&`/`||`/`|` list must be one that finishes
 * (`echo x > f && httpd-foreground` is long-running: httpd is not in the table).
 */
export function argvFinishes(argv: readonly string[]): boolean {
  if (argv.length === 0) return false;
  const program = programName(argv[0]!);
  if (SHELLS.has(program)) {
    if (argv.length !== 3 || !SCRIPT_OPTION.test(argv[1]!)) return false;
    const commands = shellCommands(argv[2]!);
    return commands !== undefined && commands.length > 0 && commands.every(commandFinishes);
  }
  return commandFinishes(argv);
}

/** Whether one simple command (its words, without redirections) finishes. */
function commandFinishes(words: readonly string[]): boolean {
  let start = 0;
  while (start < words.length && ASSIGNMENT.test(words[start]!)) start += 1;
  if (start === words.length) return start > 0;
  const program = programName(words[start]!);
  const args = words.slice(start + 1);
  if (ALWAYS_FINISH.has(program)) return true;
  switch (program) {
    case "env":
      return args.length === 0;
    case "exit":
      return args.length === 0 || (args.length === 1 && /^\d+$/.test(args[0]!));
    case "sleep":
      return args.length > 0 && args.every((arg) => DURATION.test(arg));
    case "ping":
      return args.some((arg, index) => {
        const inline = /^-[cw](.+)$/.exec(arg)?.[1];
        if (inline !== undefined) return POSITIVE.test(inline);
        return (arg === "-c" || arg === "-w") && POSITIVE.test(args[index + 1] ?? "");
      });
    default:
      return false;
  }
}

/** The program's base name: `/bin/echo` → `echo`. */
function programName(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** A word of a shell script, or the operator that ends a simple command. */
type Token = { readonly kind: "word"; readonly text: string } | { readonly kind: "separator" } | { readonly kind: "redirect" };

/**
 * The simple commands of a shell script (each as its words, redirections and
 * their targets left out), or undefined when the script holds anything this
 * small reader does not follow: unbalanced quotes, `$(…)` or backquotes,
 * parentheses, a background `&`, a here-doc, process substitution, `;;`.
 */
function shellCommands(script: string): (readonly string[])[] | undefined {
  const tokens = tokenize(script);
  if (tokens === undefined) return undefined;
  const commands: string[][] = [];
  let words: string[] = [];
  let skipTarget = false;
  for (const token of tokens) {
    if (token.kind === "separator") {
      if (skipTarget) return undefined;
      if (words.length > 0) commands.push(words);
      words = [];
    } else if (token.kind === "redirect") {
      if (skipTarget) return undefined;
      skipTarget = true;
    } else if (skipTarget) {
      skipTarget = false;
    } else {
      words.push(token.text);
    }
  }
  if (skipTarget) return undefined;
  if (words.length > 0) commands.push(words);
  return commands;
}

function tokenize(script: string): Token[] | undefined {
  const tokens: Token[] = [];
  let word = "";
  let inWord = false;
  let quoted = false;
  const endWord = (): void => {
    if (inWord) tokens.push({ kind: "word", text: word });
    word = "";
    inWord = false;
    quoted = false;
  };
  for (let index = 0; index < script.length; index += 1) {
    const char = script[index]!;
    const next = script[index + 1];
    if (char === "'") {
      const close = script.indexOf("'", index + 1);
      if (close === -1) return undefined;
      word += script.slice(index + 1, close);
      inWord = quoted = true;
      index = close;
    } else if (char === '"') {
      let at = index + 1;
      for (; at < script.length && script[at] !== '"'; at += 1) {
        const inner = script[at]!;
        if (inner === "`" || (inner === "$" && script[at + 1] === "(")) return undefined;
        if (inner === "\\") at += 1;
        word += script[at] ?? "";
      }
      if (at >= script.length) return undefined;
      inWord = quoted = true;
      index = at;
    } else if (char === "\\") {
      if (next === undefined) return undefined;
      if (next !== "\n") {
        word += next;
        inWord = quoted = true;
      }
      index += 1;
    } else if (char === "`" || char === "(" || char === ")" || (char === "$" && next === "(")) {
      return undefined;
    } else if (char === "#" && !inWord) {
      const newline = script.indexOf("\n", index);
      index = newline === -1 ? script.length : newline - 1;
    } else if (char === "\n" || char === ";") {
      if (char === ";" && next === ";") return undefined;
      endWord();
      tokens.push({ kind: "separator" });
    } else if (char === "|") {
      endWord();
      tokens.push({ kind: "separator" });
      if (next === "|" || next === "&") index += 1;
    } else if (char === "&") {
      endWord();
      if (next === "&") {
        tokens.push({ kind: "separator" });
        index += 1;
      } else if (next === ">") {
        tokens.push({ kind: "redirect" });
        index += script[index + 2] === ">" ? 2 : 1;
      } else {
        return undefined; // a background job: the shell goes on without it
      }
    } else if (char === ">" || char === "<") {
      // `2>&1`: digits just before the operator are its file descriptor, not a word.
      if (inWord && !quoted && /^\d+$/.test(word)) inWord = false;
      endWord();
      if (next === "(" || (char === "<" && next === "<")) return undefined;
      if (next === ">" || next === "&" || next === "|") index += 1;
      // `>&1`, `<&0`: the target is a descriptor word; `>&-` closes it.
      tokens.push({ kind: "redirect" });
    } else if (/\s/.test(char)) {
      endWord();
    } else {
      word += char;
      inWord = true;
    }
  }
  endWord();
  return tokens;
}
