/**
 * apprunner-vpc-egress: an App Runner service's outgoing traffic settings
 * (`NetworkConfiguration.EgressConfiguration`) that do not fit together:
 *
 * - `EgressType: VPC` without `VpcConnectorArn`: App Runner sends outgoing
 *   traffic into a VPC through a VPC connector ("Set to VPC to associate your
 *   service to a custom VPC specified by VpcConnectorArn");
 * - a `VpcConnectorArn` with `EgressType: DEFAULT`, or with no `EgressType`
 *   (DEFAULT is what App Runner does without one — public egress — and
 *   CloudFormation requires the member): the connector is "only valid when
 *   EgressType = VPC", so the service would not reach the VPC.
 *
 * Source: API-AR `EgressConfiguration`
 * (https://docs.aws.amazon.com/apprunner/latest/api/API_EgressConfiguration.html);
 * CloudFormation's schema requires `EgressType` (cfn-lint's copy,
 * `aws-apprunner-service.json`). Every form is judged (UpdateService input
 * that names an egress configuration replaces it); describe-service output is
 * reported, never fixed. Unknown values are not judged: a connector given by
 * an intrinsic other than `Ref`/`Fn::GetAtt` (`!If` may remove it) beside
 * DEFAULT, an unknown type.
 */
import { createRule, type Suggestion } from "../create-rule.js";
import { literalString, removeMember, replaceValue, setMember, type Value } from "../values/index.js";

type MessageIds = "vpcWithoutConnector" | "connectorWithDefault" | "connectorWithoutType" | "setEgressType" | "removeConnector";

export default createRule<MessageIds>({
  name: "apprunner-vpc-egress",
  meta: {
    type: "problem",
    docs: {
      description: "Require `EgressType: VPC` and a `VpcConnectorArn` together in App Runner services.",
      level: "error",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      vpcWithoutConnector:
        "{{service}} has {{typeKey}} VPC but no {{connectorKey}}; App Runner sends outgoing traffic into a VPC only through a VPC connector, so name one (or set {{typeKey}} to DEFAULT for egress to the internet).",
      connectorWithDefault:
        "{{service}} names a VPC connector with {{typeKey}} DEFAULT, but {{connectorKey}} is only valid with VPC, so the service would not reach the VPC; set {{typeKey}} to VPC, or remove {{connectorKey}}.",
      connectorWithoutType:
        "{{service}} names a VPC connector without {{typeKey}}, which means DEFAULT (egress to the internet), but {{connectorKey}} is only valid with VPC; set {{typeKey}} to VPC.",
      setEgressType: "Set {{key}} to {{value}}.",
      removeConnector: "Remove {{key}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      "apprunner-service"(document) {
        const egress = document.egressConfiguration;
        if (egress === undefined) return;
        const typeValue = egress.get("EgressType");
        const connectorEntry = egress.entry("VpcConnectorArn");
        const connector = egress.get("VpcConnectorArn");
        const typeKey = egress.keyName("EgressType");
        const connectorKey = egress.keyName("VpcConnectorArn");
        const data = { service: document.label, typeKey, connectorKey };
        const type = literalString(typeValue);

        if (type === "VPC") {
          if (!isAbsent(connector)) return;
          const suggest: Suggestion<MessageIds>[] = [{ messageId: "setEgressType", data: { key: typeKey, value: "DEFAULT" }, fix: replaceValue(typeValue!, "DEFAULT", context.source) }];
          context.report(typeValue!, "vpcWithoutConnector", data, { suggest });
          return;
        }
        // A connector is judged beside DEFAULT only when it is surely there (an `!If` may be `AWS::NoValue`).
        if (!isWritten(connector)) return;
        const toVpc = (at: Value | undefined): Suggestion<MessageIds> => ({
          messageId: "setEgressType",
          data: { key: typeKey, value: "VPC" },
          fix: at === undefined ? setMember(egress, "EgressType", "VPC", context.source) : replaceValue(at, "VPC", context.source),
        });
        if (type === "DEFAULT") {
          const suggest: Suggestion<MessageIds>[] = [toVpc(typeValue)];
          if (connectorEntry !== undefined) suggest.push({ messageId: "removeConnector", data: { key: connectorKey }, fix: removeMember(egress, connectorEntry, context.source) });
          context.report(typeValue!, "connectorWithDefault", data, { suggest });
          return;
        }
        if (typeValue === undefined || typeValue.kind === "null") context.reportMissing(egress, "connectorWithoutType", data, { suggest: [toVpc(typeValue?.kind === "null" ? typeValue : undefined)] });
      },
    };
  },
});

/** Absent, null or empty: no connector. A placeholder or an intrinsic is one. */
function isAbsent(value: Value | undefined): boolean {
  if (value === undefined || value.kind === "null") return true;
  return value.kind === "string" && value.value.trim() === "";
}

/**
 * A connector that is there: text (literal or templated), a placeholder, or a
 * `Ref`/`Fn::GetAtt` of a resource or parameter (`!Ref AWS::NoValue` reads as
 * null). Not another intrinsic (`!If` may resolve to nothing) nor a merge key.
 */
function isWritten(value: Value | undefined): boolean {
  if (value?.kind === "unknown") return value.reason === "placeholder" || value.refersTo !== undefined;
  return value?.kind === "string" && value.value.trim() !== "";
}
