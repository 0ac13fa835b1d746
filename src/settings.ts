/**
 * The plugin's settings, `settings["aws-containers"]` in an ESLint config:
 *
 * - `project`: glob patterns of the files the project index reads
 *   (src/documents/project.ts);
 * - `platforms`: which platforms' documents the rules judge, as
 *   `{ ecs: true, … }`. The configs set it — `recommended` and `strict` every
 *   platform, `configs.ecs` only `ecs` — so that a platform's config reports on
 *   that platform's files alone (a rule such as `arn-format` serves every
 *   platform). ESLint merges settings objects key by key, so two platform
 *   configs in one array judge both platforms. Without the setting (a config
 *   that names rules by hand), every document is judged.
 *
 * A key the plugin does not have, or a value of the wrong type, is a mistake in
 * the config that would otherwise go unnoticed (a misspelt `projects` turns
 * the project index off without a word): it stops the run with a message that
 * names it, as ESLint does for a rule's invalid options.
 */
import type { DocumentKind } from "./documents/index.js";
import type { Platform } from "./create-rule.js";

export const SETTINGS_KEY = "aws-containers";

export const PLATFORMS: readonly Platform[] = ["ecs", "ecr", "eks", "eksctl", "apprunner"];

export interface PluginSettings {
  /** Glob patterns (`infra/**\/*.json`); a leading `!` excludes. */
  readonly project: readonly string[];
  /** The platforms whose documents are judged; undefined for every platform. */
  readonly platforms: ReadonlySet<Platform> | undefined;
}

const NO_SETTINGS: PluginSettings = { project: [], platforms: undefined };

/** Settings objects are shared by every file a config applies to: read each once. */
const read = new WeakMap<object, PluginSettings>();

/** The plugin's settings in ESLint's settings object (which holds every plugin's). */
export function pluginSettings(settings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  const own = settings?.[SETTINGS_KEY];
  if (own === undefined) return NO_SETTINGS;
  if (own === null || typeof own !== "object" || Array.isArray(own)) throw settingsError(`must be an object with "project" and "platforms", not ${describe(own)}`);
  let parsed = read.get(own);
  if (parsed === undefined) {
    parsed = parse(own as Record<string, unknown>);
    read.set(own, parsed);
  }
  return parsed;
}

function parse(own: Record<string, unknown>): PluginSettings {
  for (const key of Object.keys(own)) {
    if (key !== "project" && key !== "platforms") throw settingsError(`has no key "${key}"${key === "projects" ? ' (did you mean "project"?)' : ""}; its keys are "project" and "platforms"`);
  }
  return { project: projectPatterns(own.project), platforms: platformSet(own.platforms) };
}

function projectPatterns(project: unknown): readonly string[] {
  if (project === undefined) return [];
  if (typeof project === "string") return [project];
  if (Array.isArray(project) && project.every((pattern) => typeof pattern === "string")) return project;
  throw settingsError(`.project must be a glob pattern or a list of them, not ${describe(project)}`);
}

function platformSet(platforms: unknown): ReadonlySet<Platform> | undefined {
  if (platforms === undefined) return undefined;
  if (platforms === null || typeof platforms !== "object" || Array.isArray(platforms)) {
    throw settingsError(`.platforms must be an object such as { ecs: true, eks: true }, not ${describe(platforms)}`);
  }
  const enabled = new Set<Platform>();
  for (const [name, on] of Object.entries(platforms)) {
    if (!(PLATFORMS as readonly string[]).includes(name)) throw settingsError(`.platforms has no platform "${name}"; the platforms are ${PLATFORMS.join(", ")}`);
    if (typeof on !== "boolean") throw settingsError(`.platforms.${name} must be true or false, not ${describe(on)}`);
    if (on) enabled.add(name as Platform);
  }
  return enabled;
}

function settingsError(problem: string): Error {
  return new Error(`ESLint settings["${SETTINGS_KEY}"]${problem.startsWith(".") ? "" : " "}${problem}.`);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}` : `a ${typeof value}`;
}

const ECS: readonly Platform[] = ["ecs"];
const ECR: readonly Platform[] = ["ecr"];
const EKS: readonly Platform[] = ["eks"];
const EKS_AND_EKSCTL: readonly Platform[] = ["eks", "eksctl"];
const APPRUNNER: readonly Platform[] = ["apprunner"];

/**
 * The platforms whose configs judge each document kind (a new kind must be
 * placed here). eksctl configs and CloudFormation `AWS::EKS::*` resources
 * belong to `eksctl` and to `eks` (whose config covers the cluster as well as
 * its manifests); Application Auto Scaling, EventBridge and Scheduler
 * documents target ECS services and tasks.
 */
export const PLATFORMS_OF: Readonly<Record<DocumentKind, readonly Platform[]>> = {
  "ecs-task-definition": ECS,
  "ecs-service": ECS,
  "ecs-run-task": ECS,
  "ecs-cluster": ECS,
  "ecs-capacity-provider": ECS,
  "autoscaling-scalable-target": ECS,
  "autoscaling-scaling-policy": ECS,
  "autoscaling-scheduled-action": ECS,
  "eventbridge-rule": ECS,
  "eventbridge-targets": ECS,
  "scheduler-schedule": ECS,
  "ecr-repository": ECR,
  "ecr-registry-scanning": ECR,
  "ecr-lifecycle-policy": ECR,
  "ecr-policy": ECR,
  "kubernetes-workload": EKS,
  "kubernetes-service": EKS,
  "kubernetes-ingress": EKS,
  "kubernetes-persistent-volume": EKS,
  "kubernetes-persistent-volume-claim": EKS,
  "kubernetes-storage-class": EKS,
  "kubernetes-service-account": EKS,
  "kubernetes-pod-disruption-budget": EKS,
  "kubernetes-horizontal-pod-autoscaler": EKS,
  "kubernetes-object": EKS,
  "eksctl-cluster-config": EKS_AND_EKSCTL,
  "eks-cluster": EKS_AND_EKSCTL,
  "eks-nodegroup": EKS_AND_EKSCTL,
  "eks-fargate-profile": EKS_AND_EKSCTL,
  "eks-pod-identity-association": EKS_AND_EKSCTL,
  "apprunner-config": APPRUNNER,
  "apprunner-service": APPRUNNER,
  "apprunner-auto-scaling-configuration": APPRUNNER,
  "apprunner-vpc-connector": APPRUNNER,
};

/** True when the settings let the rules judge a document of this kind. */
export function judged(kind: DocumentKind, platforms: ReadonlySet<Platform> | undefined): boolean {
  return platforms === undefined || PLATFORMS_OF[kind].some((platform) => platforms.has(platform));
}
