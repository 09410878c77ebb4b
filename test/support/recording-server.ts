import { createServer, type Server } from "node:http";

export interface RecordedMessage {
  platform: string;
  chatId: string;
  text: string;
  at: number;
}

export interface RecordingServer {
  url: string;
  received: RecordedMessage[];
  /** Requests answered 429 because they were over the limit. */
  refused: number;
  /** How many copies each "platform:chatId" received. */
  copies(): Map<string, number>;
  close(): Promise<void>;
}

/**
 * A stand-in for a platform's send endpoint on 127.0.0.1: `POST /<platform>` with `{ chatId, text }` is recorded and
 * answered `{ ok: true, message_id }`. With `limitPerSecond`, it refuses (429, `retry_after` in seconds, as Telegram
 * does) any request that would make more than that many accepted in the last 1,000 ms: a strict global limit.
 * `GET /stats` returns `{ received, refused }` (for a server running in another process).
 */
export async function startRecordingServer(
  options: { limitPerSecond?: number; delayMs?: number } = {},
): Promise<RecordingServer> {
  const received: RecordedMessage[] = [];
  const window: number[] = [];
  let refused = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.method === "GET" && req.url === "/stats") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ received, refused }));
        return;
      }
      const answer = () => {
        const now = performance.now();
        if (options.limitPerSecond) {
          while (window.length > 0 && (window[0] as number) <= now - 1000) window.shift();
          if (window.length >= options.limitPerSecond) {
            refused++;
            res.writeHead(429, { "content-type": "application/json" });
            res.end(JSON.stringify({ ok: false, error_code: 429, parameters: { retry_after: 1 } }));
            return;
          }
          window.push(now);
        }
        const { chatId, text } = JSON.parse(body) as { chatId: string; text: string };
        received.push({ platform: (req.url ?? "/").slice(1), chatId, text, at: now });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: true, result: { message_id: received.length } }));
      };
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    get refused() {
      return refused;
    },
    copies() {
      const map = new Map<string, number>();
      for (const m of received) map.set(`${m.platform}:${m.chatId}`, (map.get(`${m.platform}:${m.chatId}`) ?? 0) + 1);
      return map;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
