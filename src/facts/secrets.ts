/**
 * What a secret looks like in a plain environment variable: secret-looking
 * variable names (by word), and credential formats recognizable in a value.
 *
 * Sources:
 * - AWS Security Hub ECS.8 ("Secrets should not be passed as container
 *   environment variables": the exact names AWS_ACCESS_KEY_ID,
 *   AWS_SECRET_ACCESS_KEY and ECS_ENGINE_AUTH_DATA)
 *   https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8 ;
 *   Control Tower CT.ECS.PR.12; reference/peers-ecs-ecr-apprunner.md C8/C9.
 * - Word lists as in trivy AVD-AWS-0036 (password, secret, private_key,
 *   aws_access_key_id, aws_secret_access_key, token, api_key), kube-linter
 *   env-var-secret and Polaris sensitiveContainerEnvVar (reference/peers-*.md).
 * - AWS access key IDs: IAM "Understanding unique ID prefixes" (AKIA = access
 *   key, ASIA = temporary STS access key)
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids ;
 *   secret access keys are 40 characters of base64 (the documented example is
 *   wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html .
 * - Token formats, corroborated by gitleaks' rules (github.com/gitleaks/gitleaks,
 *   cmd/generate/config/rules/{aws,github,gitlab,slack,stripe,npm,pypi,sendgrid}.go):
 *   GitHub https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats ;
 *   GitLab https://docs.gitlab.com/security/tokens/#token-prefixes ;
 *   Slack https://api.slack.com/concepts/token-types ;
 *   Stripe https://docs.stripe.com/keys ;
 *   npm https://github.blog/2021-09-23-announcing-npms-new-access-token-format/ ;
 *   PyPI https://pypi.org/help/#apitoken ;
 *   SendGrid https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys .
 * - PEM private keys: RFC 7468 §10-11 (`-----BEGIN PRIVATE KEY-----`, and the
 *   legacy `RSA`/`EC`/`DSA`/`OPENSSH`/`ENCRYPTED` labels).
 * - Secret-store references: ECS `secrets[].valueFrom` takes a Secrets Manager
 *   or SSM Parameter Store ARN, or an SSM parameter name (`/prod/db/password`)
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html ;
 *   the `_FILE` convention (`POSTGRES_PASSWORD_FILE=/run/secrets/…`) of the
 *   Docker official images https://hub.docker.com/_/postgres ("Docker Secrets").
 */
import { hasHole } from "../values/placeholders.js";

/** Names Security Hub ECS.8 reports whatever their words (ECS_ENGINE_AUTH_DATA has no secret word). */
export const SECURITY_HUB_SECRET_NAMES: ReadonlySet<string> = new Set(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA"]);

/** A word of a name that makes it secret-looking (compared in lower case). */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  "password",
  "passwords",
  "passwd",
  "passphrase",
  "pwd",
  "secret",
  "secrets",
  "token",
  "credential",
  "credentials",
  "apikey",
  "privatekey",
  "accesskey",
  "secretkey",
]);

/** A single word that ends in a secret word (`PGPASSWORD`, `adminpassword`, `clientsecret`). */
const SECRET_WORD_SUFFIX = /(?:password|passwd|passphrase|secret)s?$/;

/** Two adjacent words that together make a name secret-looking (`API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`). */
const SECRET_WORD_PAIRS: readonly (readonly [string, string])[] = [
  ["api", "key"],
  ["private", "key"],
  ["access", "key"],
];

/**
 * Words that, after the secret word, make the name describe the secret rather
 * than hold it: `TOKEN_TYPE`, `PASSWORD_MIN_LENGTH`, `SECRET_NAME`,
 * `DB_PASSWORD_SECRET_ARN`, `PRIVATE_KEY_PATH`, `*_FILE`, `TOKEN_TTL`,
 * `CSRF_TOKEN_HEADER`, `SECRETS_BACKEND`.
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  "type", "types", "kind", "name", "names", "id", "ids", "arn", "arns", "ref", "reference",
  "url", "uri", "urls", "endpoint", "endpoints", "host", "hostname", "port", "path", "paths", "file", "files", "dir", "directory", "location",
  "length", "len", "min", "max", "minimum", "maximum", "size", "bits", "count", "limit", "limits",
  "ttl", "expiry", "expiration", "expires", "expire", "lifetime", "timeout", "duration", "age", "interval", "validity", "rotation",
  "seconds", "secs", "sec", "ms", "minutes", "mins", "hours", "days",
  "header", "headers", "field", "param", "parameter", "cookie",
  "prefix", "suffix", "version", "mode", "enabled", "enable", "disabled", "required", "policy", "policies", "rules", "regex", "pattern",
  "algorithm", "algo", "hash", "hashed", "format", "method", "issuer", "audience", "scope", "scopes",
  "store", "backend", "provider", "manager", "region", "source", "strategy", "generator",
]);

/** Words that, right before the secret word, make it a count (`MAX_TOKENS`, `NUM_TOKEN`). */
const COUNTING_WORDS: ReadonlySet<string> = new Set(["max", "min", "num", "number", "count", "total"]);

/** Names that contain a secret word but are something else (`PWD` is the shell's working directory). */
const NOT_SECRET_NAMES: ReadonlySet<string> = new Set(["PWD", "OLDPWD"]);

/** Splits a name into lower-case words on `_`, `-`, `.`, spaces, camelCase and letter/digit boundaries. */
export function nameWords(name: string): readonly string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    // A lookahead, not `([A-Z]+)([A-Z][a-z])`, which backtracks over a long upper-case run (quadratic).
    .replace(/([A-Z])(?=[A-Z][a-z])/g, "$1 ")
    .replace(/([A-Za-z])([0-9])/g, "$1 $2")
    .replace(/([0-9])([A-Za-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
}

/**
 * True when a variable name looks like it holds a secret: one of Security Hub's
 * names, or a secret word (`PASSWORD`, `SECRET`, `TOKEN`, `API_KEY`, …) not
 * followed by a word that describes it (`TOKEN_TYPE`, `SECRET_NAME`,
 * `PRIVATE_KEY_PATH`) nor preceded by a counting word (`MAX_TOKENS`).
 * `ACCESS_KEY_ID` is the credential itself, not a description of it.
 */
export function isSecretName(name: string): boolean {
  // The same names (LOG_LEVEL, DB_PASSWORD) recur across a repository's files: remember the answers.
  let answer = secretNameAnswers.get(name);
  if (answer === undefined) {
    answer = judgeSecretName(name);
    if (secretNameAnswers.size >= SECRET_NAME_CACHE_SIZE) secretNameAnswers.clear();
    secretNameAnswers.set(name, answer);
  }
  return answer;
}

const SECRET_NAME_CACHE_SIZE = 10_000;
const secretNameAnswers = new Map<string, boolean>();

function judgeSecretName(name: string): boolean {
  if (SECURITY_HUB_SECRET_NAMES.has(name)) return true;
  if (NOT_SECRET_NAMES.has(name)) return false;
  const words = nameWords(name);
  let last = -1;
  let lastIsAccessKey = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const pair = SECRET_WORD_PAIRS.find(([first, second]) => word === first && words[index + 1] === second);
    if (pair) {
      if (!COUNTING_WORDS.has(words[index - 1] ?? "")) {
        last = index + 1;
        lastIsAccessKey = pair[0] === "access";
      }
      index += 1;
    } else if ((SECRET_WORDS.has(word) || SECRET_WORD_SUFFIX.test(word)) && !COUNTING_WORDS.has(words[index - 1] ?? "")) {
      last = index;
      lastIsAccessKey = word === "accesskey";
    }
  }
  if (last === -1) return false;
  const after = words.slice(last + 1);
  // `ACCESS_KEY_ID`: the key ID is half of the credential pair (Security Hub names AWS_ACCESS_KEY_ID).
  if (lastIsAccessKey && after[0] === "id" && after.length === 1) return true;
  return !after.some((word) => DESCRIBING_WORDS.has(word));
}

/** Values that say "on/off" rather than hold a secret (`ENABLE_TOKEN_AUTH=true`). */
const BOOLEAN_VALUE = /^(?:true|false|yes|no|on|off|0|1)$/i;

/**
 * A reference to a secret store: any ARN (Secrets Manager, SSM Parameter Store, …),
 * also with a templated partition (CloudFormation's `arn:${AWS::Partition}:…`,
 * the placeholder read as one hole, U+E000–U+F8FF; see placeholders.ts).
 */
const ARN_VALUE = /^arn:(?:aws[a-z-]*|[\ue000-\uf8ff]):/;

/**
 * A path, not a secret: an absolute path (a file such as `/run/secrets/db`, or
 * an SSM parameter name such as `/prod/db/password`), a relative or home path,
 * or a `file:` URL.
 */
const PATH_VALUE = /^(?:\/|\.{1,2}\/|~\/|file:)/;

export type ValueKind = "empty" | "boolean" | "reference" | "path" | "other";

/**
 * What a value under a secret-looking name is. The value is read with its
 * placeholders as holes (`withHoles`): a leading placeholder followed by a
 * path (`${SECRETS_DIR}/db`) is a path.
 */
export function classifyValue(holed: string): ValueKind {
  const text = holed.trim();
  if (text === "") return "empty";
  if (BOOLEAN_VALUE.test(text)) return "boolean";
  if (ARN_VALUE.test(text)) return "reference";
  let start = 0;
  while (hasHole(text.charAt(start))) start += 1;
  const afterPlaceholders = text.slice(start);
  if (PATH_VALUE.test(afterPlaceholders) && (afterPlaceholders === text || afterPlaceholders.startsWith("/"))) return "path";
  return "other";
}

/** A credential format recognizable in a value, and how a message names it. */
export interface CredentialPattern {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
}

/**
 * Credential formats, matched against the value with its placeholders as holes
 * (a hole is in none of the character classes, so only literal text matches).
 * JWTs are not listed: some are public by design (browser "anon" keys).
 */
export const CREDENTIAL_PATTERNS: readonly CredentialPattern[] = [
  { id: "aws-access-key-id", description: "an AWS access key ID", pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/ },
  {
    id: "aws-secret-access-key",
    description: "what looks like an AWS secret access key",
    // The whole value: 40 base64 characters mixing upper case, lower case and digits (a hex digest has no upper case),
    // with the line break a YAML literal block (`value: |`) keeps after it.
    pattern: /^\s*(?=[A-Za-z0-9/+]*[A-Z])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[0-9])[A-Za-z0-9/+]{40}\s*$/,
  },
  { id: "private-key", description: "a private key", pattern: /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/ },
  { id: "github-token", description: "a GitHub token", pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/ },
  { id: "gitlab-token", description: "a GitLab token", pattern: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}/ },
  { id: "slack-token", description: "a Slack token", pattern: /(?<![A-Za-z0-9])(?:xox[baprs]-[0-9]{8,13}-[A-Za-z0-9-]{8,}|xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]+)/ },
  { id: "stripe-key", description: "a Stripe live key", pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,}/ },
  { id: "npm-token", description: "an npm token", pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { id: "pypi-token", description: "a PyPI token", pattern: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { id: "sendgrid-key", description: "a SendGrid API key", pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/ },
];

/**
 * A password in a URL's user information (`postgres://app:s3cret@db/app`). The
 * password may be a placeholder (`app:${DB_PASSWORD}@`): once rendered it is
 * still a password in plaintext. An empty password, or one of asterisks only
 * (a masked value), is not reported. The scheme is a lookbehind after the
 * `://` it ends at, so the search starts only where `://` is and a long value
 * costs linear time (a leading `[A-Za-z][A-Za-z0-9+.-]*` made every letter a
 * start that ran to the end: quadratic, seconds for a 40,000-character
 * certificate).
 */
const URL_PASSWORD = /:\/\/(?<=[A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#@\s:]*:([^/?#@\s]+)@/;

/** A password in a key=value connection string (`Server=db;User Id=app;Password=s3cret;`) or URL query (`?password=…`). */
const KEY_VALUE_PASSWORD = /(?:^|[;&?\s])(?:password|pwd)\s*=\s*([^;&\s]+)/i;

/**
 * Every token pattern needs at least 16 characters in a row of these, a private
 * key its `-----` armor, the password patterns `@` or `=`. A value with none of
 * them is skipped without trying each pattern.
 */
const MAY_HOLD_CREDENTIAL = /[A-Za-z0-9_+/.-]{16}|-----|[@=]/;

/** The same test for a value shorter than 16 characters (most values), which cannot hold the run of 16: several times cheaper. */
const SHORT_MAY_HOLD_CREDENTIAL = /-----|[@=]/;

/**
 * The first credential the value (read `withHoles`) holds, or undefined.
 * `templatedPasswords: false` leaves out a URL or connection-string password
 * that holds a placeholder: in a configuration file (a ConfigMap's data) the
 * application fills `${DB_PASSWORD}` in at run time, from its environment.
 */
export function credentialIn(holed: string, templatedPasswords = true): string | undefined {
  if (!(holed.length < 16 ? SHORT_MAY_HOLD_CREDENTIAL : MAY_HOLD_CREDENTIAL).test(holed)) return undefined;
  for (const { description, pattern } of CREDENTIAL_PATTERNS) if (pattern.test(holed)) return description;
  const urlPassword = URL_PASSWORD.exec(holed)?.[1];
  if (urlPassword !== undefined && isPassword(urlPassword, templatedPasswords)) return "a password in a URL";
  const keyValuePassword = KEY_VALUE_PASSWORD.exec(holed)?.[1];
  if (keyValuePassword !== undefined && isPassword(keyValuePassword, templatedPasswords)) return "a password in a connection string";
  return undefined;
}

/** A password as written: not masked (asterisks only), and, unless templated ones count, holding no placeholder. */
function isPassword(password: string, templatedPasswords: boolean): boolean {
  return !/^\*+$/.test(password) && (templatedPasswords || !hasHole(password));
}

/**
 * Kubernetes dependent environment variables: `$(NAME)` in an `env[].value` is
 * replaced with the variable `NAME` defined before it (`$$(NAME)` escapes it).
 * https://kubernetes.io/docs/tasks/inject-data-application/define-interdependent-environment-variables/
 * A value built from other variables (`postgres://app:$(DB_PASSWORD)@db/app`)
 * holds no secret of its own: the referenced variable (often a `secretKeyRef`)
 * does.
 */
const VARIABLE_REFERENCE = /(?<!\$)\$\([^()\s]+\)/g;

/** True when a Kubernetes env value refers to other variables (`$(NAME)`). */
export function hasVariableReference(text: string): boolean {
  return text.includes("$(") && /(?<!\$)\$\([^()\s]+\)/.test(text);
}

/** The value with each `$(NAME)` reference masked (`*`, as a masked password is written), so only its own text is judged. */
export function maskVariableReferences(text: string): string {
  return text.includes("$(") ? text.replace(VARIABLE_REFERENCE, "*") : text;
}

/**
 * A Secret key (`ConfigMap`/`Secret` data keys): "must consist of alphanumeric
 * characters, '-', '_' or '.'" (Kubernetes `IsConfigMapKey`), at most 253.
 */
export const SECRET_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

/** An object name that is a DNS subdomain (RFC 1123), as a Secret's name must be (Kubernetes `IsDNS1123Subdomain`). */
export const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

