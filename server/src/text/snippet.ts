// Expands a VS Code snippet body (TextMate snippet syntax: $1, ${1:default}, ${1|a,b|}, $VAR,
// ${VAR}) into plain text, so the server can offer the same skeleton to any editor.

export interface ExpandOptions {
  /** Which option of each choice list to take (wraps around); 0 is what VS Code shows first. */
  readonly choice?: number;
  /** What a tab stop with a default becomes; the default itself unless given. */
  readonly text?: (def: string) => string;
  /** Values of $CURRENT_YEAR and the like; an unknown variable expands to its name, as in VS Code. */
  readonly variables: Readonly<Record<string, string>>;
}

const STOP = /\$\{(\d+)(?::((?:\$\w+|\$\{\w+\}|\\.|[^}\\])*)|\|((?:\\.|[^|\\])*)\|)\}|\$\{(\d+)\}|\$(\d+)/g;
const VARIABLE = /\$\{([A-Z_]+)\}|\$([A-Z_]+)/g;

/** The body with every tab stop replaced by its default (or chosen option) and mirrors filled alike. */
export function expandSnippet(body: string, o: ExpandOptions): string {
  const vars = (s: string) => s.replace(VARIABLE, (_m, a?: string, b?: string) => o.variables[(a ?? b)!] ?? (a ?? b)!);
  const unescape = (s: string) => s.replace(/\\([\\$}|,])/g, '$1');
  const values = new Map<string, string>();
  // A mirror ($3 after ${3:…}) takes the value of its stop, wherever the stop is written.
  for (const m of body.matchAll(STOP)) {
    const [, n, def, choices] = m;
    if (n === undefined || values.has(n)) continue;
    if (choices !== undefined) {
      const options = choices.split(/(?<!\\),/).map(unescape);
      values.set(n, options[(o.choice ?? 0) % options.length]!);
    } else {
      const d = vars(unescape(def ?? ''));
      values.set(n, o.text && d !== '' && !/^\$/.test(def ?? '') ? o.text(d) : d);
    }
  }
  const withStops = body.replace(STOP, (_m, n?: string, _d?: string, _c?: string, bare?: string, plain?: string) => values.get((n ?? bare ?? plain)!) ?? '');
  return vars(withStops);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date variables VS Code offers, for a `yyyy-MM-dd` day. */
export function dateVariables(today: string): Record<string, string> {
  const [y, m, d] = today.split('-');
  return { CURRENT_YEAR: y!, CURRENT_MONTH: m!, CURRENT_DATE: d!, CURRENT_MONTH_NAME: MONTHS[Number(m) - 1]!, CURRENT_MONTH_NAME_SHORT: MONTHS[Number(m) - 1]!.slice(0, 3) };
}
