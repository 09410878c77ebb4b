import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { exportCommand } from "../../src/modules/documents/export-admin.ts";
import { reportKeys } from "../../src/modules/reporting/reporting.ts";
import { it } from "../support/fixtures.ts";

/** LibreOffice, when installed (apt-get install libreoffice-writer-nogui): the documents must open in it. */
const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

describe("every official document opens in LibreOffice", () => {
  it.override({ appOptions: { now: "2026-11-26T02:00:00Z", env: { DOCUMENT_PLACE: "Cần Thơ" } } });
  it.skipIf(!soffice)(
    "converts each document to a non-empty PDF",
    { timeout: 300_000 },
    async ({ app, documentOrg: org }) => {
      const { prisma } = app.deps;
      await prisma.report.create({
        data: {
          kind: "dvut_remark",
          uniqueKey: reportKeys.remark(org.huongCandidacy.id, { year: 2026, quarter: 4 }),
          unitId: org.units.a1.id,
          authorId: org.people.secA1.id,
          subjectPersonId: org.huong.id,
          year: 2026,
          quarter: 4,
          data: {
            flowId: "dvut-remark",
            params: {
              candidacyId: org.huongCandidacy.id,
              personId: org.huong.id,
              unitId: org.units.a1.id,
              name: org.huong.fullName,
              year: 2026,
              quarter: 4,
              left: 1,
            },
            answers: { attitude: "Vững vàng", results: "Hoàn thành xuất sắc nhiệm vụ" },
          },
        },
      });
      await prisma.unitTarget.create({
        data: { unitId: org.units.a.id, year: 2026, dvutToIntroduce: 4, newPartyMembers: 2 },
      });
      // KEEP_PDF_DIR=/some/folder keeps the files, to look at the pages (pdftoppm -png).
      const dir = process.env.KEEP_PDF_DIR ?? (await mkdtemp(join(tmpdir(), "pdf-")));
      const kinds = ["dvut", "classification", "unit-reports", "remarks", "resolution", "handover", "plan"];
      const files: string[] = [];
      for (const kind of kinds) {
        const out = join(dir, `${kind}.docx`);
        const quarter = kind === "remarks" || kind === "unit-reports" ? ["--quarter", "4"] : [];
        const lines: string[] = [];
        const code = await exportCommand.run(
          app,
          [kind, "--year", "2026", ...quarter, "--format", "docx", "--out", out],
          (l) => lines.push(l),
        );
        expect(code, `${kind}: ${lines.join(" ")}`).toBe(0);
        expect(lines.at(-1), kind).toMatch(/^Đã ghi /);
        files.push(out);
      }
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, ...files], {
        stdio: "ignore",
        timeout: 240_000,
        env: { ...process.env, HOME: dir },
      });
      for (const kind of kinds) {
        const pdf = await stat(join(dir, `${kind}.pdf`));
        expect(pdf.size, kind).toBeGreaterThan(1000);
      }
    },
  );
});
