/**
 * EventBridge (rules and targets) and EventBridge Scheduler enum values, by the
 * name each API model (and `@aws-sdk/client-eventbridge`,
 * `@aws-sdk/client-scheduler`) gives each enum. `tests/facts/aws-enums.test.ts`
 * compares every table with the newest SDK, so a value AWS adds shows up as a
 * failing test, not as a false report.
 *
 * Sources: EventBridge model, botocore `events/2015-10-07/service-2.json`,
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/ ; Scheduler model,
 * botocore `scheduler/2021-06-30/service-2.json`,
 * https://docs.aws.amazon.com/scheduler/latest/APIReference/ (2026-08); reference/aws-facts.md §8.
 */
export const EVENTBRIDGE_ENUMS = {
  /** PutRule `State`. */
  RuleState: ["DISABLED", "ENABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"],
  /** `EcsParameters.LaunchType`: no `MANAGED_INSTANCES` in this API (aws-facts §8.1). */
  LaunchType: ["EC2", "EXTERNAL", "FARGATE"],
  /** `awsvpcConfiguration.AssignPublicIp`; `ENABLED` only with `LaunchType: FARGATE`. */
  AssignPublicIp: ["DISABLED", "ENABLED"],
  /** `EcsParameters.PropagateTags`. */
  PropagateTags: ["TASK_DEFINITION"],
  /** `EcsParameters.PlacementConstraints[].type`. */
  PlacementConstraintType: ["distinctInstance", "memberOf"],
  /** `EcsParameters.PlacementStrategy[].type`. */
  PlacementStrategyType: ["binpack", "random", "spread"],
} as const satisfies Record<string, readonly string[]>;

export type EventBridgeEnumName = keyof typeof EVENTBRIDGE_ENUMS;

export const SCHEDULER_ENUMS = {
  /** `FlexibleTimeWindow.Mode`; `MaximumWindowInMinutes` goes with `FLEXIBLE`. */
  FlexibleTimeWindowMode: ["FLEXIBLE", "OFF"],
  /** `State`. */
  ScheduleState: ["DISABLED", "ENABLED"],
  /** `ActionAfterCompletion`. */
  ActionAfterCompletion: ["DELETE", "NONE"],
  /** `EcsParameters.LaunchType`: no `MANAGED_INSTANCES` in this API (aws-facts §8.2). */
  LaunchType: ["EC2", "EXTERNAL", "FARGATE"],
  /** `awsvpcConfiguration.AssignPublicIp`; `ENABLED` only with `LaunchType: FARGATE`. */
  AssignPublicIp: ["DISABLED", "ENABLED"],
  PropagateTags: ["TASK_DEFINITION"],
  PlacementConstraintType: ["distinctInstance", "memberOf"],
  PlacementStrategyType: ["binpack", "random", "spread"],
} as const satisfies Record<string, readonly string[]>;

export type SchedulerEnumName = keyof typeof SCHEDULER_ENUMS;
