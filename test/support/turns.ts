import type { Dispatcher, Turn } from "../../src/core/dispatcher.ts";
import type { Platform } from "../../src/core/messages.ts";

/**
 * Tells a test when the bot has finished answering an update: a channel calls `dispatcher.answered` once every
 * reply of the turn has left for the platform, so there is nothing to wait out.
 */
export class Turns {
  private readonly chatOf = new WeakMap<Turn, string>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(dispatcher: Dispatcher) {
    const receive = dispatcher.receive.bind(dispatcher);
    const answered = dispatcher.answered.bind(dispatcher);
    dispatcher.receive = async (msg) => {
      const turn = await receive(msg);
      this.chatOf.set(turn, `${msg.platform}:${msg.chatId}`);
      return turn;
    };
    dispatcher.answered = (turn) => {
      answered(turn);
      const chat = this.chatOf.get(turn);
      if (chat) this.waiting.get(chat)?.shift()?.();
    };
  }

  /** Resolves once the chat's next update has been answered. Call it before sending that update. */
  next(platform: Platform, chatId: string | number): Promise<void> {
    const chat = `${platform}:${chatId}`;
    return new Promise((done) => {
      const list = this.waiting.get(chat) ?? [];
      list.push(done);
      this.waiting.set(chat, list);
    });
  }
}
