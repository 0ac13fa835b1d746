/**
 * ecs-efs-volume: EFS volume settings RegisterTaskDefinition refuses.
 *
 * - IAM authorization (`authorizationConfig.iam: ENABLED`) or an access point
 *   (`authorizationConfig.accessPointId`) without `transitEncryption: ENABLED`;
 * - a `rootDirectory` other than `/` together with an access point (the access
 *   point sets the directory);
 * - no `fileSystemId` (required; `valid-schema` leaves this one to this rule).
 * Facts and sources: src/facts/efs.ts (aws-facts §1.4, EFS rules 1–4).
 */
import { createRule } from "../create-rule.js";
import { EFS_ACCESS_POINT_ROOT_DIRECTORY, EFS_IAM_ENABLED, EFS_TRANSIT_ENCRYPTION_DISABLED, EFS_TRANSIT_ENCRYPTION_ENABLED } from "../facts/efs.js";
import { isMissing, itemLabel, literalString, objectValue, present, removeMember, setMember, type ObjectValue } from "../values/index.js";

export default createRule({
  name: "ecs-efs-volume",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow EFS volume settings that ECS refuses: IAM authorization or an access point without transit encryption, a root directory with an access point, no file system ID.",
      level: "error",
      platforms: ["ecs"],
      covers: "ECS API (RegisterTaskDefinition)",
    },
    messages: {
      iamWithoutTransitEncryption: 'EFS volume {{volume}} uses IAM authorization without {{key}} set to "ENABLED", which ECS refuses; enable transit encryption.',
      accessPointWithoutTransitEncryption: 'EFS volume {{volume}} uses an access point without {{key}} set to "ENABLED", which ECS refuses; enable transit encryption.',
      bothWithoutTransitEncryption:
        'EFS volume {{volume}} uses an access point and IAM authorization without {{key}} set to "ENABLED", which ECS refuses; enable transit encryption.',
      rootDirectoryWithAccessPoint:
        'EFS volume {{volume}} sets {{key}} to {{value}} with an access point, which ECS refuses (the access point sets the directory); remove {{key}} or set it to "/".',
      missingFileSystemId: 'EFS volume {{volume}} has no {{key}}, which ECS requires; add the ID of the file system ("fs-…").',
      enableTransitEncryption: 'Set {{key}} to "ENABLED".',
      removeRootDirectory: "Remove {{key}} (the access point's directory applies).",
    },
    hasSuggestions: true,
  },
  create(context) {
    const checkTransitEncryption = (efs: ObjectValue, volume: string, iam: boolean, accessPoint: boolean): void => {
      const value = efs.get("transitEncryption");
      const key = efs.keyName("transitEncryption");
      const messageId = iam && accessPoint ? "bothWithoutTransitEncryption" : iam ? "iamWithoutTransitEncryption" : "accessPointWithoutTransitEncryption";
      const suggest = [{ messageId: "enableTransitEncryption" as const, data: { key }, fix: setMember(efs, "transitEncryption", EFS_TRANSIT_ENCRYPTION_ENABLED, context.source) }];
      if (isMissing(value)) context.reportMissing(efs, messageId, { volume, key }, { suggest });
      else if (value && literalString(value) === EFS_TRANSIT_ENCRYPTION_DISABLED) context.report(value, messageId, { volume, key }, { suggest });
    };

    const checkRootDirectory = (efs: ObjectValue, volume: string): void => {
      const value = present(efs.get("rootDirectory"));
      const text = literalString(value);
      // An empty string is not judged: whether ECS takes it as omitted is not documented.
      if (!value || text === undefined || text === "" || text === EFS_ACCESS_POINT_ROOT_DIRECTORY) return;
      const key = efs.keyName("rootDirectory");
      const entry = efs.entry("rootDirectory");
      const suggest = entry ? [{ messageId: "removeRootDirectory" as const, data: { key }, fix: removeMember(efs, entry, context.source) }] : [];
      context.report(value, "rootDirectoryWithAccessPoint", { volume, key, value: JSON.stringify(text) }, { suggest });
    };

    return {
      "ecs-task-definition"(document) {
        for (const volumeObject of document.volumes) {
          const efs = objectValue(present(volumeObject.get("efsVolumeConfiguration")));
          if (!efs) continue;
          const volume = itemLabel(volumeObject);
          if (isMissing(efs.get("fileSystemId"))) context.reportMissing(efs, "missingFileSystemId", { volume, key: efs.keyName("fileSystemId") });
          const authorization = objectValue(present(efs.get("authorizationConfig")));
          if (!authorization) continue;
          const iam = literalString(authorization.get("iam")) === EFS_IAM_ENABLED;
          // Any access point counts, even one that cannot be read (`!Ref AccessPoint`): it is there;
          // a YAML merge key that only may supply one does not.
          const accessPointId = present(authorization.get("accessPointId"));
          const accessPoint = accessPointId !== undefined && !(accessPointId.kind === "unknown" && accessPointId.reason === "merge");
          if (iam || accessPoint) checkTransitEncryption(efs, volume, iam, accessPoint);
          if (accessPoint) checkRootDirectory(efs, volume);
        }
      },
    };
  },
});

