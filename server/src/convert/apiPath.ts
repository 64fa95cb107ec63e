// Reading and writing one value at an element's API path (`statusModule.expandedAccessInfo.x`),
// for the elements the table marks plain: no code of their own in the import or the export.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a path of plain object keys (no lists), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let here = root;
  for (const k of path.split('.')) {
    if (!isObject(here)) return undefined;
    here = here[k];
  }
  return here;
}

/** Sets the value at a path, making the objects on the way. */
export function setValueAt(root: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let here = root;
  for (const k of keys.slice(0, -1)) {
    const next = here[k];
    here = isObject(next) ? next : (here[k] = {});
  }
  here[keys[keys.length - 1]!] = value;
}
