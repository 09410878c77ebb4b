import type { ModuleManifest } from "../module.ts";
import { exportCommand } from "./export-admin.ts";
import { exportFeature } from "./export-command.ts";

/** Exports (xlsx, csv) and official documents (.docx) for the Party committee and the union above. */
export const documentsModule: ModuleManifest = {
  name: "documents",
  features: [exportFeature],
  adminCommands: [exportCommand],
};
