/**
 * Vietnamese alphabetical order. One shared collator: `a.localeCompare(b, "vi")` builds a collator on every call,
 * about eight times slower, which a province's 2,000 units or 10,000-row exports turn into whole seconds.
 */
export const compareVi: (a: string, b: string) => number = new Intl.Collator("vi").compare;
