export { DOCUMENTS_PATH } from "./document-link.ts";
export { asciiFileName, fileRequestSchema, prepareFile } from "./export-file.ts";
export { openDocumentLink } from "./signed-link.ts";
