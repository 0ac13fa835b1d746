/**
 * ecs-log-configuration: log configurations ECS or the log driver refuse.
 *
 * - `awslogs` without `awslogs-group` or `awslogs-region` (both "Required: Yes"),
 *   or without `awslogs-stream-prefix` on Fargate ("Required: Yes, when using Fargate");
 * - `awslogs` option names no version of ECS or Docker knows: RegisterTaskDefinition
 *   answers "Log driver awslogs disallows options: …", Docker "unknown log opt";
 * - a delivery `mode` other than `blocking`/`non-blocking`;
 * - `splunk` without `splunk-token` or `splunk-url` (in `options` or `secretOptions`);
 * - a FireLens `config-file-type` other than `file` on Fargate.
 * Facts and sources: src/facts/awslogs.ts. Covers cfn-lint E3046.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import {
  AWSLOGS_GROUP,
  AWSLOGS_OPTIONS,
  AWSLOGS_REGION,
  AWSLOGS_STREAM_PREFIX,
  AWSLOGS_SUGGESTABLE_OPTIONS,
  FARGATE_FIRELENS_CONFIG_FILE_TYPES,
  FIRELENS_CONFIG_FILE_TYPE,
  LOG_MODE_OPTION,
  LOG_MODES,
  SPLUNK_REQUIRED_OPTIONS,
} from "../facts/awslogs.js";
import { closestName } from "../text.js";
import {
  hasPlaceholder,
  itemLabel,
  literalString,
  objectValue,
  present,
  renameKey,
  splitPlaceholders,
  type Entry,
  type ObjectValue,
  type Value,
} from "../values/index.js";

type MessageIds =
  | "missingAwslogsOption"
  | "missingStreamPrefix"
  | "unknownAwslogsOption"
  | "unknownAwslogsOptionNear"
  | "renameOption"
  | "invalidMode"
  | "missingSplunkOption"
  | "fargateConfigFileType";

export default createRule<MessageIds>({
  name: "ecs-log-configuration",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow log configurations that ECS or the log driver refuse: missing required options, unknown awslogs options, and FireLens settings Fargate does not support.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3046",
    },
    messages: {
      missingAwslogsOption: 'Container {{container}} uses log driver "awslogs" without option {{option}}, which ECS requires; add it.',
      missingStreamPrefix:
        'Container {{container}} uses log driver "awslogs" on Fargate without option {{option}}, which Fargate requires; add it (streams are then named prefix/container/task-id).',
      unknownAwslogsOption: 'Log option {{option}} is unknown to log driver "awslogs", so ECS refuses the task definition (and Docker the container); remove it.',
      unknownAwslogsOptionNear:
        'Log option {{option}} is unknown to log driver "awslogs", so ECS refuses the task definition (and Docker the container); rename it to {{suggestion}}.',
      renameOption: "Rename the option to {{suggestion}}.",
      invalidMode: 'Log option {{option}} is {{value}}, which no log driver accepts; use "blocking" or "non-blocking".',
      missingSplunkOption:
        'Container {{container}} uses log driver "splunk" without option {{option}}, which the driver requires; add it (a token through {{secretOptions}}).',
      fargateConfigFileType:
        'FireLens option {{option}} is {{value}}, but Fargate only reads a configuration file built into the log router\'s image; build the file into the image and set it to "file".',
    },
    hasSuggestions: true,
  },
  create(context) {
    /** Whether a log option is (or may be) given, in `options` or `secretOptions`. */
    const given = (options: ObjectValue | undefined, secretNames: ReadonlySet<string> | "unknown", name: string): boolean =>
      present(options?.getExact(name)) !== undefined || secretNames === "unknown" || secretNames.has(name);

    // The container's label (`itemLabel`) is made only when there is something to report.
    const checkAwslogs = (container: ObjectValue, fargate: boolean | "unknown", logConfiguration: ObjectValue, options: ObjectValue | undefined, secretNames: ReadonlySet<string> | "unknown"): void => {
      const site = options ?? logConfiguration;
      for (const option of AWSLOGS_REQUIRED_OPTIONS) {
        if (!given(options, secretNames, option)) context.reportMissing(site, "missingAwslogsOption", { container: itemLabel(container), option: JSON.stringify(option) });
      }
      if (fargate === true && !given(options, secretNames, AWSLOGS_STREAM_PREFIX)) {
        context.reportMissing(site, "missingStreamPrefix", { container: itemLabel(container), option: JSON.stringify(AWSLOGS_STREAM_PREFIX) });
      }
      if (!options) return;
      for (const entry of options.entries) {
        if (AWSLOGS_OPTIONS.has(entry.key) || hasPlaceholder(splitPlaceholders(entry.key))) continue;
        reportUnknownOption(options, entry);
      }
      checkMode(options);
    };

    const reportUnknownOption = (options: ObjectValue, entry: Entry): void => {
      const option = JSON.stringify(entry.key);
      const suggestion = closestOption(entry.key, (name) => options.entryExact(name) === undefined);
      if (suggestion === undefined) {
        context.report(entry, "unknownAwslogsOption", { option });
        return;
      }
      const data = { suggestion: JSON.stringify(suggestion) };
      const suggest: Suggestion<MessageIds>[] = [{ messageId: "renameOption", data, fix: renameKey(entry, suggestion, options.syntax, context.source) }];
      context.report(entry, "unknownAwslogsOptionNear", { option, ...data }, { suggest });
    };

    const checkMode = (options: ObjectValue): void => {
      const mode = options.getExact(LOG_MODE_OPTION);
      const value = literalString(mode);
      if (mode && value !== undefined && !LOG_MODES.includes(value)) context.report(mode, "invalidMode", { option: JSON.stringify(LOG_MODE_OPTION), value: JSON.stringify(value) });
    };

    return {
      "ecs-task-definition"(document) {
        for (const container of document.containers) {
          const logConfiguration = objectValue(present(container.get("logConfiguration")));
          if (logConfiguration) {
            const driver = literalString(logConfiguration.get("logDriver"));
            const optionsValue = present(logConfiguration.get("options"));
            // Options that cannot be read (an intrinsic, a placeholder) may hold anything; other types are valid-schema's.
            // Only awslogs and splunk options are checked here: other drivers need no look at secretOptions.
            if ((driver === "awslogs" || driver === "splunk") && (optionsValue === undefined || optionsValue.kind === "object")) {
              const options = optionsValue;
              const secretNames = secretOptionNames(logConfiguration.get("secretOptions"));
              if (driver === "awslogs") checkAwslogs(container, document.fargate, logConfiguration, options, secretNames);
              if (driver === "splunk") {
                for (const option of SPLUNK_REQUIRED_OPTIONS) {
                  if (given(options, secretNames, option)) continue;
                  const data = { container: itemLabel(container), option: JSON.stringify(option), secretOptions: logConfiguration.keyName("secretOptions") };
                  context.reportMissing(options ?? logConfiguration, "missingSplunkOption", data);
                }
              }
            }
          }
          if (document.fargate === true) {
            const firelensOptions = objectValue(present(objectValue(present(container.get("firelensConfiguration")))?.get("options")));
            const fileType = firelensOptions?.getExact(FIRELENS_CONFIG_FILE_TYPE);
            const text = literalString(fileType);
            if (fileType && text !== undefined && !FARGATE_FIRELENS_CONFIG_FILE_TYPES.includes(text)) {
              context.report(fileType, "fargateConfigFileType", { option: JSON.stringify(FIRELENS_CONFIG_FILE_TYPE), value: JSON.stringify(text) });
            }
          }
        }
      },
    };
  },
});

const AWSLOGS_REQUIRED_OPTIONS = [AWSLOGS_GROUP, AWSLOGS_REGION];

/** No secret options: one set for every container without them (most). */
const NO_NAMES: ReadonlySet<string> = new Set();

/** The literal names in `secretOptions`, or "unknown" when some name (or the list) cannot be read. */
function secretOptionNames(value: Value | undefined): ReadonlySet<string> | "unknown" {
  const list = present(value);
  if (list === undefined) return NO_NAMES;
  if (list.kind === "unknown") return "unknown";
  if (list.kind !== "array") return NO_NAMES;
  const names = new Set<string>();
  for (const item of list.items) {
    if (item.kind === "unknown") return "unknown";
    if (item.kind !== "object") continue;
    const name = item.get("name");
    if (name === undefined || name.kind === "null") continue;
    const text = literalString(name);
    if (text === undefined) return "unknown";
    names.add(text);
  }
  return names;
}

/**
 * The known option a misspelt one most likely means: the same name without the
 * `awslogs-` prefix (`group`), else the closest by a few edits (`closestName`).
 */
function closestOption(name: string, allowed: (candidate: string) => boolean): string | undefined {
  const candidates = AWSLOGS_SUGGESTABLE_OPTIONS.filter(allowed);
  const lower = name.trim().toLowerCase();
  return candidates.find((candidate) => candidate === `awslogs-${lower}`) ?? closestName(name, candidates);
}
