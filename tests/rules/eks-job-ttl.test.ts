import rule from "../../src/rules/eks-job-ttl.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-job-ttl", rule, {
  valid: [
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        ttlSecondsAfterFinished: 600
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: migrate
                image: migrate:1.0
    `,
    json`
      {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": { "name": "migrate" },
        "spec": { "ttlSecondsAfterFinished": 0, "template": { "spec": { "restartPolicy": "Never", "containers": [{ "name": "migrate", "image": "migrate:1.0" }] } } }
      }
    `,
    // CronJob templates are exempt: the CronJob's history limits clean up.
    yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: nightly }
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: Never
                containers:
                  - name: task
                    image: task:1.0
    `,
    // Unknown values count as set.
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        ttlSecondsAfterFinished: "\${TTL}"
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: migrate, image: "migrate:1.0" }]
    `,
    // Fragments (a patch) are not judged for what they leave out.
    { ...yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        template:
          spec:
            containers: [{ name: migrate, image: "migrate:1.1" }]
    `, filename: "job-patch.yaml" },
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        backoffLimit: 2
    `,
    // Custom resources and other workloads are not Jobs.
    yaml`
      apiVersion: example.com/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        template:
          spec:
            containers: [{ name: migrate, image: "migrate:1.0" }]
    `,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: once }
      spec:
        restartPolicy: Never
        containers: [{ name: once, image: "once:1.0" }]
    `,
  ],
  invalid: [
    {
      ...yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: migrate:1.0
      `,
      errors: [
        {
          messageId: "missingTtl",
          data: { job: 'Job "migrate"', ttl: 3600 },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
          suggestions: [
            {
              messageId: "addTtl",
              data: { ttl: 3600 },
              output: `apiVersion: batch/v1
kind: Job
metadata: { name: migrate }
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: migrate:1.0
  ttlSecondsAfterFinished: 3600
`,
            },
          ],
        },
      ],
    },
    // null is absent; the suggestion replaces it.
    {
      ...json`
        {
          "apiVersion": "batch/v1",
          "kind": "Job",
          "metadata": { "name": "migrate" },
          "spec": { "ttlSecondsAfterFinished": null, "template": { "spec": { "restartPolicy": "Never", "containers": [{ "name": "migrate", "image": "migrate:1.0" }] } } }
        }
      `,
      errors: [
        {
          messageId: "missingTtl",
          data: { job: 'Job "migrate"', ttl: 3600 },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: "addTtl",
              data: { ttl: 3600 },
              output: `{
  "apiVersion": "batch/v1",
  "kind": "Job",
  "metadata": { "name": "migrate" },
  "spec": { "ttlSecondsAfterFinished": 3600, "template": { "spec": { "restartPolicy": "Never", "containers": [{ "name": "migrate", "image": "migrate:1.0" }] } } }
}
`,
            },
          ],
        },
      ],
    },
    // The second document of a file; a List item.
    {
      ...yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: first }
        spec:
          ttlSecondsAfterFinished: 60
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: a, image: "a:1" }]
        ---
        apiVersion: v1
        kind: List
        items:
          - apiVersion: batch/v1
            kind: Job
            metadata: { name: second }
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: b, image: "b:1" }]
      `,
      errors: [
        {
          messageId: "missingTtl",
          data: { job: 'Job "second"', ttl: 3600 },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 9,
          suggestions: [
            {
              messageId: "addTtl",
              data: { ttl: 3600 },
              output: `apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  ttlSecondsAfterFinished: 60
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: a, image: "a:1" }]
---
apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: Job
    metadata: { name: second }
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{ name: b, image: "b:1" }]
      ttlSecondsAfterFinished: 3600
`,
            },
          ],
        },
      ],
    },
  ],
});
