/**
 * apprunner-runtime: App Runner managed runtimes past their end of support, and
 * `run.pre-run` on a runtime that does not run it.
 *
 * - `runtime` of `apprunner.yaml` and `CodeConfigurationValues.Runtime` of a
 *   source-code service (CreateService / UpdateService input, describe-service
 *   output, `AWS::AppRunner::Service`) naming a runtime past its end of support:
 *   Python 3.7/3.8, Node.js 12–18, .NET 6, Go 1 and Ruby 3.1 (2025-12-01), PHP 8.1
 *   (2025-12-31). After that date existing services keep running and can be
 *   updated, but new services cannot be created on the runtime. The message
 *   names the supported runtime of the same language to move to; for .NET, Go,
 *   PHP and Ruby App Runner releases no newer runtime, so the way on is an image
 *   built with a supported version. `Runtime` is not judged when
 *   `ConfigurationSource` is `REPOSITORY`: App Runner then reads `apprunner.yaml`
 *   and ignores `CodeConfigurationValues`.
 * - `run.pre-run` in `apprunner.yaml` with a runtime of the original build:
 *   only the revised build (Python 3.11, Node.js 18, Node.js 22) runs it.
 *
 * Facts and sources: src/facts/apprunner.ts `MANAGED_RUNTIMES` (aws-facts §9.2,
 * https://docs.aws.amazon.com/apprunner/latest/dg/service-source-code.html).
 * Unknown runtimes (placeholders, intrinsics) and runtimes App Runner does not
 * have (valid-schema's) are not judged.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import type { AppRunnerConfigDocument, AppRunnerServiceDocument } from "../documents/index.js";
import { MANAGED_RUNTIMES, runsPreRun, runtimeNamed, type ManagedRuntime } from "../facts/apprunner.js";
import { orList } from "../text.js";
import { literalString, removeMember, replaceValue, type Edit, type Value } from "../values/index.js";

type MessageIds = "endOfSupport" | "endOfSupportNoSuccessor" | "preRunOriginalBuild" | "useRuntime" | "useRuntimeDropVersion" | "removePreRun";

/** The runtimes whose build runs `run.pre-run`, as messages list them. */
const PRE_RUN_RUNTIMES = orList(MANAGED_RUNTIMES.filter(runsPreRun).map((runtime) => runtime.name));

export default createRule<MessageIds>({
  name: "apprunner-runtime",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow App Runner runtimes past their end of support, and `pre-run` on runtimes that do not run it.",
      level: "warn",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      endOfSupport: "{{key}} {{runtime}} ({{label}}) reached its end of support on {{date}}, so new App Runner services cannot use it; move to {{successor}} ({{successorLabel}}).",
      endOfSupportNoSuccessor:
        "{{key}} {{runtime}} ({{label}}) reached its end of support on {{date}}, so new App Runner services cannot use it, and App Runner releases no newer {{language}} runtime; build a container image with a supported {{language}} version instead.",
      preRunOriginalBuild: "{{key}} runs only on runtimes of App Runner's revised build ({{revised}}); {{runtime}} uses the original build, where {{key}} must not appear.",
      useRuntime: "Change {{key}} to {{value}}.",
      useRuntimeDropVersion: "Change {{key}} to {{value}} and remove {{versionKey}}, which names a version of {{label}}.",
      removePreRun: "Remove {{key}} and run its commands in the build or in the start command.",
    },
    hasSuggestions: true,
  },
  create(context) {
    /** A runtime past its end of support, named by `value` (the yaml name or the API value). */
    function checkEndOfSupport(value: Value, runtime: ManagedRuntime, key: string, successorName: (successor: ManagedRuntime) => string, extraEdit?: { edit: Edit; versionKey: string }): void {
      if (runtime.endOfSupport === undefined) return;
      const written = literalString(value)!;
      const data = { key, runtime: written, label: runtime.label, date: runtime.endOfSupport };
      const successor = runtime.successor === undefined ? undefined : runtimeNamed(runtime.successor);
      if (successor === undefined) {
        context.report(value, "endOfSupportNoSuccessor", { ...data, language: languageOf(runtime) });
        return;
      }
      const name = successorName(successor);
      const replace = replaceValue(value, name, context.source);
      const suggest: Suggestion<MessageIds>[] = [
        extraEdit
          ? { messageId: "useRuntimeDropVersion", data: { key, value: name, versionKey: extraEdit.versionKey, label: runtime.label }, fix: [replace, extraEdit.edit] }
          : { messageId: "useRuntime", data: { key, value: name }, fix: replace },
      ];
      context.report(value, "endOfSupport", { ...data, successor: name, successorLabel: successor.label }, { suggest });
    }

    return {
      "apprunner-config"(document) {
        const runtime = document.managedRuntime;
        if (runtime === undefined) return;
        checkEndOfSupport(document.runtime!, runtime, document.root.keyName("runtime"), (successor) => successor.name, runtimeVersionRemoval(document, context.source));
        checkPreRun(document, runtime);
      },
      "apprunner-service"(document) {
        const runtime = document.managedRuntime;
        if (runtime === undefined || !usesCodeConfigurationValues(document)) return;
        const values = document.codeConfigurationValues!;
        checkEndOfSupport(document.runtime!, runtime, values.keyName("Runtime"), (successor) => successor.api);
      },
    };

    /** `run.pre-run` with a runtime of the original build. */
    function checkPreRun(document: AppRunnerConfigDocument, runtime: ManagedRuntime): void {
      const entry = document.preRunEntry;
      if (entry === undefined || document.preRun === undefined || runsPreRun(runtime)) return;
      const key = entry.key;
      const suggest: Suggestion<MessageIds>[] = [];
      const successor = runtime.successor === undefined ? undefined : runtimeNamed(runtime.successor);
      // A newer runtime of the same language whose build runs pre-run keeps the commands where they are.
      if (successor !== undefined && runsPreRun(successor)) {
        const replace = replaceValue(document.runtime!, successor.name, context.source);
        const version = runtimeVersionRemoval(document, context.source);
        suggest.push(
          version
            ? { messageId: "useRuntimeDropVersion", data: { key: document.root.keyName("runtime"), value: successor.name, versionKey: version.versionKey, label: runtime.label }, fix: [replace, version.edit] }
            : { messageId: "useRuntime", data: { key: document.root.keyName("runtime"), value: successor.name }, fix: replace },
        );
      }
      suggest.push({ messageId: "removePreRun", data: { key }, fix: removeMember(entry.object, entry, context.source) });
      context.report(entry, "preRunOriginalBuild", { key, revised: PRE_RUN_RUNTIMES, runtime: document.runtimeName! }, { suggest });
    }
  },
});

/**
 * Removing `run.runtime-version`, which pins a version of the runtime being
 * replaced (`3.8` of python3 would not be a version of python311).
 */
function runtimeVersionRemoval(document: AppRunnerConfigDocument, source: string): { edit: Edit; versionKey: string } | undefined {
  const run = document.run;
  const entry = run?.entry("runtime-version");
  if (run === undefined || entry === undefined || document.runtimeVersion === undefined) return undefined;
  return { edit: removeMember(run, entry, source), versionKey: `run.${entry.key}` };
}

/** False when App Runner reads `apprunner.yaml` instead (`ConfigurationSource: REPOSITORY`) and ignores `CodeConfigurationValues`. */
function usesCodeConfigurationValues(document: AppRunnerServiceDocument): boolean {
  return document.codeConfigurationValues !== undefined && literalString(document.configurationSource) !== "REPOSITORY";
}

/** `Go` of `Go 1`, `.NET` of `.NET 6`, `PHP` of `PHP 8.1`. */
function languageOf(runtime: ManagedRuntime): string {
  const space = runtime.label.lastIndexOf(" ");
  return space > 0 && /^[\d./]+$/.test(runtime.label.slice(space + 1)) ? runtime.label.slice(0, space) : runtime.label;
}
