// HTML built from record text: every piece of text goes through `esc`, so nothing a record says
// is ever read as markup (a record may hold `<script>`, `<img onerror=…>` or `javascript:` text).

/** Text for an HTML text node or a quoted attribute value. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markup built by the preview, told apart from text by its type. */
export interface Html {
  readonly html: string;
}

export const raw = (html: string): Html => ({ html });

/** A CSP nonce (the preview's and the report's): 128 random bits, base64url. */
export function freshNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A tagged template: interpolated strings are escaped, interpolated Html is kept. */
export function h(parts: TemplateStringsArray, ...values: readonly (string | number | Html | readonly Html[] | undefined | false)[]): Html {
  let out = parts[0]!;
  values.forEach((v, k) => {
    if (v === undefined || v === false) out += '';
    else if (typeof v === 'string') out += esc(v);
    else if (typeof v === 'number') out += String(v);
    else if (Array.isArray(v)) out += (v as readonly Html[]).map((x) => x.html).join('');
    else out += (v as Html).html;
    out += parts[k + 1]!;
  });
  return { html: out };
}
