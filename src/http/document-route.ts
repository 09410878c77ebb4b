import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppDeps } from "../core/deps.ts";
import { languageOf } from "../core/language.ts";
import { OrgTree } from "../core/org.ts";
import { scopeOf } from "../core/permissions.ts";
import { k, type Locale, type MessageKey } from "../i18n/i18n.ts";
import {
  asciiFileName,
  DOCUMENTS_PATH,
  fileRequestSchema,
  openDocumentLink,
  prepareFile,
} from "../modules/documents/index.ts";
import type { RequestHandler } from "./webhook.ts";

/**
 * GET /documents/<token>: checks the signature and the expiry, then renders the file at request time with what the
 * link's person may see now (a secretary who lost the role gets nothing). Nobody logs in: the token is the key,
 * short-lived and bound to one person's rights.
 */
export function documentRoute(deps: AppDeps): RequestHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const { config, prisma, i18n, clock } = deps;
    let lang: Locale = config.DEFAULT_LOCALE;
    const text = (status: number, key: MessageKey) => {
      const body = i18n.t(lang, key);
      res.writeHead(status, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
      });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return text(405, k("document-link-method"));
    const secret = config.DOCUMENT_LINK_SECRET;
    if (!secret) return text(404, k("document-link-invalid"));
    const token = new URL(req.url ?? "/", "http://localhost").pathname.slice(DOCUMENTS_PATH.length);
    const opened = openDocumentLink(token, secret, clock.now());
    if (!opened.ok) return text(opened.reason === "expired" ? 410 : 403, linkRefusalKey[opened.reason]);
    const request = fileRequestSchema.safeParse(opened.payload.doc);
    if (!request.success) return text(403, k("document-link-invalid"));
    const person = await prisma.person.findUnique({ where: { id: opened.payload.personId } });
    if (!person?.active) return text(403, k("document-link-refused"));
    lang = languageOf(person.locale, lang);
    const roles = await prisma.roleAssignment.findMany({ where: { personId: person.id, revokedAt: null } });
    const tree = await OrgTree.load(prisma);
    const prepared = await prepareFile(deps, tree, scopeOf(person.id, roles, tree), request.data, i18n.forLocale(lang));
    if (!prepared.ok) return text(prepared.reason === "empty" ? 404 : 403, fileRefusalKey[prepared.reason]);
    const file = await prepared.render();
    res.writeHead(200, {
      "content-type": file.mimeType,
      "content-length": file.data.length,
      "content-disposition": `attachment; filename="${asciiFileName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    res.end(req.method === "HEAD" ? undefined : file.data);
  };
}

const linkRefusalKey = {
  malformed: k("document-link-invalid"),
  forged: k("document-link-invalid"),
  expired: k("document-link-expired"),
} as const;

const fileRefusalKey = {
  empty: k("document-link-empty"),
  "not-allowed": k("document-link-refused"),
  "no-document": k("document-link-invalid"),
} as const;
