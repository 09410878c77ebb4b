/**
 * The recording server in a process of its own (`LIMIT_PER_SECOND=300 tsx test/support/recording-server-process.ts`),
 * so that its clock is not held up by the process it measures. Prints its URL on the first line; SIGTERM stops it.
 */
import { startRecordingServer } from "./recording-server.ts";

const limit = process.env.LIMIT_PER_SECOND ? Number(process.env.LIMIT_PER_SECOND) : undefined;
const server = await startRecordingServer(limit ? { limitPerSecond: limit } : {});
process.stdout.write(`${server.url}\n`);
process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
