/**
 * eksctl-fargate-profiles: Fargate profiles that eksctl or EKS refuse, or that
 * can run no pod — eksctl `fargateProfiles[]` and CloudFormation
 * `AWS::EKS::FargateProfile`:
 *
 * - a name starting with "eks-", the prefix AWS reserves (eksctl: "name should
 *   NOT start with "eks-"");
 * - an empty name (eksctl: "empty name"; CloudFormation names a profile without
 *   `FargateProfileName` itself, so there only the prefix is judged);
 * - no selectors, absent or an empty list (eksctl: "no profile selector";
 *   CloudFormation requires `Selectors`): the profile selects no pod;
 * - a selector without a namespace, absent or "" (eksctl: "empty namespace";
 *   CloudFormation requires `Namespace`, minimum length 1);
 * - more than five selectors, AWS's limit (reported at the sixth).
 *
 * Unknown values (`${X}` placeholders, CloudFormation intrinsics, YAML merge
 * keys) are not judged; a name whose literal start is "eks-" (`eks-${ENV}`) is.
 * Facts and sources: src/facts/eksctl.ts.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { MAX_FARGATE_PROFILE_SELECTORS, RESERVED_FARGATE_PROFILE_PREFIX } from "../facts/eksctl.js";
import { objectItems, present, type ObjectValue, type Value } from "../values/index.js";

type MessageIds = "reservedName" | "emptyName" | "noSelectors" | "noSelectorsResource" | "noNamespace" | "tooManySelectors";

export default createRule<MessageIds>({
  name: "eksctl-fargate-profiles",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow Fargate profiles that eksctl or EKS refuse: reserved or empty names, no selectors, selectors without a namespace, more than five selectors.",
      level: "error",
      platforms: ["eks", "eksctl"],
      covers: "eksctl validation",
    },
    messages: {
      reservedName: '{{profile}} has a name starting with "{{prefix}}", a prefix AWS reserves for its own Fargate profiles; choose a name that does not start with "{{prefix}}".',
      emptyName: "{{profile}} has no {{key}}, which eksctl refuses (\"empty name\"); give the profile a name.",
      noSelectors: "{{profile}} has no {{key}}, so no pod would ever run on it and eksctl refuses it (\"no profile selector\"); add a selector with the namespace of the pods to run on Fargate.",
      noSelectorsResource: "{{profile}} has no {{key}}, which CloudFormation requires, and no pod would ever run on it; add a selector with the namespace of the pods to run on Fargate.",
      noNamespace: "Selector #{{index}} of {{profile}} has no {{key}}, which EKS requires in every selector (eksctl refuses it: \"empty namespace\"); set the namespace of the pods it should select.",
      tooManySelectors: "{{profile}} has {{count}} selectors, more than the {{max}} EKS accepts in one profile; move the selectors from the sixth on to another profile.",
    },
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        const list = document.root.get("fargateProfiles");
        if (list?.kind !== "array") return;
        list.items.forEach((item, index) => {
          if (item.kind !== "object") return;
          const name = present(item.get("name"));
          const label = name?.kind === "string" && name.literal !== undefined && name.literal !== "" ? `Fargate profile ${JSON.stringify(name.literal)}` : `fargateProfiles[${index}]`;
          if (name === undefined) context.reportMissing(item, "emptyName", { profile: label, key: item.keyName("name") });
          else if (name.kind === "string" && name.literal === "") context.report(name, "emptyName", { profile: label, key: item.keyName("name") });
          else checkName(context, name, label);
          checkSelectors(context, item, label, "noSelectors");
        });
      },
      "eks-fargate-profile"(document) {
        const object = document.object;
        const label = document.profile.label;
        const name = present(object.get("fargateProfileName"));
        if (name !== undefined) checkName(context, name, label);
        checkSelectors(context, object, label, "noSelectorsResource");
      },
    };
  },
});

/** A name whose literal start is the reserved prefix (`eks-batch`, `eks-${ENV}`). */
function checkName(context: RuleContext<MessageIds, []>, name: Value, profile: string): void {
  if (name.kind !== "string") return;
  const first = name.parts[0];
  if (first?.kind !== "text") return;
  // A placeholder right after a shorter literal start (`ek${X}`) may complete the prefix or not.
  if (first.text.startsWith(RESERVED_FARGATE_PROFILE_PREFIX)) context.report(name, "reservedName", { profile, prefix: RESERVED_FARGATE_PROFILE_PREFIX });
}

function checkSelectors(context: RuleContext<MessageIds, []>, profile: ObjectValue, label: string, none: "noSelectors" | "noSelectorsResource"): void {
  const key = profile.keyName("selectors");
  const selectors = present(profile.get("selectors"));
  if (selectors === undefined) {
    context.reportMissing(profile, none, { profile: label, key });
    return;
  }
  if (selectors.kind !== "array") return;
  if (selectors.items.length === 0) {
    context.report(selectors, none, { profile: label, key });
    return;
  }
  selectors.items.forEach((selector, index) => {
    if (selector.kind !== "object") return;
    const namespace = present(selector.get("namespace"));
    const data = { index: String(index + 1), profile: label, key: selector.keyName("namespace") };
    if (namespace === undefined) context.reportMissing(selector, "noNamespace", data);
    else if (namespace.kind === "string" && namespace.literal === "") context.report(namespace, "noNamespace", data);
  });
  const objects = objectItems(selectors);
  // Only object items count: an intrinsic item (`!If [Cond, {…}, !Ref AWS::NoValue]`) may vanish.
  if (objects.length > MAX_FARGATE_PROFILE_SELECTORS) {
    context.report(objects[MAX_FARGATE_PROFILE_SELECTORS]!, "tooManySelectors", { profile: label, count: String(objects.length), max: String(MAX_FARGATE_PROFILE_SELECTORS) });
  }
}
