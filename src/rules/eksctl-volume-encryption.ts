/**
 * eksctl-volume-encryption: node group volumes eksctl does not encrypt, and
 * KMS keys given without encryption.
 *
 * eksctl writes a node group's volume (and each `additionalVolumes[]` item) into
 * the launch template it makes, setting `Encrypted` only when `volumeEncrypted`
 * is written: absent, the volume is encrypted only when the account turned on
 * EBS encryption by default in the region; `false` asks for an unencrypted
 * volume. There is no cluster-wide setting. `volumeKmsKeyID` without
 * `volumeEncrypted: true` is an eksctl validation error on a group, and EC2
 * takes a KMS key only for an encrypted volume. Facts and sources in
 * src/facts/eksctl.ts.
 *
 * Skipped: managed groups with a `launchTemplate` (the template holds the
 * volumes; eksctl refuses `volumeEncrypted` there), a volume of size 0 or an
 * additional volume without `volumeName` (eksctl writes none), an additional
 * volume made from `snapshotID` (it keeps the snapshot's encryption), and
 * values the linter cannot read.
 *
 * The suggestion sets `volumeEncrypted: true` (a KMS key stays the user's
 * choice); in a self-managed group without `volumeSize` it also writes eksctl's
 * default size, 80, since eksctl validates self-managed groups before it fills
 * in their defaults and refuses `volumeEncrypted` without `volumeSize`.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { CUSTOM_AMI_PREFIX, DEFAULT_NODE_VOLUME_SIZE } from "../facts/eksctl.js";
import { insertMember, literalString, objectItems, present, setMember, yaml11Boolean, yaml11Number, type Edit, type ObjectValue, type Value } from "../values/index.js";
import type { NodeGroup } from "../documents/eksctl.js";

type MessageIds =
  | "unencrypted"
  | "unencryptedWithoutSize"
  | "disabled"
  | "kmsKeyWithoutEncryption"
  | "additionalUnencrypted"
  | "additionalDisabled"
  | "additionalKmsKeyWithoutEncryption"
  | "setEncrypted"
  | "setEncryptedAndSize";

type Context = RuleContext<MessageIds, []>;

const ACCOUNT_DEFAULT = "encrypted only if the account turned on EBS encryption by default in the region";
/**
 * A custom AMI's root volume is also encrypted when the AMI's snapshot is: "Volumes
 * that are created from encrypted snapshots are automatically encrypted"
 * (https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html). The
 * EKS-optimized AMIs' snapshots are not encrypted, so for them only the account default counts.
 */
const CUSTOM_AMI_OR_ACCOUNT_DEFAULT = "encrypted only if its custom AMI's snapshot is encrypted or the account turned on EBS encryption by default in the region";

export default createRule<MessageIds>({
  name: "eksctl-volume-encryption",
  meta: {
    type: "problem",
    docs: {
      description: "Require eksctl node group volumes to be encrypted (volumeEncrypted: true), and KMS keys to come with encryption.",
      level: "warn",
      platforms: ["eksctl"],
      covers: "eksctl validation",
    },
    messages: {
      unencrypted: "{{nodeGroup}} does not set volumeEncrypted, and eksctl sets nothing in its place, so its nodes' volume is {{encryptedOnlyIf}}; set volumeEncrypted to true.",
      unencryptedWithoutSize: "{{nodeGroup}} does not set volumeEncrypted, and eksctl sets nothing in its place, so its nodes' volume is {{encryptedOnlyIf}}; set volumeEncrypted to true, with volumeSize beside it (eksctl refuses volumeEncrypted without volumeSize in nodeGroups).",
      disabled: "{{nodeGroup}} sets volumeEncrypted to false, so its nodes' volume is {{encryptedOnlyIf}}; set volumeEncrypted to true.",
      kmsKeyWithoutEncryption: '{{nodeGroup}} sets volumeKmsKeyID without volumeEncrypted: true, which eksctl refuses ("{{error}}"); set volumeEncrypted to true.',
      additionalUnencrypted: `Additional volume {{volume}} of {{nodeGroup}} does not set volumeEncrypted, and eksctl sets nothing in its place, so it is ${ACCOUNT_DEFAULT}; set volumeEncrypted to true.`,
      additionalDisabled: `Additional volume {{volume}} of {{nodeGroup}} sets volumeEncrypted to false, so it is ${ACCOUNT_DEFAULT}; set volumeEncrypted to true.`,
      additionalKmsKeyWithoutEncryption:
        "Additional volume {{volume}} of {{nodeGroup}} sets volumeKmsKeyID without volumeEncrypted: true, and EC2 takes a KMS key only for an encrypted volume; set volumeEncrypted to true.",
      setEncrypted: "Set volumeEncrypted to true.",
      setEncryptedAndSize: "Set volumeEncrypted to true and volumeSize to {{size}}, eksctl's default size.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        for (const group of document.nodeGroups) {
          if (group.ownLaunchTemplate) continue;
          checkRootVolume(context, group);
          checkAdditionalVolumes(context, group);
        }
      },
    };
  },
});

function checkRootVolume(context: Context, group: NodeGroup): void {
  const object = group.object;
  const size = present(object.get("volumeSize"));
  if (size !== undefined && yaml11Number(size) === 0) return;
  const encrypted = present(object.get("volumeEncrypted"));
  if (encrypted !== undefined && yaml11Boolean(encrypted) !== false) return;
  // Self-managed groups are validated before eksctl defaults volumeSize.
  const needsSize = !group.managed && size === undefined;
  const ami = present(object.get("ami"));
  // An AMI the linter cannot read may be a custom one too.
  const customAmi = ami !== undefined && (literalString(ami)?.startsWith(CUSTOM_AMI_PREFIX) ?? true);
  const data = { nodeGroup: group.label, encryptedOnlyIf: customAmi ? CUSTOM_AMI_OR_ACCOUNT_DEFAULT : ACCOUNT_DEFAULT };
  const kmsKey = object.get("volumeKmsKeyID");
  if (literalString(kmsKey) !== undefined && literalString(kmsKey) !== "") {
    context.report(kmsKey!, "kmsKeyWithoutEncryption", { nodeGroup: group.label, error: kmsKeyError(group) }, { suggest: suggestions(context, object, needsSize) });
  } else if (encrypted !== undefined) {
    context.report(encrypted, "disabled", data, { suggest: suggestions(context, object, needsSize) });
  } else {
    context.reportMissing(object, needsSize ? "unencryptedWithoutSize" : "unencrypted", data, { suggest: suggestions(context, object, needsSize) });
  }
}

function checkAdditionalVolumes(context: Context, group: NodeGroup): void {
  for (const volume of objectItems(group.object.get("additionalVolumes"))) {
    const name = present(volume.get("volumeName"));
    if (name === undefined || literalString(name) === "") continue;
    const size = present(volume.get("volumeSize"));
    if (size !== undefined && yaml11Number(size) === 0) continue;
    if (present(volume.get("snapshotID")) !== undefined) continue;
    const encrypted = present(volume.get("volumeEncrypted"));
    if (encrypted !== undefined && yaml11Boolean(encrypted) !== false) continue;
    const data = { nodeGroup: group.label, volume: volumeLabel(volume, name) };
    const suggest = suggestions(context, volume, false);
    const kmsKey = volume.get("volumeKmsKeyID");
    if (literalString(kmsKey) !== undefined && literalString(kmsKey) !== "") context.report(kmsKey!, "additionalKmsKeyWithoutEncryption", data, { suggest });
    else if (encrypted !== undefined) context.report(encrypted, "additionalDisabled", data, { suggest });
    else context.report(volume.entry("volumeName") ?? volume, "additionalUnencrypted", data, { suggest });
  }
}

/** eksctl's own error, with the group's path (`nodeGroups[0]`). */
function kmsKeyError(group: NodeGroup): string {
  const path = group.path;
  return `${path}.volumeKmsKeyID can not be set without ${path}.volumeEncrypted enabled explicitly`;
}

/** `"/dev/sdb"` (its `volumeName`), else its position (`#2`). */
function volumeLabel(volume: ObjectValue, name: Value): string {
  const literal = literalString(name);
  if (literal !== undefined) return JSON.stringify(literal);
  return volume.parent?.kind === "item" ? `#${volume.parent.index + 1}` : "#1";
}

function suggestions(context: Context, object: ObjectValue, needsSize: boolean): Suggestion<MessageIds>[] {
  if (!needsSize) return [{ messageId: "setEncrypted", fix: setMember(object, "volumeEncrypted", true, context.source) }];
  // Two insertions at the same place would overlap in an empty mapping.
  if (object.entries.length === 0) return [];
  const edits: Edit[] = [setMember(object, "volumeEncrypted", true, context.source), insertMember(object, "volumeSize", DEFAULT_NODE_VOLUME_SIZE, context.source)];
  return [{ messageId: "setEncryptedAndSize", data: { size: DEFAULT_NODE_VOLUME_SIZE }, fix: edits }];
}
