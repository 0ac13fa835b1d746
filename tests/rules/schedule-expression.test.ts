import rule from "../../src/rules/schedule-expression.js";
import { fixtureCase, jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("schedule-expression", rule, {
  valid: [
    // Application Auto Scaling scheduled actions (PutScheduledAction).
    json`
      {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/default/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "ScheduledActionName": "scale-out-weekdays",
        "Schedule": "cron(0 8 ? * MON-FRI *)",
        "ScalableTargetAction": { "MinCapacity": 4 }
      }
    `,
    yaml`
      ServiceNamespace: ecs
      ResourceId: service/default/web
      ScalableDimension: ecs:service:DesiredCount
      ScheduledActionName: one-off
      Schedule: at(2026-12-31T23:59:00)
      ScalableTargetAction:
        MaxCapacity: 10
    `,
    // No singular/plural rule is documented for Application Auto Scaling.
    json`
      {
        "ServiceNamespace": "ecs",
        "ResourceId": "service/default/web",
        "ScalableDimension": "ecs:service:DesiredCount",
        "ScheduledActionName": "every-minute",
        "Schedule": "rate(1 minutes)"
      }
    `,
    // describe-scheduled-actions output.
    json`
      {
        "ScheduledActions": [
          {
            "ScheduledActionName": "nightly",
            "ScheduledActionARN": "arn:aws:autoscaling:us-east-1:123456789012:scheduledAction:uuid:resource/ecs/service/default/web:scheduledActionName/nightly",
            "ServiceNamespace": "ecs",
            "Schedule": "cron(0 0 L * ? *)",
            "ResourceId": "service/default/web",
            "ScalableDimension": "ecs:service:DesiredCount"
          }
        ]
      }
    `,
    // Another service's scheduled action: not an ECS document.
    json`
      {
        "ServiceNamespace": "dynamodb",
        "ResourceId": "table/orders",
        "ScalableDimension": "dynamodb:table:ReadCapacityUnits",
        "ScheduledActionName": "nightly",
        "Schedule": "cron(0 10 * * *)"
      }
    `,
    // EventBridge rules (PutRule) and list-rules output.
    json`{ "Name": "nightly-report", "ScheduleExpression": "cron(0 9 ? * 2#1 *)", "State": "ENABLED" }`,
    yaml`
      Name: every-five-minutes
      ScheduleExpression: rate(5 minutes)
    `,
    yaml`
      Name: last-friday
      ScheduleExpression: 'cron(0 12 ? * 6L *)'
    `,
    json`{ "Rules": [{ "Name": "hourly", "Arn": "arn:aws:events:us-east-1:123456789012:rule/hourly", "ScheduleExpression": "rate(1 hour)" }] }`,
    // EventBridge Scheduler (CreateSchedule).
    json`
      {
        "Name": "report",
        "ScheduleExpression": "at(2028-02-29T06:00:00)",
        "FlexibleTimeWindow": { "Mode": "OFF" },
        "Target": { "Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/default", "RoleArn": "arn:aws:iam::123456789012:role/scheduler" }
      }
    `,
    yaml`
      Name: weekday-batch
      ScheduleExpression: cron(0/5 8-17 ? * MON-FRI *)
      ScheduleExpressionTimezone: Europe/Paris
      FlexibleTimeWindow:
        Mode: FLEXIBLE
        MaximumWindowInMinutes: 15
    `,
    // Placeholders and intrinsics are unknown: silent.
    json`{ "Name": "templated", "ScheduleExpression": "\${SCHEDULE}" }`,
    json`{ "Name": "templated", "ScheduleExpression": "cron(0 \${HOUR} * * * *)" }`,
    yaml`
      Name: tagged
      ScheduleExpression: !Ref Schedule
    `,
    yaml`
      ServiceNamespace: ecs
      ResourceId: service/default/web
      ScalableDimension: ecs:service:DesiredCount
      ScheduledActionName: merged
      <<: *defaults
    `,
    // Not a string: valid-schema's business.
    json`{ "Name": "number", "ScheduleExpression": 5 }`,
    // CloudFormation: intrinsics are unknown (Fn::If, !Ref, a !Sub with a variable); a !Sub without one is
    // the string itself, and a good schedule.
    yaml`
      Resources:
        Nightly:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: !If [CronRate, !Ref CronSchedule, !Ref RateSchedule]
        Every:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: !Sub rate(\${Minutes} minutes)
        Cleanup:
          Type: AWS::Scheduler::Schedule
          Properties:
            ScheduleExpression: !Sub cron(0 3 ? * MON *)
            FlexibleTimeWindow:
              Mode: "OFF"
            Target:
              Arn: !GetAtt Cluster.Arn
              RoleArn: !GetAtt SchedulerRole.Arn
        Target:
          Type: AWS::ApplicationAutoScaling::ScalableTarget
          Properties:
            ServiceNamespace: ecs
            ResourceId: !Sub service/\${Cluster}/\${Service.Name}
            ScalableDimension: ecs:service:DesiredCount
            MinCapacity: "1"
            MaxCapacity: "4"
            ScheduledActions:
              - ScheduledActionName: night
                Schedule: !Ref NightSchedule
    `,
    json`{ "Resources": { "Rule": { "Type": "AWS::Events::Rule", "Properties": { "ScheduleExpression": { "Fn::Sub": "rate(\${Hours} hours)" }, "State": "ENABLED" } } } }`,
  ],
  invalid: [
    {
      name: "CloudFormation: a scheduled action inside a scalable target",
      ...fixtureCase("cloudformation/scaling-and-schedules.yaml"),
      errors: [{ messageId: "cronFiveFields", line: 12, column: 26, endLine: 12, endColumn: 38 }],
    },
    {
      // Both day fields set: the * is the one to change, and the fix is certain.
      ...json`
        {
          "ServiceNamespace": "ecs",
          "ResourceId": "service/default/web",
          "ScalableDimension": "ecs:service:DesiredCount",
          "ScheduledActionName": "scale-out-weekdays",
          "Schedule": "cron(0 8 * * MON-FRI *)"
        }
      `,
      errors: [{ messageId: "cronDayFields", data: { dom: "*", dow: "MON-FRI" }, line: 6, column: 25, endLine: 6, endColumn: 26 }],
      output: `{
  "ServiceNamespace": "ecs",
  "ResourceId": "service/default/web",
  "ScalableDimension": "ecs:service:DesiredCount",
  "ScheduledActionName": "scale-out-weekdays",
  "Schedule": "cron(0 8 ? * MON-FRI *)"
}
`,
    },
    {
      // A Unix crontab.
      ...yaml`
        ServiceNamespace: ecs
        ResourceId: service/default/web
        ScalableDimension: ecs:service:DesiredCount
        ScheduledActionName: nightly
        Schedule: cron(0 2 * * *)
      `,
      errors: [
        {
          messageId: "cronFiveFields", data: { value: "0 2 * * *" }, line: 5, column: 16, endLine: 5, endColumn: 25,
          suggestions: [
            {
              messageId: "writeAwsCron",
              data: { expected: "0 2 * * ? *" },
              output: "ServiceNamespace: ecs\nResourceId: service/default/web\nScalableDimension: ecs:service:DesiredCount\nScheduledActionName: nightly\nSchedule: cron(0 2 * * ? *)\n",
            },
          ],
        },
      ],
    },
    {
      // A crontab with named weekdays: the day of the month becomes "?".
      ...json`{ "Name": "weekdays", "ScheduleExpression": "cron(30 6 * * MON-FRI)" }`,
      errors: [
        {
          messageId: "cronFiveFields", data: { value: "30 6 * * MON-FRI" }, line: 1, column: 51, endLine: 1, endColumn: 67,
          suggestions: [{ messageId: "writeAwsCron", data: { expected: "30 6 ? * MON-FRI *" }, output: '{ "Name": "weekdays", "ScheduleExpression": "cron(30 6 ? * MON-FRI *)" }\n' }],
        },
      ],
    },
    {
      // Weekdays in numbers count from Sunday = 0 in a crontab and from Sunday = 1 in AWS cron, and a crontab with both day fields fires on either: no suggestion.
      ...yaml`
        Name: numbered
        ScheduleExpression: cron(0 9 * * 1-5)
      `,
      errors: [{ messageId: "cronFiveFields", data: { value: "0 9 * * 1-5" }, line: 2, column: 26, endLine: 2, endColumn: 37, suggestions: null }],
    },
    {
      ...json`{ "Name": "either", "ScheduleExpression": "cron(0 9 1 * MON)" }`,
      errors: [{ messageId: "cronFiveFields", data: { value: "0 9 1 * MON" }, line: 1, column: 49, endLine: 1, endColumn: 60, suggestions: null }],
    },
    {
      // describe-scheduled-actions output, each item checked.
      ...json`
        {
          "ScheduledActions": [
            { "ScheduledActionName": "a", "ServiceNamespace": "ecs", "ResourceId": "service/default/web", "Schedule": "cron(0 24 ? * * *)" },
            { "ScheduledActionName": "b", "ServiceNamespace": "ecs", "ResourceId": "service/default/web", "Schedule": "at(2026-02-30T10:00:00)" }
          ]
        }
      `,
      errors: [
        { messageId: "cronRange", data: { value: "24", field: "hours", range: "0 to 23" }, line: 3, column: 119, endLine: 3, endColumn: 121 },
        { messageId: "atDate", data: { value: "2026-02-30" }, line: 4, column: 115, endLine: 4, endColumn: 125 },
      ],
    },
    {
      // EventBridge rules: singular/plural agreement, fixed.
      ...json`{ "Name": "hourly", "ScheduleExpression": "rate(1 hours)" }`,
      errors: [{ messageId: "rateSingular", data: { unit: "hours", expected: "hour" }, line: 1, column: 51, endLine: 1, endColumn: 56 }],
      output: `{ "Name": "hourly", "ScheduleExpression": "rate(1 hour)" }\n`,
    },
    {
      ...yaml`
        Name: every-five
        ScheduleExpression: rate(5 minute)
      `,
      errors: [{ messageId: "ratePlural", data: { unit: "minute", value: "5", expected: "minutes" }, line: 2, column: 28, endLine: 2, endColumn: 34 }],
      output: "Name: every-five\nScheduleExpression: rate(5 minutes)\n",
    },
    {
      // EventBridge rules take no at().
      ...yaml`
        Name: once
        ScheduleExpression: "at(2026-12-31T23:59:00)"
      `,
      errors: [{ messageId: "atNotSupported", line: 2, column: 22, endLine: 2, endColumn: 45 }],
    },
    {
      // list-rules output, both day fields *: reported, but not fixed (the file is AWS's own output).
      ...json`{ "Rules": [{ "Name": "daily", "ScheduleExpression": "cron(0 10 * * * *)" }] }`,
      errors: [{ messageId: "cronDayFields", data: { dom: "*", dow: "*" }, line: 1, column: 69, endLine: 1, endColumn: 70 }],
    },
    {
      // Both day fields hold values: a choice, offered as suggestions.
      ...yaml`
        Name: mixed
        ScheduleExpression: cron(0 10 15 * MON *)
      `,
      errors: [
        {
          messageId: "cronDayFields",
          data: { dom: "15", dow: "MON" },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            { messageId: "dayOfMonthAny", data: { dow: "MON" }, output: "Name: mixed\nScheduleExpression: cron(0 10 ? * MON *)\n" },
            { messageId: "dayOfWeekAny", data: { dom: "15" }, output: "Name: mixed\nScheduleExpression: cron(0 10 15 * ? *)\n" },
          ],
        },
      ],
    },
    {
      // Only one # expression in day-of-week.
      ...json`{ "Name": "twice", "ScheduleExpression": "cron(0 10 ? * 3#1,6#3 *)" }`,
      errors: [{ messageId: "cronHashCount", data: { value: "3#1,6#3" }, line: 1, column: 57, endLine: 1, endColumn: 64 }],
    },
    {
      // Scheduler: the form, the wildcards, the rate.
      ...json`
        {
          "Name": "report",
          "ScheduleExpression": "every day",
          "FlexibleTimeWindow": { "Mode": "OFF" }
        }
      `,
      errors: [{ messageId: "unknownForm", data: { value: "every day" }, line: 3, column: 26, endLine: 3, endColumn: 35 }],
    },
    {
      // An empty expression has no part to point at: the report covers the whole string (quotes included), never an empty span.
      ...json`
        {
          "Name": "report",
          "ScheduleExpression": "",
          "FlexibleTimeWindow": { "Mode": "OFF" }
        }
      `,
      errors: [{ messageId: "unknownForm", data: { value: "" }, line: 3, column: 25, endLine: 3, endColumn: 27 }],
    },
    {
      ...yaml`
        Name: nightly
        ScheduleExpression: ''
      `,
      errors: [{ messageId: "unknownFormRule", data: { value: "" }, line: 2, column: 21, endLine: 2, endColumn: 23 }],
    },
    {
      ...yaml`
        Name: report
        ScheduleExpression: cron(0 L ? * MON *)
        FlexibleTimeWindow:
          Mode: "OFF"
      `,
      errors: [{ messageId: "cronWildcard", data: { field: "hours", wildcard: "L", range: "0 to 23", allowed: ", - * /" }, line: 2, column: 28, endLine: 2, endColumn: 29 }],
    },
    {
      // No agreement rule for Scheduler, but a unit it does not know.
      ...yaml`
        Name: report
        ScheduleExpression: rate(30 seconds)
        FlexibleTimeWindow:
          Mode: "OFF"
      `,
      errors: [{ messageId: "rateUnit", data: { unit: "seconds" }, line: 2, column: 29, endLine: 2, endColumn: 36 }],
    },
    {
      // An escape in the string: positions cannot be mapped, so the whole string, and no fix.
      ...json`{ "Name": "escaped", "ScheduleExpression": "rate(1\\u0020hours)" }`,
      errors: [{ messageId: "rateSingular", line: 1, column: 44, endLine: 1, endColumn: 64 }],
    },
    {
      // A YAML block scalar: the whole string too.
      ...yaml`
        Name: block
        ScheduleExpression: >-
          cron(0 10 * * *)
      `,
      errors: [{ messageId: "cronFiveFields", line: 2, column: 21, endLine: 3, endColumn: 19 }],
    },
    {
      name: "CloudFormation: an EventBridge rule, a Scheduler schedule and a scheduled action",
      ...yaml`
        Resources:
          Nightly:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 hours)
              State: ENABLED
              Targets:
                - Id: report
                  Arn: !GetAtt Cluster.Arn
                  RoleArn: !GetAtt EventsRole.Arn
                  EcsParameters:
                    TaskDefinitionArn: !Ref TaskDefinition
          Cleanup:
            Type: AWS::Scheduler::Schedule
            Properties:
              ScheduleExpression: cron(0 3 * * 1 *)
              ScheduleExpressionTimezone: Europe/Paris
              FlexibleTimeWindow:
                Mode: "OFF"
              Target:
                Arn: !GetAtt Cluster.Arn
                RoleArn: !GetAtt SchedulerRole.Arn
          Target:
            Type: AWS::ApplicationAutoScaling::ScalableTarget
            Properties:
              ServiceNamespace: ecs
              ResourceId: service/prod/web
              ScalableDimension: ecs:service:DesiredCount
              MinCapacity: 1
              MaxCapacity: 4
              ScheduledActions:
                - ScheduledActionName: night
                  Schedule: cron(0 22 1 * 1-5 *)
                  ScalableTargetAction:
                    MinCapacity: 1
      `,
      errors: [
        { messageId: "rateSingular", data: { unit: "hours", expected: "hour" }, line: 5, column: 34, endLine: 5, endColumn: 39 },
        { messageId: "cronDayFields", data: { dom: "*", dow: "1" }, line: 16, column: 36, endLine: 16, endColumn: 37 },
        {
          messageId: "cronDayFields",
          data: { dom: "1", dow: "1-5" },
          line: 33,
          column: 31,
          endLine: 33,
          endColumn: 38,
          suggestions: [
            { messageId: "dayOfMonthAny", data: { dow: "1-5" }, output: `Resources:
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hours)
      State: ENABLED
      Targets:
        - Id: report
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt EventsRole.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref TaskDefinition
  Cleanup:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: cron(0 3 * * 1 *)
      ScheduleExpressionTimezone: Europe/Paris
      FlexibleTimeWindow:
        Mode: "OFF"
      Target:
        Arn: !GetAtt Cluster.Arn
        RoleArn: !GetAtt SchedulerRole.Arn
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 1
      MaxCapacity: 4
      ScheduledActions:
        - ScheduledActionName: night
          Schedule: cron(0 22 ? * 1-5 *)
          ScalableTargetAction:
            MinCapacity: 1
` },
            { messageId: "dayOfWeekAny", data: { dom: "1" }, output: `Resources:
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hours)
      State: ENABLED
      Targets:
        - Id: report
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt EventsRole.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref TaskDefinition
  Cleanup:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: cron(0 3 * * 1 *)
      ScheduleExpressionTimezone: Europe/Paris
      FlexibleTimeWindow:
        Mode: "OFF"
      Target:
        Arn: !GetAtt Cluster.Arn
        RoleArn: !GetAtt SchedulerRole.Arn
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 1
      MaxCapacity: 4
      ScheduledActions:
        - ScheduledActionName: night
          Schedule: cron(0 22 1 * ? *)
          ScalableTargetAction:
            MinCapacity: 1
` },
          ],
        },
      ],
      output: `Resources:
  Nightly:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hour)
      State: ENABLED
      Targets:
        - Id: report
          Arn: !GetAtt Cluster.Arn
          RoleArn: !GetAtt EventsRole.Arn
          EcsParameters:
            TaskDefinitionArn: !Ref TaskDefinition
  Cleanup:
    Type: AWS::Scheduler::Schedule
    Properties:
      ScheduleExpression: cron(0 3 ? * 1 *)
      ScheduleExpressionTimezone: Europe/Paris
      FlexibleTimeWindow:
        Mode: "OFF"
      Target:
        Arn: !GetAtt Cluster.Arn
        RoleArn: !GetAtt SchedulerRole.Arn
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ResourceId: service/prod/web
      ScalableDimension: ecs:service:DesiredCount
      MinCapacity: 1
      MaxCapacity: 4
      ScheduledActions:
        - ScheduledActionName: night
          Schedule: cron(0 22 1 * 1-5 *)
          ScalableTargetAction:
            MinCapacity: 1
`,
    },
    {
      name: "CloudFormation JSON template",
      ...json`
        {
          "Resources": {
            "Nightly": {
              "Type": "AWS::Events::Rule",
              "Properties": {
                "ScheduleExpression": "rate(5 minute)",
                "Targets": [{ "Id": "report", "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] }, "RoleArn": { "Fn::GetAtt": ["EventsRole", "Arn"] }, "EcsParameters": { "TaskDefinitionArn": { "Ref": "TaskDefinition" } } }]
              }
            },
            "Cleanup": {
              "Type": "AWS::Scheduler::Schedule",
              "Properties": {
                "ScheduleExpression": "cron(0 3 * * MON *)",
                "FlexibleTimeWindow": { "Mode": "OFF" },
                "Target": { "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] }, "RoleArn": { "Fn::GetAtt": ["SchedulerRole", "Arn"] } }
              }
            }
          }
        }
      `,
      errors: [
        { messageId: "ratePlural", data: { unit: "minute", value: "5", expected: "minutes" }, line: 6, column: 39, endLine: 6, endColumn: 45 },
        { messageId: "cronDayFields", data: { dom: "*", dow: "MON" }, line: 13, column: 41, endLine: 13, endColumn: 42 },
      ],
      output: `{
  "Resources": {
    "Nightly": {
      "Type": "AWS::Events::Rule",
      "Properties": {
        "ScheduleExpression": "rate(5 minutes)",
        "Targets": [{ "Id": "report", "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] }, "RoleArn": { "Fn::GetAtt": ["EventsRole", "Arn"] }, "EcsParameters": { "TaskDefinitionArn": { "Ref": "TaskDefinition" } } }]
      }
    },
    "Cleanup": {
      "Type": "AWS::Scheduler::Schedule",
      "Properties": {
        "ScheduleExpression": "cron(0 3 ? * MON *)",
        "FlexibleTimeWindow": { "Mode": "OFF" },
        "Target": { "Arn": { "Fn::GetAtt": ["Cluster", "Arn"] }, "RoleArn": { "Fn::GetAtt": ["SchedulerRole", "Arn"] } }
      }
    }
  }
}
`,
    },
  ],
});
