/**
 * Every rule, by name (the name is the file name). Sorted; a test checks it.
 */
import type { AwsContainersRule } from "../create-rule.js";
import arnFormat from "./arn-format.js";
import ecsContainerReferences from "./ecs-container-references.js";
import ecsContainerResources from "./ecs-container-resources.js";
import ecsDistinctRoles from "./ecs-distinct-roles.js";
import ecsEfsTransitEncryption from "./ecs-efs-transit-encryption.js";
import ecsEfsVolume from "./ecs-efs-volume.js";
import ecsEssentialContainer from "./ecs-essential-container.js";
import ecsExecutionRole from "./ecs-execution-role.js";
import ecsFargateCompatibility from "./ecs-fargate-compatibility.js";
import ecsFargateTaskSize from "./ecs-fargate-task-size.js";
import ecsLogConfiguration from "./ecs-log-configuration.js";
import ecsLogging from "./ecs-logging.js";
import ecsNetworkMode from "./ecs-network-mode.js";
import ecsPortMappings from "./ecs-port-mappings.js";
import ecsTaskRole from "./ecs-task-role.js";
import healthCheck from "./health-check.js";
import imageEcrUri from "./image-ecr-uri.js";
import imageTagPinned from "./image-tag-pinned.js";
import noHostNamespaces from "./no-host-namespaces.js";
import noPlaintextSecrets from "./no-plaintext-secrets.js";
import noPrivilegeEscalation from "./no-privilege-escalation.js";
import noPrivileged from "./no-privileged.js";
import noS3Mount from "./no-s3-mount.js";
import noSensitiveHostMounts from "./no-sensitive-host-mounts.js";
import nonRootUser from "./non-root-user.js";
import persistentStorage from "./persistent-storage.js";
import readonlyRootFilesystem from "./readonly-root-filesystem.js";
import validSchema from "./valid-schema.js";

export const rules: Readonly<Record<string, AwsContainersRule>> = {
  "arn-format": arnFormat,
  "ecs-container-references": ecsContainerReferences,
  "ecs-container-resources": ecsContainerResources,
  "ecs-distinct-roles": ecsDistinctRoles,
  "ecs-efs-transit-encryption": ecsEfsTransitEncryption,
  "ecs-efs-volume": ecsEfsVolume,
  "ecs-essential-container": ecsEssentialContainer,
  "ecs-execution-role": ecsExecutionRole,
  "ecs-fargate-compatibility": ecsFargateCompatibility,
  "ecs-fargate-task-size": ecsFargateTaskSize,
  "ecs-log-configuration": ecsLogConfiguration,
  "ecs-logging": ecsLogging,
  "ecs-network-mode": ecsNetworkMode,
  "ecs-port-mappings": ecsPortMappings,
  "ecs-task-role": ecsTaskRole,
  "health-check": healthCheck,
  "image-ecr-uri": imageEcrUri,
  "image-tag-pinned": imageTagPinned,
  "no-host-namespaces": noHostNamespaces,
  "no-plaintext-secrets": noPlaintextSecrets,
  "no-privilege-escalation": noPrivilegeEscalation,
  "no-privileged": noPrivileged,
  "no-s3-mount": noS3Mount,
  "no-sensitive-host-mounts": noSensitiveHostMounts,
  "non-root-user": nonRootUser,
  "persistent-storage": persistentStorage,
  "readonly-root-filesystem": readonlyRootFilesystem,
  "valid-schema": validSchema,
};
