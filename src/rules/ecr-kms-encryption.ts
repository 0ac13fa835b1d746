/**
 * ecr-kms-encryption (strict): repositories encrypted with `AES256` (Amazon
 * S3-managed keys) — explicitly, or by having no `encryptionConfiguration` —
 * instead of a KMS key (`KMS` or `KMS_DSSE`).
 *
 * The encryption configuration is fixed when the repository is created
 * (CloudFormation lists it among the create-only properties, so changing it
 * replaces the repository): a suggestion, never a fix.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
 * Security Hub ECR.5, checkov CKV_AWS_136.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import type { RepositoryDocument } from "../documents/index.js";
import { DEFAULT_ENCRYPTION_TYPE, KMS_ENCRYPTION_TYPES, SUGGESTED_ENCRYPTION_TYPE } from "../facts/ecr-repository-settings.js";
import { ECR_ENUMS } from "../facts/ecr-enums.js";
import { keyCandidates, literalString, present, replaceValue, setMember, type Edit } from "../values/index.js";

type MessageIds = "missing" | "aes256" | "describedAes256" | "useKms";

export default createRule<MessageIds>({
  name: "ecr-kms-encryption",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ECR repositories to be encrypted with a KMS key rather than the default AES256.",
      level: "strict",
      platforms: ["ecr"],
      covers: "Security Hub ECR.5, CKV_AWS_136",
    },
    messages: {
      missing:
        '{{repository}} has no {{key}}, so it is encrypted with "AES256" (Amazon S3-managed keys) and key use is neither controlled nor logged in KMS; set {{type}} to "KMS" (with {{kmsKey}} for a customer managed key) when you create it.',
      aes256:
        '{{repository}} sets {{type}} to "AES256" (Amazon S3-managed keys), so key use is neither controlled nor logged in KMS; use "KMS" (with {{kmsKey}} for a customer managed key) when you create it.',
      describedAes256:
        '{{repository}} is encrypted with "AES256" (Amazon S3-managed keys), and a repository\'s encryption cannot change after it is created; create its replacement with {{type}} "KMS".',
      useKms: 'Set {{type}} to "KMS" (a deployed repository is replaced, not updated).',
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
  const raw = object.get("encryptionConfiguration");
  const configuration = present(raw);
  const key = object.keyName("encryptionConfiguration");
  const repository = document.label;

  if (configuration !== undefined) {
    if (configuration.kind !== "object") return; // unknown, or a wrong type for valid-schema
    const typeValue = present(configuration.get("encryptionType"));
    const type = literalString(typeValue);
    // A missing type is valid-schema's (it is required); unknown, KMS types and misspellings are not reported.
    if (typeValue === undefined || type === undefined || !(ECR_ENUMS.EncryptionType as readonly string[]).includes(type)) return;
    if ((KMS_ENCRYPTION_TYPES as readonly string[]).includes(type)) return;
    const typeKey = `${key}.${configuration.keyName("encryptionType")}`;
    if (document.output) {
      context.report(typeValue, "describedAes256", { repository, type: typeKey });
      return;
    }
    const kmsKey = `${key}.${configuration.keyName("kmsKey")}`;
    context.report(
      typeValue,
      "aes256",
      { repository, type: typeKey, kmsKey },
      { suggest: [{ messageId: "useKms", data: { type: typeKey }, fix: replaceValue(typeValue, SUGGESTED_ENCRYPTION_TYPE, context.source) }] },
    );
    return;
  }

  const typeName = keyCandidates("encryptionType", object.style)[0]!;
  const typeKey = `${key}.${typeName}`;
  const kmsKey = `${key}.${keyCandidates("kmsKey", object.style)[0]!}`;
  if (document.output) {
    // describe-repositories prints the configuration; without one the repository still uses the default.
    context.reportMissing(object, "describedAes256", { repository, type: typeKey });
    return;
  }
  const written = { [typeName]: SUGGESTED_ENCRYPTION_TYPE };
  const fix: Edit = setMember(object, "encryptionConfiguration", written, context.source);
  context.reportMissing(object, "missing", { repository, key, type: typeKey, kmsKey, default: DEFAULT_ENCRYPTION_TYPE }, {
    suggest: [
      { messageId: "useKms", data: { type: typeKey }, fix },
    ],
  });
}


