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
 * Kubernetes: every container, init container and ephemeral container of a
 * workload's pod template. There an untagged or `latest` image is also pulled
 * on every pod start (`imagePullPolicy` defaults to `Always` for them), so
 * pods of one Deployment started at different times, or on different nodes,
 * can run different images. Template tokens (`REPLACE_ME_IMAGE_TAG`) are
 * placeholders, in task definitions and manifests alike (RULES.md decisions).
 *
 * App Runner: a service's `ImageRepository.ImageIdentifier`. App Runner
 * pulls the tag when a deployment starts (and, with automatic deployments,
 * deploys every image pushed to it), so with `latest` what runs is whatever
 * was pushed last, and a rollback has no earlier image to go back to.
 *
 * Partly templated images are judged on their literal parts (RULES.md
 * decisions): `${REPO}:latest` has the literal tag `latest`; `${REPO}:${TAG}`
 * and `${IMAGE}` are unknown and never reported.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import type { AppRunnerServiceDocument } from "../documents/index.js";
import { podImageContainers, readImagePin } from "../facts/images.js";
import { withTemplateTokens } from "../facts/template-tokens.js";
import { itemLabel, stringValue, type ObjectValue, type Value } from "../values/index.js";

/** Docker's default tag (distribution/reference `DefaultTag`), pulled when a reference has none. */
const DEFAULT_TAG = "latest";

type MessageId = "noTag" | "latestTag" | "noDigest" | "podNoTag" | "podLatestTag" | "podNoDigest" | "serviceNoTag" | "serviceLatestTag" | "serviceNoDigest";

export default createRule<MessageId, [{ requireDigest?: boolean }]>({
  name: "image-tag-pinned",
  meta: {
    type: "suggestion",
    docs: {
      description: "Pin container images to a version tag or a digest, not `latest` or no tag.",
      level: "warn",
      platforms: ["ecs", "eks", "apprunner"],
      covers: "kube-linter latest-tag, Polaris tagNotSpecified, checkov CKV_K8S_14/43",
    },
    messages: {
      noTag: "Image {{image}} has no tag, so it runs whatever tag \"latest\" points to when the task starts; pin a version tag or a sha256 digest.",
      latestTag: "Image {{image}} uses tag \"latest\", which moves with every push; pin a version tag or a sha256 digest.",
      noDigest: "Image {{image}} is not pinned by digest; add \"@sha256:<digest>\" so every task runs the same image.",
      podNoTag:
        "Image {{image}} of container {{container}} has no tag, so each pod runs whatever tag \"latest\" points to when it starts; pin a version tag or a sha256 digest.",
      podLatestTag: "Image {{image}} of container {{container}} uses tag \"latest\", which moves with every push, so pods started at different times can run different code; pin a version tag or a sha256 digest.",
      podNoDigest: "Image {{image}} of container {{container}} is not pinned by digest; add \"@sha256:<digest>\" so every pod runs the same image.",
      serviceNoTag: "Image {{image}} of {{service}} has no tag, so each deployment runs whatever tag \"latest\" points to then; pin a version tag or a sha256 digest.",
      serviceLatestTag:
        "Image {{image}} of {{service}} uses tag \"latest\", which moves with every push, so each deployment (and, with automatic deployments, each push) can bring different code and a rollback has no earlier image; pin a version tag or a sha256 digest.",
      serviceNoDigest: "Image {{image}} of {{service}} is not pinned by digest; add \"@sha256:<digest>\" so every deployment runs the same image.",
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
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) judge(context, container.get("image"), undefined);
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        for (const container of podImageContainers(document)) judge(context, container.get("image"), container);
      },
      "apprunner-service"(document) {
        judge(context, document.imageIdentifier, document);
      },
    };
  },
});

const MESSAGES = {
  task: { noTag: "noTag", latestTag: "latestTag", noDigest: "noDigest" },
  pod: { noTag: "podNoTag", latestTag: "podLatestTag", noDigest: "podNoDigest" },
  service: { noTag: "serviceNoTag", latestTag: "serviceLatestTag", noDigest: "serviceNoDigest" },
} as const;

/**
 * Judges one image. `holder` is a Kubernetes container or an App Runner
 * service: it is named in the message. Template tokens in an image are
 * placeholders everywhere (`REPLACE_ME_IMAGE_TAG` is not an image without a tag).
 */
function judge(context: RuleContext<MessageId, [{ requireDigest?: boolean }]>, value: Value | undefined, holder: ObjectValue | AppRunnerServiceDocument | undefined): void {
  const written = stringValue(value);
  if (value === undefined || written === undefined || written.value.trim() === "") return;
  const image = withTemplateTokens(written);
  const pin = readImagePin(image.holed.trim());
  if (pin.digest === "present") return;
  const messages = holder === undefined ? MESSAGES.task : holder.kind === "object" ? MESSAGES.pod : MESSAGES.service;
  let messageId: MessageId | undefined;
  if (pin.tagKnown && pin.tag === undefined) messageId = messages.noTag;
  else if (pin.tagKnown && pin.tag === DEFAULT_TAG) messageId = messages.latestTag;
  else if (context.options[0]?.requireDigest === true && pin.digest === "absent") messageId = messages.noDigest;
  if (messageId === undefined) return;
  // The message data is made only for a report (most images are pinned).
  const data: Record<string, string> = { image: JSON.stringify(written.value) };
  if (holder?.kind === "object") data.container = itemLabel(holder);
  else if (holder !== undefined) data.service = holder.label.charAt(0).toLowerCase() + holder.label.slice(1);
  context.report(value, messageId, data);
}
