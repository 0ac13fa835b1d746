/**
 * ecr-immutable-tags: repositories whose tags can be overwritten
 * (`imageTagMutability` `MUTABLE`, the default when absent).
 *
 * With mutable tags, pushing `web:1.4.2` again silently replaces the image
 * every task definition that names that tag will run next. The
 * `*_WITH_EXCLUSION` modes are deliberate choices and are not reported.
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
 * Security Hub ECR.2, CT.ECR.PR.3, checkov CKV_AWS_51.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import type { RepositoryDocument } from "../documents/index.js";
import { DEFAULT_TAG_MUTABILITY, OVERWRITABLE_TAG_MODES, SUGGESTED_TAG_MUTABILITY } from "../facts/ecr-repository-settings.js";
import { literalString, present, replaceValue, setMember, type Edit } from "../values/index.js";

type MessageIds = "missing" | "mutable" | "describedMutable" | "setImmutable";

export default createRule<MessageIds>({
  name: "ecr-immutable-tags",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ECR repositories to choose tag immutability instead of the default mutable tags.",
      level: "warn",
      platforms: ["ecr"],
      covers: "Security Hub ECR.2, CT.ECR.PR.3, CKV_AWS_51",
    },
    messages: {
      missing:
        '{{repository}} has no {{key}}, so it defaults to "{{default}}" and a push can overwrite any tag; set it to "IMMUTABLE" (or "IMMUTABLE_WITH_EXCLUSION" to keep a few tags such as "latest" movable).',
      mutable:
        '{{repository}} sets {{key}} to "{{value}}", so a push can overwrite any tag; set it to "IMMUTABLE" (or "IMMUTABLE_WITH_EXCLUSION" to keep a few tags such as "latest" movable).',
      describedMutable: '{{repository}} has {{key}} "{{value}}", so a push can overwrite any tag; make its tags immutable with put-image-tag-mutability.',
      setImmutable: 'Set {{key}} to "{{value}}".',
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecr-repository"(document) {
        check(context, document);
      },
    };
  },
});

function check(context: RuleContext<MessageIds, []>, document: RepositoryDocument): void {
  const object = document.object;
  const raw = object.get("imageTagMutability");
  const value = present(raw);
  const key = object.keyName("imageTagMutability");
  const repository = document.label;
  if (value !== undefined) {
    const mode = literalString(value);
    // Unknown, templated, or another mode (valid-schema judges spellings): not reported.
    if (mode === undefined || !(OVERWRITABLE_TAG_MODES as readonly string[]).includes(mode)) return;
    if (document.output) {
      context.report(value, "describedMutable", { repository, key, value: mode });
      return;
    }
    const suggestion = { messageId: "setImmutable" as const, data: { key, value: SUGGESTED_TAG_MUTABILITY }, fix: replaceValue(value, SUGGESTED_TAG_MUTABILITY, context.source) };
    context.report(value, "mutable", { repository, key, value: mode }, { suggest: [suggestion] });
    return;
  }
  if (document.output) {
    context.reportMissing(object, "describedMutable", { repository, key, value: DEFAULT_TAG_MUTABILITY });
    return;
  }
  // Absent or null (a null value is replaced).
  const fix: Edit = setMember(object, "imageTagMutability", SUGGESTED_TAG_MUTABILITY, context.source);
  context.reportMissing(object, "missing", { repository, key, default: DEFAULT_TAG_MUTABILITY }, {
    suggest: [
      { messageId: "setImmutable", data: { key, value: SUGGESTED_TAG_MUTABILITY }, fix },
    ],
  });
}


