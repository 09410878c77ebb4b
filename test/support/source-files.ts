import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** The checkout's root folder. */
export const root = new URL("../../", import.meta.url).pathname;

/** Every TypeScript file under `dir` (relative to the root), generated code left out. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith("src/generated/"));
}
