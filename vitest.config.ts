import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The sweeping tests (fix safety, formats, mutations over every sample kind) take a minute or more
    // each on a loaded 2-core machine; a hung test still ends well within CI's 90 minutes.
    testTimeout: 300_000,
    pool: "threads",
  },
});
