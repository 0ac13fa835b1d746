import rule from "../../src/rules/ecr-scan-on-push.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

const missing = (repository: string, path = "imageScanningConfiguration.scanOnPush") => ({ messageId: "missing", data: { repository, path } });
const disabled = (repository: string, path = "imageScanningConfiguration.scanOnPush") => ({ messageId: "disabled", data: { repository, path } });

runRule("ecr-scan-on-push", rule, {
  valid: [
    json`
      {
        "repositoryName": "web",
        "imageScanningConfiguration": { "scanOnPush": true }
      }
    `,
    yaml`
      repositoryName: team/web
      imageTagMutability: IMMUTABLE
      imageScanningConfiguration:
        scanOnPush: true
    `,
    // CloudFormation.
    json`
      {
        "Resources": {
          "Repo": {
            "Type": "AWS::ECR::Repository",
            "Properties": { "ImageScanningConfiguration": { "ScanOnPush": true } }
          }
        }
      }
    `,
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            RepositoryName: web
            ImageScanningConfiguration:
              ScanOnPush: true
    `,
    // Unknown values are not false, and not missing.
    yaml`
      Resources:
        Repo:
          Type: AWS::ECR::Repository
          Properties:
            ImageScanningConfiguration:
              ScanOnPush: !Ref ScanOnPush
        Other:
          Type: AWS::ECR::Repository
          Properties:
            ImageScanningConfiguration: !If [IsProd, {ScanOnPush: true}, !Ref AWS::NoValue]
        Quoted:
          Type: AWS::ECR::Repository
          Properties:
            RepositoryName: !Sub \${AWS::StackName}-web
            ImageScanningConfiguration:
              ScanOnPush: "true"
    `,
    // CloudFormation converts "true" to true.
    json`{ "Resources": { "Repo": { "Type": "AWS::ECR::Repository", "Properties": { "ImageScanningConfiguration": { "ScanOnPush": "true" } } } } }`,
    json`{ "repositoryName": "web", "imageScanningConfiguration": { "scanOnPush": "\${SCAN_ON_PUSH}" } }`,
    json`{ "repositoryName": "web", "imageScanningConfiguration": "\${SCANNING}" }`,
    // A YAML merge key may supply the setting.
    yaml`
      repositoryName: web
      imageTagMutability: IMMUTABLE
      <<: *defaults
    `,
    yaml`
      repositoryName: web
      imageScanningConfiguration:
        <<: *scanning
    `,
    // describe-repositories output where every repository scans on push.
    json`
      {
        "repositories": [
          {
            "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
            "repositoryName": "web",
            "imageScanningConfiguration": { "scanOnPush": true }
          }
        ]
      }
    `,
    // Registry scanning configurations that scan something.
    json`
      {
        "scanType": "ENHANCED",
        "rules": [{ "scanFrequency": "CONTINUOUS_SCAN", "repositoryFilters": [{ "filter": "*", "filterType": "WILDCARD" }] }]
      }
    `,
    yaml`
      scanType: BASIC
      rules:
        - scanFrequency: MANUAL
          repositoryFilters: [{filter: "*", filterType: WILDCARD}]
        - scanFrequency: SCAN_ON_PUSH
          repositoryFilters: [{filter: prod, filterType: WILDCARD}]
    `,
    yaml`
      Resources:
        Scanning:
          Type: AWS::ECR::RegistryScanningConfiguration
          Properties:
            ScanType: ENHANCED
            Rules:
              - ScanFrequency: SCAN_ON_PUSH
                RepositoryFilters:
                  - Filter: "*"
                    FilterType: WILDCARD
    `,
    // An empty filter list is not judged (the documentation does not say what it matches).
    json`{ "scanType": "BASIC", "rules": [{ "scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [] }] }`,
    // Unknown rules, frequencies or items.
    yaml`
      Resources:
        Scanning:
          Type: AWS::ECR::RegistryScanningConfiguration
          Properties:
            ScanType: BASIC
            Rules: !If [IsProd, [], []]
    `,
    yaml`
      scanType: BASIC
      rules:
        - scanFrequency: MANUAL
          repositoryFilters: []
        - !If [IsProd, {scanFrequency: SCAN_ON_PUSH}, !Ref AWS::NoValue]
    `,
    json`{ "scanType": "BASIC", "rules": [{ "scanFrequency": "\${FREQUENCY}", "repositoryFilters": [] }] }`,
    // A misspelled frequency is valid-schema's.
    json`{ "scanType": "BASIC", "rules": [{ "scanFrequency": "manual", "repositoryFilters": [] }] }`,
    // Not an ECR repository (a name alone is not recognized).
    json`{ "repositoryName": "web" }`,
    json`{ "family": "web", "containerDefinitions": [] }`,
  ],
  invalid: [
    {
      // A resource without Properties gets every default: reported at its logical ID, with no fix (there is no Properties to write into).
      ...yaml`
        Resources:
          Bare:
            Type: AWS::ECR::Repository
      `,
      errors: [{ messageId: "missing", data: { repository: 'Repository "Bare"', path: "ImageScanningConfiguration.ScanOnPush" }, line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
    {
      ...json`
        {
          "repositoryName": "web",
          "imageTagMutability": "IMMUTABLE"
        }
      `,
      errors: [{ ...missing('Repository "web"'), line: 2, column: 3, endLine: 2, endColumn: 19 }],
      output: `{
  "repositoryName": "web",
  "imageTagMutability": "IMMUTABLE",
  "imageScanningConfiguration": {"scanOnPush":true}
}
`,
    },
    {
      ...json`
        {
          "repositoryName": "web",
          "imageScanningConfiguration": { "scanOnPush": false }
        }
      `,
      errors: [{ ...disabled('Repository "web"'), line: 3, column: 49, endLine: 3, endColumn: 54 }],
      output: `{
  "repositoryName": "web",
  "imageScanningConfiguration": { "scanOnPush": true }
}
`,
    },
    {
      ...json`
        {
          "repositoryName": "web",
          "imageScanningConfiguration": {}
        }
      `,
      errors: [{ ...missing('Repository "web"'), line: 3, column: 3, endLine: 3, endColumn: 31 }],
      output: `{
  "repositoryName": "web",
  "imageScanningConfiguration": { "scanOnPush": true }
}
`,
    },
    {
      // null is absent: the whole configuration is written in its place.
      ...json`
        {
          "repositoryName": "web",
          "imageScanningConfiguration": null
        }
      `,
      errors: [{ ...missing('Repository "web"'), line: 2, column: 3, endLine: 2, endColumn: 19 }],
      output: `{
  "repositoryName": "web",
  "imageScanningConfiguration": {"scanOnPush":true}
}
`,
    },
    {
      ...yaml`
        repositoryName: web
        imageTagMutability: IMMUTABLE
      `,
      errors: [{ ...missing('Repository "web"'), line: 1, column: 1, endLine: 1, endColumn: 15 }],
      output: `repositoryName: web
imageTagMutability: IMMUTABLE
imageScanningConfiguration: {scanOnPush: true}
`,
    },
    {
      ...yaml`
        repositoryName: web
        imageScanningConfiguration:
          scanOnPush: false
      `,
      errors: [{ ...disabled('Repository "web"'), line: 3, column: 15, endLine: 3, endColumn: 20 }],
      output: `repositoryName: web
imageScanningConfiguration:
  scanOnPush: true
`,
    },
    {
      ...yaml`
        repositoryName: web
        imageScanningConfiguration: {}
      `,
      errors: [{ ...missing('Repository "web"'), line: 2, column: 1, endLine: 2, endColumn: 27 }],
      output: `repositoryName: web
imageScanningConfiguration: {scanOnPush: true}
`,
    },
    {
      // CloudFormation: PascalCase keys, reported on Properties (or the value), named by the repository name or logical ID.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              ImageTagMutability: IMMUTABLE
          Other:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: false
      `,
      errors: [
        { ...missing('Repository "web"', "ImageScanningConfiguration.ScanOnPush"), line: 4, column: 5, endLine: 4, endColumn: 15 },
        { ...disabled('Repository "Other"', "ImageScanningConfiguration.ScanOnPush"), line: 11, column: 21, endLine: 11, endColumn: 26 },
      ],
      output: `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: web
      ImageTagMutability: IMMUTABLE
      ImageScanningConfiguration: {ScanOnPush: true}
  Other:
    Type: AWS::ECR::Repository
    Properties:
      ImageScanningConfiguration:
        ScanOnPush: true
`,
    },
    {
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": {
                "ImageTagMutability": "IMMUTABLE"
              }
            }
          }
        }
      `,
      errors: [{ ...missing('Repository "Repo"', "ImageScanningConfiguration.ScanOnPush"), line: 5, column: 7, endLine: 5, endColumn: 19 }],
      output: `{
  "Resources": {
    "Repo": {
      "Type": "AWS::ECR::Repository",
      "Properties": {
        "ImageTagMutability": "IMMUTABLE",
        "ImageScanningConfiguration": {"ScanOnPush":true}
      }
    }
  }
}
`,
    },
    {
      // CloudFormation converts "false" to false; a !Sub name is unknown, so the logical ID names the repository.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: !Sub \${AWS::StackName}-web
              ImageScanningConfiguration:
                ScanOnPush: "false"
      `,
      errors: [{ ...disabled('Repository "Repo"', "ImageScanningConfiguration.ScanOnPush"), line: 7, column: 21, endLine: 7, endColumn: 28 }],
      output: `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub \${AWS::StackName}-web
      ImageScanningConfiguration:
        ScanOnPush: true
`,
    },
    {
      ...json`
        {
          "Resources": {
            "Repo": {
              "Type": "AWS::ECR::Repository",
              "Properties": { "RepositoryName": "web", "ImageScanningConfiguration": { "ScanOnPush": "false" } }
            }
          }
        }
      `,
      errors: [{ ...disabled('Repository "web"', "ImageScanningConfiguration.ScanOnPush"), line: 5, column: 94, endLine: 5, endColumn: 101 }],
      output: `{
  "Resources": {
    "Repo": {
      "Type": "AWS::ECR::Repository",
      "Properties": { "RepositoryName": "web", "ImageScanningConfiguration": { "ScanOnPush": true } }
    }
  }
}
`,
    },
    {
      // describe-repositories output: the live state, reported without a fix.
      ...json`
        {
          "repositories": [
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
              "repositoryName": "web",
              "imageScanningConfiguration": { "scanOnPush": false }
            },
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/api",
              "repositoryName": "api",
              "imageScanningConfiguration": { "scanOnPush": true }
            },
            {
              "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/old",
              "repositoryName": "old"
            }
          ]
        }
      `,
      errors: [
        { messageId: "describedOff", data: { repository: 'Repository "web"', path: "imageScanningConfiguration.scanOnPush", state: "false" }, line: 6, column: 53, endLine: 6, endColumn: 58 },
        { messageId: "describedOff", data: { repository: 'Repository "old"', path: "imageScanningConfiguration.scanOnPush", state: "not set" }, line: 15, column: 7, endLine: 15, endColumn: 23 },
      ],
    },
    {
      ...yaml`
        repositories:
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/web
            repositoryName: web
            imageScanningConfiguration:
              scanOnPush: false
          - repositoryArn: arn:aws:ecr:us-east-1:123456789012:repository/api
            repositoryName: api
            imageScanningConfiguration: {}
      `,
      errors: [
        { messageId: "describedOff", data: { repository: 'Repository "web"', path: "imageScanningConfiguration.scanOnPush", state: "false" }, line: 5, column: 19, endLine: 5, endColumn: 24 },
        { messageId: "describedOff", data: { repository: 'Repository "api"', path: "imageScanningConfiguration.scanOnPush", state: "not set" }, line: 8, column: 5, endLine: 8, endColumn: 31 },
      ],
    },
    // Registry scanning configurations that scan nothing.
    {
      ...json`{ "scanType": "BASIC", "rules": [] }`,
      errors: [{ messageId: "registryNoRules", data: { key: "rules", frequency: "scanFrequency" }, line: 1, column: 24, endLine: 1, endColumn: 31 }],
    },
    {
      ...json`{ "scanType": "BASIC" }`,
      errors: [{ messageId: "registryNoRules", line: 1, column: 3, endLine: 1, endColumn: 13 }],
    },
    {
      // get-registry-scanning-configuration output.
      ...json`
        {
          "registryId": "123456789012",
          "scanningConfiguration": { "scanType": "BASIC", "rules": [] }
        }
      `,
      errors: [{ messageId: "registryNoRules", line: 3, column: 51, endLine: 3, endColumn: 58 }],
    },
    {
      ...yaml`
        registryId: "123456789012"
        scanningConfiguration:
          scanType: BASIC
      `,
      errors: [{ messageId: "registryNoRules", line: 2, column: 1, endLine: 2, endColumn: 22 }],
    },
    {
      ...yaml`
        scanType: ENHANCED
        rules:
          - scanFrequency: MANUAL
            repositoryFilters:
              - filter: "*"
                filterType: WILDCARD
      `,
      errors: [{ messageId: "registryManualOnly", data: { frequency: "scanFrequency" }, line: 2, column: 1, endLine: 2, endColumn: 6 }],
    },
    {
      ...json`
        {
          "Resources": {
            "Scanning": {
              "Type": "AWS::ECR::RegistryScanningConfiguration",
              "Properties": { "ScanType": "BASIC", "Rules": [] }
            }
          }
        }
      `,
      errors: [{ messageId: "registryNoRules", data: { key: "Rules", frequency: "ScanFrequency" }, line: 5, column: 44, endLine: 5, endColumn: 51 }],
    },
    {
      ...yaml`
        Resources:
          Scanning:
            Type: AWS::ECR::RegistryScanningConfiguration
            Properties:
              ScanType: BASIC
              Rules:
                - ScanFrequency: MANUAL
                  RepositoryFilters: [{Filter: "*", FilterType: WILDCARD}]
      `,
      errors: [{ messageId: "registryManualOnly", data: { frequency: "ScanFrequency" }, line: 6, column: 7, endLine: 6, endColumn: 12 }],
    },
    {
      // A resource without Properties gets every default; reported at its logical ID, with nothing to edit.
      ...yaml`
        Resources:
          Repo:
            Type: AWS::ECR::Repository
      `,
      errors: [{ ...missing('Repository "Repo"', "ImageScanningConfiguration.ScanOnPush"), line: 2, column: 3, endLine: 2, endColumn: 7 }],
    },
  ],
});
