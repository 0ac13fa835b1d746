import rule from "../../src/rules/eks-service-account-role.js";
import { jsonCase as json, runRule, yamlCase as yaml } from "../support/rule-tester.js";

/** An eksctl config: a Pod Identity association for shop/checkout, iam.serviceAccounts analytics/reports. */
const cluster = { "aws-containers": { project: ["tests/fixtures/project-eksctl/cluster/*.yaml"] } };
const project = { "aws-containers": { project: ["tests/fixtures/project-eks-service-account-role/**/*.{json,yaml}"] } };

const defaultAccount = (label: string) => ({ label, account: "default" });

runRule("eks-service-account-role", rule, {
  valid: [
    // The account in the same file carries the IRSA annotation.
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: orders
        annotations:
          eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/orders
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: orders
      spec:
        selector:
          matchLabels:
            app: orders
        template:
          metadata:
            labels:
              app: orders
          spec:
            serviceAccountName: orders
            containers:
              - name: orders
                image: orders:1.4
    `,
    json`
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "sync" }, "spec": { "serviceAccountName": "sync", "containers": [{ "name": "sync", "image": "sync:2" }] } },
          { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "sync", "annotations": { "eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/sync" } } }
        ]
      }
    `,
    // A named account found nowhere: its annotation cannot be known.
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
          spec:
            serviceAccountName: web
            containers:
              - name: web
                image: web:3
    `,
    // The project index: an annotated account of the same namespace, an annotated default account, a patch that annotates.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: orders
          namespace: shop
        spec:
          selector:
            matchLabels:
              app: orders
          template:
            metadata:
              labels:
                app: orders
            spec:
              serviceAccountName: orders
              containers:
                - name: orders
                  image: orders:1.4
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: nightly
          namespace: batch
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: nightly
                  image: nightly:7
      `,
      settings: project,
    },
    {
      ...json`
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "checkout", "namespace": "shop" },
          "spec": {
            "selector": { "matchLabels": { "app": "checkout" } },
            "template": { "metadata": { "labels": { "app": "checkout" } }, "spec": { "serviceAccountName": "checkout", "containers": [{ "name": "checkout", "image": "checkout:5" }] } }
          }
        }
      `,
      settings: project,
    },
    // Another copy of the account (an overlay's patch, in the index) annotates it.
    {
      ...yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: checkout
          namespace: shop
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: checkout
          namespace: shop
        spec:
          serviceAccountName: checkout
          containers:
            - name: checkout
              image: checkout:5
      `,
      settings: project,
    },
    // Unknown values are not judged.
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: api
        annotations:
          eks.amazonaws.com/role-arn: \${API_ROLE_ARN}
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        serviceAccountName: api
        containers:
          - name: api
            image: api:1
    `,
    yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: api
        annotations:
          <<: *irsa
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        serviceAccountName: api
        containers:
          - name: api
            image: api:1
    `,
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        serviceAccountName: "{{ service_account }}"
        containers:
          - name: api
            image: api:1
    `,
    // A patch is not a whole workload.
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web:4
      `,
      filename: "overlays/prod/deployment-patch.yaml",
    },
    // apps/v1 without spec.selector is not a whole object: an image-only kustomize patch kept under overlays/.
    yaml`
      kind: Deployment
      apiVersion: apps/v1
      metadata:
        name: efs-csi-controller
        namespace: kube-system
      spec:
        template:
          spec:
            containers:
              - name: efs-plugin
                image: amazon/aws-efs-csi-driver:master
    `,
    // Custom resources are not workloads.
    yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        name: build
      spec:
        entrypoint: main
    `,
    // The indexed eksctl config gives the account a role: a Pod Identity association, an iam.serviceAccounts entry.
    { ...yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: checkout, namespace: shop }
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: { name: job, namespace: shop }
      spec:
        template:
          spec:
            serviceAccountName: checkout
            restartPolicy: Never
            containers: [{ name: job, image: "job:1" }]
    `, settings: cluster },
    { ...yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: reports, namespace: analytics }
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: { name: job, namespace: analytics }
      spec:
        template:
          spec:
            serviceAccountName: reports
            restartPolicy: Never
            containers: [{ name: job, image: "job:1" }]
    `, settings: cluster },
  ],
  invalid: [
    // No serviceAccountName: reported on the pod spec's key.
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
                app: web
            spec:
              containers:
                - name: web
                  image: web:3
      `,
      errors: [{ messageId: "defaultAccount", data: defaultAccount('Deployment "web"'), line: 13, column: 5, endLine: 13, endColumn: 9, suggestions: null }],
    },
    {
      ...json`
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "worker" },
          "spec": { "containers": [{ "name": "worker", "image": "worker:2" }] }
        }
      `,
      errors: [{ messageId: "defaultAccount", data: defaultAccount('Pod "worker"'), line: 5, column: 3, endLine: 5, endColumn: 9 }],
    },
    // Named "default", or the deprecated serviceAccount field: reported on the value.
    {
      ...yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: cleanup
        spec:
          schedule: "0 2 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: default
                  restartPolicy: OnFailure
                  containers:
                    - name: cleanup
                      image: cleanup:1
      `,
      errors: [{ messageId: "defaultAccount", data: defaultAccount('CronJob "cleanup"'), line: 11, column: 31, endLine: 11, endColumn: 38 }],
    },
    {
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: legacy
        spec:
          serviceAccount: ""
          containers:
            - name: legacy
              image: legacy:1
      `,
      errors: [{ messageId: "defaultAccount", line: 6, column: 19, endLine: 6, endColumn: 21 }],
    },
    // A default account in the same file without the annotation does not help.
    {
      ...yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: default
          namespace: jobs
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: once
          namespace: jobs
        spec:
          containers:
            - name: once
              image: once:1
      `,
      errors: [
        {
          messageId: "defaultAccount",
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 5,
          suggestions: [
            {
              messageId: "annotateAccount",
              data: { account: "default" },
              output:
                'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: jobs\n  annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>"}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: once\n  namespace: jobs\nspec:\n  containers:\n    - name: once\n      image: once:1\n',
            },
          ],
        },
      ],
    },
    // A named account in the same file without the annotation: suggest it (the account may come after the workload).
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: uploader
        spec:
          selector:
            matchLabels:
              app: uploader
          template:
            metadata:
              labels:
                app: uploader
            spec:
              serviceAccountName: uploader
              containers:
                - name: uploader
                  image: uploader:3
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: uploader
          annotations:
            owner: team-media
      `,
      errors: [
        {
          messageId: "accountWithoutRole",
          data: { label: 'Deployment "uploader"', account: "uploader" },
          line: 14,
          column: 27,
          endLine: 14,
          endColumn: 35,
          suggestions: [
            {
              messageId: "annotateAccount",
              data: { account: "uploader" },
              output:
                'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: uploader\nspec:\n  selector:\n    matchLabels:\n      app: uploader\n  template:\n    metadata:\n      labels:\n        app: uploader\n    spec:\n      serviceAccountName: uploader\n      containers:\n        - name: uploader\n          image: uploader:3\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: uploader\n  annotations:\n    owner: team-media\n    eks.amazonaws.com/role-arn: "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>"\n',
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
            { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "sync", "annotations": { "eks.amazonaws.com/role-arn": "" } } },
            { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "sync" }, "spec": { "serviceAccountName": "sync", "containers": [{ "name": "sync", "image": "sync:2" }] } }
          ]
        }
      `,
      errors: [
        {
          messageId: "accountWithoutRole",
          data: { label: 'Pod "sync"', account: "sync" },
          line: 6,
          column: 106,
          endLine: 6,
          endColumn: 112,
          suggestions: [
            {
              messageId: "annotateAccount",
              output:
                '{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": [\n    { "apiVersion": "v1", "kind": "ServiceAccount", "metadata": { "name": "sync", "annotations": { "eks.amazonaws.com/role-arn": "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>" } } },\n    { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "sync" }, "spec": { "serviceAccountName": "sync", "containers": [{ "name": "sync", "image": "sync:2" }] } }\n  ]\n}\n',
            },
          ],
        },
      ],
    },
    // The project index: an account without the annotation (no suggestion: it is in another file).
    {
      ...yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: catalog
          namespace: shop
        spec:
          selector:
            matchLabels:
              app: catalog
          template:
            metadata:
              labels:
                app: catalog
            spec:
              serviceAccountName: catalog
              containers:
                - name: catalog
                  image: catalog:9
      `,
      settings: project,
      errors: [{ messageId: "accountWithoutRole", data: { label: 'Deployment "catalog"', account: "catalog" }, line: 15, column: 27, endLine: 15, endColumn: 34, suggestions: null }],
    },
    {
      ...json`
        {
          "apiVersion": "batch/v1",
          "kind": "Job",
          "metadata": { "name": "monthly", "namespace": "analytics" },
          "spec": { "template": { "spec": { "serviceAccountName": "reports", "restartPolicy": "Never", "containers": [{ "name": "monthly", "image": "reports:2" }] } } }
        }
      `,
      settings: project,
      errors: [{ messageId: "accountWithoutRole", line: 5, column: 59, endLine: 5, endColumn: 68, suggestions: null }],
    },
    // The annotated default account of another namespace does not apply.
    {
      ...yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: adhoc
          namespace: web
        spec:
          containers:
            - name: adhoc
              image: adhoc:1
      `,
      settings: project,
      errors: [{ messageId: "defaultAccount", data: defaultAccount('Pod "adhoc"'), line: 6, column: 1, endLine: 6, endColumn: 5 }],
    },
    {
      // The association is for namespace shop, not staging.
      ...yaml`
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: checkout, namespace: staging }
      ---
      apiVersion: batch/v1
      kind: Job
      metadata: { name: job, namespace: staging }
      spec:
        template:
          spec:
            serviceAccountName: checkout
            restartPolicy: Never
            containers: [{ name: job, image: "job:1" }]
    `,
      settings: cluster,
      errors: [{ messageId: "accountWithoutRole", data: { label: 'Job "job"', account: "checkout" }, line: 11, column: 27, endLine: 11, endColumn: 35, suggestions: [{ messageId: "annotateAccount", data: { account: "checkout" }, output: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: checkout, namespace: staging, annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>"} }\n---\napiVersion: batch/v1\nkind: Job\nmetadata: { name: job, namespace: staging }\nspec:\n  template:\n    spec:\n      serviceAccountName: checkout\n      restartPolicy: Never\n      containers: [{ name: job, image: "job:1" }]\n' }] }],
    },
  ],
});
