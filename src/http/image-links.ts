import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppDeps } from "../core/deps.ts";
import type { OutgoingImage } from "../core/messages.ts";
import { k, type MessageKey } from "../i18n/i18n.ts";
import type { RequestHandler } from "./webhook.ts";

export const IMAGES_PATH = "/images/";

/**
 * Makes a public URL for a picture of the bot's own (a chart), for a platform that takes pictures only by a URL it
 * fetches itself (Zalo). Called by the channel's sender at the moment it sends the photo, so the link can be short
 * whenever the outbox sends (a weekly chart hours after it was drawn): the PNG bytes are stored for
 * IMAGE_LINK_TTL_MINUTES under a random id, and the link names that id and its expiry, signed with
 * DOCUMENT_LINK_SECRET. The bytes are what the recipient was allowed to see when the chart was drawn for them; the
 * link can name nothing else. Undefined unless PUBLIC_URL and DOCUMENT_LINK_SECRET are set.
 */
export type ImageLinkMaker = (image: OutgoingImage) => Promise<string>;

export function imageLinkMaker(deps: Pick<AppDeps, "prisma" | "config" | "clock">): ImageLinkMaker | undefined {
  const { PUBLIC_URL, DOCUMENT_LINK_SECRET, IMAGE_LINK_TTL_MINUTES } = deps.config;
  if (!PUBLIC_URL || !DOCUMENT_LINK_SECRET) return undefined;
  return async (image) => {
    const now = deps.clock.now();
    const exp = now.getTime() + IMAGE_LINK_TTL_MINUTES * 60_000;
    const id = randomUUID();
    // Pictures whose links have expired are of no use to anyone: gone as new ones come.
    await deps.prisma.sharedImage.deleteMany({ where: { expiresAt: { lte: now } } });
    await deps.prisma.sharedImage.create({
      data: { id, base64: image.data.toString("base64"), expiresAt: new Date(exp) },
    });
    return `${PUBLIC_URL}${IMAGES_PATH}${id}.${exp}.${signature(id, exp, DOCUMENT_LINK_SECRET).toString("base64url")}.png`;
  };
}

/** Signed apart from document links ("image:" first): neither kind of token can pass for the other. */
function signature(id: string, exp: number, secret: string): Buffer {
  return createHmac("sha256", secret).update(`image:${id}.${exp}`).digest();
}

export type ImageTokenCheck =
  | { ok: true; id: string; exp: number }
  | { ok: false; reason: "malformed" | "forged" | "expired" };

/** Checks a token (`<id>.<expiry>.<signature>.png`): its shape, its signature, then its expiry. */
export function checkImageToken(token: string, secret: string, now: Date): ImageTokenCheck {
  const parts = token.endsWith(".png") ? token.slice(0, -4).split(".") : [];
  const [id, expText, sig] = parts;
  if (parts.length !== 3 || !id || !expText || !sig || !/^\d{1,15}$/.test(expText)) {
    return { ok: false, reason: "malformed" };
  }
  const exp = Number(expText);
  const expected = signature(id, exp, secret);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "forged" };
  if (exp <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, id, exp };
}

/**
 * GET /images/<token>: the PNG a signed link names, while it is valid. A wrong signature is refused before the
 * database is asked anything; an expired link is refused even if its bytes are still stored.
 */
export function imageRoute(deps: Pick<AppDeps, "prisma" | "config" | "clock" | "i18n">): RequestHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const { config, prisma, i18n, clock } = deps;
    const text = (status: number, key: MessageKey) => {
      const body = i18n.t(config.DEFAULT_LOCALE, key);
      res.writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
      });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return text(405, k("image-link-method"));
    const secret = config.DOCUMENT_LINK_SECRET;
    if (!secret) return text(404, k("image-link-invalid"));
    const token = new URL(req.url ?? "/", "http://localhost").pathname.slice(IMAGES_PATH.length);
    const now = clock.now();
    const checked = checkImageToken(token, secret, now);
    if (!checked.ok) return text(checked.reason === "expired" ? 410 : 403, refusalKey[checked.reason]);
    const stored = await prisma.sharedImage.findUnique({ where: { id: checked.id } });
    if (!stored || stored.expiresAt.getTime() <= now.getTime()) return text(410, k("image-link-expired"));
    const data = Buffer.from(stored.base64, "base64");
    res.writeHead(200, {
      "content-type": "image/png",
      "content-length": data.length,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    res.end(req.method === "HEAD" ? undefined : data);
  };
}

const refusalKey = {
  malformed: k("image-link-invalid"),
  forged: k("image-link-invalid"),
  expired: k("image-link-expired"),
} as const;
