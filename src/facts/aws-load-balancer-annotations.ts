/**
 * The annotations AWS load balancer controllers read on Kubernetes Services and
 * Ingresses: each key's value type, allowed values, deprecation and where it goes.
 *
 * Sources:
 * - AWS Load Balancer Controller (LBC) v3.5.0 and HEAD 225f4456 (2026-08-17):
 *   `docs/guide/service/annotations.md`
 *   (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/),
 *   `docs/guide/ingress/annotations.md`
 *   (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/),
 *   `pkg/annotations/constants.go` (every key the code reads, incl. the ones
 *   documented only in the page bodies: `wafv2-acl-name`, `create-acm-cert`,
 *   `acm-pca-arn`, and `web-acl-id`, "deprecated, use waf-acl-id instead"),
 *   `pkg/annotations/parser.go` (booleans through Go's `strconv.ParseBool`,
 *   integers through `strconv.ParseInt(…, 10, …)`, JSON through `json.Unmarshal`,
 *   stringMap as comma-separated `k=v` pairs), and the enum checks in
 *   `pkg/service/model_build_*.go` and `pkg/ingress/model_build_*.go`.
 *   Summarised in reference/eks-facts-apis.md §3.
 * - The in-tree AWS cloud provider (kubernetes/cloud-provider-aws
 *   `docs/service_controller.md`, https://cloud-provider-aws.sigs.k8s.io/service_controller/,
 *   and `pkg/providers/v1/aws.go` at 63ec440c, 2026-07-07), which reads
 *   `service.beta.kubernetes.io/aws-load-balancer-*` keys of its own for Classic
 *   and in-tree Network Load Balancers: those keys are real, not typos.
 *
 * Annotation values are always strings: the API server rejects a number or a
 * boolean there ("cannot unmarshal bool into Go struct field
 * ObjectMeta.metadata.annotations of type string").
 */

export const SERVICE_ANNOTATION_PREFIX = "service.beta.kubernetes.io/";
export const INGRESS_ANNOTATION_PREFIX = "alb.ingress.kubernetes.io/";

/** The deprecated class annotation; LBC still honours it, ahead of `spec.ingressClassName`. */
export const INGRESS_CLASS_ANNOTATION = "kubernetes.io/ingress.class";

/** How the controller parses a value. */
export type AnnotationType = "string" | "boolean" | "integer" | "stringList" | "stringMap" | "json" | "listenPorts";

export interface AnnotationSpec {
  readonly type: AnnotationType;
  /** The only values accepted (enum), compared exactly unless `caseInsensitive`. */
  readonly values?: readonly string[];
  readonly caseInsensitive?: true;
  /** Where an integer must lie. */
  readonly range?: readonly [number, number];
  /** Longest value accepted (load balancer names). */
  readonly maxLength?: number;
  /** A pattern the value must match, with what it means. */
  readonly pattern?: { readonly test: RegExp; readonly means: string };
  /** Deprecated: what replaces it (a key of the same prefix, or a load balancer attribute). */
  readonly deprecated?: { readonly key?: string; readonly attribute?: string };
  /**
   * Read only by the in-tree cloud provider (Classic and in-tree Network Load
   * Balancers); its values are not judged, since that provider parses leniently.
   */
  readonly inTreeOnly?: true;
  /** Ingress keys that may also go on a backend Service (LBC "Location: Ingress,Service"). */
  readonly onService?: true;
}

const BOOLEAN: AnnotationSpec = { type: "boolean" };
const INTEGER: AnnotationSpec = { type: "integer" };
const STRING: AnnotationSpec = { type: "string" };
const LIST: AnnotationSpec = { type: "stringList" };
const MAP: AnnotationSpec = { type: "stringMap" };
const JSON_VALUE: AnnotationSpec = { type: "json" };
const SCHEME: AnnotationSpec = { type: "string", values: ["internal", "internet-facing"] };
const HTTP_OR_HTTPS: AnnotationSpec = { type: "string", values: ["HTTP", "HTTPS"] };
const ON_OFF: AnnotationSpec = { type: "string", values: ["on", "off"] };
const NAME: AnnotationSpec = { type: "string", maxLength: 32 };

/** `aws-load-balancer-type` values: LBC's `external` and `nlb-ip` (deprecated), the in-tree provider's `nlb`. */
export const LOAD_BALANCER_TYPE = { external: "external", nlbIp: "nlb-ip", inTreeNlb: "nlb" } as const;

/** `aws-load-balancer-nlb-target-type` values. */
export const NLB_TARGET_TYPES = ["ip", "instance"] as const;

/**
 * Keys after `service.beta.kubernetes.io/`. LBC's table and code, then the
 * in-tree provider's own keys. Shared keys keep LBC's type, except where the
 * in-tree provider accepts more (`additional-resource-tags` takes `Key` without
 * `=`, `backend-protocol` takes `http`/`https`, `internal` any value): those are `string`.
 */
export const SERVICE_ANNOTATIONS: Readonly<Record<string, AnnotationSpec>> = {
  "load-balancer-source-ranges": LIST,
  "aws-load-balancer-security-group-prefix-lists": LIST,
  "aws-load-balancer-type": { type: "string", values: [LOAD_BALANCER_TYPE.external, LOAD_BALANCER_TYPE.nlbIp, LOAD_BALANCER_TYPE.inTreeNlb] },
  "aws-load-balancer-nlb-target-type": { type: "string", values: NLB_TARGET_TYPES },
  "aws-load-balancer-name": NAME,
  // Deprecated by LBC v2.2.0; the in-tree provider reads any value but "false" as internal.
  "aws-load-balancer-internal": { type: "string", deprecated: { key: "aws-load-balancer-scheme" } },
  "aws-load-balancer-scheme": SCHEME,
  "aws-load-balancer-proxy-protocol": { type: "string", values: ["*"] },
  "aws-load-balancer-proxy-protocol-per-target-group": STRING,
  "aws-load-balancer-ip-address-type": { type: "string", values: ["ipv4", "dualstack"] },
  "aws-load-balancer-access-log-enabled": { type: "boolean", deprecated: { attribute: "access_logs.s3.enabled" } },
  "aws-load-balancer-access-log-s3-bucket-name": { type: "string", deprecated: { attribute: "access_logs.s3.bucket" } },
  "aws-load-balancer-access-log-s3-bucket-prefix": { type: "string", deprecated: { attribute: "access_logs.s3.prefix" } },
  "aws-load-balancer-cross-zone-load-balancing-enabled": { type: "boolean", deprecated: { attribute: "load_balancing.cross_zone.enabled" } },
  "aws-load-balancer-ssl-cert": LIST,
  "aws-load-balancer-ssl-ports": LIST,
  "aws-load-balancer-ssl-negotiation-policy": STRING,
  "aws-load-balancer-backend-protocol": STRING,
  "aws-load-balancer-additional-resource-tags": STRING,
  "aws-load-balancer-healthcheck-protocol": { type: "string", values: ["tcp", "http", "https"], caseInsensitive: true },
  "aws-load-balancer-healthcheck-port": STRING,
  "aws-load-balancer-healthcheck-path": STRING,
  "aws-load-balancer-healthcheck-healthy-threshold": INTEGER,
  "aws-load-balancer-healthcheck-unhealthy-threshold": INTEGER,
  "aws-load-balancer-healthcheck-timeout": INTEGER,
  "aws-load-balancer-healthcheck-interval": INTEGER,
  "aws-load-balancer-healthcheck-success-codes": STRING,
  "aws-load-balancer-eip-allocations": LIST,
  "aws-load-balancer-private-ipv4-addresses": LIST,
  "aws-load-balancer-ipv6-addresses": LIST,
  "aws-load-balancer-target-group-attributes": STRING,
  "aws-load-balancer-subnets": LIST,
  "aws-load-balancer-alpn-policy": { type: "string", values: ["None", "HTTP1Only", "HTTP2Only", "HTTP2Optional", "HTTP2Preferred"] },
  "aws-load-balancer-target-node-labels": STRING,
  "aws-load-balancer-attributes": MAP,
  "aws-load-balancer-security-groups": LIST,
  "aws-load-balancer-manage-backend-security-group-rules": BOOLEAN,
  "aws-load-balancer-inbound-sg-rules-on-private-link-traffic": ON_OFF,
  "aws-load-balancer-multi-cluster-target-group": BOOLEAN,
  "aws-load-balancer-enable-prefix-for-ipv6-source-nat": ON_OFF,
  "aws-load-balancer-source-nat-ipv6-prefixes": LIST,
  "aws-load-balancer-minimum-load-balancer-capacity": MAP,
  "aws-load-balancer-enable-icmp-for-path-mtu-discovery": STRING,
  "aws-load-balancer-enable-tcp-udp-listener": BOOLEAN,
  "aws-load-balancer-disable-nlb-sg": BOOLEAN,
  "aws-load-balancer-quic-enabled-ports": LIST,
  // A Pod annotation (LBC's QUIC server-ID injector), listed so it is never called unknown.
  "aws-load-balancer-quic-enabled-containers": STRING,
  // The in-tree provider's own keys (Classic Load Balancer settings).
  "aws-load-balancer-access-log-emit-interval": { type: "string", inTreeOnly: true },
  "aws-load-balancer-connection-draining-enabled": { type: "string", inTreeOnly: true },
  "aws-load-balancer-connection-draining-timeout": { type: "string", inTreeOnly: true },
  "aws-load-balancer-connection-idle-timeout": { type: "string", inTreeOnly: true },
  "aws-load-balancer-extra-security-groups": { type: "string", inTreeOnly: true },
};

/**
 * Service keys made of a prefix and a parameter: `…-listener-attributes.TCP-80`,
 * `…-target-group-attributes.443` (port-specific, LBC `model_build_target_group.go`),
 * `actions.TCP-80` (LBC `model_build_listener.go`; the doc says stringMap, the
 * code parses JSON: its value is not judged).
 */
export const SERVICE_ANNOTATION_PATTERNS: readonly { readonly prefix: string; readonly spec: AnnotationSpec }[] = [
  { prefix: "aws-load-balancer-listener-attributes.", spec: MAP },
  { prefix: "aws-load-balancer-target-group-attributes.", spec: MAP },
  { prefix: "actions.", spec: STRING },
];

/** Keys after `alb.ingress.kubernetes.io/` (LBC docs table, page bodies and `constants.go`). */
export const INGRESS_ANNOTATIONS: Readonly<Record<string, AnnotationSpec>> = {
  "load-balancer-name": NAME,
  "group.name": { type: "string", maxLength: 63, pattern: { test: /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/, means: "lower-case letters, digits, \"-\" and \".\", starting and ending with a letter or digit" } },
  "group.order": { type: "integer", range: [-1000, 1000] },
  tags: { type: "stringMap", onService: true },
  "ip-address-type": { type: "string", values: ["ipv4", "dualstack", "dualstack-without-public-ipv4"] },
  scheme: SCHEME,
  subnets: LIST,
  "security-groups": LIST,
  "manage-backend-security-group-rules": BOOLEAN,
  "customer-owned-ipv4-pool": STRING,
  "load-balancer-attributes": MAP,
  "wafv2-acl-arn": STRING,
  "wafv2-acl-name": STRING,
  "waf-acl-id": STRING,
  "web-acl-id": { type: "string", deprecated: { key: "waf-acl-id" } },
  "shield-advanced-protection": BOOLEAN,
  "listen-ports": { type: "listenPorts" },
  "ssl-redirect": INTEGER,
  "inbound-cidrs": LIST,
  "security-group-prefix-lists": LIST,
  "certificate-arn": LIST,
  "ssl-policy": STRING,
  "create-acm-cert": BOOLEAN,
  "acm-pca-arn": STRING,
  "mutual-authentication": JSON_VALUE,
  "target-type": { type: "string", values: NLB_TARGET_TYPES, onService: true },
  "backend-protocol": { ...HTTP_OR_HTTPS, onService: true },
  "backend-protocol-version": { type: "string", values: ["HTTP1", "HTTP2", "GRPC"], onService: true },
  "target-group-attributes": { type: "stringMap", onService: true },
  "healthcheck-port": { type: "string", onService: true },
  "healthcheck-protocol": { ...HTTP_OR_HTTPS, onService: true },
  "healthcheck-path": { type: "string", onService: true },
  "healthcheck-interval-seconds": { type: "integer", onService: true },
  "healthcheck-timeout-seconds": { type: "integer", onService: true },
  "healthy-threshold-count": { type: "integer", onService: true },
  "unhealthy-threshold-count": { type: "integer", onService: true },
  "success-codes": { type: "string", onService: true },
  "auth-type": { type: "string", values: ["none", "oidc", "cognito"], onService: true },
  "auth-idp-cognito": { type: "json", onService: true },
  "auth-idp-oidc": { type: "json", onService: true },
  "auth-on-unauthenticated-request": { type: "string", values: ["authenticate", "allow", "deny"], onService: true },
  "auth-scope": { type: "string", onService: true },
  "auth-session-cookie": { type: "string", onService: true },
  "auth-session-timeout": { type: "integer", onService: true },
  "jwt-validation": JSON_VALUE,
  "use-regex-path-match": BOOLEAN,
  "target-node-labels": { type: "stringMap", onService: true },
  "multi-cluster-target-group": { type: "boolean", onService: true },
  "minimum-load-balancer-capacity": MAP,
  "ipam-ipv4-pool-id": STRING,
  "enable-frontend-nlb": BOOLEAN,
  "frontend-nlb-scheme": SCHEME,
  "frontend-nlb-subnets": LIST,
  "frontend-nlb-security-groups": LIST,
  "frontend-nlb-listener-port-mapping": MAP,
  "frontend-nlb-healthcheck-port": STRING,
  "frontend-nlb-healthcheck-protocol": HTTP_OR_HTTPS,
  "frontend-nlb-healthcheck-path": STRING,
  "frontend-nlb-healthcheck-interval-seconds": INTEGER,
  "frontend-nlb-healthcheck-timeout-seconds": INTEGER,
  "frontend-nlb-healthcheck-healthy-threshold-count": INTEGER,
  "frontend-nlb-healthcheck-unhealthy-threshold-count": INTEGER,
  "frontend-nlb-healthcheck-success-codes": STRING,
  "frontend-nlb-tags": MAP,
  "frontend-nlb-eip-allocations": LIST,
  // The doc says stringList, the code parses a stringMap (reference: unverified): not judged.
  "frontend-nlb-attributes": STRING,
  // Written by the controller's ingress2gateway dry run, not by users.
  "dry-run-plan": STRING,
};

/** Ingress keys made of a prefix and a parameter (`actions.${action-name}`, …). */
export const INGRESS_ANNOTATION_PATTERNS: readonly { readonly prefix: string; readonly spec: AnnotationSpec }[] = [
  { prefix: "actions.", spec: JSON_VALUE },
  { prefix: "conditions.", spec: JSON_VALUE },
  { prefix: "transforms.", spec: JSON_VALUE },
  { prefix: "listener-attributes.", spec: MAP },
  { prefix: "target-control-port.", spec: INTEGER },
];

/** The spec of a key (after its prefix), from the table or a pattern; undefined for an unknown key. */
export function annotationSpec(suffix: string, ingress: boolean): AnnotationSpec | undefined {
  const table = ingress ? INGRESS_ANNOTATIONS : SERVICE_ANNOTATIONS;
  if (Object.hasOwn(table, suffix)) return table[suffix];
  for (const pattern of ingress ? INGRESS_ANNOTATION_PATTERNS : SERVICE_ANNOTATION_PATTERNS) {
    if (suffix.startsWith(pattern.prefix) && suffix.length > pattern.prefix.length) return pattern.spec;
  }
  return undefined;
}

/**
 * `service.beta.kubernetes.io/` keys this table speaks for: the AWS ones
 * (`aws…`), the shared source-ranges key and LBC's `actions.*`. Other clouds'
 * keys under the same prefix (`azure-…`, `oci-…`) are not judged.
 */
export function isAwsServiceAnnotation(suffix: string): boolean {
  return suffix.startsWith("aws") || suffix === "load-balancer-source-ranges" || suffix.startsWith("actions.");
}

/* ---------------- values ---------------- */

/** Go's `strconv.ParseBool`. */
const GO_BOOLEANS = new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);

/** Go's `strconv.ParseInt(s, 10, …)`: an optional sign and decimal digits. */
const GO_INTEGER = /^[+-]?\d+$/;

/**
 * What is wrong with a value for its spec, as the end of a sentence ("expected
 * an integer"), or undefined when the controller accepts it.
 */
export function annotationValueProblem(spec: AnnotationSpec, value: string): string | undefined {
  if (spec.inTreeOnly) return undefined;
  switch (spec.type) {
    case "boolean":
      return GO_BOOLEANS.has(value) ? undefined : 'expected "true" or "false"';
    case "integer": {
      if (!GO_INTEGER.test(value)) return "expected an integer";
      const number = Number(value);
      if (spec.range && (number < spec.range[0] || number > spec.range[1])) return `expected an integer from ${spec.range[0]} to ${spec.range[1]}`;
      return undefined;
    }
    case "json":
      return jsonProblem(value);
    case "listenPorts":
      return listenPortsProblem(value);
    case "stringMap":
      return stringMapProblem(value);
    case "stringList":
      return undefined;
    case "string":
      break;
  }
  if (spec.values) {
    const allowed = spec.caseInsensitive ? spec.values.some((item) => item.toLowerCase() === value.toLowerCase()) : spec.values.includes(value);
    return allowed ? undefined : `expected ${spec.values.map((item) => JSON.stringify(item)).join(", ").replace(/, ([^,]*)$/, " or $1")}`;
  }
  if (spec.maxLength !== undefined && value.length > spec.maxLength) return `expected at most ${spec.maxLength} characters`;
  if (spec.pattern && !spec.pattern.test.test(value)) return `expected ${spec.pattern.means}`;
  return undefined;
}

function jsonProblem(value: string): string | undefined {
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return "expected JSON";
  }
}

/**
 * `listen-ports`: a JSON list of one-member objects, protocol `HTTP` or
 * `HTTPS`, port 1–65535 as a number (LBC `computeIngressListenPorts`: `[]map[string]int32`).
 */
function listenPortsProblem(value: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return 'expected JSON such as [{"HTTP": 80}, {"HTTPS": 443}]';
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return 'expected a non-empty JSON list such as [{"HTTP": 80}, {"HTTPS": 443}]';
  for (const entry of parsed) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return 'expected objects such as {"HTTPS": 443} in the list';
    for (const [protocol, port] of Object.entries(entry as Record<string, unknown>)) {
      if (protocol !== "HTTP" && protocol !== "HTTPS") return `expected protocol "HTTP" or "HTTPS", not ${JSON.stringify(protocol)}`;
      if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) return `expected a port number from 1 to 65535 for ${protocol}`;
    }
  }
  return undefined;
}

/** The listen ports' protocols, or undefined when the value is not a valid list. */
export function listenProtocols(value: string): ReadonlySet<string> | undefined {
  if (listenPortsProblem(value) !== undefined) return undefined;
  const protocols = new Set<string>();
  for (const entry of JSON.parse(value) as Record<string, number>[]) for (const protocol of Object.keys(entry)) protocols.add(protocol);
  return protocols;
}

/**
 * stringMap: comma-separated `key=value` pairs (a backslash escapes a comma);
 * LBC `splitKeyValuePairs` and `ParseStringMapAnnotation` reject a pair
 * without `=` or with an empty key.
 */
function stringMapProblem(value: string): string | undefined {
  if (value.trim() === "") return undefined;
  const pairs = value.replace(/\\./g, "_").split(",");
  for (const pair of pairs) {
    const text = pair.trim();
    if (text === "") continue;
    const equals = text.indexOf("=");
    if (equals <= 0 || text.slice(0, equals).trim() === "") return "expected comma-separated key=value pairs";
  }
  return undefined;
}

/* ---------------- which controller ---------------- */

/**
 * `spec.loadBalancerClass` values AWS controllers reconcile: LBC's default
 * (`--load-balancer-class`, LBC `docs/deploy/configurations.md`) and EKS Auto
 * Mode's (EKS UG `automode/auto-configure-nlb.adoc`).
 */
export const AWS_LOAD_BALANCER_CLASSES: ReadonlySet<string> = new Set(["service.k8s.aws/nlb", "eks.amazonaws.com/nlb"]);

/**
 * Whether a Service's load balancer faces the internet. The in-tree cloud
 * provider's Classic Load Balancer does unless `aws-load-balancer-internal`
 * says otherwise; the AWS Load Balancer Controller makes an internal one
 * unless `aws-load-balancer-scheme` is `internet-facing` (its default is
 * `internal` since v2.2.0; it still reads the deprecated `-internal`
 * annotation, and `-scheme` wins over it). reference/eks-facts.md §3.1,
 * eks-facts-apis.md (LBC-S). A suggestion that hands a Service to the
 * controller writes the scheme so that it stays as public as it was.
 */
export const SCHEME_ANNOTATION = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-scheme`;
export const INTERNAL_ANNOTATION = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-internal`;
export const INTERNET_FACING_SCHEME = "internet-facing";

/** The class the suggestions set: LBC's. */
export const LBC_LOAD_BALANCER_CLASS = "service.k8s.aws/nlb";

/**
 * IngressClass `spec.controller` values that mean an ALB: LBC's and EKS Auto
 * Mode's (reference/eks-facts.md §3.2 and §3.8). LBC's Helm chart makes an
 * IngressClass named `alb` (`ingressClass: alb`).
 */
export const ALB_INGRESS_CONTROLLER = "ingress.k8s.aws/alb";
export const ALB_INGRESS_CLASS_NAME = "alb";

/** The IngressClass annotation that makes a class the default (`networking.k8s.io/v1` IngressClass). */
export const DEFAULT_INGRESS_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";

/** LBC's default target type (Helm `defaultTargetType: instance`, flag `--default-target-type`). */
export const DEFAULT_ALB_TARGET_TYPE = "instance";
