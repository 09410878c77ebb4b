import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * Links to documents for platforms that cannot receive files (Zalo sends images only, by URL). The link names what
 * to render, for whom, until when, signed with the server's secret: no storage, and nothing usable by anyone else.
 */
const payloadSchema = z.object({
  /** What to render, e.g. { kind: "dvut-list", unitId, year }. */
  doc: z.record(z.string(), z.union([z.string(), z.number()])),
  personId: z.string().min(1),
  /** Expiry, epoch milliseconds. */
  exp: z.number().int(),
});

export type DocumentLinkPayload = z.infer<typeof payloadSchema>;
export type LinkCheck =
  | { ok: true; payload: DocumentLinkPayload }
  | { ok: false; reason: "malformed" | "forged" | "expired" | "wrong-person" };

function sign(body: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(body).digest();
}

export function signDocumentLink(payload: DocumentLinkPayload, secret: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body, secret).toString("base64url")}`;
}

/**
 * Checks signature and expiry. The payload's person is whom the link was made for: a server with nobody logged in
 * (the document route) renders only what that person may see at the time of the request.
 */
export function openDocumentLink(
  token: string,
  secret: string,
  now: Date,
): { ok: true; payload: DocumentLinkPayload } | { ok: false; reason: "malformed" | "forged" | "expired" } {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return { ok: false, reason: "malformed" };
  const expected = sign(body, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  let parsed: DocumentLinkPayload;
  try {
    const result = payloadSchema.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!result.success) return { ok: false, reason: "malformed" };
    parsed = result.data;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (parsed.exp <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload: parsed };
}

/** Checks signature, expiry and that the person asking is the one the link was made for. */
export function verifyDocumentLink(token: string, secret: string, personId: string, now: Date): LinkCheck {
  const opened = openDocumentLink(token, secret, now);
  if (!opened.ok) return opened;
  if (opened.payload.personId !== personId) return { ok: false, reason: "wrong-person" };
  return opened;
}
