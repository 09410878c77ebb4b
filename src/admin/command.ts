import type { App } from "../app.ts";

export type { App };

/** One `npm run admin -- NAME …` subcommand. Prints for people on stdout; returns the exit code. */
export interface AdminCommand {
  name: string;
  /** One line for `npm run admin -- help`. */
  usage: string;
  run(app: App, args: string[], out: (line: string) => void): Promise<number>;
}

/** `--name value` and `--flag` options, and the positional rest. */
export function parseOptions(args: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = args[i + 1];
    if (inline !== undefined) options[name] = inline;
    else if (next !== undefined && !next.startsWith("--")) {
      options[name] = next;
      i++;
    } else options[name] = true;
  }
  return { positional, options };
}
