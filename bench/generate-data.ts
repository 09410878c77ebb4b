/**
 * `tsx bench/generate-data.ts DIR block|province`: fills an embedded database folder with a generated organisation
 * (see scale.ts), for the `rss` benchmark to start the service on, or to try the bot at scale by hand.
 */
import { openDatabase } from "../src/db/database.ts";
import { generateOrg, parseScale } from "./scale.ts";

const [dir, scale] = process.argv.slice(2).filter((a) => a !== "--");
if (!dir) {
  process.stderr.write("usage: tsx bench/generate-data.ts DIR block|province\n");
  process.exit(2);
}
const db = await openDatabase({ kind: "pglite", dataDir: dir });
const org = await generateOrg(db, parseScale(["--scale", scale ?? "block"]), { now: new Date().toISOString() });
await db.close();
process.stdout.write(`${JSON.stringify(org)}\n`);
