import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/postgres.ts";
import { createMigratedPostgresTemplate, makeMigratedPgliteTemplate } from "./database.ts";

let server: ThrowawayPostgres | undefined;
let templateDir: string | undefined;
let postgresTemplate: { name: string; drop(): Promise<void> } | undefined;

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
  // Each test's database starts as a copy of one migrated database made here once: a data folder (tarball) for
  // PGlite, a template database on the PostgreSQL pass.
  let templateFile = "";
  if (process.env.TEST_DATABASE_URL) {
    postgresTemplate = await createMigratedPostgresTemplate(process.env.TEST_DATABASE_URL);
  } else {
    templateDir = mkdtempSync(join(tmpdir(), "doanbot-template-"));
    templateFile = join(templateDir, "migrated.tar");
    writeFileSync(templateFile, Buffer.from(await (await makeMigratedPgliteTemplate()).arrayBuffer()));
  }
  project.provide("pgliteTemplate", templateFile);
  project.provide("postgresTemplate", postgresTemplate?.name ?? "");
}

export async function teardown(): Promise<void> {
  await postgresTemplate?.drop();
  await server?.stop();
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated PGlite data folder (tarball), or "" on the PostgreSQL pass. */
    pgliteTemplate: string;
    /** A migrated database on TEST_DATABASE_URL's server that each test's database copies, or "". */
    postgresTemplate: string;
  }
}
