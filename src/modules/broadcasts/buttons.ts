import { button } from "../../core/buttons.ts";

/** "Đã đọc / Xác nhận" under a broadcast that asks for confirmation (src/core/buttons.ts). */
export const confirmBroadcastButton = button("ack", { broadcastId: "id" });
/** "Nhắc tất cả": remind the unit's members who have not confirmed one broadcast. */
export const remindUnconfirmedButton = button("ackr", { broadcastId: "id", unitId: "id" });
/** /broadcasts: the confirmation rate of one broadcast per unit. */
export const broadcastRatesButton = button("bc:rates", { broadcastId: "id" });
/** /broadcasts: stop a broadcast not yet fully sent. */
export const cancelBroadcastButton = button("bc:cancel", { broadcastId: "id" });
