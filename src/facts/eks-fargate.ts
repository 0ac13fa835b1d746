/**
 * What Amazon EKS on AWS Fargate refuses in a pod, and how a manifest says that
 * its pods run on Fargate. Used by `eks-fargate-compatibility`.
 *
 * Sources (reference/eks-facts.md §3.3, §3.4):
 * - EKS User Guide, "AWS Fargate considerations" and the Fargate comparison table
 *   https://docs.aws.amazon.com/eks/latest/userguide/fargate.html : DaemonSets, privileged
 *   containers, `HostPort`/`HostNetwork`, GPUs, Arm, Windows and Inferentia are not supported;
 *   "You can't mount Amazon EBS volumes to Fargate Pods"; EFS: "You can't use dynamic persistent
 *   volume provisioning with Fargate nodes, but you can use static provisioning"; FSx for Lustre:
 *   "No"; load balancers "with IP targets only".
 * - FSx for Lustre CSI driver: "The driver isn't supported on Fargate"
 *   https://docs.aws.amazon.com/eks/latest/userguide/fsx-csi.html
 * - Mountpoint for Amazon S3 CSI driver: "doesn't support AWS Fargate"
 *   https://docs.aws.amazon.com/eks/latest/userguide/s3-csi.html
 * - hostPath and inline CSI volumes: AWS publishes no list of volume types, but Fargate's admission
 *   webhook refuses them ("volumes not supported: <name> is of an unsupported volume Type";
 *   pachyderm/pachyderm#4522, cert-manager/csi-driver#267), and it names `HostIP or HostPort` for
 *   ports (kubernetes-sigs/aws-efs-csi-driver#589, aws/containers-roadmap#1517).
 * - Binding: Fargate nodes carry the node label `eks.amazonaws.com/compute-type: fargate`, the pods
 *   Fargate runs carry `eks.amazonaws.com/fargate-profile: <profile>` (the label that also picks a
 *   profile, https://docs.aws.amazon.com/eks/latest/userguide/fargate-profile.html), and Fargate's
 *   admission controller sets `schedulerName: fargate-scheduler`.
 */

/** The pod label that picks a Fargate profile (Fargate also sets it on the pods it runs). */
export const FARGATE_PROFILE_LABEL = "eks.amazonaws.com/fargate-profile";

/** The node label of Fargate nodes, also used as a pod label in profile selectors. */
export const COMPUTE_TYPE_LABEL = "eks.amazonaws.com/compute-type";

export const FARGATE_COMPUTE_TYPE = "fargate";

/** The scheduler that places pods on Fargate. */
export const FARGATE_SCHEDULER = "fargate-scheduler";

/** Node labels for the CPU architecture and the operating system (current and beta names). */
export const ARCH_LABELS: readonly string[] = ["kubernetes.io/arch", "beta.kubernetes.io/arch"];
export const OS_LABELS: readonly string[] = ["kubernetes.io/os", "beta.kubernetes.io/os"];

/** Fargate runs x86-64 Linux only: these node-label values ask for something else. */
export const ARM_ARCHITECTURES: ReadonlySet<string> = new Set(["arm64", "arm"]);
export const WINDOWS = "windows";

/**
 * Extended resources Fargate has no hardware for: NVIDIA GPUs (device plugin name) and AWS
 * Inferentia/Trainium (Neuron device plugin names, https://awsdocs-neuron.readthedocs-hosted.com/).
 */
export const ACCELERATOR_RESOURCES: ReadonlySet<string> = new Set(["nvidia.com/gpu", "aws.amazon.com/neuron", "aws.amazon.com/neuroncore", "aws.amazon.com/neurondevice"]);

/** The storage Fargate cannot mount, by CSI driver or provisioner name. */
export type FargateStorage = "EBS" | "FSx for Lustre" | "Mountpoint for Amazon S3";

export const UNSUPPORTED_STORAGE_DRIVERS: Readonly<Record<string, FargateStorage>> = {
  "ebs.csi.aws.com": "EBS",
  // EKS Auto Mode's block storage driver (https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html).
  "ebs.csi.eks.amazonaws.com": "EBS",
  // The in-tree provisioner, migrated to the EBS CSI driver (https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi-migration-faq.html).
  "kubernetes.io/aws-ebs": "EBS",
  "fsx.csi.aws.com": "FSx for Lustre",
  "s3.csi.aws.com": "Mountpoint for Amazon S3",
};

/** The EFS CSI driver: static volumes work on Fargate, dynamic provisioning (access points) does not. */
export const EFS_DRIVER = "efs.csi.aws.com";

/** Load balancer annotations whose `instance` value registers nodes, which Fargate pods have none of. */
export const NLB_TARGET_TYPE = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";
export const ALB_TARGET_TYPE = "alb.ingress.kubernetes.io/target-type";
export const INSTANCE_TARGET = "instance";

/**
 * What Fargate refuses, as messages name it ("does not support {{feature}}") and what to do
 * instead. One entry per kind of report, so the wording lives in one place.
 */
export const FARGATE_REFUSES = {
  daemonSet: { feature: "DaemonSets", advice: "run the daemon as a sidecar container in the pods that need it, or keep the DaemonSet off Fargate" },
  privileged: { feature: "privileged containers", advice: "set privileged to false, or run this workload on EC2 nodes" },
  hostNetwork: { feature: "hostNetwork", advice: "remove it (each Fargate pod has its own network interface), or run this workload on EC2 nodes" },
  hostPort: { feature: "host ports (hostPort, hostIP)", advice: "remove it and reach the pod through a Service" },
  hostPath: { feature: "hostPath volumes", advice: "use an emptyDir volume or static EFS storage, or run this workload on EC2 nodes" },
  csi: { feature: "inline CSI volumes", advice: "use a PersistentVolumeClaim bound to a static EFS volume, or run this workload on EC2 nodes" },
  storage: { feature: "EBS, FSx for Lustre or Mountpoint for Amazon S3 volumes", advice: "use a static EFS volume, or run this workload on EC2 nodes" },
  dynamicEfs: { feature: "dynamically provisioned EFS volumes", advice: "bind the claim to a static EFS PersistentVolume" },
  accelerator: { feature: "GPUs or Inferentia/Trainium accelerators", advice: "run this workload on EC2 nodes with the accelerator" },
  arm: { feature: "Arm processors", advice: "remove the Arm requirement, or run this workload on EC2 Graviton nodes" },
  windows: { feature: "Windows containers", advice: "run this workload on EC2 Windows nodes" },
} as const;

export type FargateRefusal = keyof typeof FARGATE_REFUSES;
