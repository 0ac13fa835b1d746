/**
 * image-tag-pinned: container images with no tag or the `latest` tag; with
 * `requireDigest`, images not pinned by a sha256 digest.
 *
 * An image without a tag is pulled as `:latest` (Docker's default tag), and
 * `latest` is whatever was pushed last: two tasks of the same task definition
 * can run different code, and a rollback to the previous task definition
 * revision does not bring the previous image back. ECS resolves a tag to a
 * digest when a deployment starts (`versionConsistency`, default `enabled`),
 * which keeps one deployment's tasks on one image but not the next deployment.
 * Covers kube-linter latest-tag, Polaris tagNotSpecified, checkov CKV_K8S_14/43.
 *
 * Partly templated images are judged on their literal parts (RULES.md
 * decisions): `${REPO}:latest` has the literal tag `latest`; `${REPO}:${TAG}`
 * and `${IMAGE}` are unknown and never reported.
 */
import { createRule } from "../create-rule.js";
import { readImagePin } from "../facts/images.js";
import { stringValue } from "../values/index.js";

/** Docker's default tag (distribution/reference `DefaultTag`), pulled when a reference has none. */
const DEFAULT_TAG = "latest";

export default createRule<"noTag" | "latestTag" | "noDigest", [{ requireDigest?: boolean }]>({
  name: "image-tag-pinned",
  meta: {
    type: "suggestion",
    docs: {
      description: "Pin container images to a version tag or a digest, not `latest` or no tag.",
      level: "warn",
      platforms: ["ecs"],
      covers: "kube-linter latest-tag, Polaris tagNotSpecified, checkov CKV_K8S_14/43",
    },
    messages: {
      noTag: "Image {{image}} has no tag, so it runs whatever tag \"latest\" points to when the task starts; pin a version tag or a sha256 digest.",
      latestTag: "Image {{image}} uses tag \"latest\", which moves with every push; pin a version tag or a sha256 digest.",
      noDigest: "Image {{image}} is not pinned by digest; add \"@sha256:<digest>\" so every task runs the same image.",
    },
    schema: [
      {
        type: "object",
        properties: { requireDigest: { type: "boolean", description: "Also report images pinned by tag only (no `@sha256:` digest)." } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireDigest: false }],
  },
  create(context) {
    const requireDigest = context.options[0]?.requireDigest === true;
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const value = container.get("image");
          const image = stringValue(value);
          if (value === undefined || image === undefined || image.value.trim() === "") continue;
          const pin = readImagePin(image.holed.trim());
          if (pin.digest === "present") continue;
          // The quoted image for the message is made only for a report (most images are pinned).
          if (pin.tagKnown && pin.tag === undefined) context.report(value, "noTag", { image: JSON.stringify(image.value) });
          else if (pin.tagKnown && pin.tag === DEFAULT_TAG) context.report(value, "latestTag", { image: JSON.stringify(image.value) });
          else if (requireDigest && pin.digest === "absent") context.report(value, "noDigest", { image: JSON.stringify(image.value) });
        }
      },
    };
  },
});
