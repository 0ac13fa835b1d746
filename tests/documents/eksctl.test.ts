/**
 * The eksctl and EKS document layer: ClusterConfig recognition and its
 * sections, the CloudFormation EKS resources, Fargate profile matching as EKS
 * does it (namespace and label patterns with `*` and `?`), the pod roles an
 * eksctl file or template declares, and the lookups the Kubernetes rules use.
 */
import { describe, expect, it } from "vitest";
import { documentsOf, fargateBinding, profileSelects, type AnyDocument, type ClusterConfigDocument, type EksFargateProfileDocument, type WorkloadDocument } from "../../src/documents/index.js";
import { DocumentSet, relatedDocuments } from "../../src/documents/related.js";
import { jsonParser, yamlParser } from "../../src/parsers/index.js";

function documents(text: string, syntax: "json" | "yaml" = "yaml"): readonly AnyDocument[] {
  const parser = syntax === "json" ? jsonParser : yamlParser;
  return documentsOf(parser.parseForESLint(text).ast, text, "");
}

function config(text: string, syntax: "json" | "yaml" = "yaml"): ClusterConfigDocument {
  const found = documents(text, syntax);
  expect(found.map((document) => document.kind)).toEqual(["eksctl-cluster-config"]);
  return found[0] as ClusterConfigDocument;
}

const CONFIG = `
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: prod, region: eu-west-1 }
iam:
  withOIDC: yes
  serviceAccounts:
    - metadata: { name: s3-reader }
      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]
    - metadata: { name: dns, namespace: kube-system }
      wellKnownPolicies: { externalDNS: true }
  podIdentityAssociations:
    - { namespace: dev, serviceAccountName: cache, roleARN: "arn:aws:iam::111122223333:role/cache" }
addons:
  - name: eks-pod-identity-agent
  - name: vpc-cni
    podIdentityAssociations:
      - { namespace: kube-system, serviceAccountName: aws-node, permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy] }
nodeGroups:
  - name: ng-1
  - { instanceType: m5.large }
managedNodeGroups:
  - name: mng-1
fargateProfiles:
  - name: fp-default
    selectors:
      - namespace: default
      - namespace: dev-*
        labels: { tier: "back?nd" }
`;

describe("ClusterConfig", () => {
  it("is recognized in YAML and JSON, and is not a Kubernetes object", () => {
    const yaml = config(CONFIG);
    expect([yaml.name, yaml.label, yaml.form, yaml.apiVersion]).toEqual(["prod", 'ClusterConfig "prod"', "config", "eksctl.io/v1alpha5"]);
    const json = config(`{"apiVersion": "eksctl.io/v1alpha5", "kind": "ClusterConfig", "metadata": {"name": "j"}}`, "json");
    expect(json.name).toBe("j");
  });

  it("is not recognized when templated, of another kind, or another group", () => {
    expect(documents(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: {{ .Values.name }}\n`)).toEqual([]);
    expect(documents(`apiVersion: eksctl.io/v1alpha5\nkind: Other\n`)).toEqual([]);
    expect(documents(`apiVersion: example.com/v1\nkind: ClusterConfig\n`).map((document) => document.kind)).toEqual(["kubernetes-object"]);
  });

  it("reads withOIDC as eksctl does (YAML 1.1; absent is false; unknown is undefined)", () => {
    expect(config(CONFIG).withOIDC).toBe(true);
    expect(config(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n`).withOIDC).toBe(false);
    expect(config(`apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\niam: { withOIDC: "\${OIDC}" }\n`).withOIDC).toBeUndefined();
  });

  it("lists self-managed and managed node groups with labels for messages", () => {
    expect(config(CONFIG).nodeGroups.map((group) => [group.managed, group.name, group.label])).toEqual([
      [false, "ng-1", 'Node group "ng-1"'],
      [false, undefined, "nodeGroups[1]"],
      [true, "mng-1", 'Managed node group "mng-1"'],
    ]);
  });

  it("gives the pod roles of iam.serviceAccounts (namespace default) and Pod Identity associations, addons' included", () => {
    expect(config(CONFIG).podRoles.map((role) => [role.how, role.namespace, role.serviceAccount, role.cluster])).toEqual([
      ["iam.serviceAccounts", "default", "s3-reader", "prod"],
      ["iam.serviceAccounts", "kube-system", "dns", "prod"],
      ["Pod Identity association", "dev", "cache", "prod"],
      ["Pod Identity association", "kube-system", "aws-node", "prod"],
    ]);
    expect(config(CONFIG).addon("vpc-cni")).toBeDefined();
  });

  it("reads Fargate profiles and matches selectors with wildcards", () => {
    const [profile] = config(CONFIG).fargateProfiles;
    expect([profile!.name, profile!.label, profile!.cluster, profile!.selectors.length]).toEqual(["fp-default", 'Fargate profile "fp-default"', "prod", 2]);
    expect(profileSelects(profile!, "default", new Map())).toBe(true);
    expect(profileSelects(profile!, "dev-eu", new Map([["tier", "backend"]]))).toBe(true);
    expect(profileSelects(profile!, "dev-eu", new Map([["tier", "frontend"]]))).toBe(false);
    expect(profileSelects(profile!, "prod", new Map())).toBe(false);
    // A namespace left to apply time: unknown, unless the selector takes every namespace.
    expect(profileSelects(profile!, undefined, new Map())).toBe("unknown");
    expect(profileSelects(profile!, "dev-eu", "unknown")).toBe("unknown");
  });
});

describe("CloudFormation EKS resources", () => {
  const TEMPLATE = `
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties: { Name: prod, RoleArn: !GetAtt Role.Arn, ResourcesVpcConfig: { SubnetIds: [subnet-1] } }
  Nodes:
    Type: AWS::EKS::Nodegroup
    Properties: { ClusterName: !Ref Cluster, NodeRole: arn:aws:iam::111122223333:role/n, Subnets: [subnet-1], CapacityType: SPOT }
  Profile:
    Type: AWS::EKS::FargateProfile
    Properties:
      ClusterName: !Ref Cluster
      PodExecutionRoleArn: arn:aws:iam::111122223333:role/p
      Selectors:
        - Namespace: batch
          Labels: [{ Key: fargate, Value: "yes" }]
  Association:
    Type: AWS::EKS::PodIdentityAssociation
    Properties: { ClusterName: prod, Namespace: dev, ServiceAccount: cache, RoleArn: arn:aws:iam::111122223333:role/c }
`;

  it("become documents of their kinds", () => {
    expect(documents(TEMPLATE).map((document) => document.kind)).toEqual(["eks-cluster", "eks-nodegroup", "eks-fargate-profile", "eks-pod-identity-association"]);
  });

  it("read a Fargate profile's Key/Value labels and its cluster reference", () => {
    const profile = (documents(TEMPLATE).find((document) => document.kind === "eks-fargate-profile") as EksFargateProfileDocument).profile;
    expect([profile.label, profile.cluster, profile.source]).toEqual(['Fargate profile "Profile"', "Cluster", "cloudformation"]);
    expect(profileSelects(profile, "batch", new Map([["fargate", "yes"]]))).toBe(true);
    expect(profileSelects(profile, "batch", new Map())).toBe(false);
  });
});

describe("lookups for the Kubernetes rules", () => {
  const WORKLOAD = (namespace: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: ${namespace} }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "nginx:1.27" }]
`;

  function workload(namespace: string): WorkloadDocument {
    return documents(WORKLOAD(namespace))[0] as WorkloadDocument;
  }

  it("binds a workload to Fargate through an indexed profile, and not without one", () => {
    const project = new DocumentSet(documents(CONFIG), false);
    const related = relatedDocuments(new DocumentSet([]), project);
    expect(fargateBinding(workload("default"), related)).toBe('Fargate profile "fp-default" of cluster "prod"');
    expect(fargateBinding(workload("prod"), related)).toBeUndefined();
    expect(fargateBinding(workload("default"))).toBeUndefined();
    expect(fargateBinding(workload("default"), new DocumentSet([]))).toBeUndefined();
  });

  it("binds only when every cluster seen has a profile that selects the pods", () => {
    const other = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: staging }\nfargateProfiles:\n  - name: fp\n    selectors: [{ namespace: batch }]\n`;
    const project = new DocumentSet([...documents(CONFIG), ...documents(other)], false);
    expect(fargateBinding(workload("default"), project)).toBeUndefined();
    const both = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: { name: staging }\nfargateProfiles:\n  - name: fp\n    selectors: [{ namespace: "*" }]\n`;
    expect(fargateBinding(workload("default"), new DocumentSet([...documents(CONFIG), ...documents(both)], false))).toBe('Fargate profile "fp-default" of cluster "prod"');
  });

  it("collects pod roles from eksctl files and templates, this file's and the project's", () => {
    const here = new DocumentSet(documents(CONFIG));
    const there = new DocumentSet(documents(`Resources:\n  A:\n    Type: AWS::EKS::PodIdentityAssociation\n    Properties: { ClusterName: prod, Namespace: web, ServiceAccount: api, RoleArn: arn:aws:iam::111122223333:role/a }\n`), false);
    expect(relatedDocuments(here, there).podRoles().map((role) => role.serviceAccount)).toEqual(["s3-reader", "dns", "cache", "aws-node", "api"]);
  });
});
