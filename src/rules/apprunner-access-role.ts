/**
 * apprunner-access-role: the roles and repository type App Runner needs to pull
 * a service's image and read its secrets.
 *
 * - A private Amazon ECR image (`ImageRepositoryType: ECR`, or no type and a
 *   private ECR URI) without `AuthenticationConfiguration.AccessRoleArn`: the API
 *   requires the access role for ECR repositories, not for ECR Public (API
 *   `AuthenticationConfiguration`).
 * - An `ImageRepositoryType` that does not match the image URI: `ECR` for a
 *   `public.ecr.aws/…` image, `ECR_PUBLIC` for a private ECR image (the type
 *   says whether the repository is private or public, and so whether App
 *   Runner pulls with credentials).
 * - `RuntimeEnvironmentSecrets` without `InstanceConfiguration.InstanceRoleArn`:
 *   App Runner reads the secrets and parameters with the instance role
 *   (https://docs.aws.amazon.com/apprunner/latest/dg/env-variable.html). Secrets
 *   in `CodeConfigurationValues` are not judged with `ConfigurationSource:
 *   REPOSITORY` (App Runner reads `apprunner.yaml` then), and `apprunner.yaml`'s
 *   own `run.secrets` are not judged: the instance role is set on the service,
 *   never in that file, so it cannot be known there.
 *
 * UpdateService input that names no role keeps the service's current roles,
 * which the file does not show: only the repository type is judged there.
 * describe-service output is reported, never fixed. Unknown values (an
 * intrinsic, a placeholder, a merge key) are not judged. Facts: src/facts/apprunner.ts.
 */
import { createRule } from "../create-rule.js";
import type { AppRunnerServiceDocument, AppRunnerVariable } from "../documents/index.js";
import { ACCESS_ROLE_POLICY, ACCESS_ROLE_PRINCIPAL, INSTANCE_ROLE_PRINCIPAL, repositoryTypeOfImage } from "../facts/apprunner.js";
import { literalString, objectValue, replaceValue, stringValue, type Value } from "../values/index.js";

type MessageIds = "noAccessRole" | "publicImageAsEcr" | "privateImageAsPublic" | "noInstanceRole" | "setType";

export default createRule<MessageIds>({
  name: "apprunner-access-role",
  meta: {
    type: "problem",
    docs: {
      description: "Require the access role of private ECR images, an `ImageRepositoryType` that matches the image, and an instance role for secrets in App Runner services.",
      level: "error",
      platforms: ["apprunner"],
      covers: "— (no peer)",
    },
    messages: {
      noAccessRole:
        "{{service}} pulls its image from a private Amazon ECR repository but has no {{key}}; App Runner pulls it with an access role (trusting {{principal}}, with {{policy}}), which the API requires for ECR repositories.",
      publicImageAsEcr: "{{service}} has {{key}} ECR (a private repository), but {{image}} is an ECR Public image; set {{key}} to ECR_PUBLIC.",
      privateImageAsPublic: "{{service}} has {{key}} ECR_PUBLIC (a public repository), but {{image}} is a private Amazon ECR image, which needs credentials to pull; set {{key}} to ECR and give the service an access role.",
      noInstanceRole:
        "{{service}} reads {{key}}, which App Runner fetches with the instance role, but has no {{role}}; add an instance role (trusting {{principal}}) allowed to read those secrets and parameters.",
      setType: "Set {{key}} to {{value}}.",
    },
    hasSuggestions: true,
  },
  create(context) {
    /** A private ECR image needs the access role; a type that the URI contradicts is reported instead. */
    function checkImage(document: AppRunnerServiceDocument): void {
      const repository = document.imageRepository!;
      const typeValue = document.imageRepositoryType;
      const type = literalString(typeValue);
      const identifier = stringValue(document.imageIdentifier);
      const uriType = identifier === undefined ? undefined : repositoryTypeOfImage(identifier.holed);
      const key = repository.keyName("ImageRepositoryType");
      if (typeValue !== undefined && type !== undefined && uriType !== undefined && type !== uriType && (type === "ECR" || type === "ECR_PUBLIC")) {
        const data = { service: document.label, key, image: shortImage(identifier!.value) };
        const suggest = [{ messageId: "setType" as const, data: { key, value: uriType }, fix: replaceValue(typeValue, uriType, context.source) }];
        context.report(typeValue, type === "ECR" ? "publicImageAsEcr" : "privateImageAsPublic", data, { suggest });
        return;
      }
      const isPrivate = type === "ECR" || (typeValue === undefined && uriType === "ECR");
      if (!isPrivate || document.form === "update") return;
      checkAccessRole(document);
    }

    function checkAccessRole(document: AppRunnerServiceDocument): void {
      const source = document.sourceConfiguration!;
      const authenticationValue = source.get("AuthenticationConfiguration");
      if (authenticationValue?.kind === "unknown") return;
      const authentication = objectValue(authenticationValue);
      const role = authentication?.get("AccessRoleArn");
      if (!isMissingRole(role)) return;
      const key = `${source.keyName("AuthenticationConfiguration")}.${authentication?.keyName("AccessRoleArn") ?? "AccessRoleArn"}`;
      const data = { service: document.label, key, principal: ACCESS_ROLE_PRINCIPAL, policy: ACCESS_ROLE_POLICY };
      if (role !== undefined) context.report(role, "noAccessRole", data);
      else if (authentication !== undefined) context.reportMissing(authentication, "noAccessRole", data);
      else context.reportMissing(source, "noAccessRole", data);
    }

    /** Secrets are read with the instance role. */
    function checkSecrets(document: AppRunnerServiceDocument): void {
      if (document.form === "update") return;
      const secrets = document.secrets.filter((secret) => !ignoredByRepository(document, secret));
      const first = secrets[0];
      if (first === undefined) return;
      const instanceValue = document.object.get("InstanceConfiguration");
      if (instanceValue?.kind === "unknown") return;
      const instance = objectValue(instanceValue);
      if (!isMissingRole(instance?.get("InstanceRoleArn"))) return;
      const role = `${document.object.keyName("InstanceConfiguration")}.${instance?.keyName("InstanceRoleArn") ?? "InstanceRoleArn"}`;
      const at = first.holder.entry(first.key);
      if (at === undefined) return;
      context.report(at, "noInstanceRole", { service: document.label, key: first.key, role, principal: INSTANCE_ROLE_PRINCIPAL });
    }

    return {
      "apprunner-service"(document) {
        if (document.imageRepository !== undefined) checkImage(document);
        checkSecrets(document);
      },
    };
  },
});

/** A role that is absent, null or empty; a placeholder or an intrinsic is a role. */
function isMissingRole(role: Value | undefined): boolean {
  if (role === undefined || role.kind === "null") return true;
  return role.kind === "string" && role.value.trim() === "";
}

/** Secrets of `CodeConfigurationValues`, which App Runner ignores when it reads `apprunner.yaml` (`ConfigurationSource: REPOSITORY`). */
function ignoredByRepository(document: AppRunnerServiceDocument, secret: AppRunnerVariable): boolean {
  return secret.holder === document.codeConfigurationValues && literalString(document.configurationSource) === "REPOSITORY";
}

/** An image URI for messages, cut to a readable length. */
function shortImage(image: string): string {
  return image.length > 80 ? `${image.slice(0, 77)}...` : image;
}
