/**
 * Button values, declared once and typed. A kind of button has a readable name in code, a short wire prefix (the
 * words before its fields, e.g. "review:open") and its fields in order; `value()` builds the text a button carries,
 * `decode()` reads it back as the same typed fields. Every action (src/core/feature.ts) answers one kind, and the
 * dispatcher decodes before it runs, so no module builds or splits such text by hand.
 *
 *   const openReport = button("review:open", { reportId: "id" });
 *   openReport.value({ reportId: "r1" })      // "review:open:r1"
 *   openReport.decode("review:open:r1")       // { ok: true, fields: { reportId: "r1" } }
 *
 * The wire format is the one these buttons always had, so a button sent last week (or a pending choice stored in the
 * database) still works: "<prefix>:<field>:<field>…". Field shapes:
 * - "id": a non-empty string; "text": any string; "int": a whole number ≥ 0, written in decimal;
 * - a suffix "?" (e.g. "int?"): may be left out, and only other optional fields (or a "list") may follow it;
 * - a list of words, e.g. `["approve", "reject"]`: one of them (typed as their union);
 * - "list": every remaining part, as string[] (must be last);
 * - "tail": everything after the fields before it, verbatim, separators included (must be last).
 * A field never carries a separator: "%", ":" and the kind's own separator are escaped as %25, %3A, %40 …, which old
 * values never contained (%20 for a space). A "tail" needs no escape: nothing follows it.
 */

/** Between the prefix and the fields, and between fields unless a kind chooses another. */
const SEPARATOR = ":";

type Words = readonly [string, ...string[]];
type Scalar = "id" | "text" | "int";
export type FieldShape = Scalar | `${Scalar}?` | Words | "list" | "tail";
export type FieldShapes = Readonly<Record<string, FieldShape>>;

type ValueOf<S> = S extends "int" | "int?"
  ? number
  : S extends "list"
    ? string[]
    : S extends Words
      ? S[number]
      : string;

type OptionalKeys<D> = { [K in keyof D]: D[K] extends `${string}?` ? K : never }[keyof D];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The typed fields of a kind declared with shapes `D`: an optional shape gives an optional property. */
export type FieldsOf<D extends FieldShapes> = Simplify<
  { -readonly [K in Exclude<keyof D, OptionalKeys<D>>]: ValueOf<D[K]> } & {
    -readonly [K in OptionalKeys<D>]?: ValueOf<D[K]>;
  }
>;

/** What `decode` makes of a value: the fields, or why not (another kind's value, or a broken one of this kind). */
export type Decoded<F> = { ok: true; fields: F } | { ok: false; reason: "not-mine" | "malformed" };

/** What `encode` makes of fields: the value, or that it is longer than a platform takes. */
export type Encoded = { ok: true; value: string } | { ok: false; reason: "too-long"; bytes: number };

/** The part every kind has, whatever its fields: what the dispatcher needs to find the kind of a value. */
export interface ButtonPattern {
  /** The words before the fields, e.g. "review:open". */
  readonly prefix: string;
  /** Whether `value` starts with this kind's prefix (it may still be malformed). */
  matches(value: string): boolean;
}

/** What `value()` takes: the decoded fields, a list ("list") optional (left out, it is empty). */
export type InputOf<F> = Simplify<
  { [K in keyof F as F[K] extends string[] ? never : K]: F[K] } & {
    [K in keyof F as F[K] extends string[] ? K : never]?: F[K];
  }
>;

/** A kind without fields is built with `value()`; one with fields needs them. */
type FieldsArg<F> = Record<never, never> extends InputOf<F> ? [fields?: InputOf<F>] : [fields: InputOf<F>];

export interface ButtonKind<F> extends ButtonPattern {
  /**
   * The value a button carries. Too long for a channel is no failure: the channel carries such a value by its place in
   * the prompt, or it is answered by typing. Throws only on fields of the wrong shape (a bug in the caller).
   */
  value(...fields: FieldsArg<F>): string;
  /** The value, or "too-long" when it exceeds the channel's `maxBytes` (`capabilities.maxChoiceValueBytes`). */
  encode(fields: InputOf<F>, maxBytes: number): Encoded;
  decode(value: string): Decoded<F>;
}

/** Separators a kind may choose: ASCII, so that each escapes as "%" and two hex digits ("export:plan 2026"). */
const SEPARATORS = new Set([":", "@", " ", "|", ";", ","]);

const hexOf = (ch: string) => `%${(ch.codePointAt(0) as number).toString(16).toUpperCase()}`;

/** "%" and the separators written as "%25", "%3A", "%40": a field then never splits where it should not. */
function escapeField(text: string, separator: string): string {
  let out = "";
  for (const ch of text) out += ch === "%" || ch === SEPARATOR || ch === separator ? hexOf(ch) : ch;
  return out;
}

/** Undoes `escapeField`; any other "%" is taken as it stands. */
function unescapeField(text: string, separator: string): string {
  const escaped = new Map(["%", SEPARATOR, separator].map((ch) => [hexOf(ch), ch]));
  return text.replace(/%[0-9A-F]{2}/g, (code) => escaped.get(code) ?? code);
}

const isOptional = (shape: FieldShape) => typeof shape === "string" && shape.endsWith("?");
const isRest = (shape: FieldShape) => shape === "list" || shape === "tail";

/**
 * Declares a kind of button: its wire prefix (one or more words joined by ":"), then its fields in order. The
 * `separator` between fields is ":" unless an old wire format used another ("dash:CODE@2").
 */
export function button<const D extends FieldShapes = Record<never, never>>(
  prefix: string,
  shapes?: D,
  options: { separator?: string } = {},
): ButtonKind<FieldsOf<D>> {
  type F = FieldsOf<D>;
  const separator = options.separator ?? SEPARATOR;
  if (!/^[a-z~][a-z0-9-]*(?::[a-z][a-z0-9-]*)*$/.test(prefix)) throw new Error(`Bad button prefix "${prefix}"`);
  if (!SEPARATORS.has(separator)) throw new Error(`Bad separator "${separator}" of ${prefix}`);
  const entries = Object.entries(shapes ?? {}) as [string, FieldShape][];
  entries.forEach(([name, shape], i) => {
    const next = entries[i + 1]?.[1];
    if (isRest(shape) && next) throw new Error(`${prefix}: "${name}" takes the rest, so it must come last`);
    if (isOptional(shape) && next && !isOptional(next) && !isRest(next))
      throw new Error(`${prefix}: the required field after the optional "${name}" could never be read`);
  });

  const encodeOne = (name: string, shape: FieldShape, value: unknown): string[] => {
    if (shape === "tail") return [String(value)];
    if (shape === "list") {
      if (value === undefined) return [];
      if (!Array.isArray(value)) throw new Error(`${prefix}: "${name}" must be a list`);
      return value.map((part) => escapeField(String(part), separator));
    }
    if (shape === "int" || shape === "int?") {
      if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        throw new Error(`${prefix}: "${name}" must be a whole number ≥ 0, not ${String(value)}`);
      return [String(value)];
    }
    if (typeof shape !== "string" && !shape.includes(String(value)))
      throw new Error(`${prefix}: "${name}" must be one of ${shape.join(", ")}, not ${String(value)}`);
    if ((shape === "id" || shape === "id?") && value === "") throw new Error(`${prefix}: "${name}" is empty`);
    return [escapeField(String(value), separator)];
  };

  const value = (...args: FieldsArg<F>): string => {
    const record = (args[0] ?? {}) as Record<string, unknown>;
    const parts: string[] = [];
    let left: string | undefined;
    for (const [name, shape] of entries) {
      const field = record[name];
      const empty = field === undefined || (Array.isArray(field) && field.length === 0);
      // After a field left out, nothing may follow: it would be read in the place of the one missing.
      if (left !== undefined && !empty) throw new Error(`${prefix}: "${name}" given without "${left}"`);
      if (field === undefined && isOptional(shape)) left = name;
      else if (left === undefined) parts.push(...encodeOne(name, shape, field));
    }
    // An empty list writes nothing: "flow:start:self-report", as such buttons were always written.
    return parts.length === 0 ? prefix : `${prefix}${SEPARATOR}${parts.join(separator)}`;
  };

  const matches = (text: string) => text === prefix || text.startsWith(prefix + SEPARATOR);

  const decode = (text: string): Decoded<F> => {
    if (!matches(text)) return { ok: false, reason: "not-mine" };
    const body = text.slice(prefix.length + SEPARATOR.length);
    const malformed = { ok: false, reason: "malformed" } as const;
    let rest: string | undefined = text === prefix ? undefined : body;
    const fields: Record<string, unknown> = {};
    for (const [name, shape] of entries) {
      if (shape === "tail") {
        fields[name] = rest ?? "";
        rest = undefined;
        break;
      }
      if (shape === "list") {
        fields[name] = rest === undefined ? [] : rest.split(separator).map((part) => unescapeField(part, separator));
        rest = undefined;
        break;
      }
      if (rest === undefined) {
        if (isOptional(shape)) continue;
        return malformed;
      }
      const cut = rest.indexOf(separator);
      const raw = cut < 0 ? rest : rest.slice(0, cut);
      rest = cut < 0 ? undefined : rest.slice(cut + separator.length);
      const word = unescapeField(raw, separator);
      if (shape === "int" || shape === "int?") {
        if (!/^\d{1,15}$/.test(word)) return malformed;
        fields[name] = Number(word);
      } else if (typeof shape !== "string") {
        if (!shape.includes(word)) return malformed;
        fields[name] = word;
      } else {
        if ((shape === "id" || shape === "id?") && word === "") return malformed;
        fields[name] = word;
      }
    }
    if (rest !== undefined) return malformed;
    return { ok: true, fields: fields as F };
  };

  const encode = (fields: InputOf<F>, maxBytes: number): Encoded => {
    const text = value(...([fields] as FieldsArg<F>));
    const bytes = Buffer.byteLength(text, "utf8");
    return bytes <= maxBytes ? { ok: true, value: text } : { ok: false, reason: "too-long", bytes };
  };

  return { prefix, matches, value, encode, decode };
}

/**
 * The kind a value belongs to among `kinds`: the one with the longest matching prefix, so "selfrep:list" goes to its
 * own kind before "selfrep:<decision>:<id>". Undefined when none matches (not a button of these kinds at all).
 */
export function kindOf<K extends ButtonPattern>(kinds: Iterable<K>, value: string): K | undefined {
  let best: K | undefined;
  for (const kind of kinds) {
    if (kind.matches(value) && (!best || kind.prefix.length > best.prefix.length)) best = kind;
  }
  return best;
}

/** A group of kinds read as one tagged union: `{ name, fields }` of whichever kind the value is. */
export type OneOf<M extends Readonly<Record<string, ButtonKind<unknown>>>> = {
  [N in keyof M]: M[N] extends ButtonKind<infer F> ? { name: N; fields: F } : never;
}[keyof M];

/** Decodes a value against a named group of kinds (a sub-codec, e.g. the dialogue's own buttons). */
export function decodeOneOf<M extends Readonly<Record<string, ButtonKind<unknown>>>>(
  kinds: M,
  value: string,
): OneOf<M> | undefined {
  const entries = Object.entries(kinds) as [keyof M & string, ButtonKind<unknown>][];
  const kind = kindOf(
    entries.map(([, k]) => k),
    value,
  );
  const name = entries.find(([, k]) => k === kind)?.[0];
  const decoded = kind?.decode(value);
  if (!name || !decoded?.ok) return undefined;
  return { name, fields: decoded.fields } as OneOf<M>;
}
