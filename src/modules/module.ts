import type { AdminCommand } from "../admin/command.ts";
import type { Config } from "../config.ts";
import type { AnyFlow } from "../core/dialogue/flow.ts";
import type { CommandDefinition, Feature } from "../core/feature.ts";
import type { JobDefinition } from "../jobs/job.ts";

/** What a module may ask of the kernel while it is assembled. */
export interface ModuleKernel {
  /** Every chat command of every module, in order (for /help); read when a message is handled, not before. */
  listCommands(): CommandDefinition[];
}

/**
 * What one capability brings to the bot. Each folder under src/modules exports one from its manifest.ts (its index.ts holds what other modules may use), and
 * src/modules/index.ts lists the modules in the order their chat features are consulted.
 */
export interface ModuleManifest {
  name: string;
  /** Chat commands, buttons and fallbacks. */
  features?: Feature[] | ((kernel: ModuleKernel) => Feature[]);
  /** Guided conversations run by the dialogue runtime. */
  flows?: AnyFlow[];
  /** Scheduled jobs, built from the configuration. */
  jobs?: (config: Config) => JobDefinition[];
  /** `npm run admin -- NAME …` subcommands. */
  adminCommands?: AdminCommand[];
}
