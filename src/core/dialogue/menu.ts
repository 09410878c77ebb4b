import type { MessageArgs, MessageKey } from "../../i18n/i18n.ts";
import { allows, secretaryUnitIds } from "../permissions.ts";
import type { AnyFlow, FlowEnv } from "./flow.ts";

/**
 * /menu, assembled from what each flow offers (`FlowDefinition.offer`). The menu module renders it; this file holds
 * the rules every entry follows, the same for a flow of any module:
 * - a flow with a saved draft is offered once, as "continue" (its own start entries are left out);
 * - entries are ordered by section, then by their sort key, then in the order the flows are registered.
 */

/**
 * Where an entry stands on /menu, in this order: what is owed by a date ("due", oldest period first), what a
 * secretary files for each of their units ("unit", in the order of their units), what waits for the person's
 * decision ("review"), and what anyone files of their own ("own").
 */
export const menuSections = ["due", "unit", "review", "own"] as const;
export type MenuSection = (typeof menuSections)[number];

/**
 * An entry's place: its section, then values compared one by one (numbers as numbers, text as text). The flows of
 * this code base use:
 * - `["due", "2026-Q3", 0]` the remarks of a quarter, `["due", "2026-Q3", 1, unitIndex]` a unit's report of it;
 * - `["unit", unitIndex, 0, year]` a classification, `["unit", unitIndex, 1]` an activity,
 *   `["unit", unitIndex, 2]` a selection vote (unitIndex: the unit's place in `menuUnits(env)`);
 * - `["review", 0]` self-reports to confirm, `["review", 1]` reports to review (the menu's own entries).
 */
export type MenuSort = readonly [MenuSection, ...(string | number)[]];

/** A line or a label: a locale key and its arguments, and the unit it is about (named when there are several). */
export interface MenuText {
  key: MessageKey;
  args?: MessageArgs;
  /** Shown after the text as "(Đoàn cơ sở A)" when the person is secretary of more than one unit. */
  unitId?: string;
}

/** One button of /menu that a flow offers. */
export interface MenuEntry {
  label: MenuText;
  /** The flow's start arguments, as its start button carries them (`init(env, args)` reads them joined by ":"). */
  args?: readonly string[];
  /**
   * Another button instead of starting this flow (a returned report's "fix", a list to pick from first). Such an
   * entry is shown even while the flow has a draft.
   */
  value?: string;
  sort: MenuSort;
}

/** What a flow offers one person on /menu now: its entries, and lines shown under the title ("remarks done"). */
export interface MenuOffer {
  entries?: MenuEntry[];
  lines?: MenuText[];
}

/** An entry with the flow it belongs to (none for the menu's own entries). */
export interface PlacedEntry extends MenuEntry {
  flowId?: string;
}

/**
 * The units a secretary files for, in the order their roles were granted (units no longer in the tree left out):
 * the `unitIndex` of the sort keys, and whether a label names its unit.
 */
export function menuUnits(env: FlowEnv): { id: string; name: string }[] {
  return secretaryUnitIds(env.roles).flatMap((id) => {
    const unit = env.tree.get(id);
    return unit ? [{ id, name: unit.name }] : [];
  });
}

/**
 * A value computed once per message and shared by every flow that reads it on that message's env (e.g. what a
 * secretary still owes, which several flows' menu entries count from): one set of queries per /menu, not one per flow.
 */
export function oncePerEnv<T>(compute: (env: FlowEnv) => Promise<T>): (env: FlowEnv) => Promise<T> {
  const computed = new WeakMap<FlowEnv, Promise<T>>();
  return (env) => {
    const known = computed.get(env);
    if (known) return known;
    const value = compute(env);
    computed.set(env, value);
    return value;
  };
}

function compareSort(a: MenuSort, b: MenuSort): number {
  const section = menuSections.indexOf(a[0]) - menuSections.indexOf(b[0]);
  if (section !== 0) return section;
  for (let i = 1; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    // A shorter key comes first ("the remarks of a quarter" before "a unit's report of it" when written so).
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

/**
 * The entries and lines of every flow this person may start, with `extra` entries of the menu's own, ordered; the
 * start entries of flows in `drafts` are left out (the menu offers those drafts as "continue").
 */
export async function gatherMenu(
  flows: readonly AnyFlow[],
  env: FlowEnv,
  drafts: ReadonlySet<string>,
  extra: readonly MenuEntry[] = [],
): Promise<{ entries: PlacedEntry[]; lines: MenuText[] }> {
  const entries: PlacedEntry[] = [];
  const lines: MenuText[] = [];
  for (const flow of flows) {
    if (!flow.offer || !allows(flow.access, true, env.roles)) continue;
    const offer = await flow.offer(env);
    for (const entry of offer.entries ?? []) {
      if (entry.value === undefined && drafts.has(flow.id)) continue;
      entries.push({ ...entry, flowId: flow.id });
    }
    lines.push(...(offer.lines ?? []));
  }
  entries.push(...extra);
  // Array sort is stable: entries with equal keys keep the order of the flows' registration.
  entries.sort((a, b) => compareSort(a.sort, b.sort));
  return { entries, lines };
}
