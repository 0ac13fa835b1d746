/**
 * valid-schema: what the AWS APIs, or the AWS CLI before them, reject in a
 * document's shape — unknown keys, `null`, wrong types, enum values, ranges,
 * lengths, patterns, list sizes, required members, unions, JSON duplicate keys,
 * and policies written as strings that are not JSON.
 *
 * The shapes are in `src/facts/*-schema.ts` (each checked against the newest
 * AWS SDK by `tests/facts/*-schema.test.ts`): task definitions, services,
 * run-task input, clusters, capacity providers, Application Auto Scaling,
 * EventBridge, Scheduler and ECR inputs, and the built-in Kubernetes kinds
 * (`src/facts/kubernetes-*-schema.ts`, checked against `kubernetes-models`).
 * Describe outputs other than a task
 * definition's are AWS's own output and are not judged, nor are CloudFormation
 * resources (their shapes differ from the API's; cfn-lint checks them) — except
 * the lifecycle policy JSON a repository resource holds.
 * What the CLI rejects client-side (unknown keys at any depth, `null`, wrong
 * scalar types) is in reference/aws-facts.md §1.5 (botocore `validate.py`);
 * enums, ranges and patterns come from the API model. Values that cannot be
 * known (placeholders, intrinsics, YAML tags, merge keys) are never judged, and
 * members a YAML merge may supply are never missing. Bare container lists
 * (Terraform `container_definitions`, decoded by Go's encoding/json) may hold
 * `null` members and member names in any case. Kubernetes objects are read as
 * the API server reads them (src/rules/valid-schema/kubernetes.ts): `null` is
 * unset, plain YAML 1.1 scalars are booleans and integers, IntOrString and
 * Quantity values take numbers or strings, and a fragment (a patch) is not
 * missing anything. eksctl ClusterConfigs are read as eksctl reads them
 * (src/rules/valid-schema/eksctl.ts), against `src/facts/eksctl-schema.ts`,
 * generated from eksctl's own JSON schema by scripts/eksctl-schema.mjs.
 * App Runner: CreateService, UpdateService, CreateAutoScalingConfiguration and
 * CreateVpcConnector input against src/facts/apprunner-schema.ts (checked
 * against `@aws-sdk/client-apprunner`), and `apprunner.yaml` against the first
 * schema of the file format (src/rules/valid-schema/apprunner.ts).
 *
 * The walk is in src/rules/valid-schema/: documents.ts says which shape judges
 * which document, structs.ts judges objects, values.ts the other values, with
 * the state of the document being walked in walk.ts.
 */
import { createRule } from "../create-rule.js";
import { documentHandlers } from "./valid-schema/documents.js";
import { walkOf, type MessageIds } from "./valid-schema/walk.js";

type Options = [{ allowDescribeOutput?: boolean }];

export default createRule<MessageIds, Options>({
  name: "valid-schema",
  meta: {
    type: "problem",
    docs: {
      description: "Report keys, types, values and required members that the AWS APIs, the AWS CLI, the Kubernetes API server, eksctl or App Runner would reject.",
      level: "error",
      platforms: ["ecs", "ecr", "eks", "eksctl", "apprunner"],
      covers: "cfn-lint E3002/E3030/E3034-style schema checks; eksctl validation",
    },
    messages: {
      unknownMember: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so remove it or correct its name.',
      unknownMemberNear: '{{shape}} has no member "{{key}}"; the AWS CLI rejects unknown keys and no other tool applies them, so rename it to {{name}} or remove it.',
      memberCase: '{{shape}} member {{name}} is spelled "{{key}}"; member names are case-sensitive and the AWS CLI rejects this spelling, so rename it.',
      caseBesideMember: '{{shape}} sets {{name}} and also "{{key}}", the same name in another case, which is no member of its own (names are case-sensitive); remove "{{key}}".',
      unknownField: '{{shape}} has no field "{{key}}"; Kubernetes rejects unknown fields (kubectl validates strictly) or drops them, so remove it or correct its name.',
      unknownFieldNear: '{{shape}} has no field "{{key}}"; Kubernetes rejects unknown fields (kubectl validates strictly) or drops them, so rename it to {{name}} or remove it.',
      fieldCase: '{{shape}} field {{name}} is spelled "{{key}}"; field names are case-sensitive and Kubernetes rejects or drops this spelling, so rename it.',
      unknownConfigField: '{{shape}} has no field "{{key}}"; eksctl rejects a config file with an unknown field, so remove it or correct its name.',
      unknownConfigFieldNear: '{{shape}} has no field "{{key}}"; eksctl rejects a config file with an unknown field, so rename it to {{name}} or remove it.',
      configFieldCase: '{{shape}} field {{name}} is spelled "{{key}}"; eksctl accepts this spelling when it checks the file but then ignores the field, so rename it.',
      unknownAppRunnerKey: '{{shape}} has no key "{{key}}"; App Runner does not apply it, so remove it or correct its name.',
      unknownAppRunnerKeyNear: '{{shape}} has no key "{{key}}"; App Runner does not apply it, so rename it to {{name}} or remove it.',
      appRunnerKeySpelling: '{{shape}} key {{name}} is spelled "{{key}}"; App Runner\'s keys are lowercase and hyphenated, so rename it.',
      appRunnerVersion: "The configuration file version must be 1.0, the only version the App Runner configuration file reference documents, not {{value}}.",
      appRunnerCommandsList: "{{subject}} must map build (and optionally pre-build and post-build) to lists of commands, not be a list; put the commands under build.",
      moveCommands: "Put the commands under build.",
      yaml11ConfigType: "{{subject}} must be a string, but eksctl reads YAML 1.1, where the plain {{value}} is {{actual}}; quote it.",
      duplicateConfigKey: 'Key "{{key}}" appears again later in this object, and eksctl rejects a config file with a repeated key; remove one of them.',
      yaml11Type: "{{subject}} must be a string, but Kubernetes reads YAML 1.1, where the plain {{value}} is {{actual}}; quote it.",
      oneOfMany: "{{shape}} sets {{members}}, but takes only one of them; keep one.",
      duplicateKey: 'Key "{{key}}" appears again later in this object and only the later value is kept; remove one of them.',
      nullMember: "{{shape}} member {{key}} is null, which the AWS CLI rejects; remove the member to leave it unset.",
      nullRequired: "{{shape}} member {{key}} is null, but it is required; give it a value.",
      missingMember: "{{shape}} has no {{key}}, which it requires; add it.",
      wrongType: "{{subject}} must be {{expected}}, not {{actual}}.",
      enumValue: '{{subject}} must be {{allowed}}, not "{{value}}".',
      enumCase: '{{subject}} must be "{{fixed}}", not "{{value}}"; the API values are case-sensitive.',
      notInteger: "{{subject}} must be a whole number, not {{value}}.",
      outOfRange: "{{subject}} must be {{range}}, not {{value}}.",
      empty: "{{subject}} must not be empty.",
      tooShort: "{{subject}} must be at least {{min}} characters long, not {{length}}.",
      tooLong: "{{subject}} must be at most {{max}} characters long, not {{length}}.",
      patternMismatch: '{{subject}} must be {{pattern}}, not "{{value}}".',
      tooManyItems: "{{subject}} has {{count}} items, more than the {{max}} the API accepts; remove some.",
      unionCount: "{{shape}} must set exactly one of {{members}}, not {{count}}.",
      describeOnly: "Member {{key}} is {{output}} output, which the AWS CLI rejects as an unknown parameter of {{input}}; remove it.",
      invalidJson: "{{subject}} is not valid JSON ({{problem}}), so the API rejects it; correct the JSON.",
      describeWrapper: "Key {{key}} wraps describe-task-definition output, which the AWS CLI rejects as an unknown parameter; register-task-definition takes the object inside it.",
      rename: 'Rename "{{key}}" to {{name}}.',
      remove: 'Remove "{{key}}".',
      convert: "Write it as {{value}}.",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { allowDescribeOutput: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowDescribeOutput: true }],
  },
  create(context) {
    return documentHandlers(walkOf(context, context.options[0]?.allowDescribeOutput !== false));
  },
});
