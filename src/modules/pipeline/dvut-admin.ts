import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import { writeAudit } from "../../core/audit.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate, today } from "../../core/periods.ts";
import { refuse } from "../../core/result.ts";
import type { JourneyStep } from "../../generated/prisma/client.ts";
import type { Translate } from "../../i18n/i18n.ts";
import { formatOfDvutFile, importDvutFile } from "./dvut-import.ts";
import { loadJourney, openJourneyOf, previewStep, recordStep, type StepInput, startJourney } from "./journey.ts";
import { type FileItem, fileItems, type JourneyWarning, journeyRules, stepLabelKey } from "./journey-rules.ts";
import { renderJourney } from "./journey-view.ts";

const steps = Object.keys(stepLabelKey) as JourneyStep[];

const USAGE = [
  "dvut show MEMBER_CODE",
  "dvut record MEMBER_CODE STEP --date YYYY-MM-DD [--body TEXT] [--number TEXT] [--source-date YYYY-MM-DD]",
  "     [--reason TEXT] [--members N --present N --for N] [--party-rep NAME] [--party-rep-opinion TEXT]",
  "     [--mentor NAME] [--mentor-position TEXT] [--item ITEM] [--holiday TEXT] [--yes]",
  `     STEP: ${steps.join(", ")}; ITEM: ${fileItems.join(", ")}`,
  "dvut committee UNIT_CODE NAME [CONTACT]   set a unit's cấp ủy",
  "dvut import FILE.xlsx|FILE.csv   the ĐVUT list export read back: edited dates become corrections",
].join("\n");

function parseDay(value: string | true | undefined): Date | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? undefined : d;
}

const str = (v: string | true | undefined) => (typeof v === "string" ? v : undefined);
const int = (v: string | true | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined);

export function warningLine(t: Translate, w: JourneyWarning, rules: ReturnType<typeof journeyRules>): string {
  switch (w.kind) {
    case "age":
      return t("journey-warn-age", { age: w.age, min: rules.minAge, max: rules.maxAge });
    case "no_certificate":
      return t("journey-warn-no-certificate");
    case "certificate_lapsed":
      return t("journey-warn-certificate-lapsed", { until: formatVietnameseDate(w.validUntil) });
    case "probation":
      return t("journey-warn-probation", { until: formatVietnameseDate(w.endsOn), months: rules.probationMonths });
    case "rating":
      return t("journey-warn-rating", { year: String(w.year), category: w.category });
  }
}

/**
 * `dvut show|record|committee`: the journey of one ĐVUT from the command line, with the same checks and warnings as
 * the chat (`--yes` accepts the warnings), for going live with a block that keeps its ĐVUT in spreadsheets.
 */
export const dvutCommand: AdminCommand = {
  name: "dvut",
  usage:
    "dvut show MEMBER_CODE | dvut record MEMBER_CODE STEP --date YYYY-MM-DD [options] [--yes] | dvut committee | dvut import FILE",
  async run(app, args, out) {
    const { prisma, i18n, clock, config } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const rules = journeyRules(config);
    const { positional, options } = parseOptions(args);
    const [verb, code, stepName] = positional;
    if (verb === "committee" && code && stepName) {
      const unit = await prisma.orgUnit.findUnique({ where: { code } });
      if (!unit) {
        out(t("role-unit-code-unknown", { code }));
        return 1;
      }
      const contact = positional[3] ?? null;
      await prisma.orgUnit.update({
        where: { id: unit.id },
        data: { partyCommittee: stepName, partyContact: contact },
      });
      await writeAudit(prisma, {
        actorId: null,
        action: "unit.party-committee",
        entity: "OrgUnit",
        entityId: unit.id,
        before: { partyCommittee: unit.partyCommittee, partyContact: unit.partyContact },
        after: { partyCommittee: stepName, partyContact: contact },
        at: clock.now(),
      });
      out(t("dvut-admin-committee-set", { unit: unit.name, committee: stepName }));
      return 0;
    }
    if (verb === "import" && code) return importFile(app, code, out);
    if ((verb !== "show" && verb !== "record") || !code) {
      out(USAGE);
      return 2;
    }
    const person = await prisma.person.findUnique({ where: { memberCode: code } });
    if (!person) {
      out(t("dvut-admin-member-unknown", { code }));
      return 1;
    }
    const open = await openJourneyOf(prisma, person.id);
    const latest =
      open ?? (await prisma.candidacy.findFirst({ where: { personId: person.id }, orderBy: { createdAt: "desc" } }));
    const tree = await OrgTree.load(prisma);
    const show = async (candidacyId: string) => {
      const journey = await loadJourney(prisma, candidacyId);
      if (journey) {
        const day = today(clock.now(), config.TZ_NAME);
        out(renderJourney(t, journey, rules, day, tree.pathName(journey.candidacy.person.unitId)));
      }
    };
    if (verb === "show") {
      if (!latest) {
        out(t("dvut-admin-no-journey", { name: person.fullName }));
        return 1;
      }
      await show(latest.id);
      return 0;
    }
    if (!stepName || !steps.includes(stepName as JourneyStep)) {
      out(USAGE);
      return 2;
    }
    const date = parseDay(options.date);
    if (!date) {
      out(t("dvut-admin-date-needed"));
      return 2;
    }
    const item = str(options.item);
    const input: StepInput = {
      step: stepName as JourneyStep,
      date,
      sourceBody: str(options.body),
      sourceNumber: str(options.number),
      sourceDate: parseDay(options["source-date"]),
      reason: str(options.reason),
      membersTotal: int(options.members),
      present: int(options.present),
      inFavour: int(options.for),
      partyRep: str(options["party-rep"]) ?? null,
      partyRepOpinion: str(options["party-rep-opinion"]),
      mentorName: str(options.mentor),
      mentorPosition: str(options["mentor-position"]),
      fileItem: fileItems.includes(item as FileItem) ? (item as FileItem) : undefined,
      holiday: str(options.holiday),
    };
    const actor = { personId: null, unitIds: "all" as const };
    const recordOptions = { rules, i18n, acceptWarnings: options.yes === true };
    const starts = input.step === "selection" || input.step === "transfer_in";
    const result = starts
      ? await startJourney(prisma, actor, person.id, input, recordOptions, clock.now())
      : open
        ? await recordStep(prisma, actor, open.id, input, recordOptions, clock.now())
        : refuse("dvut-admin-no-journey", { name: person.fullName });
    if (!result.ok && result.reason === "journey-warnings-unconfirmed") {
      // Say which warnings, then stop: the same step with --yes records it.
      const preview = await previewStep(prisma, open?.id, person.id, input, rules, clock.now());
      if (preview.ok) for (const w of preview.value) out(t("register-warning", { text: warningLine(t, w, rules) }));
      out(t("dvut-admin-warnings-need-yes"));
      return 1;
    }
    if (!result.ok) {
      out(t(result.reason, result.args));
      return 1;
    }
    for (const w of result.value.warnings) out(t("register-warning", { text: warningLine(t, w, rules) }));
    out(
      t("dvut-admin-recorded", {
        name: person.fullName,
        step: t(stepLabelKey[input.step]),
        date: formatVietnameseDate(date),
      }),
    );
    await show(result.value.candidacy.id);
    return 0;
  },
};

/** `dvut import FILE`: all or nothing; every bad line named; exit 1 on any problem, 0 when written or unchanged. */
async function importFile(app: Parameters<AdminCommand["run"]>[0], file: string, out: (line: string) => void) {
  const { prisma, i18n, clock } = app.deps;
  const t = i18n.forLocale(i18n.defaultLocale);
  const format = formatOfDvutFile(file);
  if (!format) {
    out(t("dvut-import-file-type"));
    return 2;
  }
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    out(t("dvut-import-file-missing", { file }));
    return 2;
  }
  const outcome = await importDvutFile(prisma, i18n, data, format, basename(file), clock.now());
  if (!outcome.ok && "unreadable" in outcome) {
    out(t("dvut-import-unreadable", { detail: outcome.unreadable }));
    return 1;
  }
  if (!outcome.ok) {
    out(t("dvut-import-rejected", { count: outcome.problems.length }));
    for (const p of outcome.problems) out(`  ${t("dvut-import-line", { line: p.line })}: ${t(p.reason, p.args)}`);
    return 1;
  }
  if (outcome.changes.length === 0) {
    out(t("dvut-import-unchanged"));
    return 0;
  }
  out(t("dvut-import-corrected", { count: outcome.changes.length }));
  for (const c of outcome.changes) {
    out(
      `  ${t("dvut-import-line", { line: c.line })}: ${t("dvut-import-change", { name: c.name, step: t(stepLabelKey[c.step]), from: c.from, to: c.to })}`,
    );
  }
  return 0;
}
