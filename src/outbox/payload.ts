/** Delivery payloads use the core's stored form of a message (also used for the stored replies of an update). */
export { fromPayload, toPayload } from "../core/stored-message.ts";
