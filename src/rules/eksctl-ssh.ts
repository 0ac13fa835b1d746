/**
 * eksctl-ssh: node groups whose SSH port is open to the whole internet.
 *
 * eksctl: a node group (self-managed or managed) allows SSH with `ssh.allow:
 * true`, or with a key (`publicKeyName`, `publicKeyPath`, `publicKey`) while
 * `allow` is not false (defaults.go `setSSHDefaults`). Without
 * `ssh.sourceSecurityGroupIds` and without `privateNetworking`, the security
 * group eksctl writes takes TCP 22 from 0.0.0.0/0 and ::/0
 * (pkg/cfn/builder/managed_launch_template.go `makeSSHIngressRules`). Not
 * judged: a self-managed group with `securityGroups.withLocal: false` (no group
 * of its own gets the rule) and a managed group with its own `launchTemplate`
 * (eksctl refuses `ssh.allow` there).
 *
 * CloudFormation `AWS::EKS::Nodegroup`: `RemoteAccess.Ec2SshKey` without
 * `RemoteAccess.SourceSecurityGroups` makes EKS open port 22 to 0.0.0.0/0.
 *
 * Facts and sources in src/facts/eksctl.ts ("eksctl-ssh"). A suggestion turns
 * SSH off in eksctl (`ssh.allow: false`: the key stays, the rule goes; SSM
 * Session Manager is on by default); the security groups to allow are not in
 * the file, so nothing adds them.
 */
import { createRule, type RuleContext } from "../create-rule.js";
import { EKS_REMOTE_ACCESS_OPEN_CIDR, EKSCTL_SSH_OPEN_CIDRS, SSH_KEY_MEMBERS } from "../facts/eksctl.js";
import { literalString, objectValue, present, setMember, yaml11Boolean, type Entry, type ObjectValue, type Value } from "../values/index.js";
import type { EksNodegroupDocument, NodeGroup } from "../documents/index.js";

type MessageIds = "openSsh" | "disableSsh" | "openRemoteAccess";
type Context = RuleContext<MessageIds, []>;

export default createRule<MessageIds>({
  name: "eksctl-ssh",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow node groups that open SSH (port 22) to the internet: allow it only from source security groups.",
      level: "error",
      platforms: ["eks", "eksctl"],
      covers: "eksctl's generated template",
    },
    messages: {
      openSsh:
        "{{nodeGroup}} allows SSH ({{key}}) with neither ssh.sourceSecurityGroupIds nor privateNetworking, so eksctl opens port 22 on its nodes to {{cidrs}}; list the security groups allowed to connect in ssh.sourceSecurityGroupIds, or turn SSH off and reach the nodes with SSM Session Manager.",
      disableSsh: "Set ssh.allow to false.",
      openRemoteAccess:
        "{{nodeGroup}} sets {{keyName}} without {{groupsKey}}, so EKS opens port 22 on its nodes to {{cidr}}; list the security groups allowed to connect in {{groupsKey}}, or drop {{remoteAccess}} and reach the nodes with SSM Session Manager.",
    },
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    return {
      "eksctl-cluster-config"(document) {
        for (const group of document.nodeGroups) checkNodeGroup(context, group);
      },
      "eks-nodegroup"(document) {
        checkRemoteAccess(context, document);
      },
    };
  },
});

function checkNodeGroup(context: Context, group: NodeGroup): void {
  const sshValue = present(group.object.get("ssh"));
  const ssh = objectValue(sshValue);
  if (!ssh) return;
  const site = sshAllowedAt(ssh);
  if (!site) return;
  const sources = present(ssh.get("sourceSecurityGroupIds"));
  if (sources !== undefined && (sources.kind !== "array" || sources.items.length > 0)) return;
  if (known(group.object.get("privateNetworking")) !== false) return;
  if (group.managed) {
    if (group.ownLaunchTemplate) return;
  } else {
    const securityGroups = present(group.object.get("securityGroups"));
    if (securityGroups !== undefined && (securityGroups.kind !== "object" || known(securityGroups.get("withLocal"), true) !== true)) return;
  }
  const data = { nodeGroup: group.label, key: `ssh.${"keyNode" in site ? site.key : ssh.keyName("allow")}`, cidrs: EKSCTL_SSH_OPEN_CIDRS.join(" and ") };
  context.report(site, "openSsh", data, { suggest: [{ messageId: "disableSsh", fix: setMember(ssh, "allow", false, context.source) }] });
}

/**
 * Where SSH is allowed: the `allow: true` value, or (with `allow` absent) the
 * first key set to a non-empty literal. Undefined when SSH is off or it cannot
 * be known (a placeholder `allow`, or only placeholder keys).
 */
function sshAllowedAt(ssh: ObjectValue): Value | Entry | undefined {
  const allow = present(ssh.get("allow"));
  if (allow !== undefined) return yaml11Boolean(allow) === true ? allow : undefined;
  for (const name of SSH_KEY_MEMBERS) {
    const entry = ssh.entry(name);
    const value = present(entry?.value);
    if (entry && value !== undefined && literalString(value) !== "") return literalString(value) === undefined ? undefined : entry;
  }
  // A key a YAML merge may supply.
  return undefined;
}

/** A boolean eksctl reads (YAML 1.1), `fallback` when absent, undefined when it cannot be read. */
function known(value: Value | undefined, fallback = false): boolean | undefined {
  const read = present(value);
  return read === undefined ? fallback : yaml11Boolean(read);
}

/** CloudFormation `AWS::EKS::Nodegroup`: `RemoteAccess.Ec2SshKey` without `SourceSecurityGroups` (EKS refuses RemoteAccess beside a launch template). */
function checkRemoteAccess(context: Context, document: EksNodegroupDocument): void {
  const remote = objectValue(present(document.object.get("remoteAccess")));
  if (!remote) return;
  const key = present(remote.get("ec2SshKey"));
  const name = literalString(key);
  if (key === undefined || name === undefined || name === "") return;
  const groups = present(remote.get("sourceSecurityGroups"));
  if (groups !== undefined && (groups.kind !== "array" || groups.items.length > 0)) return;
  if (present(document.object.get("launchTemplate")) !== undefined) return;
  context.report(key, "openRemoteAccess", {
    nodeGroup: document.label,
    keyName: `${document.object.keyName("remoteAccess")}.${remote.keyName("ec2SshKey")}`,
    groupsKey: `${document.object.keyName("remoteAccess")}.${remote.keyName("sourceSecurityGroups")}`,
    remoteAccess: document.object.keyName("remoteAccess"),
    cidr: EKS_REMOTE_ACCESS_OPEN_CIDR,
  });
}
