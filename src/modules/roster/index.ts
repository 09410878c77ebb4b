export { loadRoleHolders, responsibleSecretaries, secretariesAbove } from "./role-holders.ts";
