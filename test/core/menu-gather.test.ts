import { describe, expect, it } from "vitest";
import type { AnyFlow, FlowEnv } from "../../src/core/dialogue/flow.ts";
import { gatherMenu, type MenuEntry, oncePerEnv } from "../../src/core/dialogue/menu.ts";

/** Only what gatherMenu and oncePerEnv read of an env: the roles (for each flow's access). */
const env = (roles: FlowEnv["roles"] = []) => ({ roles }) as unknown as FlowEnv;
const secretaryRole = { role: "secretary", revokedAt: null, unitId: "u1" } as FlowEnv["roles"][number];

const flow = (id: string, entries: MenuEntry[], access: AnyFlow["access"] = "linked") =>
  ({ id, access, offer: async () => ({ entries, lines: [{ key: "menu-title" }] }) }) as unknown as AnyFlow;
const entry = (sort: MenuEntry["sort"], value?: string): MenuEntry => ({
  label: { key: "menu-title" },
  sort,
  ...(value ? { value } : {}),
});

describe("gatherMenu", () => {
  it("orders by section, then key element by element, then registration; drops the starts of drafted flows", async () => {
    const flows = [
      flow("own", [entry(["own"])]),
      flow("unit", [entry(["unit", 1, 0]), entry(["unit", 0, 2]), entry(["unit", 0, 10])]),
      flow("due", [entry(["due", "2026-Q4", 0]), entry(["due", "2026-Q3", 1, 0]), entry(["due", "2026-Q3", 0])]),
      flow("drafted", [entry(["due", "2026-Q3"]), entry(["due", "2026-Q3", 9], "review:fix:1")]),
      flow("secret", [entry(["due", "2000-Q1"])], ["secretary"]),
    ];
    const menu = await gatherMenu(flows, env(), new Set(["drafted"]), [entry(["review", 0], "review:list")]);
    expect(menu.entries.map((e) => `${e.flowId ?? "-"} ${e.sort.join(",")}`)).toEqual([
      "due due,2026-Q3,0",
      "due due,2026-Q3,1,0",
      // A drafted flow's other button (a returned report's fix) stays; its start is offered as "continue" instead.
      "drafted due,2026-Q3,9",
      "due due,2026-Q4,0",
      "unit unit,0,2",
      "unit unit,0,10",
      "unit unit,1,0",
      "- review,0",
      "own own",
    ]);
    expect(menu.lines).toHaveLength(4);
    const withRole = await gatherMenu(flows, env([secretaryRole]), new Set());
    expect(withRole.entries[0]?.flowId).toBe("secret");
  });
});

describe("oncePerEnv", () => {
  it("computes once per env, however many flows ask", async () => {
    let runs = 0;
    const shared = oncePerEnv(async () => ++runs);
    const one = env();
    expect(await Promise.all([shared(one), shared(one), shared(one)])).toEqual([1, 1, 1]);
    expect(await shared(env())).toBe(2);
  });
});
