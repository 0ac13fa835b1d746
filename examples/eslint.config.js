// The examples repository's ESLint config: what a user of the plugin writes.
import awsContainers from "eslint-plugin-aws-containers";

export default [
  ...awsContainers.configs.recommended,
  {
    // Checks that need a second file (a service's task definition, a scaled service's cluster)
    // read these files; anchored to this folder, so it works wherever ESLint runs from.
    settings: { "aws-containers": { project: [`${import.meta.dirname}/**/*.{json,yaml}`] } },
  },
];
