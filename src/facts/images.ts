/**
 * Container image references: `[registry/][namespace/]name[:tag][@digest]`,
 * read the way Docker (distribution/reference) reads them, and the Amazon ECR
 * registry hosts.
 * Sources: distribution/reference grammar (https://github.com/distribution/reference);
 * ECR registry URIs https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html
 * and dual-stack hosts https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html ;
 * reference/aws-facts.md §7.4.
 */
import type { WorkloadDocument } from "../documents/kubernetes.js";
import { objectItems, type ObjectValue } from "../values/index.js";
import { hasHole } from "../values/placeholders.js";
import { ACCOUNT_ID, partitionOfRegion, REGION } from "./arn.js";

export interface ImageReference {
  /** The registry host (with port), when the first component names one. */
  readonly registry: string | undefined;
  /** Everything between the registry and the tag/digest (`library/nginx`, `team/app`). */
  readonly repository: string;
  /** The last path segment without registry or tag (`postgres` for `registry.k8s.io/x/postgres:16`). */
  readonly name: string;
  readonly tag: string | undefined;
  /** `sha256:<hex>` when the reference is pinned by digest. */
  readonly digest: string | undefined;
}

/**
 * Splits an image reference. The first component is a registry when it has a
 * `.` or `:` or is `localhost` (Docker's rule); the tag follows the last `:`
 * after the last `/`; the digest follows `@`.
 */
export function parseImage(text: string): ImageReference {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf("/");
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon !== -1 && colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const name = rest.slice(rest.lastIndexOf("/") + 1);
  return { registry, repository: rest, name, tag, digest };
}

/**
 * A private Amazon ECR registry host:
 * `<12-digit account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` (China Regions
 * use `.amazonaws.com.cn`) or the dual-stack `<account>.dkr-ecr[-fips].<region>.on.aws`.
 */
export const PRIVATE_ECR_HOST = /^(\d{12})\.(?:dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|dkr-ecr(?:-fips)?\.([a-z0-9-]+)\.on\.aws)$/;

/** ECR Public: `public.ecr.aws/<alias>/<repository>` (no credentials needed to pull). */
export const PUBLIC_ECR_HOST = "public.ecr.aws";

/**
 * An ECR Public registry alias: botocore `ecr-public` model, `RegistryAliasName`
 * (min 2, max 50, pattern `[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*`).
 */
export const PUBLIC_ECR_ALIAS = /^(?=.{2,50}$)[a-z][a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** The characters an ECR Public alias may hold, for judging the literal parts of a templated one. */
export const PUBLIC_ECR_ALIAS_CHARACTERS = /^[a-z0-9._-]*$/;

/**
 * An ECR Public repository name (after the alias): botocore `ecr-public` model,
 * `RepositoryName` (min 2, max 205, pattern
 * `(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*`) — stricter
 * than private ECR: one separator between components (no `__`, no `--`).
 */
export const PUBLIC_ECR_REPOSITORY_NAME = /^(?=.{2,205}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** True when the host looks like it is meant to be an Amazon ECR private registry (well-formed or not). */
export function looksLikePrivateEcrHost(host: string): boolean {
  return /(?:^|\.)dkr[.-]ecr/.test(host) || /\.ecr\.[a-z0-9-]+\.amazonaws\./.test(host);
}

/** True when the image is pulled from a private ECR registry (needs ECR credentials). */
export function isPrivateEcrImage(image: ImageReference): boolean {
  return image.registry !== undefined && PRIVATE_ECR_HOST.test(image.registry);
}

/* ---------------- Partly templated references and ECR checks ---------------- */

/** What pins an image: its tag and whether it has a digest, as far as a partly templated reference shows them. */
export interface ImagePin {
  /** False when a placeholder may hold (or be) the tag. */
  readonly tagKnown: boolean;
  /** The tag when known; undefined when the reference has none. */
  readonly tag: string | undefined;
  readonly digest: "present" | "absent" | "unknown";
}

/**
 * Reads the tag and digest of a reference (a literal, or a `withHoles` text).
 * A tag or digest is unknown when a placeholder could supply it: `${REPO}:latest`
 * has the literal tag `latest`; `app:${TAG}` and `app-${VARIANT}` have an
 * unknown tag (the placeholder may hold `:1.2` or `@sha256:…`).
 */
export function readImagePin(text: string): ImagePin {
  const at = text.indexOf("@");
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const last = beforeDigest.slice(beforeDigest.lastIndexOf("/") + 1);
  const colon = last.lastIndexOf(":");
  const tag = colon === -1 ? undefined : last.slice(colon + 1);
  // A placeholder in the last path component after its last `:` (or anywhere in it when there is no tag) may hold more.
  const tail = colon === -1 ? last : (tag ?? "");
  const open = hasHole(tail);
  return {
    tagKnown: !open,
    tag: open ? undefined : tag,
    digest: at !== -1 ? "present" : open ? "unknown" : "absent",
  };
}

/**
 * A tag: Docker's grammar (distribution/reference `tag := [\w][\w.-]{0,127}`).
 * ECR allows up to 300 characters in its API (`ImageTag`), but Docker and
 * containerd cannot pull a reference whose tag is longer than 128.
 */
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/**
 * A digest ECS accepts: "The only supported hash function is sha256, and the
 * hash value after sha256: must be exactly 64 characters" (ECS API
 * `ContainerDefinition.image`). The API text allows A–F, but Docker and
 * containerd validate digests with opencontainers/go-digest, whose sha256
 * pattern is `^[a-f0-9]{64}$` ("Note that /A-F/ disallowed", `algorithm.go`):
 * an uppercase digest cannot be pulled.
 */
export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * An ECR repository name: `CreateRepository.repositoryName` pattern, 2–256
 * characters (ECR API; aws-facts §7.1). Lowercase only, like every Docker
 * repository path ("repository name must be lowercase").
 */
export const ECR_REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

/** The characters an ECR repository name may hold, for judging the literal parts of a templated one. */
export const ECR_REPOSITORY_CHARACTERS = /^[a-z0-9._/-]*$/;

/** The characters a tag may hold, for judging the literal parts of a templated one. */
export const IMAGE_TAG_CHARACTERS = /^[A-Za-z0-9_.-]*$/;

/**
 * DNS suffixes a private ECR registry host may end in, one per AWS partition
 * (botocore `data/partitions.json`: `dnsSuffix` of aws/aws-us-gov, aws-cn,
 * aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f), plus `on.aws`, the
 * dual-stack registry domain (`<account>.dkr-ecr.<region>.on.aws`,
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html ;
 * endpoints table https://docs.aws.amazon.com/general/latest/gr/ecr.html).
 */
export const ECR_DNS_SUFFIXES: readonly string[] = [
  "amazonaws.com",
  "amazonaws.com.cn",
  "amazonaws.eu",
  "on.aws",
  "c2s.ic.gov",
  "sc2s.sgov.gov",
  "cloud.adc-e.uk",
  "csp.hci.ic.gov",
];

/**
 * The DNS suffix a private ECR registry host (`dkr.ecr`, `dkr.ecr-fips`) must
 * end in for its Region: the partition's `dnsSuffix` (botocore
 * `data/partitions.json`: `amazonaws.com.cn` for `cn-north-1` and
 * `cn-northwest-1`, `amazonaws.com` for the commercial and GovCloud Regions;
 * ECR endpoints table https://docs.aws.amazon.com/general/latest/gr/ecr.html ;
 * reference/aws-facts.md §7.4 on China hosts). Undefined when the Region is in
 * no known partition. Dual-stack hosts (`dkr-ecr`) are not covered: the
 * `on.aws` domain is the commercial partition's and China's is not documented
 * here.
 */
export function ecrSuffixForRegion(region: string): string | undefined {
  return partitionOfRegion(region.toLowerCase())?.dnsSuffix;
}

/**
 * The registry labels of a private ECR host: `dkr.ecr` (IPv4), `dkr-ecr`
 * (dual-stack), each with a `-fips` variant (FIPS endpoints in the ECR
 * endpoints table). `ecr` alone is the API endpoint, not a registry.
 */
export const ECR_REGISTRY_SERVICES: readonly string[] = ["dkr.ecr", "dkr.ecr-fips", "dkr-ecr", "dkr-ecr-fips"];

/** A private ECR host split into what can be judged; components may hold holes (`hasHole`). */
export interface EcrHost {
  /** The first label when it precedes the service labels (`123456789012`); undefined when there is none. */
  readonly account: string | undefined;
  /** `dkr.ecr`, `dkr-ecr`, `dkr.ecr-fips`, `dkr-ecr-fips`, or `ecr`/`ecr-fips` when `dkr.` was left out. */
  readonly service: string;
  readonly region: string;
  readonly suffix: string;
}

const ECR_HOST_SHAPE = /^(?:([^.]*)\.)??(dkr\.ecr(?:-fips)?|dkr-ecr(?:-fips)?|ecr(?:-fips)?)\.([^.]+)\.(.+)$/i;

/**
 * Reads a host that is meant to be a private ECR registry, well-formed or not:
 * it names the registry service (`dkr.ecr`, `dkr-ecr`), or the bare `ecr`
 * label under an AWS domain (`<account>.ecr.<region>.amazonaws.com`, a host
 * missing `dkr.`). Other hosts answer undefined (they are not judged), as do
 * VPC endpoint names (`*.vpce.amazonaws.com`).
 */
export function readEcrHost(host: string): EcrHost | undefined {
  if (/(?:^|\.)vpce(?:\.|-)/i.test(host)) return undefined;
  const match = ECR_HOST_SHAPE.exec(host);
  if (!match) return undefined;
  const [, account, service, region, suffix] = match as unknown as [string, string | undefined, string, string, string];
  const namesRegistry = /^dkr/i.test(service);
  if (!namesRegistry && !/(?:^|\.)amazonaws\./i.test(`${suffix}.`)) return undefined;
  // Host names are case-insensitive: the service label is compared in lowercase, the rest is kept as written.
  return { account, service: service.toLowerCase(), region, suffix };
}

/**
 * True when the image is pulled from a private ECR registry: a well-formed
 * registry host in any partition, where the account and Region may be
 * placeholders (`${AWS_ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/app`).
 * Takes the text from `withHoles` (or a literal).
 */
export function isPrivateEcrReference(text: string): boolean {
  const { registry } = parseImage(text);
  if (registry === undefined) return false;
  const host = readEcrHost(registry);
  if (host?.account === undefined || !ECR_REGISTRY_SERVICES.includes(host.service)) return false;
  const accountOk = ACCOUNT_ID.test(host.account) || hasHole(host.account);
  const regionOk = REGION.test(host.region.toLowerCase()) || hasHole(host.region);
  const suffix = host.suffix.toLowerCase();
  const dualStack = host.service.startsWith("dkr-ecr");
  const suffixOk = dualStack ? suffix === "on.aws" || hasHole(suffix) : ECR_DNS_SUFFIXES.includes(suffix) && suffix !== "on.aws";
  return accountOk && regionOk && suffixOk;
}


/**
 * The containers of a Kubernetes pod that name an image: `containers`,
 * `initContainers` and `ephemeralContainers` (added by `kubectl debug`; the API
 * refuses them on create, so they appear in `kubectl get pod -o yaml` output).
 * Kubernetes API `PodSpec`, https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/
 */
export function podImageContainers(workload: WorkloadDocument): readonly ObjectValue[] {
  const ephemeral = objectItems(workload.podSpec?.get("ephemeralContainers"));
  return ephemeral.length === 0 ? workload.allContainers : [...workload.allContainers, ...ephemeral];
}
