export { exportButton } from "./buttons.ts";
export { DOCUMENTS_PATH } from "./document-link.ts";
export { asciiFileName, fileRequestSchema, prepareFile } from "./export-file.ts";
export { buildExport, type Cell, type ExportTable } from "./exports.ts";
export { openDocumentLink } from "./signed-link.ts";
