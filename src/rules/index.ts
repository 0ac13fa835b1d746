/**
 * Every rule, by name (the name is the file name). Sorted; a test checks it.
 */
import type { AwsContainersRule } from "../create-rule.js";
import apprunnerAccessRole from "./apprunner-access-role.js";
import apprunnerAutoScaling from "./apprunner-auto-scaling.js";
import apprunnerHealthCheck from "./apprunner-health-check.js";
import apprunnerInstanceSize from "./apprunner-instance-size.js";
import apprunnerRuntime from "./apprunner-runtime.js";
import apprunnerVpcEgress from "./apprunner-vpc-egress.js";
import arnFormat from "./arn-format.js";
import ecrImmutableTags from "./ecr-immutable-tags.js";
import ecrKmsEncryption from "./ecr-kms-encryption.js";
import ecrLifecyclePolicy from "./ecr-lifecycle-policy.js";
import ecrNoPublicAccess from "./ecr-no-public-access.js";
import ecrRequireLifecyclePolicy from "./ecr-require-lifecycle-policy.js";
import ecrScanOnPush from "./ecr-scan-on-push.js";
import ecsAutoscalingEc2Capacity from "./ecs-autoscaling-ec2-capacity.js";
import ecsAutoscalingPolicy from "./ecs-autoscaling-policy.js";
import ecsAutoscalingTarget from "./ecs-autoscaling-target.js";
import ecsCapacityProviderManagedScaling from "./ecs-capacity-provider-managed-scaling.js";
import ecsCapacityProviderStrategy from "./ecs-capacity-provider-strategy.js";
import ecsClusterCapacityProviders from "./ecs-cluster-capacity-providers.js";
import ecsClusterContainerInsights from "./ecs-cluster-container-insights.js";
import ecsContainerReferences from "./ecs-container-references.js";
import ecsContainerResources from "./ecs-container-resources.js";
import ecsDistinctRoles from "./ecs-distinct-roles.js";
import ecsEfsTransitEncryption from "./ecs-efs-transit-encryption.js";
import ecsEfsVolume from "./ecs-efs-volume.js";
import ecsEssentialContainer from "./ecs-essential-container.js";
import ecsExecLogging from "./ecs-exec-logging.js";
import ecsExecutionRole from "./ecs-execution-role.js";
import ecsFargateCompatibility from "./ecs-fargate-compatibility.js";
import ecsFargateTaskSize from "./ecs-fargate-task-size.js";
import ecsLogConfiguration from "./ecs-log-configuration.js";
import ecsLogging from "./ecs-logging.js";
import ecsNetworkMode from "./ecs-network-mode.js";
import ecsPortMappings from "./ecs-port-mappings.js";
import ecsScheduledTask from "./ecs-scheduled-task.js";
import ecsServiceCapacityProvider from "./ecs-service-capacity-provider.js";
import ecsServiceCircuitBreaker from "./ecs-service-circuit-breaker.js";
import ecsServiceNetworkConfiguration from "./ecs-service-network-configuration.js";
import ecsServicePlatformVersion from "./ecs-service-platform-version.js";
import ecsServicePublicIp from "./ecs-service-public-ip.js";
import ecsServiceSchedulingStrategy from "./ecs-service-scheduling-strategy.js";
import ecsServiceTaskCompatibility from "./ecs-service-task-compatibility.js";
import ecsTaskRole from "./ecs-task-role.js";
import eksAutomountToken from "./eks-automount-token.js";
import eksDeprecatedApi from "./eks-deprecated-api.js";
import eksFargateCompatibility from "./eks-fargate-compatibility.js";
import eksHighAvailability from "./eks-high-availability.js";
import eksIngressAlb from "./eks-ingress-alb.js";
import eksJobTtl from "./eks-job-ttl.js";
import eksLoadBalancerAnnotations from "./eks-load-balancer-annotations.js";
import eksPodDisruptionBudget from "./eks-pod-disruption-budget.js";
import eksPvc from "./eks-pvc.js";
import eksResources from "./eks-resources.js";
import eksSelectorMatch from "./eks-selector-match.js";
import eksServiceAccountRole from "./eks-service-account-role.js";
import eksStorageClass from "./eks-storage-class.js";
import eksctlFargateProfiles from "./eksctl-fargate-profiles.js";
import eksctlIam from "./eksctl-iam.js";
import eksctlLogging from "./eksctl-logging.js";
import eksctlManagedNodeGroups from "./eksctl-managed-node-groups.js";
import eksctlPrivateNetworking from "./eksctl-private-networking.js";
import eksctlSpot from "./eksctl-spot.js";
import eksctlSsh from "./eksctl-ssh.js";
import eksctlVolumeEncryption from "./eksctl-volume-encryption.js";
import healthCheck from "./health-check.js";
import imageEcrUri from "./image-ecr-uri.js";
import imageTagPinned from "./image-tag-pinned.js";
import noClassicLoadBalancer from "./no-classic-load-balancer.js";
import noHostNamespaces from "./no-host-namespaces.js";
import noPlaintextSecrets from "./no-plaintext-secrets.js";
import noPrivilegeEscalation from "./no-privilege-escalation.js";
import noPrivileged from "./no-privileged.js";
import noS3Mount from "./no-s3-mount.js";
import noSensitiveHostMounts from "./no-sensitive-host-mounts.js";
import nonRootUser from "./non-root-user.js";
import persistentStorage from "./persistent-storage.js";
import readonlyRootFilesystem from "./readonly-root-filesystem.js";
import scheduleExpression from "./schedule-expression.js";
import validSchema from "./valid-schema.js";

export const rules: Readonly<Record<string, AwsContainersRule>> = {
  "apprunner-access-role": apprunnerAccessRole,
  "apprunner-auto-scaling": apprunnerAutoScaling,
  "apprunner-health-check": apprunnerHealthCheck,
  "apprunner-instance-size": apprunnerInstanceSize,
  "apprunner-runtime": apprunnerRuntime,
  "apprunner-vpc-egress": apprunnerVpcEgress,
  "arn-format": arnFormat,
  "ecr-immutable-tags": ecrImmutableTags,
  "ecr-kms-encryption": ecrKmsEncryption,
  "ecr-lifecycle-policy": ecrLifecyclePolicy,
  "ecr-no-public-access": ecrNoPublicAccess,
  "ecr-require-lifecycle-policy": ecrRequireLifecyclePolicy,
  "ecr-scan-on-push": ecrScanOnPush,
  "ecs-autoscaling-ec2-capacity": ecsAutoscalingEc2Capacity,
  "ecs-autoscaling-policy": ecsAutoscalingPolicy,
  "ecs-autoscaling-target": ecsAutoscalingTarget,
  "ecs-capacity-provider-managed-scaling": ecsCapacityProviderManagedScaling,
  "ecs-capacity-provider-strategy": ecsCapacityProviderStrategy,
  "ecs-cluster-capacity-providers": ecsClusterCapacityProviders,
  "ecs-cluster-container-insights": ecsClusterContainerInsights,
  "ecs-container-references": ecsContainerReferences,
  "ecs-container-resources": ecsContainerResources,
  "ecs-distinct-roles": ecsDistinctRoles,
  "ecs-efs-transit-encryption": ecsEfsTransitEncryption,
  "ecs-efs-volume": ecsEfsVolume,
  "ecs-essential-container": ecsEssentialContainer,
  "ecs-exec-logging": ecsExecLogging,
  "ecs-execution-role": ecsExecutionRole,
  "ecs-fargate-compatibility": ecsFargateCompatibility,
  "ecs-fargate-task-size": ecsFargateTaskSize,
  "ecs-log-configuration": ecsLogConfiguration,
  "ecs-logging": ecsLogging,
  "ecs-network-mode": ecsNetworkMode,
  "ecs-port-mappings": ecsPortMappings,
  "ecs-scheduled-task": ecsScheduledTask,
  "ecs-service-capacity-provider": ecsServiceCapacityProvider,
  "ecs-service-circuit-breaker": ecsServiceCircuitBreaker,
  "ecs-service-network-configuration": ecsServiceNetworkConfiguration,
  "ecs-service-platform-version": ecsServicePlatformVersion,
  "ecs-service-public-ip": ecsServicePublicIp,
  "ecs-service-scheduling-strategy": ecsServiceSchedulingStrategy,
  "ecs-service-task-compatibility": ecsServiceTaskCompatibility,
  "ecs-task-role": ecsTaskRole,
  "eks-automount-token": eksAutomountToken,
  "eks-deprecated-api": eksDeprecatedApi,
  "eks-fargate-compatibility": eksFargateCompatibility,
  "eks-high-availability": eksHighAvailability,
  "eks-ingress-alb": eksIngressAlb,
  "eks-job-ttl": eksJobTtl,
  "eks-load-balancer-annotations": eksLoadBalancerAnnotations,
  "eks-pod-disruption-budget": eksPodDisruptionBudget,
  "eks-pvc": eksPvc,
  "eks-resources": eksResources,
  "eks-selector-match": eksSelectorMatch,
  "eks-service-account-role": eksServiceAccountRole,
  "eks-storage-class": eksStorageClass,
  "eksctl-fargate-profiles": eksctlFargateProfiles,
  "eksctl-iam": eksctlIam,
  "eksctl-logging": eksctlLogging,
  "eksctl-managed-node-groups": eksctlManagedNodeGroups,
  "eksctl-private-networking": eksctlPrivateNetworking,
  "eksctl-spot": eksctlSpot,
  "eksctl-ssh": eksctlSsh,
  "eksctl-volume-encryption": eksctlVolumeEncryption,
  "health-check": healthCheck,
  "image-ecr-uri": imageEcrUri,
  "image-tag-pinned": imageTagPinned,
  "no-classic-load-balancer": noClassicLoadBalancer,
  "no-host-namespaces": noHostNamespaces,
  "no-plaintext-secrets": noPlaintextSecrets,
  "no-privilege-escalation": noPrivilegeEscalation,
  "no-privileged": noPrivileged,
  "no-s3-mount": noS3Mount,
  "no-sensitive-host-mounts": noSensitiveHostMounts,
  "non-root-user": nonRootUser,
  "persistent-storage": persistentStorage,
  "readonly-root-filesystem": readonlyRootFilesystem,
  "schedule-expression": scheduleExpression,
  "valid-schema": validSchema,
};
