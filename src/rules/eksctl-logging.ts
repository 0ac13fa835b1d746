/**
 * eksctl-logging: EKS clusters whose control-plane logs are off (or leave out
 * `audit`), and secrets encryption configured without its KMS key — eksctl
 * `ClusterConfig` and CloudFormation `AWS::EKS::Cluster`.
 *
 * Control-plane logging: eksctl turns on the types listed in
 * `cloudWatch.clusterLogging.enableTypes` (`all` or `*` for every type), and
 * none without them; CloudFormation those in
 * `Logging.ClusterLogging.EnabledTypes[].Type`, and none without them. The
 * types required are `audit` by default (Security Hub EKS.8), or the rule's
 * `logTypes` option. A list holding anything unreadable (a placeholder, an
 * intrinsic) is not judged.
 *
 * Secrets encryption: eksctl `secretsEncryption` without `keyARN` (eksctl
 * refuses it), CloudFormation `EncryptionConfig[]` without `Provider.KeyArn`.
 * An absent section is not reported: EKS encrypts all Kubernetes API data by
 * default on Kubernetes 1.28 and later, and a customer-managed key is a choice.
 *
 * Suggestions (not fixes: logs cost money) add the missing types.
 * Facts and sources: src/facts/eksctl.ts.
 */
import { createRule, type RuleContext, type Suggestion } from "../create-rule.js";
import { ALL_CONTROL_PLANE_LOG_TYPES, CONTROL_PLANE_LOG_TYPES, DEFAULT_REQUIRED_CONTROL_PLANE_LOG_TYPES, SECRETS_ENCRYPTION_KEY_REQUIRED } from "../facts/eksctl.js";
import { appendItem, literalString, objectValue, present, replaceValue, setMember, type ArrayValue, type Edit, type JsonValue, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "noLogging" | "missingTypes" | "noKey" | "noKeyResource" | "enableTypes";
type Options = [{ logTypes?: readonly string[] }];
type Context = RuleContext<MessageIds, Options>;

/** How a format writes the log-type list: its path for messages, and one item for edits. */
interface LogFormat {
  /** Each level from the document's object down to the list, by API name. */
  readonly levels: readonly [string, string, string];
  readonly item: (type: string) => JsonValue;
  /** The type an item names; undefined when it cannot be read. */
  readonly typeOf: (item: Value) => string | undefined;
  readonly wildcards: readonly string[];
}

const EKSCTL: LogFormat = {
  levels: ["cloudWatch", "clusterLogging", "enableTypes"],
  item: (type) => type,
  typeOf: (item) => literalString(item),
  wildcards: ALL_CONTROL_PLANE_LOG_TYPES,
};

const CLOUDFORMATION: LogFormat = {
  levels: ["logging", "clusterLogging", "enabledTypes"],
  item: (type) => ({ type }),
  typeOf: (item) => literalString(objectValue(item)?.get("type")),
  wildcards: [],
};

export default createRule<MessageIds, Options>({
  name: "eksctl-logging",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require EKS clusters to send their audit control-plane logs to CloudWatch, and secrets encryption to name its KMS key.",
      level: "strict",
      platforms: ["eks", "eksctl"],
      covers: "Security Hub EKS.8; eksctl validation (secretsEncryption.keyARN)",
    },
    messages: {
      noLogging:
        "{{cluster}} turns on no control-plane log type ({{path}}), so EKS keeps no record of the requests made to its Kubernetes API, not even the audit log; turn on at least {{types}}.",
      missingTypes: "{{cluster}} sends control-plane logs to CloudWatch, but not of type {{types}} ({{path}}), so what they would record is kept nowhere; add {{types}}.",
      noKey:
        '{{cluster}} has {{section}} without {{key}}, which eksctl refuses ("{{refusal}}"); set {{key}} to the ARN of a KMS key, or remove {{section}} to keep the envelope encryption EKS applies by default from Kubernetes 1.28.',
      noKeyResource:
        "{{cluster}} has an {{section}} item (#{{index}}) without {{key}}, so it names no KMS key to encrypt with; set {{key}} to the ARN of a KMS key, or remove the item to keep the envelope encryption EKS applies by default from Kubernetes 1.28.",
      enableTypes: "Turn on {{types}} in {{path}}.",
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          logTypes: {
            type: "array",
            items: { enum: [...CONTROL_PLANE_LOG_TYPES] },
            minItems: 1,
            uniqueItems: true,
            description: 'The control-plane log types every cluster must turn on. Default: ["audit"].',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ logTypes: DEFAULT_REQUIRED_CONTROL_PLANE_LOG_TYPES }],
  },
  create(context) {
    const required = context.options[0]?.logTypes ?? DEFAULT_REQUIRED_CONTROL_PLANE_LOG_TYPES;
    return {
      "eksctl-cluster-config"(document) {
        checkLogging(context, document.root, document.label, required, EKSCTL);
        const section = present(document.root.get("secretsEncryption"));
        if (section?.kind !== "object") return;
        const key = present(section.get("keyARN"));
        const data = { cluster: document.label, section: document.root.keyName("secretsEncryption"), key: section.keyName("keyARN"), refusal: SECRETS_ENCRYPTION_KEY_REQUIRED };
        if (key === undefined) context.reportMissing(section, "noKey", data);
        else if (literalString(key) === "") context.report(key, "noKey", data);
      },
      "eks-cluster"(document) {
        const object = document.object;
        checkLogging(context, object, document.label, required, CLOUDFORMATION);
        const configs = present(object.get("encryptionConfig"));
        if (configs?.kind !== "array") return;
        configs.items.forEach((item, index) => {
          if (item.kind !== "object") return;
          const section = object.keyName("encryptionConfig");
          const provider = present(item.get("provider"));
          const data = { cluster: document.label, section, index: String(index + 1), key: `${item.keyName("provider")}.${(objectValue(provider) ?? item).keyName("keyArn")}` };
          if (provider === undefined) {
            context.reportMissing(item, "noKeyResource", data);
            return;
          }
          if (provider.kind !== "object") return;
          const key = present(provider.get("keyArn"));
          if (key === undefined) context.reportMissing(provider, "noKeyResource", data);
          else if (literalString(key) === "") context.report(key, "noKeyResource", data);
        });
      },
    };
  },
});

/**
 * Follows the levels down to the type list; reports at the first level
 * missing, at an empty list, or at a list that leaves a required type out.
 */
function checkLogging(context: Context, root: ObjectValue, cluster: string, required: readonly string[], format: LogFormat): void {
  let holder = root;
  const names: string[] = [];
  for (let depth = 0; depth < format.levels.length; depth += 1) {
    const name = format.levels[depth]!;
    names.push(holder.keyName(name));
    const value = present(holder.get(name));
    const last = depth === format.levels.length - 1;
    if (value === undefined || (last && value.kind === "array" && value.items.length === 0)) {
      const path = pathOf(names, format, holder, depth);
      const types = quoted(required);
      const fix = value === undefined ? setMember(holder, name, nested(format, depth, required), context.source) : replaceValue(value, required.map(format.item), context.source);
      const suggest: Suggestion<MessageIds>[] = [{ messageId: "enableTypes", data: { types, path }, fix }];
      if (value === undefined) context.reportMissing(holder, "noLogging", { cluster, path, types }, { suggest });
      else context.report(value, "noLogging", { cluster, path, types }, { suggest });
      return;
    }
    if (last) {
      if (value.kind === "array") checkTypes(context, value, cluster, required, format, names.join("."));
      return;
    }
    if (value.kind !== "object") return;
    holder = value;
  }
}

function checkTypes(context: Context, list: ArrayValue, cluster: string, required: readonly string[], format: LogFormat, path: string): void {
  const enabled = new Set<string>();
  for (const item of list.items) {
    const type = format.typeOf(item);
    if (type === undefined) return;
    if (format.wildcards.includes(type)) return;
    enabled.add(type);
  }
  const missing = required.filter((type) => !enabled.has(type));
  if (missing.length === 0) return;
  const types = quoted(missing);
  const fix: Edit = missing.length === 1 ? appendItem(list, format.item(missing[0]!), context.source) : replaceValue(list, [...list.items.map((item) => format.item(format.typeOf(item)!)), ...missing.map(format.item)], context.source);
  context.report(list, "missingTypes", { cluster, types, path }, { suggest: [{ messageId: "enableTypes", data: { types, path }, fix }] });
}

/** The value to write at a missing level: the levels below it, down to the list of types. */
function nested(format: LogFormat, depth: number, types: readonly string[]): JsonValue {
  let value: JsonValue = types.map(format.item);
  for (let level = format.levels.length - 1; level > depth; level -= 1) value = { [format.levels[level]!]: value };
  return value;
}

/** The full path of the list for messages, in the document's key style (`Logging.ClusterLogging.EnabledTypes`). */
function pathOf(written: readonly string[], format: LogFormat, holder: ObjectValue, depth: number): string {
  const rest = format.levels.slice(depth + 1).map((name) => holder.keyName(name));
  return [...written, ...rest].join(".");
}

function quoted(types: readonly string[]): string {
  return types.map((type) => JSON.stringify(type)).join(", ");
}
