/**
 * Container image references: `[registry/][namespace/]name[:tag][@digest]`,
 * read the way Docker (distribution/reference) reads them, and the Amazon ECR
 * registry hosts.
 * Sources: distribution/reference grammar (https://github.com/distribution/reference);
 * ECR registry URIs https://docs.aws.amazon.com/AmazonECR/latest/userguide/Registries.html
 * and dual-stack hosts https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html ;
 * reference/aws-facts.md §7.4.
 */

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

/** True when the host looks like it is meant to be an Amazon ECR private registry (well-formed or not). */
export function looksLikePrivateEcrHost(host: string): boolean {
  return /(?:^|\.)dkr[.-]ecr/.test(host) || /\.ecr\.[a-z0-9-]+\.amazonaws\./.test(host);
}

/** True when the image is pulled from a private ECR registry (needs ECR credentials). */
export function isPrivateEcrImage(image: ImageReference): boolean {
  return image.registry !== undefined && PRIVATE_ECR_HOST.test(image.registry);
}
