// A small XML writer that remembers, for every output line, where its content came from, so that
// a schema error on an output line can be reported at the record line it came from.

export interface XmlNode {
  readonly tag: string;
  /** Text content; written as is (escaped), line breaks kept, never indented. */
  readonly text?: string;
  readonly children?: readonly XmlNode[];
  readonly attributes?: Readonly<Record<string, string>>;
  /** Where the content came from (an API path such as `armsInterventionsModule.armGroups.2.label`). */
  readonly at?: string;
}

export interface XmlText {
  readonly xml: string;
  /** For each output line (0-based), the `at` of the innermost node written on it. */
  readonly origins: readonly (string | undefined)[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/F).
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML cannot carry removed; `removed` counts them. */
export function xmlSafe(s: string): { text: string; removed: number } {
  let removed = 0;
  const text = s.replace(/\r\n?/g, '\n').replace(ILLEGAL, () => {
    removed++;
    return '';
  });
  return { text, removed };
}

/** Writes the nodes, two spaces per level, one element per line (text content may span lines). */
export function writeXml(root: XmlNode, declaration = true): XmlText {
  const lines: string[] = declaration ? ['<?xml version="1.0" encoding="UTF-8"?>'] : [];
  const origins: (string | undefined)[] = declaration ? [undefined] : [];
  const push = (text: string, at: string | undefined) => {
    const parts = text.split('\n');
    for (const p of parts) {
      lines.push(p);
      origins.push(at);
    }
  };
  const walk = (n: XmlNode, depth: number, inherited: string | undefined) => {
    const at = n.at ?? inherited;
    const pad = '  '.repeat(depth);
    const attrs = Object.entries(n.attributes ?? {}).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
    if (n.children && n.children.length > 0) {
      push(`${pad}<${n.tag}${attrs}>`, at);
      for (const c of n.children) walk(c, depth + 1, at);
      push(`${pad}</${n.tag}>`, at);
    } else if (n.text !== undefined && n.text !== '') push(`${pad}<${n.tag}${attrs}>${escapeText(n.text)}</${n.tag}>`, at);
    else push(`${pad}<${n.tag}${attrs}/>`, at);
  };
  walk(root, 0, undefined);
  return { xml: `${lines.join('\n')}\n`, origins };
}
