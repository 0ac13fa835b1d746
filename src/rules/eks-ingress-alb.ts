/**
 * eks-ingress-alb: Ingresses the AWS Load Balancer Controller turns into an
 * Application Load Balancer that cannot work as written:
 *
 * - instance targets (`target-type: instance`, the controller's default) in
 *   front of a ClusterIP Service: instance mode registers the nodes on the
 *   Service's NodePort, and the controller refuses a Service without one
 *   ("service type must be either 'NodePort' or 'LoadBalancer'", LBC
 *   `pkg/backend/endpoint_resolver.go`). The Service's own `target-type`
 *   annotation wins over the Ingress's, and IngressClassParams `targetType`
 *   over both (`buildTargetGroupTargetType`).
 * - an HTTPS listen port with no certificate: none in `certificate-arn`, in
 *   IngressClassParams or from `create-acm-cert`, and no host in `spec.rules`
 *   or `spec.tls` to discover one by (LBC `docs/guide/ingress/cert_discovery.md`,
 *   `model_build_listener.go`).
 * - `spec.tls` while the ALB has no HTTPS listener: the controller reads no TLS
 *   Secret, and listens on HTTP 80 unless `listen-ports` asks for HTTPS (or a
 *   certificate ARN makes HTTPS 443 the default).
 *
 * An Ingress is an ALB Ingress when its class annotation is `alb`, or its
 * class (same file or index) has controller `ingress.k8s.aws/alb` — or is named
 * `alb` and found nowhere, the class LBC's Helm chart creates — or, with no
 * class, the default class is LBC's. Backend Services are looked up in the
 * same file first, then the index; found nowhere, they are not judged.
 * reference/eks-facts.md §3.2, eks-facts-apis.md §3a.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { kubernetesNamed, type KubernetesIngressDocument } from "../documents/index.js";
import {
  ALB_INGRESS_CLASS_NAME,
  ALB_INGRESS_CONTROLLER,
  DEFAULT_ALB_TARGET_TYPE,
  DEFAULT_INGRESS_CLASS_ANNOTATION,
  INGRESS_ANNOTATION_PREFIX,
  INGRESS_CLASS_ANNOTATION,
  listenProtocols,
} from "../facts/aws-load-balancer-annotations.js";
import { literalString, objectItems, objectValue, present, setMapMembers, yaml11Boolean, type Edit, type ObjectValue, type Value } from "../values/index.js";

type MessageId = "instanceClusterIp" | "httpsWithoutCertificate" | "tlsWithoutHttps" | "setIpTargets" | "addHttpsListener";

const TARGET_TYPE_KEY = `${INGRESS_ANNOTATION_PREFIX}target-type`;
const LISTEN_PORTS_KEY = `${INGRESS_ANNOTATION_PREFIX}listen-ports`;
const CERTIFICATE_KEY = `${INGRESS_ANNOTATION_PREFIX}certificate-arn`;
const CREATE_CERTIFICATE_KEY = `${INGRESS_ANNOTATION_PREFIX}create-acm-cert`;
const GROUP_KEY = `${INGRESS_ANNOTATION_PREFIX}group.name`;
const HTTP_AND_HTTPS = '[{"HTTP": 80}, {"HTTPS": 443}]';
/** A backend port that names an action annotation instead of a Service port. */
const USE_ANNOTATION = "use-annotation";

export default createRule<MessageId>({
  name: "eks-ingress-alb",
  meta: {
    type: "problem",
    docs: {
      description: "Require ALB Ingresses to use IP targets in front of ClusterIP Services, and to have a certificate for HTTPS and an HTTPS listener for spec.tls.",
      level: "warn",
      platforms: ["eks"],
      covers: "— (no peer)",
    },
    messages: {
      instanceClusterIp:
        "Ingress {{ingress}} sends ALB traffic to Service {{service}} with instance targets ({{source}}), but Service {{service}} is ClusterIP and instance targets need a NodePort, so the AWS Load Balancer Controller fails to reconcile the Ingress; use IP targets ({{targetKey}}: \"ip\"), or make the Service NodePort.",
      httpsWithoutCertificate:
        "Ingress {{ingress}} asks for an HTTPS listener in {{key}} but gives no certificate: no {{certificateKey}}, and no host in spec.rules or spec.tls to find an ACM certificate by, so the HTTPS listener cannot be created; add {{certificateKey}} with an ACM certificate ARN, or the hosts it serves.",
      tlsWithoutHttps:
        "Ingress {{ingress}} has spec.tls, but the ALB reads no TLS Secret and {{listeners}}, so the hosts are served over plain HTTP; add an HTTPS port to {{key}} (the certificate comes from ACM: {{certificateKey}}, or discovery by host).",
      setIpTargets: "Set {{targetKey}}: \"ip\" on the Ingress.",
      addHttpsListener: "Set {{key}}: '{{ports}}'.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-ingress"(document) {
        if (!document.builtIn) return;
        const alb = albClass(context, document);
        if (alb === undefined) return;
        checkTargets(context, document, alb);
        checkListeners(context, document, alb);
      },
    };
  },
});

type Context = RuleContext<MessageId, []>;

/** The ALB class's IngressClassParams spec, `null` when the class has none; undefined for an Ingress that is not an ALB's, or cannot be told. */
function albClass(context: Context, document: KubernetesIngressDocument): ObjectValue | null | undefined {
  const annotation = document.annotation(INGRESS_CLASS_ANNOTATION);
  if (annotation !== undefined) return literalString(annotation) === ALB_INGRESS_CLASS_NAME ? null : undefined;
  if (document.annotations === undefined && present(document.metadata?.get("annotations")) !== undefined) return undefined;
  const classNameValue = present(document.spec?.get("ingressClassName"));
  const classes = context.related.kubernetes("IngressClass").filter((object) => object.builtIn);
  let ingressClass;
  if (classNameValue !== undefined) {
    const className = literalString(classNameValue);
    if (className === undefined) return undefined;
    ingressClass = classes.find((object) => object.name === className);
    if (ingressClass === undefined) return className === ALB_INGRESS_CLASS_NAME ? null : undefined;
  } else {
    ingressClass = classes.find((object) => {
      const isDefault = object.annotation(DEFAULT_INGRESS_CLASS_ANNOTATION);
      return literalString(isDefault) === "true" || yaml11Boolean(isDefault) === true;
    });
    if (ingressClass === undefined) return undefined;
  }
  if (literalString(ingressClass.spec?.get("controller")) !== ALB_INGRESS_CONTROLLER) return undefined;
  const parameters = present(ingressClass.spec?.get("parameters"));
  if (parameters === undefined) return null;
  // Parameters found nowhere may set the target type, certificates or group: not judged.
  const name = literalString(objectValue(parameters)?.get("name"));
  const found = name === undefined ? undefined : context.related.kubernetes("IngressClassParams").find((object) => object.name === name);
  return found?.spec ?? undefined;
}

/** The Services the Ingress's rules and default backend send traffic to: the value naming each, first occurrence per name. */
function backendServices(document: KubernetesIngressDocument): Map<string, Value> {
  const found = new Map<string, Value>();
  const add = (backend: ObjectValue | undefined) => {
    if (!backend) return;
    // networking.k8s.io/v1 `service.name`/`service.port`; v1beta1 `serviceName`/`servicePort`.
    const service = objectValue(backend.get("service"));
    const nameValue = service ? service.get("name") : backend.get("serviceName");
    const port = service ? objectValue(service.get("port"))?.get("name") : backend.get("servicePort");
    const name = literalString(nameValue);
    if (name !== undefined && literalString(port) !== USE_ANNOTATION && !found.has(name)) found.set(name, nameValue!);
  };
  const spec = document.spec;
  add(objectValue(spec?.get("defaultBackend")) ?? objectValue(spec?.get("backend")));
  for (const rule of objectItems(spec?.get("rules"))) {
    for (const item of objectItems(objectValue(rule.get("http"))?.get("paths"))) add(objectValue(item.get("backend")));
  }
  return found;
}

function checkTargets(context: Context, document: KubernetesIngressDocument, params: ObjectValue | null): void {
  const classTarget = present(params?.get("targetType"));
  if (classTarget !== undefined) {
    if (literalString(classTarget) !== DEFAULT_ALB_TARGET_TYPE) return;
  }
  const ingressAnnotation = document.annotation(TARGET_TYPE_KEY);
  const ingressTarget = ingressAnnotation === undefined ? DEFAULT_ALB_TARGET_TYPE : literalString(ingressAnnotation);
  for (const [name, at] of backendServices(document)) {
    const service = kubernetesNamed(context.related, "Service", document.namespace, name);
    if (!service || !service.builtIn || !service.spec) continue;
    const serviceAnnotation = classTarget === undefined ? service.annotation(TARGET_TYPE_KEY) : undefined;
    const target = serviceAnnotation === undefined ? ingressTarget : literalString(serviceAnnotation);
    if (target !== DEFAULT_ALB_TARGET_TYPE) continue;
    const typeValue = present(service.spec.get("type"));
    const type = typeValue === undefined ? (service.spec.hasMerge ? undefined : "ClusterIP") : literalString(typeValue);
    if (type !== "ClusterIP") continue;
    const source =
      classTarget !== undefined
        ? "its IngressClassParams targetType is \"instance\""
        : serviceAnnotation !== undefined
          ? `the Service's ${TARGET_TYPE_KEY} is "instance"`
          : ingressAnnotation !== undefined
            ? `${TARGET_TYPE_KEY} is "instance"`
            : "the controller's default target type";
    const fix = classTarget === undefined && serviceAnnotation === undefined ? setAnnotation(context, document, TARGET_TYPE_KEY, "ip") : undefined;
    const suggest: Suggestion<MessageId>[] = fix ? [{ messageId: "setIpTargets", data: { targetKey: TARGET_TYPE_KEY }, fix }] : [];
    context.report(at, "instanceClusterIp", { ingress: JSON.stringify(document.name ?? ""), service: JSON.stringify(name), source, targetKey: TARGET_TYPE_KEY }, { suggest });
  }
}

function checkListeners(context: Context, document: KubernetesIngressDocument, params: ObjectValue | null): void {
  const spec = document.spec;
  const annotations = document.annotations;
  if (!spec || annotations?.hasMerge) return;
  const listenValue = document.annotation(LISTEN_PORTS_KEY);
  const listenText = literalString(listenValue);
  if (listenValue !== undefined && listenText === undefined) return;
  const protocols = listenText === undefined ? undefined : listenProtocols(listenText);
  if (listenText !== undefined && protocols === undefined) return;
  const explicitCertificate =
    present(params?.get("certificateArn")) !== undefined ||
    document.annotation(CERTIFICATE_KEY) !== undefined ||
    (document.annotation(CREATE_CERTIFICATE_KEY) !== undefined && literalString(document.annotation(CREATE_CERTIFICATE_KEY))?.toLowerCase() !== "false");
  const ingress = JSON.stringify(document.name ?? "");
  const data = { ingress, key: LISTEN_PORTS_KEY, certificateKey: CERTIFICATE_KEY };
  // Another Ingress of the group may bring the certificate for the same port.
  const grouped = document.annotation(GROUP_KEY) !== undefined || present(params?.get("group")) !== undefined;
  if (protocols?.has("HTTPS") && !explicitCertificate && !grouped && !document.fragment && !hasHosts(spec)) {
    context.report(listenValue!, "httpsWithoutCertificate", data);
  }
  const tls = spec.entry("tls");
  if (!tls || objectItems(tls.value).length === 0) return;
  const https = protocols === undefined ? explicitCertificate : protocols.has("HTTPS");
  if (https) return;
  const listeners = protocols === undefined ? `listens on HTTP 80 only (the default without ${CERTIFICATE_KEY})` : `listens on HTTP only (${LISTEN_PORTS_KEY})`;
  const fix = listenValue === undefined ? setAnnotation(context, document, LISTEN_PORTS_KEY, HTTP_AND_HTTPS) : undefined;
  const suggest: Suggestion<MessageId>[] = fix ? [{ messageId: "addHttpsListener", data: { key: LISTEN_PORTS_KEY, ports: HTTP_AND_HTTPS }, fix }] : [];
  context.report(tls, "tlsWithoutHttps", { ...data, listeners }, { suggest });
}

/** True when a rule or a TLS entry names a host (certificate discovery looks them up in ACM). */
function hasHosts(spec: ObjectValue): boolean {
  for (const rule of objectItems(spec.get("rules"))) if (present(rule.get("host")) !== undefined) return true;
  for (const tls of objectItems(spec.get("tls"))) {
    const hosts = present(tls.get("hosts"));
    if (hosts !== undefined && (hosts.kind !== "array" || hosts.items.length > 0)) return true;
  }
  return present(spec.get("rules"))?.kind === "unknown" || present(spec.get("tls"))?.kind === "unknown";
}

/** Sets an annotation on the Ingress: its value, a new member of `annotations`, or a new `annotations`. */
function setAnnotation(context: Context, document: KubernetesIngressDocument, key: string, value: string): Edit | readonly Edit[] | undefined {
  const metadata = document.metadata;
  return metadata ? setMapMembers(metadata, "annotations", { [key]: value }, context.source) : undefined;
}
