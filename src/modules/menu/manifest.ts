import type { ModuleManifest } from "../module.ts";
import { menuFeature } from "./menu.ts";

/** /menu: what this person owes or may file now, drafts to continue, reports to review. */
export const menuModule: ModuleManifest = {
  name: "menu",
  features: [menuFeature],
};
