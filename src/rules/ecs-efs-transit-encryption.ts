/**
 * ecs-efs-transit-encryption: EFS volumes whose traffic is not encrypted in transit.
 *
 * `efsVolumeConfiguration.transitEncryption` defaults to `DISABLED`: the NFS
 * traffic between the host and EFS is then plain text. Every EFS volume is
 * checked, not only the first (checkov CKV_AWS_97 stops at the first one).
 * Covers Security Hub ECS.18, checkov CKV_AWS_97, trivy AVD-AWS-0035.
 * Facts and sources: src/facts/efs.ts.
 */
import { createRule } from "../create-rule.js";
import { EFS_TRANSIT_ENCRYPTION_DISABLED, EFS_TRANSIT_ENCRYPTION_ENABLED } from "../facts/efs.js";
import { isMissing, itemLabel, literalString, objectValue, present, setMember } from "../values/index.js";

export default createRule({
  name: "ecs-efs-transit-encryption",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require encryption in transit (`transitEncryption: ENABLED`) on every EFS volume.",
      level: "warn",
      platforms: ["ecs"],
      covers: "Security Hub ECS.18, checkov CKV_AWS_97, trivy AVD-AWS-0035",
    },
    messages: {
      missing: 'EFS volume {{volume}} has no {{key}}, so it defaults to "DISABLED" and its data crosses the network unencrypted; set it to "ENABLED".',
      disabled: 'EFS volume {{volume}} has {{key}} "DISABLED", so its data crosses the network unencrypted; set it to "ENABLED".',
    },
    fixable: "code",
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        for (const volume of document.volumes) {
          const efs = objectValue(present(volume.get("efsVolumeConfiguration")));
          if (!efs) continue;
          const value = efs.get("transitEncryption");
          const missing = isMissing(value);
          if (!missing && !(value && literalString(value) === EFS_TRANSIT_ENCRYPTION_DISABLED)) continue;
          // The message data and the fix are built only for a volume that is reported.
          const data = { volume: itemLabel(volume), key: efs.keyName("transitEncryption") };
          const fix = setMember(efs, "transitEncryption", EFS_TRANSIT_ENCRYPTION_ENABLED, context.source);
          if (missing) context.reportMissing(efs, "missing", data, { fix });
          else context.report(value!, "disabled", data, { fix });
        }
      },
    };
  },
});

