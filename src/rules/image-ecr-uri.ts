/**
 * image-ecr-uri: malformed Amazon ECR image references.
 *
 * Only images meant for ECR are judged: a registry host that names the ECR
 * registry service (`<account>.dkr.ecr.<region>.amazonaws.com`, its FIPS and
 * dual-stack forms, or a host missing `dkr.`), or ECR Public
 * (`public.ecr.aws/<alias>/<repository>`). Other registries are left alone.
 *
 * A private registry is `<12-digit account>.dkr.ecr[-fips].<region>.amazonaws.com`
 * (`.amazonaws.com.cn` in China, the partition's domain elsewhere) or the
 * dual-stack `<account>.dkr-ecr[-fips].<region>.on.aws`; the domain must be the
 * one of the Region's partition (`cn-north-1` is under `amazonaws.com.cn`,
 * `us-east-1` under `amazonaws.com`); repositories follow ECR's repository-name
 * pattern. ECR Public images are `public.ecr.aws/<alias>/<repository>`, the
 * alias and the repository following ECR Public's own patterns. Tags and
 * digests follow Docker's grammar and ECS's digest rule. Facts and sources:
 * src/facts/images.ts, src/facts/arn.ts.
 *
 * Read in ECS task definitions and in every container, init container and
 * ephemeral container of a Kubernetes workload's pod template; in both,
 * template tokens (`ACCOUNT_ID.dkr.ecr.REGION.amazonaws.com/app`) are
 * placeholders (RULES.md decisions, src/facts/template-tokens.ts).
 *
 * App Runner: a service's `ImageRepository.ImageIdentifier`, judged the same
 * way, and also where App Runner's own pattern is narrower (API-AR
 * `ImageIdentifier`; aws-facts §7.4): it pulls only from Amazon ECR and ECR
 * Public (another registry, Docker Hub's `nginx:1.27`, is reported), and its
 * private hosts are `<account>.dkr.ecr.<region>.amazonaws.com` only — no China
 * Region (`amazonaws.com.cn`), FIPS or dual-stack host.
 *
 * Partly templated images (`${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/app:1.2`)
 * are judged on the components that hold no placeholder; a component with one
 * is judged only on its literal characters (an uppercase letter in a repository
 * name is wrong whatever the placeholder holds).
 */
import { createRule, type MessageData, type ReportExtras } from "../create-rule.js";
import { PRIVATE_REGISTRY } from "../facts/apprunner.js";
import { ACCOUNT_ID, ACCOUNT_PLACEHOLDER, AVAILABILITY_ZONE, partitionOfRegion, REGION } from "../facts/arn.js";
import {
  ECR_DNS_SUFFIXES,
  ECR_REPOSITORY_CHARACTERS,
  ECR_REPOSITORY_NAME,
  ecrSuffixForRegion,
  IMAGE_TAG,
  IMAGE_TAG_CHARACTERS,
  parseImage,
  podImageContainers,
  PUBLIC_ECR_ALIAS,
  PUBLIC_ECR_ALIAS_CHARACTERS,
  PUBLIC_ECR_HOST,
  PUBLIC_ECR_REPOSITORY_NAME,
  readEcrHost,
  SHA256_DIGEST,
} from "../facts/images.js";
import { withTemplateTokens } from "../facts/template-tokens.js";
import { hasHole, literalCharacters, replaceValue, restoreHoles, stringValue, type StringValue } from "../values/index.js";

type MessageId =
  | "scheme"
  | "missingAccount"
  | "account"
  | "accountPlaceholder"
  | "missingDkr"
  | "region"
  | "availabilityZone"
  | "domain"
  | "regionDomain"
  | "useHost"
  | "repository"
  | "tag"
  | "digest"
  | "ecrDigest"
  | "publicAlias"
  | "publicAliasName"
  | "publicRepository"
  | "lowercase"
  | "appRunnerRegistry"
  | "appRunnerHost";

export default createRule<MessageId>({
  name: "image-ecr-uri",
  meta: {
    type: "problem",
    docs: {
      description: "Report malformed Amazon ECR image URIs: registry host, account ID, Region, repository name, tag and digest.",
      level: "error",
      platforms: ["ecs", "eks", "apprunner"],
      covers: "—",
    },
    messages: {
      scheme: "Image {{image}} starts with {{scheme}}, but an image reference has no URL scheme and cannot be pulled with one; remove it.",
      missingAccount: "ECR registry host {{host}} has no account ID; start it with the 12-digit account ID (<account-id>.dkr.ecr.<region>.amazonaws.com).",
      account: "ECR registry host {{host}} starts with {{account}}, which is not a 12-digit AWS account ID; put the account ID there.",
      accountPlaceholder:
        "ECR registry host {{host}} starts with the placeholder {{account}}; put the 12-digit AWS account ID there (or a template variable such as \"${AWS_ACCOUNT_ID}\", which is not linted).",
      missingDkr: "ECR registry host {{host}} is missing \"dkr.\"; images are pulled from {{fixed}}.",
      region: "ECR registry host {{host}} has Region {{region}}, which is not a Region code; use one such as \"us-east-1\".",
      availabilityZone: "ECR registry host {{host}} has Availability Zone {{region}} where the Region belongs; use {{fixed}}.",
      domain:
        "ECR registry host {{host}} ends in {{suffix}}, which is not an ECR domain; use \"amazonaws.com\" (\"amazonaws.com.cn\" in China, \"on.aws\" for dual-stack).",
      regionDomain: "ECR registry host {{host}} is in Region {{region}}, whose registry domain is {{expected}}, not {{suffix}}; use the Region's domain (or the Region you meant).",
      useHost: "Use {{fixed}}.",
      repository: "Repository name {{repository}} is not valid in Amazon ECR; use 2 to 256 lowercase letters and digits, separated by . _ - or /.",
      publicRepository:
        "Repository name {{repository}} is not valid in Amazon ECR Public; use 2 to 205 lowercase letters and digits, components separated by one . _ or - and joined by /.",
      tag: "Tag {{tag}} is not a valid image tag; use up to 128 letters, digits, _ . and -, not starting with . or -.",
      digest: "Digest {{digest}} is not valid; ECS takes \"sha256:\" followed by 64 lowercase hexadecimal digits.",
      ecrDigest: "Digest {{digest}} is not valid; an Amazon ECR image digest is \"sha256:\" followed by 64 lowercase hexadecimal digits.",
      publicAlias: "ECR Public image {{image}} has no registry alias; write it as public.ecr.aws/<alias>/<repository>.",
      publicAliasName:
        "ECR Public image {{image}} has registry alias {{alias}}, which is not valid; an alias is 2 to 50 lowercase letters, digits and . _ -, starting with a letter.",
      lowercase: "Use {{fixed}}.",
      appRunnerRegistry: "App Runner pulls images only from Amazon ECR and Amazon ECR Public, not {{image}}; push the image to an ECR repository and use its URI.",
      appRunnerHost:
        "ECR registry host {{host}} is not one App Runner pulls from; App Runner takes private images only from <account-id>.dkr.ecr.<region>.amazonaws.com hosts (no China Region, FIPS or dual-stack host).",
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const image = stringValue(container.get("image"));
          if (image !== undefined) checkImage(withTemplateTokens(image), "digest");
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        for (const container of podImageContainers(document)) {
          const image = stringValue(container.get("image"));
          if (image !== undefined) checkImage(withTemplateTokens(image), "ecrDigest");
        }
      },
      "apprunner-service"(document) {
        const image = stringValue(document.imageIdentifier);
        if (image !== undefined) checkImage(withTemplateTokens(image), "ecrDigest", true);
      },
    };

    /** Judges one image; `digestMessage` says what takes the digest (ECS, or the registry for Kubernetes); `appRunner` adds App Runner's narrower pattern. */
    function checkImage(image: StringValue, digestMessage: "digest" | "ecrDigest", appRunner = false): void {
      let text = image.holed.trim();
      // Most references have no scheme: the pattern runs only when `://` is there.
      const scheme = text.includes("://") ? /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] : undefined;
      if (scheme !== undefined) text = text.slice(scheme.length);
      const reference = parseImage(text);
      const registry = reference.registry;
      const host = registry?.includes(":") ? registry.replace(/:\d+$/, "") : registry;
      const isPublic = host?.toLowerCase() === PUBLIC_ECR_HOST;
      const ecrHost = isPublic || host === undefined ? undefined : readEcrHost(host);
      if (host === undefined || registry === undefined || (!isPublic && ecrHost === undefined)) {
        // App Runner takes nothing else; a placeholder where the registry goes may hold one it takes.
        const first = text.split("/")[0]!;
        if (appRunner && text.trim() !== "" && !hasHole(first)) context.report(image, "appRunnerRegistry", { image: JSON.stringify(image.value.trim()) });
        return;
      }

      // An ECR image: what the checks below report with.
      const report = (messageId: MessageId, data: MessageData, extras?: ReportExtras<MessageId>): void => context.report(image, messageId, data, extras);
      const show = (part: string): string => JSON.stringify(restoreHoles(part, image.parts));
      /** A fix that rewrites the whole reference: only for fully literal values (never a `!Sub` or `Fn::Sub` with variables; one without any is rewritten as the plain string it is). */
      const rewrite = (text: string): { fix: ReturnType<typeof replaceValue> } | undefined => (image.literal !== undefined ? { fix: replaceValue(image, text, context.source) } : undefined);

      if (scheme !== undefined) report("scheme", { image: JSON.stringify(image.value.trim()), scheme: JSON.stringify(scheme) }, rewrite(text));

      if (ecrHost) {
        if (ecrHost.account === undefined) report("missingAccount", { host: show(host) });
        else if (!hasHole(ecrHost.account) && !ACCOUNT_ID.test(ecrHost.account)) {
          report(ACCOUNT_PLACEHOLDER.test(ecrHost.account) ? "accountPlaceholder" : "account", { host: show(host), account: show(ecrHost.account) });
        }
        if (ecrHost.service === "ecr" || ecrHost.service === "ecr-fips") {
          const fixedHost = `${ecrHost.account === undefined ? "" : `${ecrHost.account}.`}dkr.${ecrHost.service}.${ecrHost.region}.${ecrHost.suffix}`;
          report("missingDkr", { host: show(host), fixed: show(fixedHost) }, ecrHost.account !== undefined ? rewrite(replaceHost(text, registry, fixedHost)) : undefined);
        }
        // A Region code ends in a digit and a zone name in a letter: a valid Region skips the zone pattern.
        if (!hasHole(ecrHost.region) && !REGION.test(ecrHost.region.toLowerCase())) {
          const zone = AVAILABILITY_ZONE.exec(ecrHost.region.toLowerCase());
          if (zone) {
            const fixedHost = host.replace(`.${ecrHost.region}.`, `.${zone[1]!}.`);
            report("availabilityZone", { host: show(host), region: show(ecrHost.region), fixed: JSON.stringify(zone[1]!) }, rewrite(replaceHost(text, registry, fixedHost)));
          } else {
            report("region", { host: show(host), region: show(ecrHost.region) });
          }
        }
        if (!hasHole(ecrHost.suffix) && !ECR_DNS_SUFFIXES.includes(ecrHost.suffix.toLowerCase())) report("domain", { host: show(host), suffix: show(ecrHost.suffix) });
        else if (appRunner && notAppRunnerHost(ecrHost)) report("appRunnerHost", { host: show(host) });
        else checkRegionDomain(ecrHost, host, registry, text, report, show, image);
        checkRepository(reference.repository, registry.length + 1, report, show, image, text, false);
      } else {
        const slash = reference.repository.indexOf("/");
        if (slash === -1) {
          if (!hasHole(reference.repository)) report("publicAlias", { image: show(text) });
        } else {
          const alias = reference.repository.slice(0, slash);
          const aliasValid = hasHole(alias) ? PUBLIC_ECR_ALIAS_CHARACTERS.test(literalCharacters(alias)) : PUBLIC_ECR_ALIAS.test(alias);
          if (!aliasValid) report("publicAliasName", { image: show(text), alias: show(alias) });
          checkRepository(reference.repository.slice(slash + 1), registry.length + 1 + slash + 1, report, show, image, text, true);
        }
      }
      checkTagAndDigest(reference, report, show, rewrite, text, digestMessage);
    }

    /**
     * A private host's domain must be its Region's partition's (`cn-north-1` under `amazonaws.com.cn`).
     * Only IPv4 registry hosts with a well-formed Region and a known ECR domain are judged.
     */
    function checkRegionDomain(
      ecrHost: NonNullable<ReturnType<typeof readEcrHost>>,
      host: string,
      registry: string,
      text: string,
      report: (messageId: MessageId, data: MessageData, extras?: ReportExtras<MessageId>) => void,
      show: (part: string) => string,
      image: StringValue,
    ): void {
      if (!ecrHost.service.startsWith("dkr.ecr") || hasHole(ecrHost.region) || hasHole(ecrHost.suffix)) return;
      const region = ecrHost.region.toLowerCase();
      if (!REGION.test(region)) return;
      const expected = ecrSuffixForRegion(region);
      const suffix = ecrHost.suffix.toLowerCase();
      if (expected === undefined || expected === suffix) return;
      const fixedHost = `${host.slice(0, host.length - ecrHost.suffix.length)}${expected}`;
      // The Region may be what is wrong rather than the domain: a suggestion, not a fix.
      const suggest =
        image.literal !== undefined ? [{ messageId: "useHost" as const, data: { fixed: show(fixedHost) }, fix: replaceValue(image, replaceHost(text, registry, fixedHost), context.source) }] : [];
      report("regionDomain", { host: show(host), region: show(ecrHost.region), expected: JSON.stringify(expected), suffix: show(ecrHost.suffix) }, { suggest });
    }

    function checkRepository(
      repository: string,
      start: number,
      report: (messageId: MessageId, data: MessageData, extras?: ReportExtras<MessageId>) => void,
      show: (part: string) => string,
      image: StringValue,
      text: string,
      isPublic: boolean,
    ): void {
      const messageId = isPublic ? "publicRepository" : "repository";
      const pattern = isPublic ? PUBLIC_ECR_REPOSITORY_NAME : ECR_REPOSITORY_NAME;
      if (hasHole(repository)) {
        if (!ECR_REPOSITORY_CHARACTERS.test(literalCharacters(repository))) report(messageId, { repository: show(repository) });
        return;
      }
      if (pattern.test(repository)) return;
      // Docker refuses uppercase repository names; ECR has none. Lowercasing is a likely fix, not a certain one.
      const lowered = repository.toLowerCase();
      const suggest =
        image.literal !== undefined && lowered !== repository && pattern.test(lowered)
          ? [{ messageId: "lowercase" as const, data: { fixed: JSON.stringify(lowered) }, fix: replaceValue(image, `${text.slice(0, start)}${lowered}${text.slice(start + repository.length)}`, context.source) }]
          : undefined;
      report(messageId, { repository: show(repository) }, suggest ? { suggest } : undefined);
    }

    function checkTagAndDigest(
      reference: ReturnType<typeof parseImage>,
      report: (messageId: MessageId, data: MessageData, extras?: ReportExtras<MessageId>) => void,
      show: (part: string) => string,
      rewrite: (text: string) => { fix: ReturnType<typeof replaceValue> } | undefined,
      text: string,
      digestMessage: "digest" | "ecrDigest",
    ): void {
      const { tag, digest } = reference;
      if (tag !== undefined) {
        const valid = hasHole(tag) ? IMAGE_TAG_CHARACTERS.test(literalCharacters(tag)) && !/^[.-]/.test(tag) : IMAGE_TAG.test(tag);
        if (!valid) report("tag", { tag: show(tag) });
      }
      if (digest !== undefined && !hasHole(digest) && !SHA256_DIGEST.test(digest)) {
        // Only the case of the hex digits is wrong: the same digest in lowercase is the certain fix.
        const lowered = SHA256_DIGEST.test(digest.toLowerCase()) && digest.startsWith("sha256:") ? digest.toLowerCase() : undefined;
        report(digestMessage, { digest: show(digest) }, lowered !== undefined ? rewrite(`${text.slice(0, text.lastIndexOf(digest))}${lowered}`) : undefined);
      }
    }
  },
});

/**
 * A well-formed private ECR host App Runner does not pull from: a FIPS or
 * dual-stack registry, a domain other than `amazonaws.com`, or a China Region
 * (src/facts/apprunner.ts `PRIVATE_REGISTRY`). A host missing `dkr.` is
 * `missingDkr`'s; placeholders may hold what App Runner takes.
 */
function notAppRunnerHost(host: NonNullable<ReturnType<typeof readEcrHost>>): boolean {
  if (!host.service.startsWith("dkr")) return false;
  if (host.service !== PRIVATE_REGISTRY.service) return true;
  if (!hasHole(host.suffix) && host.suffix.toLowerCase() !== PRIVATE_REGISTRY.suffix) return true;
  return !hasHole(host.region) && partitionOfRegion(host.region.toLowerCase())?.id === "aws-cn";
}

/** The reference with its registry host replaced (the host is its first component). */
function replaceHost(text: string, registry: string, host: string): string {
  const port = /:\d+$/.exec(registry)?.[0] ?? "";
  return `${host}${port}${text.slice(registry.length)}`;
}
