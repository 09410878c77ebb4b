// Creates a new embedded database folder and exits: `node src/db/create-pglite.mjs DIR`. PGlite's first creation
// (initdb in WebAssembly) holds several hundred MB that the process never gives back; done in a short-lived child
// process, the service itself only ever reopens an existing folder. Plain JavaScript, so no loader is needed.
import { PGlite } from "@electric-sql/pglite";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: node src/db/create-pglite.mjs DIR\n");
  process.exit(2);
}
const db = await PGlite.create(dir);
await db.close();
