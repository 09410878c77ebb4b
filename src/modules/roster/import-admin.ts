import { readFile } from "node:fs/promises";
import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import type { Translate } from "../../i18n/i18n.ts";
import { k } from "../../i18n/i18n.ts";
import { hasDemoOrg } from "./demo.ts";
import { importRoster, type RosterProblem } from "./roster.ts";
import { formatOfFile, RosterFileError, readRosterFile } from "./roster-file.ts";

/** `import FILE [--dry-run]`: units and members from a roster .xlsx or .csv, all or nothing. */
export const importCommand: AdminCommand = {
  name: "import",
  usage: "import FILE.xlsx|FILE.csv [--dry-run]   units and members from a roster file (see examples/)",
  async run(app, args, out) {
    const { positional, options } = parseOptions(args);
    const t = app.deps.i18n.forLocale(app.deps.i18n.defaultLocale);
    const file = positional[0];
    const format = file ? formatOfFile(file) : undefined;
    if (!file || !format) {
      out(t("roster-file-type"));
      return 2;
    }
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      out(t("roster-file-missing", { file }));
      return 2;
    }
    let records: Awaited<ReturnType<typeof readRosterFile>>;
    try {
      records = await readRosterFile(data, format);
    } catch (error) {
      if (!(error instanceof RosterFileError)) throw error;
      out(t(error.reason, { detail: error.message }));
      return 1;
    }
    // A real roster next to the terminal demo would mix invented people with real ones.
    if (await hasDemoOrg(app.deps.prisma)) out(t("trust-import-demo-present"));
    const outcome = await importRoster(app.deps.prisma, records, {
      actorId: null,
      now: app.deps.clock.now(),
      dryRun: options["dry-run"] === true,
    });
    if (!outcome.ok) {
      out(t("roster-rejected", { count: outcome.problems.length }));
      for (const problem of outcome.problems) out(`  ${describeProblem(t, problem)}`);
      return 1;
    }
    const s = outcome.summary;
    out(t(options["dry-run"] === true ? k("roster-checked") : k("roster-imported"), { ...s }));
    return 0;
  },
};

export function describeProblem(t: Translate, problem: RosterProblem): string {
  const sheet = problem.sheet ? `${problem.sheet}, ` : "";
  const where = problem.line > 0 ? `${sheet}${t("roster-where", { line: String(problem.line) })}: ` : "";
  return `${where}${t(problem.reason, problem.args)}`;
}
