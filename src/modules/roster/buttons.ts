import { button } from "../../core/buttons.ts";

/** A /find result: opens the member's record (src/core/buttons.ts). */
export const memberCardButton = button("card", { personId: "id" });
