import rule from "../../src/rules/ecr-lifecycle-policy.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("ecr-lifecycle-policy", rule, {
  valid: [
    // The policy document itself: untagged first, a tagged rule, the "any" rule last.
    json`
      {
        "rules": [
          { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 }, "action": { "type": "expire" } },
          { "rulePriority": 5, "selection": { "tagStatus": "tagged", "tagPatternList": ["prod*", "*test*1*2*3", "test*1*2*3*", "\${TAG}*"], "countType": "imageCountMoreThan", "countNumber": 50 }, "action": { "type": "expire" } },
          { "rulePriority": 7, "selection": { "tagStatus": "tagged", "tagPrefixList": ["dev-", "feature-"], "countType": "imageCountMoreThan", "countNumber": 5 }, "action": { "type": "expire" } },
          { "rulePriority": 100, "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 500 }, "action": { "type": "expire" } }
        ]
      }
    `,
    yaml`
      rules:
        - rulePriority: 1
          description: Expire untagged images after a day
          selection:
            tagStatus: untagged
            countType: sinceImagePushed
            countUnit: days
            countNumber: 1
          action:
            type: expire
        - rulePriority: 2
          selection: { tagStatus: any, countType: imageCountMoreThan, countNumber: 200 }
          action: { type: expire }
    `,
    // put-lifecycle-policy input and get-lifecycle-policy output: the policy as a string.
    json`
      {
        "repositoryName": "web",
        "lifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\", \\"countType\\": \\"imageCountMoreThan\\", \\"countNumber\\": 1}, \\"action\\": {\\"type\\": \\"expire\\"}}, {\\"rulePriority\\": 2, \\"selection\\": {\\"tagStatus\\": \\"any\\", \\"countType\\": \\"sinceImagePushed\\", \\"countUnit\\": \\"days\\", \\"countNumber\\": 90}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
      }
    `,
    json`
      {
        "registryId": "123456789012",
        "repositoryName": "web",
        "lifecyclePolicyText": "{\\"rules\\":[{\\"rulePriority\\":1,\\"selection\\":{\\"tagStatus\\":\\"tagged\\",\\"tagPatternList\\":[\\"*\\"],\\"countType\\":\\"imageCountMoreThan\\",\\"countNumber\\":20},\\"action\\":{\\"type\\":\\"expire\\"}}]}",
        "lastEvaluatedAt": "2026-01-01T00:00:00Z"
      }
    `,
    // A CloudFormation repository with the policy in a block scalar.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            LifecyclePolicy:
              LifecyclePolicyText: |
                {
                  "rules": [
                    { "rulePriority": 1, "selection": { "tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 10 }, "action": { "type": "expire" } }
                  ]
                }
    `,
    // The "any" rule and the one untagged rule are per storage class: archive rules have their own.
    json`
      {
        "rules": [
          { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 }, "action": { "type": "expire" } },
          { "rulePriority": 2, "selection": { "tagStatus": "untagged", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 30 }, "action": { "type": "expire" } },
          { "rulePriority": 5, "selection": { "tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 365 }, "action": { "type": "expire" } },
          { "rulePriority": 10, "selection": { "tagStatus": "any", "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 90 }, "action": { "type": "transition", "targetStorageClass": "archive" } }
        ]
      }
    `,
    // Unknown values are not wrong: placeholders, intrinsics, merge keys.
    json`{ "repositoryName": "web", "lifecyclePolicyText": "\${LIFECYCLE_POLICY}" }`,
    json`
      {
        "rules": [
          { "rulePriority": "\${PRIORITY}", "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 10 }, "action": { "type": "expire" } },
          { "rulePriority": 2, "selection": { "tagStatus": "\${STATUS}", "tagPrefixList": ["v"], "countType": "\${COUNT_TYPE}", "countNumber": 10 }, "action": { "type": "expire" } }
        ]
      }
    `,
    yaml`
      rules:
        - rulePriority: 1
          selection:
            tagStatus: tagged
            tagPatternList: !Ref TagPatterns
            countType: sinceImagePushed
            <<: *unit
            countNumber: 30
          action:
            type: expire
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            LifecyclePolicy:
              LifecyclePolicyText: !Sub '{"rules": [{"rulePriority": \${Priority}, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]}'
    `,
    json`
      {
        "Resources": {
          "Joined": {
            "Type": "AWS::ECR::Repository",
            "Properties": { "LifecyclePolicy": { "LifecyclePolicyText": { "Fn::Join": ["", ["{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"tagged\\"", { "Fn::Select": [0, { "Ref": "Rest" }] }]] } } }
          },
          "Templated": {
            "Type": "AWS::ECR::Repository",
            "Properties": { "LifecyclePolicy": { "LifecyclePolicyText": { "Fn::Sub": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\", \\"tagPrefixList\\": [\\"\${Prefix}\\"], \\"countType\\": \\"imageCountMoreThan\\", \\"countNumber\\": 1}, \\"action\\": {\\"type\\": \\"expire\\"}}]}" } } }
          },
          "Conditional": {
            "Type": "AWS::ECR::Repository",
            "Properties": { "LifecyclePolicy": { "Fn::If": ["IsProd", { "LifecyclePolicyText": "{}" }, { "Ref": "AWS::NoValue" }] } }
          }
        }
      }
    `,
    // A string that is not JSON is valid-schema's.
    json`{ "repositoryName": "web", "lifecyclePolicyText": "{\\"rules\\": [" }`,
    // null is absent; wrong types are valid-schema's.
    json`
      {
        "rules": [
          { "rulePriority": 1, "selection": { "tagStatus": "untagged", "tagPrefixList": null, "countType": "imageCountMoreThan", "countUnit": null, "countNumber": 0.5 }, "action": { "type": "expire" } },
          { "rulePriority": 1.5, "selection": { "tagStatus": "tagged", "tagPrefixList": "v", "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } }
        ]
      }
    `,
    // Not a lifecycle policy.
    json`{ "rules": [{ "scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{ "filter": "*", "filterType": "WILDCARD" }] }] }`,
  ],
  invalid: [
    {
      ...json`
        {
          "rules": [
            { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
            { "rulePriority": 2, "selection": { "tagStatus": "tagged", "tagPatternList": ["v*"], "countType": "imageCountMoreThan", "countNumber": 50 }, "action": { "type": "expire" } },
            { "rulePriority": 2, "selection": { "tagStatus": "tagged", "tagPrefixList": ["dev-"], "countType": "imageCountMoreThan", "countNumber": 5 }, "action": { "type": "expire" } }
          ]
        }
      `,
      errors: [{ messageId: "duplicatePriority", data: { rule: "#3", priority: 2, other: "#2" }, line: 5, column: 23, endLine: 5, endColumn: 24 }],
    },
    {
      ...json`
        {
          "rules": [
            {
              "rulePriority": 1,
              "description": "Keep 30 images",
              "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 30 },
              "action": { "type": "expire" }
            },
            {
              "rulePriority": 5,
              "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 },
              "action": { "type": "expire" }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "anyNotLast",
          data: { rule: "#1", priority: 1, other: "#2", otherPriority: 5, scope: "" },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: "raisePriority",
              data: { priority: 6 },
              output: `{
  "rules": [
    {
      "rulePriority": 6,
      "description": "Keep 30 images",
      "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 30 },
      "action": { "type": "expire" }
    },
    {
      "rulePriority": 5,
      "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7 },
      "action": { "type": "expire" }
    }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        rules:
          - rulePriority: 1
            selection:
              tagStatus: tagged
              countType: imageCountMoreThan
              countNumber: 10
            action:
              type: expire
          - rulePriority: 2
            selection:
              tagStatus: tagged
              tagPrefixList: []
              countType: imageCountMoreThan
              countNumber: 10
            action:
              type: expire
      `,
      errors: [
        { messageId: "taggedWithoutList", data: { rule: "#1" }, line: 4, column: 18, endLine: 4, endColumn: 24 },
        { messageId: "taggedWithoutList", data: { rule: "#2" }, line: 11, column: 18, endLine: 11, endColumn: 24 },
      ],
    },
    {
      ...json`
        {
          "rules": [
            { "rulePriority": 1, "selection": { "tagStatus": "untagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
            { "rulePriority": 2, "selection": { "tagStatus": "any", "tagPatternList": [], "countType": "imageCountMoreThan", "countNumber": 100 }, "action": { "type": "expire" } }
          ]
        }
      `,
      errors: [
        {
          messageId: "listWithoutTagged",
          data: { rule: "#1", status: "untagged", list: "tagPrefixList" },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: "removeMember",
              data: { key: "tagPrefixList" },
              output: `{
  "rules": [
    { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
    { "rulePriority": 2, "selection": { "tagStatus": "any", "tagPatternList": [], "countType": "imageCountMoreThan", "countNumber": 100 }, "action": { "type": "expire" } }
  ]
}
`,
            },
            {
              messageId: "setTagged",
              output: `{
  "rules": [
    { "rulePriority": 1, "selection": { "tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
    { "rulePriority": 2, "selection": { "tagStatus": "any", "tagPatternList": [], "countType": "imageCountMoreThan", "countNumber": 100 }, "action": { "type": "expire" } }
  ]
}
`,
            },
          ],
        },
        {
          messageId: "listWithoutTagged",
          data: { rule: "#2", status: "any", list: "tagPatternList" },
          line: 4,
          column: 61,
          endLine: 4,
          endColumn: 77,
          suggestions: [
            {
              messageId: "removeMember",
              data: { key: "tagPatternList" },
              output: `{
  "rules": [
    { "rulePriority": 1, "selection": { "tagStatus": "untagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
    { "rulePriority": 2, "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 100 }, "action": { "type": "expire" } }
  ]
}
`,
            },
          ],
        },
      ],
    },
    {
      ...yaml`
        rules:
          - rulePriority: 1
            selection:
              tagStatus: tagged
              tagPrefixList: [release]
              tagPatternList: ["v*"]
              countType: imageCountMoreThan
              countNumber: 10
            action:
              type: expire
      `,
      errors: [{ messageId: "bothLists", data: { rule: "#1" }, line: 6, column: 7, endLine: 6, endColumn: 21 }],
    },
    {
      ...json`
        {
          "rules": [
            {
              "rulePriority": 1,
              "selection": {
                "tagStatus": "untagged",
                "countType": "imageCountMoreThan",
                "countUnit": "days",
                "countNumber": 3
              },
              "action": { "type": "expire" }
            },
            {
              "rulePriority": 2,
              "selection": {
                "tagStatus": "tagged",
                "tagPatternList": ["*"],
                "countType": "sinceImagePushed",
                "countNumber": 90
              },
              "action": { "type": "expire" }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "countUnitWithImageCount",
          data: { rule: "#1" },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 20,
          suggestions: [
            {
              messageId: "removeMember",
              data: { key: "countUnit" },
              output: `{
  "rules": [
    {
      "rulePriority": 1,
      "selection": {
        "tagStatus": "untagged",
        "countType": "imageCountMoreThan",
        "countNumber": 3
      },
      "action": { "type": "expire" }
    },
    {
      "rulePriority": 2,
      "selection": {
        "tagStatus": "tagged",
        "tagPatternList": ["*"],
        "countType": "sinceImagePushed",
        "countNumber": 90
      },
      "action": { "type": "expire" }
    }
  ]
}
`,
            },
          ],
        },
        { messageId: "missingCountUnit", data: { rule: "#2", countType: "sinceImagePushed" }, line: 15, column: 7, endLine: 15, endColumn: 18 },
      ],
      output: `{
  "rules": [
    {
      "rulePriority": 1,
      "selection": {
        "tagStatus": "untagged",
        "countType": "imageCountMoreThan",
        "countUnit": "days",
        "countNumber": 3
      },
      "action": { "type": "expire" }
    },
    {
      "rulePriority": 2,
      "selection": {
        "tagStatus": "tagged",
        "tagPatternList": ["*"],
        "countType": "sinceImagePushed",
        "countNumber": 90,
        "countUnit": "days"
      },
      "action": { "type": "expire" }
    }
  ]
}
`,
    },
    {
      ...yaml`
        rules:
          - rulePriority: 1
            selection:
              tagStatus: untagged
              countType: sinceImagePushed
              countNumber: 14
            action:
              type: expire
          - rulePriority: 2
            selection: { tagStatus: any, countType: sinceImagePulled, countNumber: 90 }
            action: { type: expire }
      `,
      errors: [
        { messageId: "missingCountUnit", data: { rule: "#1", countType: "sinceImagePushed" }, line: 3, column: 5, endLine: 3, endColumn: 14 },
        { messageId: "missingCountUnit", data: { rule: "#2", countType: "sinceImagePulled" }, line: 10, column: 5, endLine: 10, endColumn: 14 },
      ],
      output: `rules:
  - rulePriority: 1
    selection:
      tagStatus: untagged
      countType: sinceImagePushed
      countNumber: 14
      countUnit: days
    action:
      type: expire
  - rulePriority: 2
    selection: { tagStatus: any, countType: sinceImagePulled, countNumber: 90, countUnit: days }
    action: { type: expire }
`,
    },
    {
      ...yaml`
        rules:
          - rulePriority: 1
            selection: { tagStatus: any, countType: imageCountMoreThan, countNumber: 100 }
            action: { type: expire }
          - rulePriority: 2
            selection: { tagStatus: untagged, countType: imageCountMoreThan, countNumber: 1 }
            action: { type: expire }
      `,
      errors: [
        {
          messageId: "anyNotLast",
          data: { rule: "#1", priority: 1, other: "#2", otherPriority: 2, scope: "" },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: "raisePriority",
              data: { priority: 3 },
              output: `rules:
  - rulePriority: 3
    selection: { tagStatus: any, countType: imageCountMoreThan, countNumber: 100 }
    action: { type: expire }
  - rulePriority: 2
    selection: { tagStatus: untagged, countType: imageCountMoreThan, countNumber: 1 }
    action: { type: expire }
`,
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "rules": [
            { "rulePriority": 1, "selection": { "tagStatus": "tagged", "tagPatternList": ["test*1*2*3*4*5*6", "v*"], "countType": "imageCountMoreThan", "countNumber": 0 }, "action": { "type": "expire" } }
          ]
        }
      `,
      errors: [
        { messageId: "tooManyWildcards", data: { rule: "#1", pattern: "test*1*2*3*4*5*6", count: 6, max: 4 }, line: 3, column: 83, endLine: 3, endColumn: 101 },
        { messageId: "countNumberTooSmall", data: { rule: "#1", value: 0 }, line: 3, column: 160, endLine: 3, endColumn: 161 },
      ],
    },
    {
      ...yaml`
        rules:
          - rulePriority: 1
            selection:
              tagStatus: tagged
              tagPatternList: ["\${BRANCH}-*-*-*-*-*"]
              countType: sinceImagePushed
              countUnit: days
              countNumber: -1
            action:
              type: expire
      `,
      errors: [
        { messageId: "tooManyWildcards", data: { rule: "#1", pattern: "${BRANCH}-*-*-*-*-*", count: 5, max: 4 }, line: 5, column: 24, endLine: 5, endColumn: 45 },
        { messageId: "countNumberTooSmall", data: { rule: "#1", value: -1 }, line: 8, column: 20, endLine: 8, endColumn: 22 },
      ],
    },
    {
      // Only one untagged rule per storage class; an archive one is another class.
      ...json`
        {
          "rules": [
            { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },
            { "rulePriority": 2, "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 1 }, "action": { "type": "expire" } },
            { "rulePriority": 3, "selection": { "tagStatus": "untagged", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 30 }, "action": { "type": "expire" } }
          ]
        }
      `,
      errors: [{ messageId: "secondUntagged", data: { rule: "#2", other: "#1", scope: " per storage class" }, line: 4, column: 54, endLine: 4, endColumn: 64 }],
    },
    {
      // put-lifecycle-policy input: reports land inside the escaped string; nothing is fixed there.
      ...json`
        {
          "repositoryName": "web",
          "lifecyclePolicyText": "{\\"rules\\": [{\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"any\\", \\"countType\\": \\"imageCountMoreThan\\", \\"countNumber\\": 30}, \\"action\\": {\\"type\\": \\"expire\\"}}, {\\"rulePriority\\": 2, \\"selection\\": {\\"tagStatus\\": \\"tagged\\", \\"countType\\": \\"sinceImagePushed\\", \\"countNumber\\": 7}, \\"action\\": {\\"type\\": \\"expire\\"}}]}"
        }
      `,
      errors: [
        { messageId: "anyNotLast", data: { rule: "#1", priority: 1, other: "#2", otherPriority: 2, scope: "" }, line: 3, column: 59, endLine: 3, endColumn: 60 },
        { messageId: "missingCountUnit", data: { rule: "#2", countType: "sinceImagePushed" }, line: 3, column: 222, endLine: 3, endColumn: 235 },
        { messageId: "taggedWithoutList", data: { rule: "#2" }, line: 3, column: 253, endLine: 3, endColumn: 263 },
      ],
    },
    {
      // The same in YAML, single-quoted.
      ...yaml`
        repositoryName: web
        lifecyclePolicyText: '{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "imageCountMoreThan", "countUnit": "days", "countNumber": 1}, "action": {"type": "expire"}}]}'
      `,
      errors: [{ messageId: "countUnitWithImageCount", data: { rule: "#1" }, line: 2, column: 128, endLine: 2, endColumn: 139 }],
    },
    {
      // A CloudFormation block scalar: positions inside the block, no fixes.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              LifecyclePolicy:
                LifecyclePolicyText: |
                  {
                    "rules": [
                      {
                        "rulePriority": 1,
                        "selection": { "tagStatus": "untagged", "countType": "sinceImagePushed", "countNumber": 7 },
                        "action": { "type": "expire" }
                      },
                      {
                        "rulePriority": 1,
                        "selection": { "tagStatus": "tagged", "tagPrefixList": ["v"], "tagPatternList": ["v*"], "countType": "imageCountMoreThan", "countNumber": 10 },
                        "action": { "type": "expire" }
                      }
                    ]
                  }
      `,
      errors: [
        { messageId: "missingCountUnit", data: { rule: "#1", countType: "sinceImagePushed" }, line: 12, column: 17, endLine: 12, endColumn: 28 },
        { messageId: "duplicatePriority", data: { rule: "#2", priority: 1, other: "#1" }, line: 16, column: 33, endLine: 16, endColumn: 34 },
        { messageId: "bothLists", data: { rule: "#2" }, line: 17, column: 79, endLine: 17, endColumn: 95 },
      ],
    },
    {
      // A JSON template with the policy as an escaped string (with \n escapes).
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": {
                "LifecyclePolicy": {
                  "LifecyclePolicyText": "{\\n  \\"rules\\": [\\n    {\\"rulePriority\\": 1, \\"selection\\": {\\"tagStatus\\": \\"untagged\\", \\"tagPrefixList\\": [\\"x\\"], \\"countType\\": \\"imageCountMoreThan\\", \\"countNumber\\": 1}, \\"action\\": {\\"type\\": \\"expire\\"}}\\n  ]\\n}"
                }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "listWithoutTagged", data: { rule: "#1", status: "untagged", list: "tagPrefixList" }, line: 7, column: 125, endLine: 7, endColumn: 142 }],
    },
    {
      // A !Sub without variables is the string itself: read, reported on the whole tagged string (no positions
      // inside it, no suggestions); a !Join is unknown.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: !Sub |
                  {"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}}]}
          Joined:
            Type: AWS::ECR::Repository
            Properties:
              LifecyclePolicy:
                LifecyclePolicyText: !Join ["", ['{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": ', !Ref Keep, '}, "action": {"type": "expire"}}]}']]
      `,
      errors: [{ messageId: "listWithoutTagged", data: { rule: "#1", status: "untagged", list: "tagPrefixList" }, line: 6, column: 30, endLine: 7, endColumn: 190 }],
    },
  ],
});
