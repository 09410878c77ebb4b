import { button } from "../../core/buttons.ts";
import { fileKinds } from "./export-file.ts";

/**
 * "export:<kind> [<word>…]": a file, as `/export <kind> <word>…` would make it (a year or quarter, a unit or member
 * code, a format), the words separated by spaces as they always were. A kind alone asks for the format first.
 */
export const exportButton = button("export", { kind: fileKinds, args: "list" }, { separator: " " });
