import rule from "../../src/rules/eks-selector-match.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

runRule("eks-selector-match", rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
              version: "2"
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    json`
      {
        "apiVersion": "apps/v1",
        "kind": "DaemonSet",
        "metadata": { "name": "agent" },
        "spec": {
          "selector": { "matchExpressions": [{ "key": "app", "operator": "In", "values": ["agent", "collector"] }, { "key": "canary", "operator": "DoesNotExist" }] },
          "template": { "metadata": { "labels": { "app": "agent" } }, "spec": { "containers": [{ "name": "agent", "image": "fluent-bit:3.1" }] } }
        }
      }
    `,
    // A ReplicationController's selector is a plain map.
    yaml`
      apiVersion: v1
      kind: ReplicationController
      metadata:
        name: legacy
      spec:
        selector:
          app: legacy
        template:
          metadata:
            labels:
              app: legacy
          spec:
            containers:
              - name: legacy
                image: nginx:1.27
    `,
    // The beta versions defaulted the selector from the template (eks-deprecated-api reports the version).
    yaml`
      apiVersion: extensions/v1beta1
      kind: Deployment
      metadata:
        name: old
      spec:
        template:
          metadata:
            labels:
              app: old
          spec:
            containers:
              - name: old
                image: nginx:1.27
    `,
    // A patch takes its selector and labels from its base.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                tier: frontend
            spec:
              containers:
                - name: web
                  image: nginx:1.28
      `,
      filename: "overlays/prod/deployment-patch.yaml",
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
    `,
    // Neither a selector nor template labels: an image-only kustomize patch kept under overlays/ (not named "patch").
    yaml`
      kind: DaemonSet
      apiVersion: apps/v1
      metadata:
        name: efs-csi-node
        namespace: kube-system
      spec:
        template:
          spec:
            containers:
              - name: efs-plugin
                image: amazon/aws-efs-csi-driver:master
    `,
    // Unknown labels or selectors are not judged.
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: \${APP}
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
      spec:
        selector:
          matchLabels:
            app: "{{ name }}"
        template:
          metadata:
            labels:
              app: db
          spec:
            containers:
              - name: db
                image: postgres:16
    `,
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector: \${SELECTOR}
        template:
          metadata:
            labels: &labels
              app: web
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              <<: *common
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
    json`
      {
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": { "name": "web" },
        "spec": {
          "selector": { "matchExpressions": [{ "key": "app", "operator": "Matches", "values": ["web"] }] },
          "template": { "metadata": { "labels": { "app": "api" } }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }] } }
        }
      }
    `,
    // Kubernetes generates a Job's selector unless manualSelector is true.
    yaml`
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
      spec:
        selector:
          matchLabels:
            job: other
        template:
          metadata:
            labels:
              job: migrate
          spec:
            restartPolicy: Never
            containers:
              - name: migrate
                image: flyway:10
    `,
    // Custom resources are not judged.
    yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: other
          spec:
            containers:
              - name: web
                image: nginx:1.27
    `,
  ],
  invalid: [
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: webapp
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [
        {
          messageId: "mismatchLabel",
          data: { label: 'Deployment "web"', key: "app", wanted: "web", actual: 'the pod template sets it to "webapp"' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "selector": { "matchLabels": { "app": "db", "tier": "data" } },
            "serviceName": "db",
            "template": { "metadata": { "labels": { "app": "db" } }, "spec": { "containers": [{ "name": "db", "image": "postgres:16" }] } }
          }
        }
      `,
      errors: [{ messageId: "mismatchLabel", data: { label: 'StatefulSet "db"', key: "tier", wanted: "data", actual: "the pod template has no such label" }, line: 6, column: 5, endLine: 6, endColumn: 15 }],
    },
    // matchExpressions that exclude the template: the message cannot name one label.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: web
        spec:
          selector:
            matchExpressions:
              - key: track
                operator: NotIn
                values: [canary]
          template:
            metadata:
              labels:
                track: canary
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [{ messageId: "mismatch", data: { label: 'ReplicaSet "web"' }, line: 6, column: 3, endLine: 6, endColumn: 11 }],
    },
    // A ReplicationController's plain map.
    {
      ...yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: legacy
        spec:
          selector:
            app: legacy
          template:
            metadata:
              labels:
                app: old
            spec:
              containers:
                - name: legacy
                  image: nginx:1.27
      `,
      errors: [{ messageId: "mismatchLabel", data: { label: 'ReplicationController "legacy"', key: "app", wanted: "legacy", actual: 'the pod template sets it to "old"' }, line: 6, column: 3, endLine: 6, endColumn: 11 }],
    },
    // manualSelector: true (YAML 1.1 "yes") makes the Job's selector the user's.
    {
      ...yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          manualSelector: yes
          selector:
            matchLabels:
              job: other
          template:
            metadata:
              labels:
                job: migrate
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: flyway:10
      `,
      errors: [{ messageId: "mismatchLabel", line: 7, column: 3, endLine: 7, endColumn: 11 }],
    },
    {
      ...json`
        {
          "apiVersion": "batch/v1",
          "kind": "CronJob",
          "metadata": { "name": "report" },
          "spec": {
            "schedule": "0 6 * * *",
            "jobTemplate": {
              "spec": {
                "manualSelector": true,
                "selector": { "matchLabels": { "job": "reports" } },
                "template": { "metadata": { "labels": { "job": "report" } }, "spec": { "restartPolicy": "Never", "containers": [{ "name": "report", "image": "report:1.4" }] } }
              }
            }
          }
        }
      `,
      errors: [{ messageId: "mismatchLabel", data: { label: 'CronJob "report"', key: "job", wanted: "reports", actual: 'the pod template sets it to "report"' }, line: 10, column: 9, endLine: 10, endColumn: 19 }],
    },
    // Multi-document YAML: the report lands in the document at fault.
    {
      ...yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
            - port: 80
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                name: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [{ messageId: "mismatchLabel", data: { label: 'Deployment "web"', key: "app", wanted: "web", actual: "the pod template has no such label" }, line: 16, column: 3, endLine: 16, endColumn: 11 }],
    },
    // An empty selector on an apps workload.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          selector: {}
          serviceName: db
          template:
            metadata:
              labels:
                app: db
            spec:
              containers:
                - name: db
                  image: postgres:16
      `,
      errors: [
        {
          messageId: "empty",
          data: { label: 'StatefulSet "db"', kind: "StatefulSet" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: "useTemplateLabels",
              data: { labels: "app=db" },
              output:
                "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  selector: {matchLabels: {app: db}}\n  serviceName: db\n  template:\n    metadata:\n      labels:\n        app: db\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n",
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "apps/v1",
              "kind": "DaemonSet",
              "metadata": { "name": "agent" },
              "spec": {
                "selector": { "matchLabels": {} },
                "template": { "metadata": { "labels": { "app": "agent" } }, "spec": { "containers": [{ "name": "agent", "image": "fluent-bit:3.1" }] } }
              }
            }
          ]
        }
      `,
      errors: [
        {
          messageId: "empty",
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 19,
          suggestions: [
            {
              messageId: "useTemplateLabels",
              output:
                '{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": [\n    {\n      "apiVersion": "apps/v1",\n      "kind": "DaemonSet",\n      "metadata": { "name": "agent" },\n      "spec": {\n        "selector": {"matchLabels":{"app":"agent"}},\n        "template": { "metadata": { "labels": { "app": "agent" } }, "spec": { "containers": [{ "name": "agent", "image": "fluent-bit:3.1" }] } }\n      }\n    }\n  ]\n}\n',
            },
          ],
        },
      ],
    },
    // apps/v1 requires spec.selector.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          template:
            metadata:
              labels:
                app: web
                tier: frontend
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [
        {
          messageId: "missing",
          data: { label: 'Deployment "web"' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 5,
          suggestions: [
            {
              messageId: "useTemplateLabels",
              data: { labels: "app=web, tier=frontend" },
              output:
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels:\n        app: web\n        tier: frontend\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n  selector: {matchLabels: {app: web, tier: frontend}}\n",
            },
          ],
        },
      ],
    },
    {
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "web" },
          "spec": {
            "selector": null,
            "template": { "metadata": { "labels": { "app": "web" } }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }] } }
          }
        }
      `,
      errors: [
        {
          messageId: "missing",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: "useTemplateLabels",
              output:
                '{\n  "apiVersion": "apps/v1",\n  "kind": "Deployment",\n  "metadata": { "name": "web" },\n  "spec": {\n    "selector": {"matchLabels":{"app":"web"}},\n    "template": { "metadata": { "labels": { "app": "web" } }, "spec": { "containers": [{ "name": "web", "image": "nginx:1.27" }] } }\n  }\n}\n',
            },
          ],
        },
      ],
    },
  ],
});
