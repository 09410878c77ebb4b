import type { AppDeps } from "../../core/deps.ts";
import { signDocumentLink } from "./signed-link.ts";

export const DOCUMENTS_PATH = "/documents/";

/** The link to a file for one person, valid DOCUMENT_LINK_TTL_MINUTES; undefined unless links are configured. */
export function documentLink(
  deps: Pick<AppDeps, "config" | "clock">,
  personId: string,
  doc: Record<string, string | number>,
): string | undefined {
  const { PUBLIC_URL, DOCUMENT_LINK_SECRET, DOCUMENT_LINK_TTL_MINUTES } = deps.config;
  if (!PUBLIC_URL || !DOCUMENT_LINK_SECRET) return undefined;
  const exp = deps.clock.now().getTime() + DOCUMENT_LINK_TTL_MINUTES * 60_000;
  return `${PUBLIC_URL}${DOCUMENTS_PATH}${signDocumentLink({ doc, personId, exp }, DOCUMENT_LINK_SECRET)}`;
}
