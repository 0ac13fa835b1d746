/**
 * health-check: long-running containers without a health check.
 *
 * ECS: every essential container (an omitted `essential` means true) without
 * `healthCheck`. Without one, ECS only sees whether the process runs: a hung
 * container stays RUNNING, is never replaced, and `dependsOn … HEALTHY` cannot
 * wait for it. Covers kics "ECS Task Definition HealthCheck Missing".
 * What runs the task definition decides (RULES.md, Decisions; the same file or
 * the project index): one-shot work only — run-task input, EventBridge and
 * Scheduler targets — is exempt (the task runs once and exits); a container a
 * service registers with a load balancer is replaced by ECS when the target
 * group's health check fails, so there the message says so and only advises a
 * container check for what the load balancer does not probe. Nothing seen: as
 * a service, and the message says what a service does (a standalone task keeps
 * running whatever its health: "If a task is run manually, and not as part of a
 * service, the task will continue its lifecycle regardless of its health
 * status", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html).
 * A container that runs once and exits (`ping -c 4`, `sh -c "echo hello"`:
 * `runsToCompletion`, read by the document from src/facts/one-shot-commands.ts)
 * has no hang to catch, whatever runs the task: not reported, so a task whose
 * essential containers all do is one-shot work and gets no report.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-healthcheck.html
 * In a CloudFormation resource, `Essential: "true"`/`"false"` are the booleans
 * CloudFormation converts them to (`document.essential` reads them so).
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html
 *
 * Kubernetes (RULES.md decisions): every container (not init containers) of a
 * Deployment, StatefulSet, DaemonSet, ReplicaSet or ReplicationController needs
 * a `readinessProbe`; Pods, Jobs and CronJobs are exempt, and fragments (a patch
 * may leave the probe to the base, and so may an `apps/v1` workload without a
 * selector, which the API would refuse whole) are not judged for it. Without one, a pod is
 * ready as soon as its containers start: Services and load balancer targets (IP
 * mode, readiness gates) get traffic before it can serve, and rollouts do not
 * wait. Polaris readinessProbeMissing, checkov CKV_K8S_9.
 * https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/
 *
 * Also, in every container of any workload (fragments included: the value is
 * there), a probe whose `httpGet`/`tcpSocket` port is a name that no entry of
 * the container's `ports` has: the kubelet cannot resolve it and the probe
 * always fails; and a `grpc` port given as a name (gRPC probes take a number).
 * kube-linter readiness-port, liveness-port, startup-port. Facts:
 * src/facts/kubernetes-probes.ts.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { DIGITS, NAMED_PORT_HANDLERS, NUMERIC_PORT_HANDLER, PROBES } from "../facts/kubernetes-probes.js";
import { closestName } from "../text.js";
import type { ServiceDocument } from "../documents/index.js";
import type { TaskDefinitionUse } from "../documents/related.js";
import { isMissing, itemLabel, literalString, objectValue, present, replaceValue, yaml11Number, type ObjectValue, type StringValue } from "../values/index.js";

type MessageId = "missing" | "missingBehindLoadBalancer" | "readinessMissing" | "probePort" | "grpcPortName" | "useName" | "useNumber";

type Context = RuleContext<MessageId, []>;

export default createRule<MessageId>({
  name: "health-check",
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Require a health check on every long-running container (ECS essential containers, Kubernetes Deployment, StatefulSet and DaemonSet containers), and probe ports that exist.",
      level: "warn",
      platforms: ["ecs", "eks"],
      covers: "kics ECS Task Definition HealthCheck Missing, Polaris readinessProbeMissing, checkov CKV_K8S_9, kube-linter readiness-port/liveness-port/startup-port",
    },
    messages: {
      missing:
        "Essential container {{container}} has no {{key}}, so ECS only sees whether its process runs, and a service keeps its task running when it hangs instead of replacing it; add a health check command.",
      missingBehindLoadBalancer:
        "Essential container {{container}} has no {{key}}; {{service}} registers it with a load balancer, so ECS replaces its task when the target group's health check fails, but a container health check also catches a hang the load balancer does not probe and lets dependsOn wait for HEALTHY; consider adding a health check command.",
      readinessMissing:
        "Container {{container}} of {{workload}} has no readinessProbe, so its pod counts as ready as soon as it starts: Services and load balancers send it traffic before it can serve, and rollouts do not wait for it; add a readinessProbe.",
      probePort:
        "The {{probe}} of container {{container}} checks port {{port}}, but no entry of the container's ports has that name, so the kubelet cannot find the port and the probe always fails; name the port in ports or give its number.",
      grpcPortName: "The {{probe}} of container {{container}} gives its gRPC port as the name {{port}}, but gRPC probes take a port number; give the number.",
      useName: "Use port name {{name}}.",
      useNumber: "Use port number {{number}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "ecs-task-definition"(document) {
        let uses: readonly TaskDefinitionUse[] | undefined;
        for (const container of document.containers) {
          if (document.essential(container) !== true || !isMissing(container.get("healthCheck"))) continue;
          // It runs once and exits (ping -c 4, echo): no hang to catch, whatever runs the task.
          if (document.runsToCompletion(container)) continue;
          uses ??= context.related.taskDefinitionUses(document);
          // Run only as one-shot work (run-task, EventBridge, Scheduler): the task runs once and exits.
          if (uses.length > 0 && uses.every((use) => use.kind === "one-shot")) return;
          const data = { container: itemLabel(container), key: container.keyName("healthCheck") };
          const balancer = loadBalancingService(uses, literalString(container.get("name")));
          if (balancer) context.reportMissing(container, "missingBehindLoadBalancer", { ...data, service: balancer.label });
          else context.reportMissing(container, "missing", data);
        }
      },
      "kubernetes-workload"(document) {
        if (!document.builtIn) return;
        if (document.longRunning && !document.fragment) {
          for (const container of document.containers) {
            if (isMissing(container.get("readinessProbe"))) context.reportMissing(container, "readinessMissing", { container: itemLabel(container), workload: document.label });
          }
        }
        for (const container of document.allContainers) checkProbePorts(context, container);
      },
    };
  },
});

/** The first service that registers the container with a load balancer (any, when the service's container names cannot be read). */
function loadBalancingService(uses: readonly TaskDefinitionUse[], container: string | undefined): ServiceDocument | undefined {
  for (const use of uses) {
    if (use.kind !== "service") continue;
    const names = use.loadBalancedContainers;
    if (names === "unknown" || (container !== undefined && names.has(container))) return use.service;
  }
  return undefined;
}

/** The named ports of a container's probes, against the names of its `ports`. */
function checkProbePorts(context: Context, container: ObjectValue): void {
  for (const probeName of PROBES) {
    const probe = objectValue(container.get(probeName));
    if (probe === undefined) continue;
    for (const handler of NAMED_PORT_HANDLERS) {
      const port = namedPort(probe, handler);
      if (port === undefined) continue;
      const names = portNames(container);
      if (names === undefined || names.has(port.literal!)) continue;
      const suggest: Suggestion<MessageId>[] = [];
      const closest = closestName(port.literal!, names.keys());
      if (closest !== undefined) suggest.push({ messageId: "useName", data: { name: JSON.stringify(closest) }, fix: replaceValue(port, closest, context.source) });
      // A container with one port: the probe most likely means it.
      const only = onlyPortNumber(container);
      if (only !== undefined) suggest.push({ messageId: "useNumber", data: { number: only }, fix: replaceValue(port, only, context.source) });
      context.report(port, "probePort", { probe: probeName, container: itemLabel(container), port: JSON.stringify(port.literal) }, { suggest });
    }
    const grpc = namedPort(probe, NUMERIC_PORT_HANDLER);
    if (grpc === undefined) continue;
    // The named port's number, when the container names it: the value the probe means.
    const number = portNames(container)?.get(grpc.literal!);
    const suggest: Suggestion<MessageId>[] = number === undefined ? [] : [{ messageId: "useNumber", data: { number }, fix: replaceValue(grpc, number, context.source) }];
    context.report(grpc, "grpcPortName", { probe: probeName, container: itemLabel(container), port: JSON.stringify(grpc.literal) }, { suggest });
  }
}

/** A handler's `port` when it is a literal name (not digits). */
function namedPort(probe: ObjectValue, handler: string): StringValue | undefined {
  const port = objectValue(probe.get(handler))?.get("port");
  const name = literalString(port);
  return name === undefined || name === "" || DIGITS.test(name) ? undefined : (port as StringValue);
}

/**
 * The container's port names, each with its `containerPort` when that is a
 * literal number (else undefined); undefined when the ports cannot all be read
 * (a merge key, a placeholder, an item whose name is not literal).
 */
function portNames(container: ObjectValue): Map<string, number | undefined> | undefined {
  if (container.hasMerge) return undefined;
  const ports = present(container.get("ports"));
  const names = new Map<string, number | undefined>();
  if (ports === undefined) return names;
  if (ports.kind !== "array") return undefined;
  for (const item of ports.items) {
    if (item.kind !== "object" || item.hasMerge) return undefined;
    const nameValue = present(item.get("name"));
    if (nameValue === undefined) continue;
    const name = literalString(nameValue);
    if (name === undefined) return undefined;
    names.set(name, yaml11Number(present(item.get("containerPort"))));
  }
  return names;
}

/** The `containerPort` of a container's only port, when it is a literal number. */
function onlyPortNumber(container: ObjectValue): number | undefined {
  const ports = present(container.get("ports"));
  if (ports?.kind !== "array" || ports.items.length !== 1 || ports.objects.length !== 1) return undefined;
  return yaml11Number(present(ports.objects[0]!.get("containerPort")));
}
