/**
 * eks-load-balancer-annotations: the annotations AWS load balancer controllers
 * read on Services (`service.beta.kubernetes.io/aws-load-balancer-*`) and
 * Ingresses (`alb.ingress.kubernetes.io/*`): unknown or misspelt keys (which
 * do nothing), values the controller rejects (the Service or Ingress is then
 * not reconciled), deprecated forms, and `aws-load-balancer-type: external`
 * without a target type (which no controller reconciles).
 *
 * The table of keys, types and values, with sources, is in
 * src/facts/aws-load-balancer-annotations.ts (LBC v3.5.0, and the in-tree
 * provider's own keys, which are never called unknown).
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import {
  ALB_INGRESS_CLASS_NAME,
  annotationSpec,
  annotationValueProblem,
  AWS_LOAD_BALANCER_CLASSES,
  INGRESS_ANNOTATION_PREFIX,
  INGRESS_ANNOTATIONS,
  INGRESS_CLASS_ANNOTATION,
  isAwsServiceAnnotation,
  LOAD_BALANCER_TYPE,
  NLB_TARGET_TYPES,
  SERVICE_ANNOTATION_PREFIX,
  SERVICE_ANNOTATIONS,
  type AnnotationSpec,
} from "../facts/aws-load-balancer-annotations.js";
import { closestName } from "../text.js";
import { insertMember, literalString, present, removeMember, renameKey, replaceValue, setMember, yaml11Boolean, yaml11Number, type Edit, type Entry, type ObjectValue } from "../values/index.js";
import type { KubernetesIngressDocument, KubernetesServiceDocument } from "../documents/index.js";

type MessageId =
  | "unknownKey"
  | "unknownKeyNear"
  | "notString"
  | "badValue"
  | "badType"
  | "deprecatedKey"
  | "deprecatedAttribute"
  | "deprecatedNlbIp"
  | "deprecatedIngressClass"
  | "externalWithoutTargetType"
  | "renameKey"
  | "replaceValue"
  | "useScheme"
  | "removeKey"
  | "useExternal"
  | "addTargetType"
  | "useIngressClassName";

const TYPE_KEY = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-type`;
const TARGET_TYPE_KEY = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-nlb-target-type`;
const SCHEME_KEY = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-scheme`;
const ATTRIBUTES_KEY = `${SERVICE_ANNOTATION_PREFIX}aws-load-balancer-attributes`;

/** What LBC's `strconv.ParseBool` reads as true and false (`aws-load-balancer-internal`). */
const GO_TRUE: ReadonlySet<string> = new Set(["1", "t", "T", "TRUE", "true", "True"]);
const GO_FALSE: ReadonlySet<string> = new Set(["0", "f", "F", "FALSE", "false", "False"]);

export default createRule<MessageId>({
  name: "eks-load-balancer-annotations",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow unknown, misspelt, malformed and deprecated AWS load balancer annotations on Kubernetes Services and Ingresses.",
      level: "error",
      platforms: ["eks"],
      covers: "— (no peer)",
    },
    messages: {
      unknownKey: "Annotation {{key}} is not one the AWS Load Balancer Controller or the in-tree AWS cloud provider reads, so it has no effect; remove it or correct its name.",
      unknownKeyNear: "Annotation {{key}} is not one the AWS Load Balancer Controller or the in-tree AWS cloud provider reads, so it has no effect; the known key closest to it is {{suggestion}}.",
      notString: "Annotation {{key}} has a {{type}} value, but annotation values must be strings and the API server rejects the object; quote it.",
      badValue: "Annotation {{key}} is {{value}}, which the AWS Load Balancer Controller rejects ({{expected}}), so it does not reconcile the {{object}}; correct the value.",
      badType:
        "Annotation {{key}} is {{value}}, which no controller knows: the in-tree AWS cloud provider makes a Classic Load Balancer and the AWS Load Balancer Controller ignores the Service; use \"external\" with {{targetKey}}.",
      deprecatedKey: "Annotation {{key}} is deprecated; use {{replacement}} instead.",
      deprecatedAttribute: "Annotation {{key}} is deprecated in the AWS Load Balancer Controller; set {{attribute}} in {{attributesKey}} instead.",
      deprecatedNlbIp:
        "Annotation {{key}} value \"nlb-ip\" is deprecated; use \"external\" with {{targetKey}}: \"ip\" (AWS warns against changing this annotation on an existing Service: recreate the Service instead).",
      deprecatedIngressClass:
        "Annotation {{key}} is deprecated, and it overrides spec.ingressClassName; set spec.ingressClassName: \"{{className}}\" and remove the annotation.",
      externalWithoutTargetType:
        "Annotation {{key}} is \"external\" but {{targetKey}} is not set, so neither the AWS Load Balancer Controller nor the in-tree AWS cloud provider makes a load balancer for this Service; add {{targetKey}}: \"ip\" or \"instance\".",
      renameKey: "Rename it to {{key}}.",
      replaceValue: "Set it to {{value}}.",
      useScheme: "Replace it with {{key}}: {{value}}.",
      removeKey: "Remove {{key}}.",
      useExternal: "Use \"external\" with {{targetKey}}: \"ip\".",
      addTargetType: "Add {{targetKey}}: {{value}}.",
      useIngressClassName: "Set spec.ingressClassName: \"{{className}}\" and remove the annotation.",
    },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-service"(document) {
        if (!document.builtIn || !document.annotations) return;
        checkAnnotations(context, document.annotations, false, lbcManages(document));
        checkType(context, document, document.annotations);
      },
      "kubernetes-ingress"(document) {
        if (!document.builtIn || !document.annotations) return;
        checkAnnotations(context, document.annotations, true, true);
        checkIngressClass(context, document, document.annotations);
      },
    };
  },
});

type Context = RuleContext<MessageId, []>;

/**
 * True when the AWS Load Balancer Controller reconciles the Service: an AWS
 * class, or `aws-load-balancer-type` `external`/`nlb-ip`. Only then are
 * LBC-deprecated keys reported: the in-tree provider still reads them
 * (`aws-load-balancer-internal` is its only way to make an internal load balancer).
 */
function lbcManages(document: KubernetesServiceDocument): boolean {
  const loadBalancerClass = literalString(document.spec?.get("loadBalancerClass"));
  if (loadBalancerClass !== undefined) return AWS_LOAD_BALANCER_CLASSES.has(loadBalancerClass);
  const type = literalString(document.annotation(TYPE_KEY));
  return type === LOAD_BALANCER_TYPE.external || type === LOAD_BALANCER_TYPE.nlbIp;
}

function checkAnnotations(context: Context, annotations: ObjectValue, ingress: boolean, lbc: boolean): void {
  for (const entry of annotations.entries) {
    const key = entry.key;
    let prefix: string;
    if (key.startsWith(INGRESS_ANNOTATION_PREFIX)) prefix = INGRESS_ANNOTATION_PREFIX;
    else if (!ingress && key.startsWith(SERVICE_ANNOTATION_PREFIX)) prefix = SERVICE_ANNOTATION_PREFIX;
    else continue;
    const suffix = key.slice(prefix.length);
    const ingressKey = prefix === INGRESS_ANNOTATION_PREFIX;
    if (!ingressKey && !isAwsServiceAnnotation(suffix)) continue;
    const spec = annotationSpec(suffix, ingressKey);
    if (spec === undefined) {
      reportUnknown(context, entry, prefix, suffix, ingressKey);
      continue;
    }
    // An Ingress-only key on a backend Service is not read there, and not judged here.
    if (ingressKey && !ingress && !spec.onService) continue;
    if (checkValue(context, entry, spec, ingress ? "Ingress" : "Service")) checkDeprecated(context, annotations, entry, prefix, spec, lbc);
  }
}

function reportUnknown(context: Context, entry: Entry, prefix: string, suffix: string, ingressKey: boolean): void {
  const candidates = Object.keys(ingressKey ? INGRESS_ANNOTATIONS : SERVICE_ANNOTATIONS);
  const near = closestName(suffix, candidates);
  const key = JSON.stringify(entry.key);
  if (near === undefined) {
    context.report(entry, "unknownKey", { key });
    return;
  }
  const suggestion = JSON.stringify(prefix + near);
  const suggest: Suggestion<MessageId>[] = [];
  if (entry.object.entryExact(prefix + near) === undefined) suggest.push({ messageId: "renameKey", data: { key: suggestion }, fix: renameKey(entry, prefix + near, entry.object.syntax, context.source) });
  context.report(entry, "unknownKeyNear", { key, suggestion }, { suggest });
}

/** Reports a value the API server or the controller rejects; true when the value is a string to judge further. */
function checkValue(context: Context, entry: Entry, spec: AnnotationSpec, object: string): boolean {
  const value = entry.value;
  if (value.kind === "null" || value.kind === "unknown") return false;
  const key = JSON.stringify(entry.key);
  const yaml11 = value.kind === "string" ? (yaml11Boolean(value) !== undefined ? "boolean" : yaml11Number(value) !== undefined ? "number" : undefined) : undefined;
  if (value.kind === "number" || value.kind === "boolean" || yaml11 !== undefined) {
    // The fix keeps what Kubernetes reads: a YAML 1.1 boolean (`yes`) becomes "true"; a number keeps its digits.
    const boolean = value.kind === "boolean" ? value.value : yaml11Boolean(value);
    const text = boolean === undefined ? context.source.slice(value.node.range[0], value.node.range[1]) : String(boolean);
    context.report(value, "notString", { key, type: yaml11 ?? value.kind }, { fix: replaceValue(value, text, context.source) });
    return false;
  }
  if (value.kind !== "string") return false;
  const text = value.literal;
  // Placeholders, and shell variables for envsubst (`$INBOUND_CIDRS`): known only once rendered.
  if (text === undefined || /\$[A-Za-z_{(]/.test(text)) return false;
  if (entry.key === TYPE_KEY) return true;
  const problem = annotationValueProblem(spec, text);
  if (problem === undefined) return true;
  const near = spec.values ? closestName(text, spec.values) : undefined;
  const suggest: Suggestion<MessageId>[] = near === undefined ? [] : [{ messageId: "replaceValue", data: { value: JSON.stringify(near) }, fix: replaceValue(value, near, context.source) }];
  context.report(value, "badValue", { key, value: shown(text), expected: problem, object }, { suggest });
  return false;
}

function checkDeprecated(context: Context, annotations: ObjectValue, entry: Entry, prefix: string, spec: AnnotationSpec, lbc: boolean): void {
  const deprecated = spec.deprecated;
  if (deprecated === undefined) return;
  const key = JSON.stringify(entry.key);
  if (deprecated.attribute !== undefined) {
    if (lbc) context.report(entry, "deprecatedAttribute", { key, attribute: deprecated.attribute, attributesKey: JSON.stringify(ATTRIBUTES_KEY) });
    return;
  }
  const replacement = prefix + deprecated.key!;
  const suggest: Suggestion<MessageId>[] = [];
  const existing = annotations.entryExact(replacement);
  if (existing) suggest.push({ messageId: "removeKey", data: { key }, fix: removeMember(annotations, entry, context.source) });
  if (replacement === SCHEME_KEY) {
    // The in-tree provider's only way to an internal load balancer: deprecated only where LBC reconciles the Service.
    if (!lbc) return;
    const text = literalString(entry.value) ?? "";
    const scheme = GO_TRUE.has(text) ? "internal" : GO_FALSE.has(text) ? "internet-facing" : undefined;
    if (!existing && scheme !== undefined) {
      suggest.push({ messageId: "useScheme", data: { key: JSON.stringify(SCHEME_KEY), value: JSON.stringify(scheme) }, fix: [renameKey(entry, SCHEME_KEY, entry.object.syntax, context.source), replaceValue(entry.value, scheme, context.source)] });
    }
  } else if (!existing) {
    suggest.push({ messageId: "renameKey", data: { key: JSON.stringify(replacement) }, fix: renameKey(entry, replacement, entry.object.syntax, context.source) });
  }
  context.report(entry, "deprecatedKey", { key, replacement: JSON.stringify(replacement) }, { suggest });
}

/** `aws-load-balancer-type`: a value no controller knows, the deprecated `nlb-ip`, `external` without a target type. */
function checkType(context: Context, document: KubernetesServiceDocument, annotations: ObjectValue): void {
  const typeEntry = annotations.entryExact(TYPE_KEY);
  const type = typeEntry ? literalString(typeEntry.value) : undefined;
  if (!typeEntry || type === undefined || /\$[A-Za-z_{(]/.test(type)) return;
  const key = JSON.stringify(TYPE_KEY);
  const targetKey = JSON.stringify(TARGET_TYPE_KEY);
  const targetEntry = annotations.entryExact(TARGET_TYPE_KEY);
  if (type === LOAD_BALANCER_TYPE.nlbIp) {
    const setIp: Edit = targetEntry ? replaceValue(targetEntry.value, "ip", context.source) : insertMember(annotations, TARGET_TYPE_KEY, "ip", context.source);
    const suggest: Suggestion<MessageId>[] = [{ messageId: "useExternal", data: { targetKey }, fix: [replaceValue(typeEntry.value, LOAD_BALANCER_TYPE.external, context.source), setIp] }];
    context.report(typeEntry.value, "deprecatedNlbIp", { key, targetKey }, { suggest });
    return;
  }
  if (type === LOAD_BALANCER_TYPE.external) {
    // A class decides instead (LBC defaults to instance targets); a patch may add the target type.
    if (targetEntry || document.fragment || present(document.spec?.get("loadBalancerClass")) !== undefined || annotations.hasMerge) return;
    const suggest: Suggestion<MessageId>[] = NLB_TARGET_TYPES.map((target) => ({ messageId: "addTargetType", data: { targetKey, value: JSON.stringify(target) }, fix: setMember(annotations, TARGET_TYPE_KEY, target, context.source) }));
    context.report(typeEntry.value, "externalWithoutTargetType", { key, targetKey }, { suggest });
    return;
  }
  if (type === LOAD_BALANCER_TYPE.inTreeNlb) return;
  const near = closestName(type, Object.values(LOAD_BALANCER_TYPE));
  const suggest: Suggestion<MessageId>[] = near === undefined ? [] : [{ messageId: "replaceValue", data: { value: JSON.stringify(near) }, fix: replaceValue(typeEntry.value, near, context.source) }];
  context.report(typeEntry.value, "badType", { key, value: shown(type), targetKey }, { suggest });
}

/** The deprecated class annotation naming the ALB class; the suggestion moves it to `spec.ingressClassName`. */
function checkIngressClass(context: Context, document: KubernetesIngressDocument, annotations: ObjectValue): void {
  const entry = annotations.entryExact(INGRESS_CLASS_ANNOTATION);
  if (!entry || literalString(entry.value) !== ALB_INGRESS_CLASS_NAME) return;
  const spec = document.spec;
  const data = { key: JSON.stringify(INGRESS_CLASS_ANNOTATION), className: ALB_INGRESS_CLASS_NAME };
  const suggest: Suggestion<MessageId>[] = spec
    ? [{ messageId: "useIngressClassName", data, fix: [removeMember(annotations, entry, context.source), setMember(spec, "ingressClassName", ALB_INGRESS_CLASS_NAME, context.source)] }]
    : [];
  context.report(entry, "deprecatedIngressClass", data, { suggest });
}

/** A value for a message: quoted, and cut short when long (JSON documents). */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
}
