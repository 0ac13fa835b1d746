/**
 * eks-fargate-compatibility: workloads bound to Fargate that ask for what
 * Fargate refuses, and load balancers that would reach Fargate pods by instance.
 *
 * Bound to Fargate: the pod template carries the profile label
 * (`eks.amazonaws.com/fargate-profile`) or `eks.amazonaws.com/compute-type:
 * fargate`, selects Fargate nodes (nodeSelector, or required node affinity in
 * every term), or names the `fargate-scheduler`. eksctl Fargate profiles in the
 * project index are not read yet. Refused (src/facts/eks-fargate.ts, with
 * sources): DaemonSets, privileged containers, hostNetwork, host ports,
 * hostPath and inline CSI volumes, claims backed by EBS, FSx for Lustre or
 * Mountpoint for S3, dynamically provisioned EFS, GPUs and Neuron devices, Arm
 * and Windows node requirements. Fargate's admission webhook rejects such pods
 * ("Pod not supported on Fargate") or they never start.
 * https://docs.aws.amazon.com/eks/latest/userguide/fargate.html
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { fargateBinding, kubernetesNamed, nodeRequirement, selectedWorkloads, type KubernetesObject, type RelatedDocuments, type WorkloadDocument } from "../documents/index.js";
import {
  ACCELERATOR_RESOURCES, ALB_TARGET_TYPE, ARCH_LABELS, ARM_ARCHITECTURES, EFS_DRIVER, FARGATE_REFUSES, INSTANCE_TARGET, NLB_TARGET_TYPE, OS_LABELS, UNSUPPORTED_STORAGE_DRIVERS, WINDOWS, type FargateRefusal,
} from "../facts/eks-fargate.js";
import { quantityState } from "../facts/eks-workloads.js";
import { literalString, objectItems, objectValue, path, present, replaceValue, yaml11Boolean, yaml11Number, type Entry, type ObjectValue, type Value } from "../values/index.js";

export default createRule({
  name: "eks-fargate-compatibility",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow pod settings that Fargate refuses in workloads bound to Fargate, and instance-mode load balancers in front of them.",
      level: "error",
      platforms: ["eks"],
      covers: "AWS Fargate considerations (EKS User Guide)",
    },
    messages: {
      unsupported: "{{workload}} runs on Fargate ({{binding}}), which does not support {{feature}}; {{advice}}.",
      storage: "{{workload}} runs on Fargate ({{binding}}), which cannot mount {{storage}} volumes, and claim {{claim}} gets one from {{source}}; {{advice}}.",
      instanceTarget:
        "{{resource}} registers its targets by instance, but the pods of {{workload}} run on Fargate ({{binding}}), which load balancers reach by IP only; set {{annotation}} to ip.",
      setIp: "Set {{annotation}} to ip.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        const binding = fargateBinding(document, context.related);
        if (binding === undefined) return;
        const report = (at: Value | Entry, refusal: FargateRefusal): void => context.report(at, "unsupported", { workload: document.label, binding, ...FARGATE_REFUSES[refusal] });
        if (document.objectKind === "DaemonSet") report(document.root.entryExact("kind")!, "daemonSet");
        const podSpec = document.podSpec;
        if (podSpec === undefined) return;
        for (const container of document.allContainers) {
          const privileged = present(objectValue(container.get("securityContext"))?.get("privileged"));
          if (yaml11Boolean(privileged) === true) report(privileged!, "privileged");
          for (const port of objectItems(container.get("ports"))) {
            const hostPort = present(port.get("hostPort"));
            if ((yaml11Number(hostPort) ?? 0) > 0) report(hostPort!, "hostPort");
            else if (literalString(port.get("hostIP"))) report(port.get("hostIP")!, "hostPort");
          }
          const accelerator = acceleratorOf(objectValue(container.get("resources")));
          if (accelerator) report(accelerator, "accelerator");
        }
        const hostNetwork = present(podSpec.get("hostNetwork"));
        if (yaml11Boolean(hostNetwork) === true) report(hostNetwork!, "hostNetwork");
        const reportClaim = (at: Value | Entry, claim: string, spec: ObjectValue | undefined, metadata: ObjectValue | undefined): void => {
          const found = spec && claimStorage(context.related, spec, metadata);
          if (!found) return;
          const refusal = found.storage === "dynamic EFS" ? FARGATE_REFUSES.dynamicEfs : FARGATE_REFUSES.storage;
          context.report(at, "storage", { workload: document.label, binding, storage: found.storage === "dynamic EFS" ? "dynamically provisioned EFS" : found.storage, claim, source: found.source, advice: refusal.advice });
        };
        for (const volume of document.volumes) {
          const hostPath = volume.entry("hostPath");
          if (hostPath && present(hostPath.value)) report(hostPath, "hostPath");
          const csi = volume.entry("csi");
          if (csi && present(csi.value)) report(csi, "csi");
          const claimName = path(volume, "persistentVolumeClaim", "claimName");
          const name = literalString(claimName);
          if (name !== undefined) {
            const claim = kubernetesNamed(context.related, "PersistentVolumeClaim", document.namespace, name);
            if (claim) reportClaim(claimName!, JSON.stringify(name), claim.spec, claim.metadata);
          }
          const ephemeral = volume.entry("ephemeral");
          const template = objectValue(path(ephemeral?.value, "volumeClaimTemplate"));
          if (ephemeral && template) reportClaim(ephemeral, `${JSON.stringify(literalString(volume.get("name")) ?? "")} (ephemeral)`, objectValue(template.get("spec")), objectValue(template.get("metadata")));
        }
        if (document.objectKind === "StatefulSet") {
          for (const template of objectItems(document.spec?.get("volumeClaimTemplates"))) {
            const spec = objectValue(template.get("spec"));
            const at = spec?.get("storageClassName") ?? objectValue(template.get("metadata"))?.get("name");
            if (at) reportClaim(at, `template ${JSON.stringify(literalString(path(template, "metadata", "name")) ?? "")}`, spec, objectValue(template.get("metadata")));
          }
        }
        const arch = nodeRequirement(podSpec, ARCH_LABELS);
        if (arch && arch.values.every((value) => ARM_ARCHITECTURES.has(value))) report(arch.at, "arm");
        const os = nodeRequirement(podSpec, OS_LABELS);
        if (os && os.values.every((value) => value === WINDOWS)) report(os.at, "windows");
        const osName = path(podSpec, "os", "name");
        if (literalString(osName) === WINDOWS && !os) report(osName!, "windows");
      },
      "kubernetes-service"(document) {
        const annotation = document.annotation(NLB_TARGET_TYPE);
        // The annotation matters only to a LoadBalancer Service (the controller registers nothing for others).
        if (literalString(annotation) !== INSTANCE_TARGET || !document.builtIn || literalString(document.spec?.get("type")) !== "LoadBalancer") return;
        const selector = objectValue(document.spec?.get("selector"));
        const target = selector && fargateTarget(context.related, selector, document);
        if (target) reportInstance(context, annotation!, document, target, NLB_TARGET_TYPE);
      },
      "kubernetes-ingress"(document) {
        const annotation = document.annotation(ALB_TARGET_TYPE);
        if (literalString(annotation) !== INSTANCE_TARGET || !document.builtIn) return;
        for (const name of backendServices(document.spec)) {
          const service = kubernetesNamed(context.related, "Service", document.namespace, name);
          // The Service's own target-type annotation overrides the Ingress's.
          if (service === undefined || service.annotation(ALB_TARGET_TYPE) !== undefined) continue;
          const selector = objectValue(service.spec?.get("selector"));
          const target = selector && fargateTarget(context.related, selector, service);
          if (target) return reportInstance(context, annotation!, document, target, ALB_TARGET_TYPE);
        }
      },
    };
  },
});

type Context = RuleContext<"unsupported" | "storage" | "instanceTarget" | "setIp", []>;

function reportInstance(context: Context, annotation: Value, resource: KubernetesObject, target: { workload: WorkloadDocument; binding: string }, key: string): void {
  context.report(annotation, "instanceTarget", { resource: resource.label, workload: target.workload.label, binding: target.binding, annotation: key }, {
    suggest: [{ messageId: "setIp", data: { annotation: key }, fix: replaceValue(annotation, "ip", context.source) }],
  });
}



/** A GPU or Neuron resource (its key) in the container's limits or requests. */
function acceleratorOf(resources: ObjectValue | undefined): Entry | undefined {
  for (const kind of ["limits", "requests"]) {
    const entries = objectValue(resources?.get(kind))?.entries ?? [];
    const found = entries.find((entry) => ACCELERATOR_RESOURCES.has(entry.key) && quantityState(entry.value) === "set");
    if (found) return found;
  }
  return undefined;
}

type ClaimStorage = { readonly storage: string; readonly source: string };

/**
 * What Fargate cannot mount behind a claim (its spec and metadata): the bound
 * volume (`volumeName`), else a volume of its class that it may bind, else
 * what its StorageClass provisions. Undefined when unknown or fine (static EFS).
 */
function claimStorage(related: RelatedDocuments, spec: ObjectValue, metadata: ObjectValue | undefined): ClaimStorage | undefined {
  const volumeName = present(spec.get("volumeName"));
  if (volumeName !== undefined) {
    const name = literalString(volumeName);
    const volume = name === undefined ? undefined : kubernetesNamed(related, "PersistentVolume", undefined, name);
    return volume && volumeStorage(volume);
  }
  const className = literalString(spec.get("storageClassName") ?? objectValue(metadata?.get("annotations"))?.getExact("volume.beta.kubernetes.io/storage-class"));
  if (!className) return undefined;
  // A claim binds an available volume of its class before a new one is provisioned.
  const volumes = related.kubernetes("PersistentVolume").filter((volume) => literalString(volume.spec?.get("storageClassName")) === className);
  if (volumes.length > 0) {
    const kinds = volumes.map(volumeStorage);
    return kinds.every((kind) => kind !== undefined && kind.storage === kinds[0]!.storage) ? kinds[0] : undefined;
  }
  const storageClass = kubernetesNamed(related, "StorageClass", undefined, className);
  const provisioner = literalString(storageClass?.root.get("provisioner"));
  if (storageClass === undefined || provisioner === undefined) return undefined;
  const storage = UNSUPPORTED_STORAGE_DRIVERS[provisioner];
  if (storage) return { storage, source: storageClass.label };
  if (provisioner === EFS_DRIVER && present(path(storageClass.root, "parameters", "provisioningMode")) !== undefined) return { storage: "dynamic EFS", source: storageClass.label };
  return undefined;
}

function volumeStorage(volume: KubernetesObject): ClaimStorage | undefined {
  const driver = literalString(path(volume.spec, "csi", "driver"));
  const storage = driver === undefined ? undefined : UNSUPPORTED_STORAGE_DRIVERS[driver];
  if (storage) return { storage, source: volume.label };
  return present(volume.spec?.get("awsElasticBlockStore")) === undefined ? undefined : { storage: "EBS", source: volume.label };
}

/** The first workload a Service selector selects that is bound to Fargate. */
function fargateTarget(related: RelatedDocuments, selector: ObjectValue, service: KubernetesObject): { workload: WorkloadDocument; binding: string } | undefined {
  for (const workload of selectedWorkloads(related, selector, service, true)) {
    const binding = fargateBinding(workload, related);
    if (binding) return { workload, binding };
  }
  return undefined;
}

/** The Service names an Ingress routes to (networking.k8s.io/v1, and the v1beta1 `serviceName`). */
function backendServices(spec: ObjectValue | undefined): readonly string[] {
  const backends: Value[] = [];
  for (const holder of [spec?.get("defaultBackend"), spec?.get("backend")]) if (holder) backends.push(holder);
  for (const rule of objectItems(spec?.get("rules"))) {
    for (const item of objectItems(path(rule, "http", "paths"))) {
      const backend = item.get("backend");
      if (backend) backends.push(backend);
    }
  }
  const names = new Set<string>();
  for (const backend of backends) {
    const name = literalString(path(backend, "service", "name")) ?? literalString(path(backend, "serviceName"));
    if (name !== undefined) names.add(name);
  }
  return [...names];
}
