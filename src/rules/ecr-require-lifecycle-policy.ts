/**
 * ecr-require-lifecycle-policy (strict): CloudFormation `AWS::ECR::Repository`
 * resources without a lifecycle policy (`LifecyclePolicy.LifecyclePolicyText`).
 *
 * Only templates are checked: CreateRepository input has no lifecycle policy
 * member (PutLifecyclePolicy is a call of its own), and describe-repositories
 * output does not show whether a repository has one.
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-lifecyclepolicy.html
 * Security Hub ECR.3, CT.ECR.PR.1.
 */
import { createRule } from "../create-rule.js";

import { present } from "../values/index.js";

export default createRule({
  name: "ecr-require-lifecycle-policy",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a lifecycle policy on ECR repositories defined in CloudFormation.",
      level: "strict",
      platforms: ["ecr"],
      covers: "Security Hub ECR.3, CT.ECR.PR.1",
    },
    messages: {
      missing: "{{repository}} has no {{key}}, so its images are never expired and storage grows with every push; add a lifecycle policy (for example, one that expires untagged images after a few days).",
      missingText: "{{repository}} has a {{key}} without {{text}}, so no lifecycle rules apply; add the policy text.",
    },
  },
  create(context) {
    return {
      "ecr-repository"(document) {
        if (document.form !== "cloudformation") return;
        const object = document.object;
        const repository = document.label;
        const policy = present(object.get("lifecyclePolicy"));
        if (policy === undefined) {
          context.reportMissing(object, "missing", { repository, key: object.keyName("lifecyclePolicy") });
          return;
        }
        if (policy.kind !== "object") return; // an intrinsic, or a wrong type for valid-schema
        if (present(policy.get("lifecyclePolicyText")) !== undefined) return;
        context.reportMissing(policy, "missingText", { repository, key: object.keyName("lifecyclePolicy"), text: policy.keyName("lifecyclePolicyText") });
      },
    };
  },
});

