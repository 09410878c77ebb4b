import type { IncomingMessage } from "node:http";

/** The body of a Bot API call: JSON, or multipart/form-data when a file is uploaded (files: name, size and bytes). */
export async function readApiBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (raw.length === 0) return {};
  if (type.startsWith("multipart/form-data")) return parseMultipart(raw, type);
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  }
  return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
}

function parseMultipart(raw: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const mark = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  const result: Record<string, unknown> = {};
  for (const part of raw.toString("latin1").split(mark)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const body = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    const name = /[;\s]name="?([^";\r\n]*)"?/.exec(headers)?.[1];
    if (!name) continue;
    // Headers were read as latin1 to keep the bytes; a file name is UTF-8 ("Danh sách ĐVUT….docx").
    const rawName = /filename="?([^";\r\n]*)"?/.exec(headers)?.[1];
    const filename = rawName === undefined ? undefined : Buffer.from(rawName, "latin1").toString("utf8");
    const value = Buffer.from(body, "latin1");
    if (filename !== undefined) result[`${name}__file`] = { filename, size: value.length, data: value };
    else result[name] = value.toString("utf8");
  }
  for (const [key, value] of Object.entries(result)) {
    const base = key.endsWith("__file") ? key.slice(0, -"__file".length) : undefined;
    if (base && result[base] === undefined) result[base] = value;
  }
  // A file may also come as a field "attach://<id>" plus a part named <id>.
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      result[key] = result[`${value.slice("attach://".length)}__file`];
    }
  }
  return result;
}

export function waitUntil<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs: number,
  onChange: (listener: () => void) => () => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) return resolve(first);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const unsubscribe = onChange(() => {
      const value = check();
      if (!value) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    });
  });
}
