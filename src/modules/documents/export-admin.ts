import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import { OrgTree } from "../../core/org.ts";
import { quarterOf } from "../../core/periods.ts";
import { type FileFormat, type FileKind, fileFormats, fileKinds, isDocumentOnly, prepareFile } from "./export-file.ts";

/**
 * `export KIND [--unit CODE] [--member CODE] [--year Y] [--quarter Q] [--format xlsx|csv|docx] [--out FILE]`; the
 * nghị quyết, a handover's danh sách and the plan are documents only (.docx by default).
 */
export const exportCommand: AdminCommand = {
  name: "export",
  usage: `export ${fileKinds.join("|")} [--unit CODE] [--member CODE] [--year Y] [--quarter Q] [--format ${fileFormats.join("|")}] [--out FILE]`,
  async run(app, args, out) {
    const { prisma, i18n, clock, config } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const { positional, options } = parseOptions(args);
    const kind = positional[0] as FileKind | undefined;
    const format = (options.format ?? (kind && isDocumentOnly(kind) ? "docx" : "xlsx")) as FileFormat;
    const current = quarterOf(clock.now(), config.TZ_NAME);
    const year = options.year === undefined ? current.year : Number(options.year);
    const quarter =
      options.quarter === undefined ? (kind === "remarks" ? current.quarter : undefined) : Number(options.quarter);
    if (
      !kind ||
      !fileKinds.includes(kind) ||
      !fileFormats.includes(format) ||
      !Number.isInteger(year) ||
      (quarter !== undefined && ![1, 2, 3, 4].includes(quarter))
    ) {
      out(t("export-admin-usage"));
      return 2;
    }
    const tree = await OrgTree.load(prisma);
    const unitCode = typeof options.unit === "string" ? options.unit : undefined;
    const unit = unitCode ? tree.all().find((u) => u.code === unitCode) : undefined;
    if (unitCode && !unit) {
      out(t("unit-code-unknown", { code: unitCode }));
      return 1;
    }
    const memberCode = typeof options.member === "string" ? options.member : undefined;
    const member = memberCode ? await prisma.person.findUnique({ where: { memberCode } }) : undefined;
    if (memberCode && !member) {
      out(t("dvut-admin-member-unknown", { code: memberCode }));
      return 1;
    }
    // The command line is run by whoever administers the server: the whole block.
    const scope = { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId: null };
    const prepared = await prepareFile(
      app.deps,
      tree,
      scope,
      {
        kind,
        unit: unit?.id ?? "",
        year,
        quarter: member && kind === "remarks" && options.quarter === undefined ? 0 : (quarter ?? 0),
        format,
        ...(member ? { member: member.id } : {}),
      },
      t,
    );
    if (!prepared.ok && prepared.reason === "empty") {
      out(t("export-empty-all", { title: prepared.title }));
      return 0;
    }
    if (!prepared.ok) {
      out(t("document-kinds-only"));
      return 2;
    }
    const given = typeof options.out === "string" ? options.out : undefined;
    let path: string;
    if (prepared.writeTo && given) {
      // A spreadsheet goes to the file as its rows are read: a province's list never sits in memory whole.
      const stream = createWriteStream(given);
      await prepared.writeTo(stream);
      await finished(stream);
      path = given;
    } else {
      const file = await prepared.render();
      path = given ?? file.name;
      await writeFile(path, file.data);
    }
    out(t("export-written", { file: path, rows: prepared.rows }));
    return 0;
  },
};
