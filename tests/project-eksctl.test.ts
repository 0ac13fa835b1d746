/**
 * Pods judged against the cluster they run on (issue: eksctl ClusterConfig):
 * tests/fixtures/project-eksctl holds an eksctl config (cluster/shop.yaml) and
 * manifests in other files. Linted as a user would — the ESLint class, the
 * `eks` config, the project index naming the cluster file — the Fargate
 * profiles decide which pods `eks-fargate-compatibility` judges and the Pod
 * Identity association satisfies `eks-service-account-role`; without the
 * index, both fall back to what the manifests alone say.
 */
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

const fixture = fileURLToPath(new URL("./fixtures/project-eksctl/", import.meta.url));
const RULES = new Set(["aws-containers/eks-fargate-compatibility", "aws-containers/eks-service-account-role"]);

/** `file:line:column rule` for the two rules the cluster file informs. */
async function lint(withIndex: boolean): Promise<string[]> {
  const settings = withIndex ? { "aws-containers": { project: ["cluster/*.yaml"] } } : {};
  const eslint = new ESLint({ cwd: fixture, overrideConfigFile: true, overrideConfig: [...plugin.configs.eks, { settings }] });
  const results = await eslint.lintFiles(["manifests"]);
  return results
    .flatMap((result) => result.messages.filter((message) => RULES.has(message.ruleId ?? "")).map((message) => `${result.filePath.slice(fixture.length)}:${message.line}:${message.column} ${message.ruleId!.slice("aws-containers/".length)}: ${message.message.slice(0, 80)}`))
    .sort();
}

describe("a ClusterConfig in the project index", () => {
  it("binds pods to Fargate through its profiles, and its Pod Identity association gives the checkout account a role", async () => {
    expect(await lint(true)).toMatchInlineSnapshot(`
      [
        "manifests/nightly-export.yaml:18:25 eks-fargate-compatibility: Job "nightly-export" runs on Fargate (Fargate profile "batch" of cluster "shop")",
        "manifests/nightly-export.yaml:24:11 eks-fargate-compatibility: Job "nightly-export" runs on Fargate (Fargate profile "batch" of cluster "shop")",
        "manifests/storefront.yaml:21:25 eks-fargate-compatibility: Deployment "storefront" runs on Fargate (Fargate profile "web-fargate" of cluste",
      ]
    `);
  });

  it("without it, the manifests alone bind nothing to Fargate, and the checkout account has no role", async () => {
    expect(await lint(false)).toMatchInlineSnapshot(`
      [
        "manifests/checkout.yaml:22:27 eks-service-account-role: Deployment "checkout" runs as service account "checkout", which has no eks.amazo",
      ]
    `);
  });
});
