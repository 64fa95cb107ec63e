import { token } from './tokens';
import type { InterventionNode, Span, Token } from './syntax';
import { armGroupType, interventionType } from '../vocabulary/ctgov-enums';
import { labelAlternation } from '../vocabulary/lookup';

// `Drug: name`, `Biological/Vaccine: name`: a type prefix opens an intervention. "Other Name:"
// does not match because the colon must follow the type directly.
const TYPE_PREFIX = new RegExp(`(?<![\\w/-])(${labelAlternation(interventionType)}):[ \\t]*`, 'g');
const ARM_PREFIX = new RegExp(`^(${labelAlternation(armGroupType)}):\\s*`, 'i');
// Sanofi-style detail keys inside an intervention description, and the page's Other Names.
const DETAIL_KEY = /(Pharmaceutical form|Route of administration|Other Names?)\s*:\s*/gi;
// Non-global twin for single searches: exec on a global RegExp leaves lastIndex behind,
// which a later matchAll would inherit.
const FIRST_DETAIL_KEY = new RegExp(DETAIL_KEY.source, 'i');

/** Splits `Drug: A … Drug: B …` into interventions; text before the first prefix is returned as `lead`. */
export function splitInterventions(doc: string, region: Span): { lead?: Token; items: InterventionNode[] } {
  const text = doc.slice(region.start, region.end);
  const starts: { at: number; typeStart: number; typeEnd: number; bodyStart: number }[] = [];
  for (const m of text.matchAll(TYPE_PREFIX)) {
    const at = region.start + m.index!;
    starts.push({ at, typeStart: at, typeEnd: at + m[1]!.length, bodyStart: at + m[0].length });
  }
  const lead = token(doc, region.start, starts[0]?.at ?? region.end);
  const items = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : region.end;
    return parseIntervention(doc, { start: s.at, end }, { start: s.typeStart, end: s.typeEnd, text: doc.slice(s.typeStart, s.typeEnd) }, s.bodyStart);
  });
  return { ...(lead ? { lead } : {}), items };
}

/**
 * The body after the type prefix: the name runs to the end of its line or to the first
 * detail key; the rest is the description, from which form, route and other names are read.
 */
export function parseIntervention(doc: string, span: Span, type: Token | undefined, bodyStart: number): InterventionNode {
  const end = trimEnd(doc, span.start, span.end);
  const body = doc.slice(bodyStart, end);
  const nl = body.search(/[\r\n]/);
  const firstKey = FIRST_DETAIL_KEY.exec(body.slice(0, nl < 0 ? undefined : nl));
  const nameEnd = bodyStart + (firstKey ? firstKey.index : nl < 0 ? body.length : nl);
  const name = token(doc, bodyStart, nameEnd);
  const details = parseDetails(doc, { start: nameEnd, end });
  return {
    start: span.start,
    end: Math.max(end, span.start),
    ...(type ? { type } : {}),
    ...(name ? { name } : {}),
    ...details,
  };
}

function trimEnd(doc: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s|]/.test(doc[e - 1]!)) e--;
  return e;
}

interface Details {
  description?: Token;
  otherNames: Token[];
  form?: Token;
  route?: Token;
}

/** Reads `Pharmaceutical form:`, `Route of administration:` and `Other Name(s):` out of a description. */
export function parseDetails(doc: string, region: Span): Details {
  const text = doc.slice(region.start, region.end);
  const keys = [...text.matchAll(DETAIL_KEY)].map((m) => ({
    key: m[1]!.toLowerCase(),
    at: region.start + m.index!,
    valueStart: region.start + m.index! + m[0].length,
  }));
  const out: Details = { otherNames: [] };
  let descEnd = region.end;
  keys.forEach((k, n) => {
    const stop = n + 1 < keys.length ? keys[n + 1]!.at : region.end;
    if (k.key.startsWith('other name')) {
      // Other names close the description on the classic page; each is on its own line or after a bullet.
      if (descEnd === region.end) descEnd = k.at;
      out.otherNames.push(...splitNames(doc, { start: k.valueStart, end: stop }));
      return;
    }
    const semi = doc.slice(k.valueStart, stop).indexOf(';');
    const v = token(doc, k.valueStart, semi >= 0 ? k.valueStart + semi : stop);
    if (!v) return;
    if (k.key.startsWith('pharmaceutical')) out.form ??= v;
    else out.route ??= v;
  });
  const description = token(doc, region.start, descEnd);
  if (description) out.description = description;
  return out;
}

function splitNames(doc: string, region: Span): Token[] {
  const names: Token[] = [];
  let from = region.start;
  const text = doc.slice(region.start, region.end);
  const sep = /\s*(?:[\r\n]+\s*(?:[-*•]\s+)?|;\s*)/g;
  for (const m of text.matchAll(sep)) {
    const t = token(doc, from, region.start + m.index!);
    if (t) names.push(stripBullet(doc, t));
    from = region.start + m.index! + m[0].length;
  }
  const last = token(doc, from, region.end);
  if (last) names.push(stripBullet(doc, last));
  return names;
}

function stripBullet(doc: string, t: Token): Token {
  const m = /^[-*•]\s+/.exec(t.text);
  return m ? token(doc, t.start + m[0].length, t.end) ?? t : t;
}

const ANY_TYPE_PREFIX = new RegExp(TYPE_PREFIX.source);

/** Whether a line holds a `Type:` prefix, which would open an intervention inside an arm's cell. */
export function opensIntervention(line: string): boolean {
  return ANY_TYPE_PREFIX.test(line);
}

export function startsArm(line: string): boolean {
  return ARM_PREFIX.test(line.trim());
}

/** `Experimental: Cohort A` → type and label; a line without a known prefix is all label. */
export function splitArmTitle(doc: string, t: Token): { type?: Token; label?: Token } {
  const m = ARM_PREFIX.exec(t.text);
  if (!m) return { label: t };
  const type = { start: t.start, end: t.start + m[1]!.length, text: m[1]! };
  const label = token(doc, t.start + m[0].length, t.end);
  return { type, ...(label ? { label } : {}) };
}

/**
 * An arm cell's copy often runs an intervention into the previous one's description:
 * `…before surgery Drug: morphine All patients were…`, so the name runs to the end of the line.
 * Given the names the record states on their own elsewhere (the conditions table, an
 * Interventions section, a name on a line of its own), a name that opens with one of them and
 * goes on is cut there: the rest is the description. The longest known name wins.
 */
export function splitRunOnName(doc: string, n: InterventionNode, known: ReadonlySet<string>): InterventionNode {
  const name = n.name;
  if (!name || known.has(name.text.toLowerCase())) return n;
  const lower = name.text.toLowerCase();
  let best = 0;
  for (const k of known) {
    if (k.length > best && k.length < lower.length && lower.startsWith(k) && /\s/.test(lower[k.length]!)) best = k.length;
  }
  if (best === 0) return n;
  const cut = token(doc, name.start, name.start + best)!;
  const details = parseDetails(doc, { start: name.start + best, end: n.end });
  return { start: n.start, end: n.end, ...(n.type ? { type: n.type } : {}), name: cut, ...details };
}
