/**
 * ecs-service-scheduling-strategy: daemon services (`schedulingStrategy: DAEMON`)
 * where ECS refuses them.
 *
 * "Tasks using the Fargate launch type or the CODE_DEPLOY or EXTERNAL deployment
 * controller types don't support the DAEMON scheduling strategy." (API
 * CreateService; cfn-lint E3044). A daemon service cannot use a capacity
 * provider strategy either — its own or, when it names no launch type, its
 * cluster's default — ECS answers "Specifying a capacity provider strategy is not
 * supported when you create a service using the DAEMON scheduling strategy".
 * Sources in src/facts/ecs-capacity-provider-strategy.ts.
 */
import { createRule } from "../create-rule.js";
import { DAEMON_UNSUPPORTED_CONTROLLERS } from "../facts/ecs-capacity-provider-strategy.js";
import { present } from "../values/index.js";

export default createRule({
  name: "ecs-service-scheduling-strategy",
  meta: {
    type: "problem",
    docs: {
      description: "Report daemon services on Fargate, on a capacity provider strategy, or with the CODE_DEPLOY or EXTERNAL deployment controller.",
      level: "error",
      platforms: ["ecs"],
      covers: "cfn-lint E3044",
    },
    messages: {
      fargateLaunchType:
        '{{key}} "DAEMON" is not supported on Fargate ({{launchType}} "FARGATE"); run the daemon on EC2 with {{launchType}} "EC2", or use "REPLICA" with a desired count.',
      fargateStrategy:
        '{{key}} "DAEMON" is not supported on Fargate, and {{strategy}} holds only Fargate providers; run the daemon on EC2 with {{launchType}} "EC2" instead of a strategy, or use "REPLICA" with a desired count.',
      strategy:
        '{{key}} "DAEMON" cannot be used with a capacity provider strategy ({{strategy}}), and ECS rejects the service; replace the strategy with {{launchType}} "EC2".',
      clusterDefault:
        '{{key}} "DAEMON" cannot be used with a capacity provider strategy, and with no {{launchType}} the service would use the default strategy of cluster "{{cluster}}"; set {{launchType}} to "EC2".',
      controller:
        '{{key}} "DAEMON" is not supported with the {{controller}} deployment controller; use the ECS deployment controller, or "REPLICA" with a desired count.',
    },
  },
  create(context) {
    return {
      "ecs-service"(document) {
        if (document.schedulingStrategy !== "DAEMON") return;
        const object = document.object;
        const value = object.get("schedulingStrategy")!;
        const data = { key: object.keyName("schedulingStrategy"), launchType: object.keyName("launchType"), strategy: object.keyName("capacityProviderStrategy") };

        if (document.launchType === "FARGATE") context.report(value, "fargateLaunchType", data);
        else if (document.hasStrategy === true) context.report(value, document.fargate === true ? "fargateStrategy" : "strategy", data);
        else if (document.form === "create" && document.hasStrategy === false && present(object.get("launchType")) === undefined) {
          const clusterName = document.clusterName;
          const cluster = clusterName === undefined ? undefined : context.related.cluster(clusterName);
          if (cluster?.hasDefaultStrategy === true) context.report(value, "clusterDefault", { ...data, cluster: clusterName! });
        }

        const controller = document.deploymentController;
        if (controller !== undefined && DAEMON_UNSUPPORTED_CONTROLLERS.includes(controller)) context.report(value, "controller", { ...data, controller });
      },
    };
  },
});
