/**
 * apprunner-health-check: App Runner services whose health check is TCP, the
 * default: `HealthCheckConfiguration` absent (RULES.md Decisions: it reports),
 * without `Protocol`, or with `Protocol: TCP`.
 *
 * Every App Runner service is an HTTP service: App Runner runs web
 * applications and sends them HTTP/1.0 and HTTP/1.1 requests
 * (https://docs.aws.amazon.com/apprunner/latest/dg/develop.html). A TCP check
 * only opens a connection to the application's port
 * (https://docs.aws.amazon.com/apprunner/latest/dg/manage-configure-healthcheck.html),
 * so an application that still listens but no longer answers — deadlocked,
 * out of workers, stuck on a dependency — stays "healthy" and keeps getting
 * traffic. An HTTP check requests a path and fails when the application does not
 * answer there.
 *
 * UpdateService input keeps the service's current check when it has no
 * `HealthCheckConfiguration`; there only an explicit `Protocol: TCP` is judged.
 * describe-service output is reported, never fixed. Unknown values (an
 * intrinsic, a placeholder, a merge key) are not judged.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import type { AppRunnerServiceDocument } from "../documents/index.js";
import { literalString, replaceValue, setMember, type Edit, type Entry, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "noHealthCheck" | "noProtocol" | "tcpHealthCheck" | "useHttp";
type Options = [{ path?: string }];

/** The path suggested when the option names none: HealthCheckConfiguration.Path's default. Source: API-AR `HealthCheckConfiguration`. */
const DEFAULT_PATH = "/";

export default createRule<MessageIds, Options>({
  name: "apprunner-health-check",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require App Runner services to use an HTTP health check rather than the default TCP one.",
      level: "warn",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      noHealthCheck:
        "{{service}} has no {{key}}, so App Runner checks its health over TCP, which passes while the port accepts connections even if the application hangs; use an HTTP health check on a path the application answers only when it works.",
      noProtocol:
        "{{service}} has a health check without {{key}}, so App Runner checks over TCP, which passes while the port accepts connections even if the application hangs; set {{key}} to HTTP with a path the application answers only when it works.",
      tcpHealthCheck:
        "{{service}} has a TCP health check, which passes while the port accepts connections even if the application hangs; set {{key}} to HTTP with a path the application answers only when it works.",
      useHttp: "Use an HTTP health check on {{path}}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          path: { type: "string", minLength: 1, pattern: "^/", description: 'The path the suggestions give a new HTTP health check. Default: "/".' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ path: DEFAULT_PATH }],
    hasSuggestions: true,
  },
  create(context) {
    const path = context.options[0]?.path ?? DEFAULT_PATH;

    function reportNoHealthCheck(document: AppRunnerServiceDocument): void {
      const object = document.object;
      const key = object.keyName("HealthCheckConfiguration");
      const data = { service: document.label, key };
      const suggest: Suggestion<MessageIds>[] = [{ messageId: "useHttp", data: { path: JSON.stringify(path) }, fix: setMember(object, "HealthCheckConfiguration", { Protocol: "HTTP", Path: path }, context.source) }];
      const written = object.entry("HealthCheckConfiguration");
      const site = written ?? serviceNameSite(document);
      if (site !== undefined) context.report(site, "noHealthCheck", data, { suggest });
      else context.reportMissing(object, "noHealthCheck", data, { suggest });
    }

    return {
      "apprunner-service"(document) {
        const written = document.object.get("HealthCheckConfiguration");
        const update = document.form === "update";
        if (written === undefined || written.kind === "null") {
          if (!update) reportNoHealthCheck(document);
          return;
        }
        const check = document.healthCheckConfiguration;
        if (check === undefined) return;
        const protocol = check.get("Protocol");
        const protocolKey = check.keyName("Protocol");
        if (protocol === undefined || protocol.kind === "null") {
          if (update) return;
          context.reportMissing(check, "noProtocol", { service: document.label, key: protocolKey }, { suggest: [useHttp(check, protocol, path, context.source)] });
          return;
        }
        if (literalString(protocol) !== "TCP") return;
        context.report(protocol, "tcpHealthCheck", { service: document.label, key: protocolKey }, { suggest: [useHttp(check, protocol, path, context.source)] });
      },
    };
  },
});

/** Where a report about a member missing from a service's root object goes: its `ServiceName` key (a CloudFormation resource's is its `Properties` key). */
function serviceNameSite(document: AppRunnerServiceDocument): Entry | undefined {
  return document.object.parent === undefined ? document.object.entryExact("ServiceName") : undefined;
}

/** `Protocol: HTTP`, and the path when the check names none. */
function useHttp(check: ObjectValue, protocol: Value | undefined, path: string, source: string): Suggestion<MessageIds> {
  const written = check.get("Path");
  const hasPath = written !== undefined && written.kind !== "null";
  const shown = hasPath ? (literalString(written) === undefined ? `its ${check.keyName("Path")}` : JSON.stringify(literalString(written))) : JSON.stringify(path);
  // An empty mapping is written whole: two insertions into `{}` would overlap.
  if (check.entries.length === 0) return { messageId: "useHttp", data: { path: shown }, fix: replaceValue(check, { Protocol: "HTTP", Path: path }, source) };
  const edits: Edit[] = [protocol === undefined || protocol.kind === "null" ? setMember(check, "Protocol", "HTTP", source) : replaceValue(protocol, "HTTP", source)];
  if (!hasPath) edits.push(setMember(check, "Path", path, source));
  return { messageId: "useHttp", data: { path: shown }, fix: edits };
}
