export { goingLiveProblem, hasDemoOrg } from "./demo.ts";
export { loadRoleHolders, responsibleSecretaries, secretariesAbove } from "./role-holders.ts";
export { readCsvInto } from "./roster-file.ts";
export { fullNameSchema } from "./roster-rows.ts";
