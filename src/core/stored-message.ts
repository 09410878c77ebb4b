import { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { OutgoingMessage } from "./messages.ts";

/** An OutgoingMessage as stored in Delivery.payload: JSON, so file contents travel as base64. */
const storedMessage = z.object({
  text: z.string(),
  choices: z
    .array(
      z.object({
        value: z.string(),
        label: z.string(),
        secure: z.boolean().optional(),
        unnumbered: z.boolean().optional(),
      }),
    )
    .optional(),
  photoUrl: z.string().optional(),
  promptId: z.string().optional(),
  files: z.array(z.object({ name: z.string(), mimeType: z.string(), base64: z.string() })).optional(),
  image: z.object({ name: z.string(), base64: z.string(), alt: z.string() }).optional(),
});

export function toPayload(message: OutgoingMessage): Prisma.InputJsonValue {
  const stored: z.infer<typeof storedMessage> = { text: message.text };
  if (message.choices?.length) {
    stored.choices = message.choices.map((c) => ({
      value: c.value,
      label: c.label,
      ...(c.secure ? { secure: true } : {}),
      ...(c.unnumbered ? { unnumbered: true } : {}),
    }));
  }
  if (message.photoUrl) stored.photoUrl = message.photoUrl;
  if (message.promptId) stored.promptId = message.promptId;
  if (message.files?.length) {
    stored.files = message.files.map((f) => ({
      name: f.name,
      mimeType: f.mimeType,
      base64: f.data.toString("base64"),
    }));
  }
  if (message.image) {
    const { name, data, alt } = message.image;
    stored.image = { name, base64: data.toString("base64"), alt };
  }
  return stored;
}

/** The message back from a stored payload; null when the row holds something unreadable (recorded as failed). */
export function fromPayload(payload: unknown): OutgoingMessage | null {
  const parsed = storedMessage.safeParse(payload);
  if (!parsed.success) return null;
  const { files, image, ...rest } = parsed.data;
  const message: OutgoingMessage = { ...rest };
  if (files) {
    message.files = files.map((f) => ({ name: f.name, mimeType: f.mimeType, data: Buffer.from(f.base64, "base64") }));
  }
  if (image) message.image = { name: image.name, data: Buffer.from(image.base64, "base64"), alt: image.alt };
  return message;
}
