// The examples repository's ESLint config: what a user of the plugin writes.
import awsContainers from "eslint-plugin-aws-containers";

export default [...awsContainers.configs.recommended];
