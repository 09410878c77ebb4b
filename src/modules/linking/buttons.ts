import { button } from "../../core/buttons.ts";

/** "Đăng ký (chưa có mã)": starts a registration (src/core/buttons.ts). */
export const registerButton = button("link:register");
/**
 * The unit buttons of registrations drafted before the dialogue runtime took them over ("link:<unit id>"): still in
 * old chats, so they are answered (the registration is no longer in progress) rather than misread.
 */
export const oldRegistrationUnitButton = button("link", { unitId: "tail" });
/** A secretary (or staff) decides a registration request of their unit. */
export const registrationDecisionButton = button("reg", { decision: ["approve", "reject"], requestId: "id" });
