import { describe, expect, it } from "vitest";
import { channelCapabilities } from "../../src/channels/capabilities.ts";
import { TelegramSender } from "../../src/channels/telegram/sender.ts";
import { ZaloSender } from "../../src/channels/zalo/sender.ts";
import { isPlatform } from "../../src/core/messages.ts";

describe("channel capabilities", () => {
  it("are declared by each channel and match what its sender can do", () => {
    expect(Object.keys(channelCapabilities).sort()).toEqual(["telegram", "terminal", "zalo"]);
    expect(channelCapabilities.telegram.canEdit).toBe(typeof TelegramSender.prototype.edit === "function");
    expect(channelCapabilities.zalo.canEdit).toBe(
      typeof (ZaloSender.prototype as { edit?: unknown }).edit === "function",
    );
    expect(channelCapabilities.telegram.maxChoiceValueBytes).toBe(64);
    expect(channelCapabilities.zalo).toMatchObject({ canReceiveFiles: false, canShareContact: false });
  });

  it("names platforms for parsing without comparing names", () => {
    expect(["telegram", "zalo", "terminal", "Zalo", "fax", "", undefined].map(isPlatform)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
