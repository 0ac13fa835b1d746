/**
 * ecr-scan-on-push: repositories whose images are not scanned on push
 * (`imageScanningConfiguration.scanOnPush` absent or false), and registry
 * scanning configurations that scan nothing automatically.
 *
 * Repository-level scan on push is deprecated in favour of registry-level
 * scanning rules, but it is what a repository's template or script controls,
 * and static checks read it (CT.ECR.PR.2, checkov CKV_AWS_163, trivy
 * AVD-AWS-0030, cfn_nag W79); Security Hub ECR.1 judges the effective scan
 * frequency, which a registry rule can set too — the message says so.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html
 */
import { createRule, type RuleContext } from "../create-rule.js";
import type { RegistryScanningDocument, RepositoryDocument } from "../documents/index.js";
import { ECR_ENUMS } from "../facts/ecr-enums.js";
import { AUTOMATIC_SCAN_FREQUENCIES } from "../facts/ecr-repository-settings.js";
import { booleanValue, keyCandidates, literalString, present, replaceValue, setMember, type Edit, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "missing" | "disabled" | "describedOff" | "registryNoRules" | "registryManualOnly";

export default createRule<MessageIds>({
  name: "ecr-scan-on-push",
  meta: {
    type: "suggestion",
    docs: {
      description: "Require ECR repositories to scan images on push, and registry scanning configurations to scan something.",
      level: "warn",
      platforms: ["ecr"],
      covers: "Security Hub ECR.1, CT.ECR.PR.2, CKV_AWS_163, trivy AVD-AWS-0030, cfn_nag W79",
    },
    messages: {
      missing: "{{repository}} has no {{path}}, so its images are not scanned on push unless a registry scanning rule covers it; set it to true.",
      disabled: "{{repository}} sets {{path}} to false, so its images are not scanned on push unless a registry scanning rule covers it; set it to true.",
      describedOff:
        "{{repository}} does not scan images on push ({{path}} is {{state}}) unless a registry scanning rule covers it; add a registry scanning rule for it, or turn it on with put-image-scanning-configuration.",
      registryNoRules:
        'Registry scanning configuration has no {{key}}, so it scans no repository automatically; add a rule with {{frequency}} "SCAN_ON_PUSH" (or "CONTINUOUS_SCAN" with ENHANCED scanning) and a repository filter such as "*".',
      registryManualOnly:
        'Every rule of this registry scanning configuration has {{frequency}} "MANUAL", so it scans no repository automatically; use "SCAN_ON_PUSH" (or "CONTINUOUS_SCAN" with ENHANCED scanning).',
    },
    fixable: "code",
  },
  create(context) {
    return {
      "ecr-repository"(document) {
        checkRepository(context, document);
      },
      "ecr-registry-scanning"(document) {
        checkRegistry(context, document);
      },
    };
  },
});

function checkRepository(context: RuleContext<MessageIds, []>, document: RepositoryDocument): void {
  const object = document.object;
  const configuration = object.get("imageScanningConfiguration");
  const scanning = present(configuration);
  if (scanning !== undefined && scanning.kind !== "object") return; // unknown, or a wrong type for valid-schema
  const scanKey = scanning?.keyName("scanOnPush") ?? keyCandidates("scanOnPush", object.style)[0]!;
  const path = `${object.keyName("imageScanningConfiguration")}.${scanKey}`;
  const scanOnPush = scanning === undefined ? undefined : scanning.get("scanOnPush");
  const value = present(scanOnPush);
  // CloudFormation converts "true"/"false"; anything else unknown or a wrong type.
  const enabled = booleanValue(value);
  if (value !== undefined && enabled === undefined) return;
  if (enabled === true) return;
  const repository = document.label;

  if (document.output) {
    // Output of describe-repositories: the live repository's state. Reported, but there is nothing to fix in the file.
    const data = { repository, path, state: value === undefined ? "not set" : "false" };
    if (value) context.report(value, "describedOff", data);
    else if (scanning) context.reportMissing(scanning, "describedOff", data);
    else context.reportMissing(document.object, "describedOff", data);
    return;
  }
  if (value) {
    context.report(value, "disabled", { repository, path }, { fix: replaceValue(value, true, context.source) });
    return;
  }
  if (scanning) {
    context.reportMissing(scanning, "missing", { repository, path }, { fix: setMember(scanning, "scanOnPush", true, context.source) });
    return;
  }
  // Absent or null: write the whole configuration (a null value is replaced).
  const fix: Edit = setMember(object, "imageScanningConfiguration", { [scanKey]: true }, context.source);
  context.reportMissing(document.object, "missing", { repository, path }, { fix });
}

function checkRegistry(context: RuleContext<MessageIds, []>, document: RegistryScanningDocument): void {
  const object = document.object;
  const rules = object.get("rules");
  const frequency = keyCandidates("scanFrequency", object.style)[0]!;
  const list = present(rules);
  if (list === undefined || (list.kind === "array" && list.items.length === 0)) {
    const data = { key: object.keyName("rules"), frequency };
    const entry = object.entry("rules");
    if (entry) context.report(entry, "registryNoRules", data);
    else reportRegistryMissing(context, object, data);
    return;
  }
  if (list.kind !== "array") return;
  if (!onlyManualRules(list.items)) return;
  context.report(object.entry("rules") ?? list, "registryManualOnly", { frequency: list.objects[0]?.keyName("scanFrequency") ?? frequency });
}

/**
 * True when every rule is known and has `scanFrequency` `MANUAL`. A rule that
 * scans automatically, or one the linter cannot read (an intrinsic, a value
 * `valid-schema` reports, a missing frequency), keeps the configuration from
 * being reported. Rules with an empty `repositoryFilters` list are not judged:
 * the documentation does not say whether no filter matches no repository or
 * all of them (prowler and fakecloud read it as "all").
 */
function onlyManualRules(items: readonly Value[]): boolean {
  for (const item of items) {
    if (item.kind !== "object") return false;
    const frequency = literalString(item.get("scanFrequency"));
    if (frequency === undefined || !(ECR_ENUMS.ScanFrequency as readonly string[]).includes(frequency)) return false;
    if ((AUTOMATIC_SCAN_FREQUENCIES as readonly string[]).includes(frequency)) return false;
  }
  return true;
}



function reportRegistryMissing(context: RuleContext<MessageIds, []>, object: ObjectValue, data: Readonly<Record<string, string>>): void {
  const scanType = object.parent?.kind === "member" ? undefined : object.entry("scanType");
  if (scanType) context.report(scanType, "registryNoRules", data);
  else context.reportMissing(object, "registryNoRules", data);
}
