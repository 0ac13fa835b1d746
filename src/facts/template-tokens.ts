/**
 * Template tokens: bare upper-case words that a deploy script or a reader
 * replaces before the file reaches AWS or Kubernetes (`ACCOUNT_ID`,
 * `REPLACE_ME_IMAGE_TAG`, `ALB_TARGET_GROUP_ARN`, `XXXXXXXXXXXX`).
 *
 * Source: RULES.md, Decisions, "Template tokens are placeholders too": where a
 * value must follow a syntax a bare upper-case token cannot satisfy (an ARN or
 * a part of one, an account ID, a Region, an image repository name, which is
 * lower case), a token of upper-case letters, digits and underscores with at
 * least one underscore or a run of four or more `X` is unknown, not wrong.
 * Redacted output writes the same run in lower case
 * (`arn:aws:iam::xxxxxxxxxxxx:role/…` in a `kubectl get -o yaml`): a word of
 * four or more `x` alone counts too.
 *
 * AWS's own documentation writes lower-case placeholders in the same places:
 * `arn:aws:secretsmanager:region:aws_account_id:secret:secret_name-AbCdEf`,
 * `aws_account_id.dkr.ecr.region.amazonaws.com/my-repository:tag`
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-secrets.html,
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-push-ecr-image.html),
 * and examples copied from it keep them (issue 17, audit D3). These words
 * (`DOC_PLACEHOLDERS`) are tokens too, but only where they fill a whole field
 * of an ARN or a whole label of a host — between `:` or `.` and the ends of the
 * value — so `role/region-reader` or `secret:account-db` keep their words: a
 * real name is not read as a placeholder.
 *
 * A token is read as a placeholder: `withTemplateTokens` gives the string
 * with each token as a placeholder part, so a rule judges it the way it judges
 * `${ACCOUNT_ID}` — the token's component is unknown, the rest is judged, and
 * messages show the token as written. The string is then not literal, so no
 * fix is built from it.
 */
import { StringValue, type StringPart } from "../values/index.js";

/**
 * A token: a whole word (no letter, digit or `_` on either side) of upper-case
 * letters, digits and `_`, with a letter and with `_` or `XXXX`; or a word of
 * four or more lower-case `x`.
 */
const UPPER_CASE_TOKEN = /(?<![A-Za-z0-9_])(?:(?=[A-Z0-9_]*[A-Z])(?=[A-Z0-9_]*(?:_|XXXX))[A-Z0-9_]+|x{4,})(?![A-Za-z0-9_])/;

/**
 * The lower-case placeholders of AWS documentation and of examples built on it,
 * for an account ID, a Region and a secret name (snake and kebab case, with
 * and without `your`).
 */
export const DOC_PLACEHOLDERS: readonly string[] = [
  "account",
  "account_id",
  "account-id",
  "accountid",
  "aws_account_id",
  "aws-account-id",
  "your_account_id",
  "your-account-id",
  "your_aws_account_id",
  "your-aws-account-id",
  "region",
  "region_code",
  "region-code",
  "aws_region",
  "aws-region",
  "your_region",
  "your-region",
  "secret_name",
  "secret-name",
];

/** A documentation placeholder filling a whole field: between `:`/`.` and the ends of the value. */
const DOC_PLACEHOLDER = new RegExp(`(?<=^|[:.])(?:${DOC_PLACEHOLDERS.join("|")})(?=$|[:.])`);

const TOKEN = new RegExp(`${UPPER_CASE_TOKEN.source}|${DOC_PLACEHOLDER.source}`, "g");

/**
 * Strings without `_`, `XXXX`/`xxxx` or a documentation placeholder's words hold
 * no token (most strings): no need to search them.
 */
const MAY_HOLD_TOKEN = /_|XXXX|xxxx|account|region|secret-name/;

/** The string with its template tokens read as placeholders; the string itself when it has none. */
export function withTemplateTokens(value: StringValue): StringValue {
  if (!MAY_HOLD_TOKEN.test(value.value)) return value;
  const parts: StringPart[] = [];
  let found = false;
  for (const part of value.parts) {
    if (part.kind === "placeholder") {
      parts.push(part);
      continue;
    }
    let last = 0;
    for (const match of part.text.matchAll(TOKEN)) {
      found = true;
      if (match.index > last) parts.push({ kind: "text", text: part.text.slice(last, match.index) });
      parts.push({ kind: "placeholder", text: match[0] });
      last = match.index + match[0].length;
    }
    if (last < part.text.length) parts.push({ kind: "text", text: part.text.slice(last) });
  }
  return found ? new StringValue(value.syntax, value.style, value.node, value.parent, value.value, undefined, parts) : value;
}
