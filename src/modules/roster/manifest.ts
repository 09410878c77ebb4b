import type { ModuleManifest } from "../module.ts";
import { demoCommand } from "./demo.ts";
import { findFeature } from "./find.ts";
import { importCommand } from "./import-admin.ts";
import { meFeature } from "./me.ts";
import { personCommand } from "./person-admin.ts";
import { roleCommand } from "./role-admin.ts";
import { rolesFeature } from "./roles-command.ts";

/** The org tree, its people and their roles: import, search, a member's own record. */
export const rosterModule: ModuleManifest = {
  name: "roster",
  features: [meFeature, findFeature, rolesFeature],
  adminCommands: [importCommand, roleCommand, demoCommand, personCommand],
};
