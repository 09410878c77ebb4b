import { createInterface } from "node:readline";
import type { Channel, ChannelSender, SendResult } from "../../core/channel.ts";
import type { Dispatcher } from "../../core/dispatcher.ts";
import { contentFromText, type OutgoingMessage, renderChoicesAsList } from "../../core/messages.ts";
import { type DemoPersona, demoPersonas } from "./demo-seed.ts";

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now: () => Date;
  persona?: DemoPersona;
}

/**
 * A chat in the terminal, one line per message, for the demo and for scripts: `printf '/as staff\n/help\n' | npm start`.
 * `/as member|secretary|staff|guest` switches who is speaking. Ends at end of input.
 */
export function createTerminalChannel(dispatcher: Dispatcher, options: TerminalOptions): Channel {
  let persona: DemoPersona = options.persona ?? "member";
  let running = false;
  let stopping = false;
  let resolveFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  const write = (text: string) => options.output.write(`${text}\n`);
  let updateCounter = 0;

  const print = (message: OutgoingMessage, to?: string) => {
    const head = to ? `🤖 → ${to}: ` : "🤖 ";
    const body = message.choices?.length
      ? `${message.text}\n${renderChoicesAsList(message.choices, message.numberFrom)}`
      : message.text;
    write(`${head}${body.replace(/\n/g, "\n   ")}`);
    for (const file of message.files ?? []) write(`   📎 ${file.name} (${file.data.length} bytes)`);
    if (message.image) write(`   🖼 ${message.image.name} (${message.image.data.length} bytes)`);
  };

  const handleLine = async (line: string) => {
    const text = line.replace(/\r$/, "");
    if (text.trim() === "") return;
    const content = contentFromText(text);
    if (content.kind === "command" && content.name === "as") {
      const wanted = content.args.toLowerCase() as DemoPersona;
      if (demoPersonas.includes(wanted)) {
        persona = wanted;
        write(`— ${persona} —`);
      } else {
        write(`/as ${demoPersonas.join(" | ")}`);
      }
      return;
    }
    const replies = await dispatcher.handle({
      platform: "terminal",
      chatId: `demo-${persona}`,
      chatType: "private",
      sender: { externalId: `demo-${persona}`, displayName: persona },
      content: { kind: "text", text },
      receivedAt: options.now(),
    });
    for (const reply of replies) print(reply);
  };

  const sender: ChannelSender = {
    platform: "terminal",
    async send(chatId, message): Promise<SendResult> {
      print(message, chatId.replace(/^demo-/, ""));
      return { ok: true, messageIds: [String(++updateCounter)] };
    },
    async edit(chatId, messageId, message): Promise<SendResult> {
      print({ ...message, text: `✎ ${message.text}` }, chatId.replace(/^demo-/, ""));
      return { ok: true, messageIds: [messageId] };
    },
  };

  return {
    name: "terminal",
    finished,
    sender,
    isRunning: () => running,
    async start() {
      running = true;
      const rl = createInterface({ input: options.input, terminal: false });
      // Lines are handled one after another, in order, even when a script pipes them in all at once.
      let chain = Promise.resolve();
      rl.on("line", (line) => {
        if (stopping) return;
        chain = chain
          .then(() => handleLine(line))
          .catch((error) => {
            write(`! ${String(error)}`);
          });
      });
      rl.on("close", () => {
        chain.then(() => {
          running = false;
          resolveFinished();
        });
      });
    },
    async stop() {
      stopping = true;
      running = false;
      resolveFinished();
    },
  };
}
