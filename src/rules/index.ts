/**
 * Every rule, by name (the name is the file name). Sorted; a test checks it.
 */
import type { AwsContainersRule } from "../create-rule.js";
import ecsContainerReferences from "./ecs-container-references.js";
import ecsEfsTransitEncryption from "./ecs-efs-transit-encryption.js";
import ecsEfsVolume from "./ecs-efs-volume.js";
import ecsEssentialContainer from "./ecs-essential-container.js";
import ecsLogConfiguration from "./ecs-log-configuration.js";
import ecsLogging from "./ecs-logging.js";
import ecsTaskRole from "./ecs-task-role.js";
import healthCheck from "./health-check.js";
import noHostNamespaces from "./no-host-namespaces.js";
import noPrivilegeEscalation from "./no-privilege-escalation.js";
import noPrivileged from "./no-privileged.js";
import noSensitiveHostMounts from "./no-sensitive-host-mounts.js";
import nonRootUser from "./non-root-user.js";
import readonlyRootFilesystem from "./readonly-root-filesystem.js";
import validSchema from "./valid-schema.js";

export const rules: Readonly<Record<string, AwsContainersRule>> = {
  "ecs-container-references": ecsContainerReferences,
  "ecs-efs-transit-encryption": ecsEfsTransitEncryption,
  "ecs-efs-volume": ecsEfsVolume,
  "ecs-essential-container": ecsEssentialContainer,
  "ecs-log-configuration": ecsLogConfiguration,
  "ecs-logging": ecsLogging,
  "ecs-task-role": ecsTaskRole,
  "health-check": healthCheck,
  "no-host-namespaces": noHostNamespaces,
  "no-privilege-escalation": noPrivilegeEscalation,
  "no-privileged": noPrivileged,
  "no-sensitive-host-mounts": noSensitiveHostMounts,
  "non-root-user": nonRootUser,
  "readonly-root-filesystem": readonlyRootFilesystem,
  "valid-schema": validSchema,
};
