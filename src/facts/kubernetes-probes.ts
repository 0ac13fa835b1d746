/**
 * Kubernetes container probes: which probes a container has, and where a probe
 * names a port.
 *
 * Sources: Kubernetes API `core/v1` `Probe`, `ProbeHandler`, `HTTPGetAction`,
 * `TCPSocketAction`, `GRPCAction`
 * (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Probe):
 * `httpGet.port` and `tcpSocket.port` are IntOrString, "Number or name of the
 * port to access on the container. Number must be in the range 1 to 65535. Name
 * must be an IANA_SVC_NAME"; `grpc.port` is an int32, "Port number of the gRPC
 * service" (no names). The kubelet resolves a name against the container's own
 * `ports[].name` (`pkg/kubelet/prober/prober.go`, `findPortByName`: "couldn't
 * find port"), and a probe whose port it cannot find fails; the API server
 * accepts such a pod. kube-linter liveness-port, readiness-port, startup-port.
 * reference/peers-kubernetes.md §1.
 */

/** The probes a container may have; a readiness probe is what gates traffic and rollouts. */
export const PROBES: readonly string[] = ["readinessProbe", "livenessProbe", "startupProbe"];

/** Probe handlers whose `port` may be a port name (IntOrString). */
export const NAMED_PORT_HANDLERS: readonly string[] = ["httpGet", "tcpSocket"];

/** The probe handler whose `port` is a number only (int32). */
export const NUMERIC_PORT_HANDLER = "grpc";

/** A port given as a string of digits: the kubelet falls back to reading it as a number (`strconv.Atoi`), so it is not a name. */
export const DIGITS = /^\d+$/;
