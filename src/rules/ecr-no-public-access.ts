/**
 * ecr-no-public-access: repository and registry policies with an `Allow`
 * statement for every principal (`"Principal": "*"`, `{"AWS": "*"}`, a list
 * holding `"*"`, or `NotPrincipal`) that no condition narrows back down.
 *
 * Which conditions narrow follows Amazon S3's published definition of a public
 * policy (fixed values for principal, organization, source and network keys);
 * src/facts/iam-public-access.ts has the table and its sources. Deny statements
 * never report; unknown values (placeholders, intrinsics) never report.
 * Policies written as strings (set-repository-policy `policyText`,
 * CloudFormation `RepositoryPolicyText` / `PolicyText` strings) are read too.
 */
import { createRule } from "../create-rule.js";
import {
  ANY_VALUE_PREFIX,
  MATCHING_OPERATORS,
  NOT_FIXED,
  PUBLIC_CIDR_LIMIT,
  RESTRICTING_CONDITION_KEYS,
  ROLE_SESSION_USERID,
} from "../facts/iam-public-access.js";
import { literalString, objectItems, present, type ObjectValue, type Value } from "../values/index.js";

type MessageId = "publicPrincipal" | "publicPrincipalWeakCondition" | "notPrincipal";

export default createRule<MessageId>({
  name: "ecr-no-public-access",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow ECR repository and registry policies that allow every AWS account without a condition that narrows it.",
      level: "error",
      platforms: ["ecr"],
      covers: "CKV_AWS_32, trivy AVD-AWS-0032, cdk-nag ECR1",
    },
    messages: {
      publicPrincipal:
        'Statement {{statement}} allows Principal "*" (every AWS account) with no condition; name the accounts or roles in Principal, or add a condition such as aws:PrincipalOrgID.',
      publicPrincipalWeakCondition:
        'Statement {{statement}} allows Principal "*" (every AWS account) and its Condition does not narrow it to fixed accounts, organizations or networks; name the accounts or roles in Principal, or add a condition such as aws:PrincipalOrgID.',
      notPrincipal:
        'Statement {{statement}} allows everyone except its NotPrincipal (IAM supports NotPrincipal only with "Deny"); name the allowed accounts or roles in Principal instead.',
    },
  },
  create(context) {
    return {
      "ecr-policy"(document) {
        const policy = document.policy;
        if (policy.status !== "object") return; // not JSON (valid-schema's) or not knowable
        const statement = present(policy.policy.getExact("Statement"));
        if (statement === undefined) return;
        const statements = statement.kind === "object" ? [statement] : objectItems(statement);
        statements.forEach((item, index) => {
          if (literalString(item.getExact("Effect")) !== "Allow") return;
          const narrowing = conditionNarrows(item.getExact("Condition"));
          if (narrowing !== "no" && narrowing !== "none") return;
          const label = statementLabel(item, index);
          const principal = publicPrincipal(item.getExact("Principal"));
          if (principal) {
            context.report(principal, narrowing === "none" ? "publicPrincipal" : "publicPrincipalWeakCondition", { statement: label });
            return;
          }
          const notPrincipal = item.entryExact("NotPrincipal");
          if (notPrincipal && present(notPrincipal.value) !== undefined && item.entryExact("Principal") === undefined) {
            context.report(notPrincipal, "notPrincipal", { statement: label });
          }
        });
      },
    };
  },
});

/** `"Sid"` in double quotes, else `#n`. */
function statementLabel(statement: ObjectValue, index: number): string {
  const sid = literalString(statement.getExact("Sid"));
  return sid !== undefined && sid !== "" ? JSON.stringify(sid) : `#${index + 1}`;
}

/** The `"*"` that makes a Principal public (the string itself, or the `"*"` in its AWS list), if any. */
function publicPrincipal(principal: Value | undefined): Value | undefined {
  if (principal === undefined) return undefined;
  if (literalString(principal) === "*") return principal;
  if (principal.kind !== "object") return undefined;
  const aws = principal.getExact("AWS");
  if (aws === undefined) return undefined;
  if (literalString(aws) === "*") return aws;
  if (aws.kind === "array") return aws.items.find((item) => literalString(item) === "*");
  return undefined;
}

/**
 * Whether a statement's Condition narrows a public principal: `none` (no
 * condition), `no` (conditions that do not narrow), `yes`, or `unknown`
 * (something the linter cannot read — never reported).
 */
function conditionNarrows(condition: Value | undefined): "none" | "no" | "yes" | "unknown" {
  const value = present(condition);
  if (value === undefined) return "none";
  if (value.kind !== "object") return "unknown"; // an intrinsic, or a shape for valid-schema
  if (value.hasMerge) return "unknown";
  let unknown = false;
  for (const { key: operator, value: block } of value.entries) {
    if (block.kind === "unknown") {
      unknown = true;
      continue;
    }
    if (block.kind !== "object") continue;
    if (block.hasMerge) unknown = true;
    for (const { key, value: values } of block.entries) {
      const verdict = entryNarrows(operator, key, values);
      if (verdict === "yes") return "yes";
      if (verdict === "unknown") unknown = true;
    }
  }
  return unknown ? "unknown" : "no";
}

function entryNarrows(operator: string, key: string, values: Value): "no" | "yes" | "unknown" {
  let name = operator.toLowerCase();
  if (name.startsWith(ANY_VALUE_PREFIX)) name = name.slice(ANY_VALUE_PREFIX.length);
  if (!MATCHING_OPERATORS.has(name)) return "no";
  const conditionKey = key.toLowerCase();
  if (!RESTRICTING_CONDITION_KEYS.has(conditionKey)) return "no";
  const items = values.kind === "array" ? values.items : [values];
  if (items.length === 0) return "no";
  let unknown = false;
  for (const item of items) {
    if (item.kind === "unknown" || (item.kind === "string" && item.literal === undefined)) {
      unknown = true;
      continue;
    }
    const text = item.kind === "string" ? item.literal! : item.kind === "number" ? String(item.value) : undefined;
    if (text === undefined || !isFixed(conditionKey, text)) return "no";
  }
  return unknown ? "unknown" : "yes";
}

/** A value that names something fixed: no wildcard or policy variable; for aws:SourceIp, a range no broader than S3 allows. */
function isFixed(key: string, text: string): boolean {
  if (key === "aws:userid" && ROLE_SESSION_USERID.test(text)) return true;
  if (text === "" || NOT_FIXED.test(text)) return false;
  if (key === "aws:sourceip") return isNarrowCidr(text);
  return true;
}

function isNarrowCidr(text: string): boolean {
  const [address = "", prefixText] = text.split("/");
  const ipv6 = address.includes(":");
  const bits = prefixText === undefined ? (ipv6 ? 128 : 32) : Number(prefixText);
  if (!Number.isInteger(bits)) return false;
  return bits >= (ipv6 ? PUBLIC_CIDR_LIMIT.ipv6 : PUBLIC_CIDR_LIMIT.ipv4);
}
