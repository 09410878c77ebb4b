import { z } from "zod";
import { foldText } from "../../core/choices.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { parseVietnameseDate } from "../../core/periods.ts";
import { startsLikeFormula } from "../../core/spreadsheet-safety.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import type { RosterField } from "./roster-file.ts";

/** zod schemas of one unit row and one member row of the roster file, turning cell text into stored values. */

const code = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}._/-]+$/u);
/** Free text from the file: no control or direction-override characters, and nothing a spreadsheet would run. */
const safeText = (min: number, max: number) =>
  z
    .string()
    .transform((v) => cleanText(v))
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((v) => !startsLikeFormula(v)),
    );
const optionalText = (max: number) => safeText(0, max).optional();

export const unitRowSchema = z.object({
  unitCode: code,
  unitName: safeText(2, 200),
  levelName: optionalText(100),
  parentCode: code.optional(),
});

export type UnitRow = z.infer<typeof unitRowSchema>;

/** Lower-case, no diacritics, no inner commas or dots: "Cán bộ, công chức" → "can bo cong chuc". */
const fold = (text: string) =>
  foldText(text)
    .replace(/[,.;/]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

function lookup<T extends string>(table: Record<string, T>) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === "") return null;
      const found = table[fold(value)];
      if (found === undefined) {
        ctx.addIssue({ code: "custom", message: value });
        return z.NEVER;
      }
      return found;
    });
}

const genders = { nam: "male", male: "male", m: "male", nu: "female", female: "female", f: "female" } as const;
export type Gender = (typeof genders)[keyof typeof genders];

const targetGroups = {
  "can bo cong chuc": "civil_servant",
  "can bo cong chuc vien chuc": "civil_servant",
  "cong chuc": "civil_servant",
  "can bo": "civil_servant",
  "vien chuc": "civil_servant",
  "civil servant": "civil_servant",
  civil_servant: "civil_servant",
  "nguoi lao dong": "employee",
  "lao dong": "employee",
  "cong nhan": "employee",
  employee: "employee",
  "sinh vien": "student",
  student: "student",
  "hoc sinh": "pupil",
  pupil: "pupil",
  khac: "other",
  other: "other",
} as const;
export type TargetGroup = (typeof targetGroups)[keyof typeof targetGroups];

const roles = {
  "bi thu": "secretary",
  "pho bi thu": "deputy_secretary",
  secretary: "secretary",
  "deputy secretary": "deputy_secretary",
  "doan vien": "member",
  member: "member",
} as const;

const dateOfBirth = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date =
    value instanceof Date
      ? new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()))
      : parseVietnameseDate(value);
  if (!date || date.getUTCFullYear() < 1930 || date.getUTCFullYear() > 2030) {
    ctx.addIssue({ code: "custom", message: String(value) });
    return z.NEVER;
  }
  return date;
});

/** Vietnamese mobile numbers; a number cell that lost its leading zero gets it back. */
const phone = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    let digits = value.replace(/[\s.()-]/g, "").replace(/^\+?84/, "0");
    if (/^[1-9]\d{8}$/.test(digits)) digits = `0${digits}`;
    if (!/^0\d{9,10}$/.test(digits)) {
      ctx.addIssue({ code: "custom", message: value });
      return z.NEVER;
    }
    return digits;
  });

/** A person's name, from the roster file or typed in a registration: letters, spaces, dots, apostrophes, hyphens. */
export const fullNameSchema = z
  .string()
  .transform((v) => cleanText(v))
  .pipe(
    z
      .string()
      .min(2)
      .max(120)
      .regex(/^[\p{L}\p{M}][\p{L}\p{M}\s.'-]*$/u)
      .transform((name) => name.normalize("NFC").replace(/\s+/g, " ")),
  );

export const memberRowSchema = z.object({
  memberCode: code.optional(),
  fullName: fullNameSchema,
  dateOfBirth,
  gender: lookup(genders),
  phone,
  email: z
    .email()
    .optional()
    .transform((v) => v?.toLowerCase() ?? null),
  unitCode: code,
  targetGroup: lookup(targetGroups),
  titles: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/[;\n]/)
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    ),
  position: optionalText(200).transform((v) => (v === undefined || v === "" ? null : v)),
  role: lookup(roles),
});

export type MemberRow = z.infer<typeof memberRowSchema>;

/** What each column must hold, said to the person who filled the file. */
export const fieldProblemKey: Record<RosterField, MessageKey> = {
  kind: k("roster-bad-kind"),
  unitCode: k("roster-bad-unit-code"),
  unitName: k("roster-bad-unit-name"),
  levelName: k("roster-bad-level-name"),
  parentCode: k("roster-bad-parent-code"),
  memberCode: k("roster-bad-member-code"),
  fullName: k("roster-bad-full-name"),
  dateOfBirth: k("roster-bad-date-of-birth"),
  gender: k("roster-bad-gender"),
  phone: k("roster-bad-phone"),
  email: k("roster-bad-email"),
  targetGroup: k("roster-bad-target-group"),
  titles: k("roster-bad-titles"),
  position: k("roster-bad-position"),
  role: k("roster-bad-role"),
};

/** Key for matching a member without a code: name (case-insensitive), date of birth and unit. */
export function identityKey(fullName: string, dateOfBirth: Date | null, unitId: string): string {
  const name = fullName.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return `${name}|${dateOfBirth?.toISOString().slice(0, 10) ?? ""}|${unitId}`;
}
