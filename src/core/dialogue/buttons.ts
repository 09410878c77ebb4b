import { button, decodeOneOf, type OneOf } from "../buttons.ts";

/**
 * The buttons that reach the dialogue runtime from outside a conversation (src/core/buttons.ts): any module, job or
 * menu that offers to start a flow builds its value here. Their actions live in the menu module.
 */

/** "flow:start:<flow id>[:<arg>…]": starts the flow, or continues its draft (`FlowEngine.start`). */
export const startFlowButton = button("flow:start", { flowId: "id", args: "list" });
/** "flow:correct:<report id>": reopens a filed report for its author. */
export const correctReportButton = button("flow:correct", { reportId: "id" });
/** "flow:mine": the author's recent reports, to correct one. */
export const myReportsButton = button("flow:mine");

/** The arguments a flow's `init` receives from a start button: its list joined as they were written. */
export const flowArgs = (args: readonly string[]) => args.join(":");

/**
 * What a button on a conversation's own screen does: the part after the revision ("~12:v:good", render.ts's
 * `flowValue`). /back, /skip and /cancel are read as the same actions. A value or a step id is the rest of the value,
 * taken as it stands (an option's value may hold a ":").
 */
export const flowButtons = {
  value: button("v", { value: "tail" }),
  tick: button("t", { value: "tail" }),
  open: button("o", { unitId: "tail" }),
  edit: button("edit", { stepId: "tail" }),
  page: button("page", { page: "int" }),
  done: button("done"),
  keep: button("keep"),
  skip: button("skip"),
  sure: button("sure"),
  confirm: button("confirm"),
  cancel: button("cancel"),
  back: button("back"),
} as const;

export type FlowAction = OneOf<typeof flowButtons>;

/** A screen button's action (or a command's name, "back"), typed; undefined when it is none of them. */
export const readFlowAction = (text: string): FlowAction | undefined => decodeOneOf(flowButtons, text);
