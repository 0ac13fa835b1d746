/**
 * eks-pvc: PersistentVolumeClaims (and StatefulSet `volumeClaimTemplates`)
 * that get no volume on EKS, or a volume that cannot be shared the way they ask:
 *
 * - no `storageClassName`: from Kubernetes 1.30, EKS no longer marks its `gp2`
 *   class as the default, so such a claim is never provisioned (unless a
 *   default class was added, which a class in the same file or project index
 *   with `storageclass.kubernetes.io/is-default-class: "true"` shows). With a
 *   `volumeName`, a default class, where there is one, would be written into
 *   the claim and would have to match the volume's: `""` binds the volume alone.
 *   The legacy annotation `volume.beta.kubernetes.io/storage-class` counts as a class.
 * - `ReadWriteMany` from an EBS class (same file or index): EBS volumes attach
 *   to one node, except io2 Multi-Attach volumes in `Block` mode.
 *
 * Facts and sources: src/facts/kubernetes-storage.ts.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import {
  BLOCK_VOLUME_MODE,
  DEFAULT_STORAGE_CLASS_ANNOTATION,
  DEFAULT_STORAGE_CLASS_BETA_ANNOTATION,
  EBS_MULTI_ATTACH_TYPE,
  EBS_PROVISIONERS,
  EBS_TYPE_PARAMETER,
  LEGACY_STORAGE_CLASS_ANNOTATION,
  READ_WRITE_MANY,
} from "../facts/kubernetes-storage.js";
import { literalString, objectValue, present, setMember, type ObjectValue } from "../values/index.js";
import type { KubernetesDocuments } from "../documents/index.js";

type MessageId = "noClass" | "noClassWithVolume" | "ebsReadWriteMany" | "setClass" | "setEmptyClass";

/** At most this many classes of the file or index are offered as suggestions. */
const SUGGESTED_CLASSES = 3;

export default createRule<MessageId>({
  name: "eks-pvc",
  meta: {
    type: "problem",
    docs: {
      description: "Require PersistentVolumeClaims to name a StorageClass (EKS has no default class from Kubernetes 1.30), and not to ask EBS classes for ReadWriteMany.",
      level: "warn",
      platforms: ["eks"],
      covers: "— (no peer)",
    },
    messages: {
      noClass:
        "{{claim}} has no storageClassName, and EKS clusters from Kubernetes 1.30 on have no default StorageClass, so no volume is provisioned and the claim stays Pending unless a default class was added; set storageClassName.",
      noClassWithVolume:
        "{{claim}} names volume {{volume}} but no storageClassName, so a default StorageClass, where the cluster has one, is written into the claim and it binds only if the volume has that class; set storageClassName to the volume's class, or to \"\" to bind the volume without a class.",
      ebsReadWriteMany:
        "{{claim}} asks for ReadWriteMany from StorageClass {{class}}, which makes EBS volumes: an EBS volume attaches to one node at a time (several only as an io2 volume in Block mode), so the claim is not provisioned; use ReadWriteOnce, or an EFS class for storage shared across nodes.",
      setClass: "Set storageClassName to {{class}}.",
      setEmptyClass: "Set storageClassName to \"\" (bind the named volume only).",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-persistent-volume-claim"(document) {
        if (!document.builtIn) return;
        checkClaim(context, document.root, document.fragment, document.label);
      },
      "kubernetes-workload"(document) {
        if (document.objectKind !== "StatefulSet" || !document.builtIn) return;
        const templates = present(document.spec?.get("volumeClaimTemplates"));
        if (templates?.kind !== "array") return;
        for (const template of templates.objects) {
          const name = literalString(objectValue(template.get("metadata"))?.get("name"));
          const claim = `The volumeClaimTemplates entry ${name === undefined ? "" : `${JSON.stringify(name)} `}of ${document.label}`;
          checkClaim(context, template, document.fragment, claim);
        }
      },
    };
  },
});

type Context = RuleContext<MessageId, []>;

function checkClaim(context: Context, claim: ObjectValue, fragment: boolean, label: string): void {
  const spec = objectValue(claim.get("spec"));
  if (!spec) return;
  const metadata = present(claim.get("metadata"));
  if (metadata !== undefined && metadata.kind !== "object") return;
  const annotations = present(objectValue(metadata)?.get("annotations"));
  if (annotations !== undefined && annotations.kind !== "object") return;
  const legacyClass = present(objectValue(annotations)?.getExact(LEGACY_STORAGE_CLASS_ANNOTATION));
  const classValue = present(spec.get("storageClassName")) ?? legacyClass;
  if (classValue === undefined) {
    if (!fragment) checkMissingClass(context, spec, label);
    return;
  }
  const className = literalString(classValue);
  if (className) checkAccessModes(context, spec, className, label);
}

function checkMissingClass(context: Context, spec: ObjectValue, claim: string): void {
  const classes = context.related.kubernetes("StorageClass").filter((object) => object.builtIn);
  if (classes.some(isDefaultClass)) return;
  const volume = literalString(spec.get("volumeName"));
  const suggest: Suggestion<MessageId>[] = [];
  if (volume !== undefined) suggest.push({ messageId: "setEmptyClass", fix: setMember(spec, "storageClassName", "", context.source) });
  const names = new Set<string>();
  for (const object of classes) if (object.name !== undefined && names.size < SUGGESTED_CLASSES) names.add(object.name);
  for (const name of names) suggest.push({ messageId: "setClass", data: { class: JSON.stringify(name) }, fix: setMember(spec, "storageClassName", name, context.source) });
  if (volume === undefined) context.reportMissing(spec, "noClass", { claim }, { suggest });
  else context.reportMissing(spec, "noClassWithVolume", { claim, volume: JSON.stringify(volume) }, { suggest });
}

function isDefaultClass(storageClass: KubernetesDocuments): boolean {
  for (const key of [DEFAULT_STORAGE_CLASS_ANNOTATION, DEFAULT_STORAGE_CLASS_BETA_ANNOTATION]) {
    const value = storageClass.annotation(key);
    // Kubernetes compares the annotation's value with "true" (`util.IsDefaultAnnotation`).
    if (literalString(value) === "true" || value?.kind === "boolean" || value?.kind === "unknown") return true;
  }
  return false;
}

/** `ReadWriteMany` from an EBS class (found in the file or index), except io2 Multi-Attach in Block mode. */
function checkAccessModes(context: Context, spec: ObjectValue, className: string, claim: string): void {
  const modes = present(spec.get("accessModes"));
  if (modes?.kind !== "array") return;
  const readWriteMany = modes.items.find((item) => literalString(item) === READ_WRITE_MANY);
  if (!readWriteMany) return;
  const storageClass = context.related.kubernetes("StorageClass").find((object) => object.builtIn && object.name === className);
  const provisioner = literalString(storageClass?.root.get("provisioner"));
  if (!storageClass || provisioner === undefined || !EBS_PROVISIONERS.has(provisioner)) return;
  const parameters = objectValue(storageClass.root.get("parameters"));
  const type = parameters?.entries.find((entry) => entry.key.toLowerCase() === EBS_TYPE_PARAMETER);
  if (type && literalString(type.value) === undefined) return;
  if (literalString(type?.value)?.toLowerCase() === EBS_MULTI_ATTACH_TYPE && literalString(spec.get("volumeMode")) === BLOCK_VOLUME_MODE) return;
  context.report(readWriteMany, "ebsReadWriteMany", { claim, class: JSON.stringify(className) });
}
