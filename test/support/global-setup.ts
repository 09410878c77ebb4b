import type { TestProject } from "vitest/node";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/postgres.ts";

let server: ThrowawayPostgres | undefined;

/**
 * Tests that need a real PostgreSQL server (migrations through the Prisma CLI, several workers) get one:
 * TEST_DATABASE_URL when given, otherwise a throwaway server when PostgreSQL is installed on this machine.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url && findPostgresBin() && process.env.SKIP_POSTGRES !== "1") {
    server = await startThrowawayPostgres();
    url = server.url;
  }
  project.provide("postgresUrl", url ?? "");
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
