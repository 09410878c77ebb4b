// Prisma CLI configuration: the Rust-free client and the WebAssembly schema engine, so `prisma generate` and
// `prisma migrate` never download anything. The CLI does not read .env itself when this file exists.
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { createPgPool, lazyPgliteAdapter, postgresAdapter } from "./src/db/adapters.ts";

const embedded = !process.env.DATABASE_URL;
// The schema needs a syntactically valid URL even on the embedded database, or the CLI falls back to downloading.
if (embedded) process.env.DATABASE_URL = "postgresql://embedded@localhost/pglite";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (embedded) return lazyPgliteAdapter(process.env.PGLITE_DATA_DIR ?? "./data/pglite");
    return postgresAdapter(createPgPool(process.env.DATABASE_URL as string, { max: 2, nameAsText: true }));
  },
});
