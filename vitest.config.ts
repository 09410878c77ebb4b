import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own database; two cores, so two files at a time.
    fileParallelism: true,
    maxWorkers: 2,
    // The modules a test file imports (Prisma's client, PGlite, the app) are evaluated once per worker, not once per
    // file: that took about 2.4 s a file. No test mocks a module or changes process.env, and the one test that fakes
    // timers restores them, so nothing leaks from one file to the next.
    isolate: false,
    reporters: ["default"],
  },
});
