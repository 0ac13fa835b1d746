/**
 * eks-job-ttl: a standalone Job without `spec.ttlSecondsAfterFinished`.
 *
 * A finished Job and its pods stay until someone deletes them. On Fargate each
 * pod is its own billed micro-VM: "with Fargate you will incur costs if you
 * don't clean up the Job afterwards", and AWS shows the TTL as the fix.
 * CronJob templates are exempt (RULES.md decision): the CronJob's history limits
 * clean them up.
 * https://docs.aws.amazon.com/eks/latest/userguide/fargate.html (AWS Fargate considerations)
 * https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/
 */
import { createRule } from "../create-rule.js";
import { isMissing, setMember } from "../values/index.js";

/** What the suggestion writes: an hour to read the logs, then gone. */
const SUGGESTED_TTL = 3600;

export default createRule({
  name: "eks-job-ttl",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `ttlSecondsAfterFinished` on Kubernetes Jobs so finished Jobs and their pods are deleted.",
      level: "warn",
      platforms: ["eks"],
      covers: "kube-linter job-ttl-seconds-after-finished",
    },
    messages: {
      missingTtl:
        "{{job}} has no spec.ttlSecondsAfterFinished, so the Job and its finished pods stay until deleted by hand (on Fargate each finished pod is still billed); set it to the seconds to keep them, e.g. {{ttl}}.",
      addTtl: "Set spec.ttlSecondsAfterFinished to {{ttl}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (document.objectKind !== "Job" || document.fragment || !document.builtIn) return;
        const spec = document.spec;
        if (spec === undefined || !isMissing(spec.get("ttlSecondsAfterFinished"))) return;
        const data = { ttl: SUGGESTED_TTL };
        context.reportMissing(spec, "missingTtl", { job: document.label, ...data }, {
          suggest: [{ messageId: "addTtl", data, fix: setMember(spec, "ttlSecondsAfterFinished", SUGGESTED_TTL, context.source) }],
        });
      },
    };
  },
});
