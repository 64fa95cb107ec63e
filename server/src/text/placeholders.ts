// Placeholders are what the "Insert …" fixes leave to fill in: `<Month Day, Year>`.

export const PLACEHOLDER = /<[A-Za-z][^<>\r\n]{0,60}>/g;

/** The whole value is a placeholder, so value rules leave it to placeholder-text. */
export function isPlaceholder(raw: string | undefined): boolean {
  return raw !== undefined && /^\s*<[A-Za-z][^<>\r\n]{0,60}>\s*$/.test(raw);
}
