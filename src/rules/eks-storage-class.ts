/**
 * eks-storage-class: StorageClasses for the AWS CSI drivers that provision
 * volumes other than users expect, or not at all: the in-tree EBS
 * provisioner; EBS classes without encryption or with `Immediate` binding
 * (volumes in the wrong Availability Zone); EFS dynamic classes missing what
 * the driver needs; FSx for Lustre parameters the driver does not read or parse.
 *
 * A StorageClass cannot be edited once created (its provisioner, parameters and
 * binding mode are immutable), so every change is a suggestion, and the
 * messages say to create a new class. Facts and sources: src/facts/kubernetes-storage.ts.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import {
  CSI_PROVISIONER_PARAMETER_PREFIX,
  EBS_CSI_PROVISIONER,
  EBS_ENCRYPTED_PARAMETER,
  EBS_ENCRYPTED_TRUE,
  EBS_IN_TREE_PROVISIONER,
  EBS_PROVISIONERS,
  EFS_CSI_PROVISIONER,
  EFS_DIRECTORY_PERMS,
  EFS_DYNAMIC_PARAMETERS,
  EFS_FILE_SYSTEM_PARAMETERS,
  EFS_PROVISIONING_MODE,
  EFS_PROVISIONING_MODES,
  FSX_LUSTRE_CSI_PROVISIONER,
  FSX_LUSTRE_DEPLOYMENT_TYPES,
  FSX_LUSTRE_PARAMETERS,
  GO_BOOLEAN_STRINGS,
  IMMEDIATE_BINDING,
  WAIT_FOR_FIRST_CONSUMER,
} from "../facts/kubernetes-storage.js";
import { closestName, orList } from "../text.js";
import { insertMember, literalString, objectValue, present, renameKey, replaceValue, setMember, yaml11Boolean, type Edit, type ObjectValue, type Value } from "../values/index.js";
import type { StorageClassDocument } from "../documents/index.js";

type MessageId =
  | "inTreeProvisioner"
  | "notEncrypted"
  | "unencrypted"
  | "immediateBinding"
  | "defaultBinding"
  | "efsMissing"
  | "efsMode"
  | "fsxUnknownParameter"
  | "fsxBadValue"
  | "useCsiProvisioner"
  | "setEncrypted"
  | "setWaitForFirstConsumer"
  | "renameParameter"
  | "replaceValue";

/** Why the EFS driver needs each parameter of a dynamic class. */
const EFS_NEEDS: Readonly<Record<string, string>> = {
  [EFS_PROVISIONING_MODE]: "the EFS CSI driver refuses to provision without it (\"Missing provisioningMode parameter\")",
  fileSystemId: "the EFS CSI driver cannot tell which file system to make access points on (\"fileSystemId not specified\"); give fileSystemId, fileSystemIdConfigRef or fileSystemIdSecretRef",
  [EFS_DIRECTORY_PERMS]: "without it the access point's root directory is not created, and EFS fails mounts of a root directory that does not exist",
};

export default createRule<MessageId>({
  name: "eks-storage-class",
  meta: {
    type: "problem",
    docs: {
      description: "Require StorageClasses for the AWS CSI drivers to use the CSI provisioner, encrypted EBS volumes bound where the pod runs, and the parameters the EFS and FSx for Lustre drivers need.",
      level: "warn",
      platforms: ["eks"],
      covers: "— (no peer)",
    },
    messages: {
      inTreeProvisioner:
        "StorageClass {{name}} uses the in-tree provisioner {{provisioner}}, which EKS no longer supports (its calls are redirected to the EBS CSI driver, which must be installed anyway); create the class with provisioner {{csi}} instead.",
      notEncrypted:
        "StorageClass {{name}} sets parameters.{{key}} to {{value}}, and the EBS CSI driver encrypts only when it is exactly \"true\", so its volumes are unencrypted unless the account turns on EBS encryption by default; create the class with {{key}}: \"true\".",
      unencrypted:
        "StorageClass {{name}} makes EBS volumes without parameters.encrypted: \"true\" (the driver's default is unencrypted), so they are unencrypted unless the account turns on EBS encryption by default; create the class with encrypted: \"true\" (and kmsKeyId for a key of your own).",
      immediateBinding:
        "StorageClass {{name}} binds EBS volumes immediately, so each volume is created in an Availability Zone chosen before its pod is scheduled, and a pod placed in another zone cannot attach it; create the class with volumeBindingMode: \"WaitForFirstConsumer\".",
      defaultBinding:
        "StorageClass {{name}} has no volumeBindingMode, so EBS volumes are bound immediately (the default), in an Availability Zone chosen before their pod is scheduled, and a pod placed in another zone cannot attach them; create the class with volumeBindingMode: \"WaitForFirstConsumer\".",
      efsMissing: "StorageClass {{name}} provisions EFS access points but has no {{parameter}}: {{why}}.",
      efsMode: "StorageClass {{name}} sets provisioningMode to {{value}}, which the EFS CSI driver refuses (it provisions only {{modes}}); use one of them.",
      fsxUnknownParameter: "StorageClass {{name}} has parameter {{key}}, which the FSx for Lustre CSI driver does not read, so it has no effect; {{action}}.",
      fsxBadValue: "StorageClass {{name}} sets parameter {{key}} to {{value}}, which the FSx for Lustre CSI driver or FSx rejects ({{expected}}), so no volume is provisioned; correct the value.",
      useCsiProvisioner: "Use provisioner {{csi}}.",
      setEncrypted: "Set encrypted: \"true\".",
      setWaitForFirstConsumer: "Set volumeBindingMode: \"WaitForFirstConsumer\".",
      renameParameter: "Rename it to {{key}}.",
      replaceValue: "Set it to {{value}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-storage-class"(document) {
        if (!document.builtIn) return;
        const provisionerValue = document.root.get("provisioner");
        const provisioner = literalString(provisionerValue);
        if (provisioner === undefined) return;
        const parametersValue = present(document.root.get("parameters"));
        // Parameters that cannot be read (a merge, a placeholder) may hold anything.
        if (parametersValue !== undefined && (parametersValue.kind !== "object" || parametersValue.hasMerge)) return;
        const parameters = objectValue(parametersValue);
        const name = JSON.stringify(document.name ?? "");
        if (EBS_PROVISIONERS.has(provisioner)) checkEbs(context, document, provisionerValue!, provisioner, parameters, name);
        else if (provisioner === EFS_CSI_PROVISIONER) checkEfs(context, document, parameters, name);
        else if (provisioner === FSX_LUSTRE_CSI_PROVISIONER && parameters) checkFsx(context, parameters, name);
      },
    };
  },
});

type Context = RuleContext<MessageId, []>;

function checkEbs(context: Context, document: StorageClassDocument, provisionerValue: Value, provisioner: string, parameters: ObjectValue | undefined, name: string): void {
  if (provisioner === EBS_IN_TREE_PROVISIONER) {
    const csi = JSON.stringify(EBS_CSI_PROVISIONER);
    context.report(provisionerValue, "inTreeProvisioner", { name, provisioner: JSON.stringify(provisioner), csi }, { suggest: [{ messageId: "useCsiProvisioner", data: { csi }, fix: replaceValue(provisionerValue, EBS_CSI_PROVISIONER, context.source) }] });
  }
  // EBS parameter names are case-insensitive (`Encrypted` works).
  const encrypted = parameters?.entries.find((entry) => entry.key.toLowerCase() === EBS_ENCRYPTED_PARAMETER);
  const setEncrypted: Suggestion<MessageId> = {
    messageId: "setEncrypted",
    fix: encrypted ? replaceValue(encrypted.value, EBS_ENCRYPTED_TRUE, context.source) : parameters ? insertMember(parameters, EBS_ENCRYPTED_PARAMETER, EBS_ENCRYPTED_TRUE, context.source) : setMember(document.root, "parameters", { [EBS_ENCRYPTED_PARAMETER]: EBS_ENCRYPTED_TRUE }, context.source),
  };
  if (encrypted) {
    const text = literalString(encrypted.value);
    // An unquoted `true` is a boolean the API server refuses in a string map: the intent is clear, and schema checks report the type.
    if (text !== undefined && text !== EBS_ENCRYPTED_TRUE && yaml11Boolean(encrypted.value) !== true && !/\$[A-Za-z_{(]/.test(text)) {
      context.report(encrypted.value, "notEncrypted", { name, key: encrypted.key, value: JSON.stringify(text) }, { suggest: [setEncrypted] });
    }
  } else if (!document.fragment) {
    context.reportMissing(parameters ?? document.root, "unencrypted", { name }, { suggest: [setEncrypted] });
  }
  // Allowed topologies pin the zone themselves.
  if (present(document.root.get("allowedTopologies")) !== undefined) return;
  const binding = present(document.root.get("volumeBindingMode"));
  const setBinding: Suggestion<MessageId> = { messageId: "setWaitForFirstConsumer", fix: setMember(document.root, "volumeBindingMode", WAIT_FOR_FIRST_CONSUMER, context.source) };
  if (binding === undefined) {
    if (!document.fragment && !document.root.hasMerge) context.reportMissing(document.root, "defaultBinding", { name }, { suggest: [setBinding] });
  } else if (literalString(binding) === IMMEDIATE_BINDING) {
    context.report(binding, "immediateBinding", { name }, { suggest: [setBinding] });
  }
}

/** EFS: only dynamic classes (with provisioning parameters) are judged; a class without them serves static volumes. */
function checkEfs(context: Context, document: StorageClassDocument, parameters: ObjectValue | undefined, name: string): void {
  if (!parameters || !EFS_DYNAMIC_PARAMETERS.some((key) => parameters.entryExact(key) !== undefined)) return;
  const mode = present(parameters.getExact(EFS_PROVISIONING_MODE));
  const modeText = literalString(mode);
  if (modeText !== undefined && !EFS_PROVISIONING_MODES.includes(modeText) && !/\$[A-Za-z_{(]/.test(modeText)) {
    const near = closestName(modeText, EFS_PROVISIONING_MODES);
    const suggest: Suggestion<MessageId>[] = near === undefined ? [] : [{ messageId: "replaceValue", data: { value: JSON.stringify(near) }, fix: replaceValue(mode!, near, context.source) }];
    context.report(mode!, "efsMode", { name, value: JSON.stringify(modeText), modes: orList(EFS_PROVISIONING_MODES.map((item) => JSON.stringify(item))) }, { suggest });
  }
  if (document.fragment) return;
  const missing: string[] = [];
  if (mode === undefined) missing.push(EFS_PROVISIONING_MODE);
  if (EFS_FILE_SYSTEM_PARAMETERS.every((key) => present(parameters.getExact(key)) === undefined)) missing.push("fileSystemId");
  if (present(parameters.getExact(EFS_DIRECTORY_PERMS)) === undefined) missing.push(EFS_DIRECTORY_PERMS);
  for (const parameter of missing) context.reportMissing(parameters, "efsMissing", { name, parameter, why: EFS_NEEDS[parameter]! });
}

/** FSx for Lustre: parameters the driver reads (case-sensitive keys), and the values it parses. */
function checkFsx(context: Context, parameters: ObjectValue, name: string): void {
  for (const entry of parameters.entries) {
    if (entry.key.startsWith(CSI_PROVISIONER_PARAMETER_PREFIX)) continue;
    const key = JSON.stringify(entry.key);
    if (!Object.hasOwn(FSX_LUSTRE_PARAMETERS, entry.key)) {
      const near = closestName(entry.key, Object.keys(FSX_LUSTRE_PARAMETERS));
      const suggest: Suggestion<MessageId>[] = [];
      if (near !== undefined && parameters.entryExact(near) === undefined) suggest.push({ messageId: "renameParameter", data: { key: JSON.stringify(near) }, fix: renameKey(entry, near, parameters.syntax, context.source) });
      context.report(entry, "fsxUnknownParameter", { name, key, action: near === undefined ? "remove it" : `rename it to ${JSON.stringify(near)}` }, { suggest });
      continue;
    }
    const text = literalString(entry.value);
    if (text === undefined || /\$[A-Za-z_{(]/.test(text)) continue;
    const expected = fsxProblem(FSX_LUSTRE_PARAMETERS[entry.key]!, text);
    if (expected === undefined) continue;
    const near = FSX_LUSTRE_PARAMETERS[entry.key] === "deploymentType" ? closestName(text, FSX_LUSTRE_DEPLOYMENT_TYPES) : undefined;
    const fix: Edit | undefined = near === undefined ? undefined : replaceValue(entry.value, near, context.source);
    context.report(entry.value, "fsxBadValue", { name, key, value: JSON.stringify(text), expected }, { suggest: fix ? [{ messageId: "replaceValue", data: { value: JSON.stringify(near) }, fix }] : [] });
  }
}

function fsxProblem(type: (typeof FSX_LUSTRE_PARAMETERS)[string], text: string): string | undefined {
  switch (type) {
    case "boolean":
      return GO_BOOLEAN_STRINGS.has(text) ? undefined : 'expected "true" or "false"';
    case "integer":
      return /^[+-]?\d+$/.test(text) ? undefined : "expected an integer";
    case "deploymentType":
      return FSX_LUSTRE_DEPLOYMENT_TYPES.includes(text) ? undefined : `expected ${orList(FSX_LUSTRE_DEPLOYMENT_TYPES.map((item) => JSON.stringify(item)))}`;
    default:
      return undefined;
  }
}
