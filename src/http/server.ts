import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "../db/database.ts";
import type { Logger } from "../logger.ts";
import { type RequestHandler, sendJson, type WebhookChannel } from "./webhook.ts";

export interface HttpServer {
  /** The address it listens on, e.g. http://127.0.0.1:8080. */
  url: string;
  close(): Promise<void>;
}

/**
 * One HTTP server for the whole process: each channel's webhook at its own path, and `GET /healthz`
 * (200 when the database answers and every channel runs, 503 otherwise), and any route under a path prefix
 * (e.g. the document links under /documents/).
 */
export async function startHttpServer(options: {
  host: string;
  port: number;
  db: Pick<Database, "ping">;
  channels: WebhookChannel[];
  logger: Logger;
  prefixRoutes?: { prefix: string; handle: RequestHandler }[];
}): Promise<HttpServer> {
  const routes = new Map(options.channels.flatMap((c) => (c.webhook ? [[c.webhook.path, c.webhook.handle]] : [])));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const prefixRoute = routes.has(path) ? undefined : options.prefixRoutes?.find((r) => path.startsWith(r.prefix));
    const handle = routes.get(path) ?? prefixRoute?.handle;
    // Logged by route, never by path: a document link carries its token in the path.
    const route = prefixRoute ? `${prefixRoute.prefix}…` : routes.has(path) || path === "/healthz" ? path : "other";
    const work = handle
      ? handle(req, res)
      : path === "/healthz" && req.method === "GET"
        ? health(options).then(({ status, body }) => sendJson(res, status, body))
        : Promise.resolve(sendJson(res, 404, { ok: false }));
    work.catch((err) => {
      options.logger.error({ err, route }, "http request failed");
      if (!res.headersSent) sendJson(res, 500, { ok: false });
    });
  });
  server.listen(options.port, options.host);
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}

async function health(options: { db: Pick<Database, "ping">; channels: WebhookChannel[] }) {
  const database = await options.db.ping().catch(() => false);
  const channels = Object.fromEntries(options.channels.map((c) => [c.name, c.isRunning()]));
  const ok = database && Object.values(channels).every(Boolean);
  return { status: ok ? 200 : 503, body: { ok, database, channels } };
}
