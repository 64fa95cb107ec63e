import { type Cursor } from './cursor';
import { entriesOf, entryBlock, modernContact, partLines, propOf } from './contacts';
import { joinTokens } from './tokens';
import { matchHeading } from './labels';
import type { ArmBlock, Block, InterventionNode, Token } from './syntax';
import { addressParts } from '../vocabulary/countries';
import { normKey } from '../vocabulary/lookup';

// The newer layout (seed 003) writes each arm as: label, description paragraphs,
// `Group Type X`, then for each intervention: name, `Intervention Type X`, and the
// intervention's description again. The Interventions section writes name, description,
// `Intervention Type X`.

const isProp = (doc: string, t: Token | undefined, key: RegExp): boolean => {
  const p = t ? propOf(doc, t) : undefined;
  return p !== undefined && key.test(p.key.text);
};
const GROUP_TYPE = /^group type$/i;
const INTERVENTION_TYPE = /^intervention type$/i;
const OTHER_NAME = /^other names?$/i;

/** Interventions section: entries end at their `Intervention Type` line. */
export function parseModernInterventions(c: Cursor): Block[] {
  const doc = c.doc;
  const blocks: Block[] = [];
  const lines = partLines(c, blocks);
  let entry: Token[] = [];
  for (const t of lines) {
    entry.push(t);
    if (isProp(doc, t, INTERVENTION_TYPE)) {
      blocks.push({ kind: 'intervention', start: entry[0]!.start, end: t.end, intervention: interventionOf(doc, entry) });
      entry = [];
    }
  }
  if (entry.length > 0) blocks.push({ kind: 'intervention', start: entry[0]!.start, end: entry[entry.length - 1]!.end, intervention: interventionOf(doc, entry) });
  return blocks;
}

/** name, description lines, `Other Name X` lines, and the type from an `Intervention Type` line wherever it stands. */
function interventionOf(doc: string, lines: readonly Token[]): InterventionNode {
  let type: Token | undefined;
  const plain: Token[] = [];
  const otherNames: Token[] = [];
  for (const t of lines) {
    const p = propOf(doc, t);
    if (p && INTERVENTION_TYPE.test(p.key.text)) type = p.value;
    else if (p?.value && OTHER_NAME.test(p.key.text) && plain.length > 0) otherNames.push(p.value);
    else plain.push(t);
  }
  const [name, ...desc] = plain;
  const description = joinTokens(doc, desc);
  return {
    start: lines[0]!.start,
    end: lines[lines.length - 1]!.end,
    ...(type ? { type } : {}),
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    otherNames,
  };
}

/**
 * Study Groups section: per group its label, description and `Group Type` (interventional
 * only), then per intervention its name, `Intervention Type` and its description again. The
 * repeated description is known from the Interventions section, by the intervention's name: it
 * is taken line for line, so that the next group's label is never read as the description of
 * the last intervention, nor a description as a label.
 */
export function parseModernGroups(c: Cursor): Block[] {
  const doc = c.doc;
  const known = knownInterventions(c);
  const blocks: Block[] = [];
  const lines = partLines(c, blocks);
  const startsIntervention = (k: number) => k + 1 < lines.length && isProp(doc, lines[k + 1], INTERVENTION_TYPE) && !isProp(doc, lines[k], GROUP_TYPE);
  let k = 0;
  while (k < lines.length) {
    const head: Token[] = [lines[k]!];
    let type: Token | undefined;
    if (isProp(doc, lines[k], GROUP_TYPE)) type = propOf(doc, lines[k]!)!.value;
    k++;
    while (!type && k < lines.length && !startsIntervention(k)) {
      const t = lines[k]!;
      k++;
      if (isProp(doc, t, GROUP_TYPE)) {
        type = propOf(doc, t)!.value;
        head.push(t);
        break;
      }
      head.push(t);
    }
    const interventions: InterventionNode[] = [];
    while (startsIntervention(k)) {
      const entry = [lines[k]!, lines[k + 1]!];
      const described = known.get(normKey(lines[k]!.text)) ?? [];
      k += 2;
      for (const expected of described) {
        if (k >= lines.length || startsIntervention(k) || normKey(lines[k]!.text) !== expected) break;
        entry.push(lines[k]!);
        k++;
      }
      interventions.push(interventionOf(doc, entry));
    }
    const plain = head.filter((t) => !isProp(doc, t, GROUP_TYPE));
    const [label, ...desc] = plain;
    const description = joinTokens(doc, desc);
    const last = interventions[interventions.length - 1]?.end ?? head[head.length - 1]!.end;
    const arm: ArmBlock = {
      kind: 'arm',
      start: head[0]!.start,
      end: last,
      ...(type ? { type } : {}),
      ...(label ? { label } : {}),
      ...(description ? { description } : {}),
      interventions,
    };
    blocks.push(arm);
  }
  return blocks;
}

/** The Interventions section ahead of the cursor: each name's description lines, normalised. */
function knownInterventions(c: Cursor): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let j = c.i;
  while (j < c.lines.length && matchHeading(c.text(j))?.section !== 'interventions') j++;
  let entry: string[] = [];
  for (j++; j < c.lines.length; j++) {
    const t = c.text(j);
    if (matchHeading(t)) break;
    if (!t) continue;
    const tok = c.tok(j)!;
    if (isProp(c.doc, tok, INTERVENTION_TYPE)) {
      const [name, ...desc] = entry;
      if (name !== undefined && !out.has(name)) out.set(name, desc);
      entry = [];
    } else if (!isProp(c.doc, tok, /^other names?$/i) && c.classify(j).k !== 'boilerplate') entry.push(normKey(t));
  }
  return out;
}

/** Sponsors: entries end at `Sponsor Role X`. */
export function parseModernSponsors(c: Cursor): Block[] {
  const doc = c.doc;
  const blocks: Block[] = [];
  const lines = partLines(c, blocks);
  const groups: Token[][] = [[]];
  for (const t of lines) {
    groups[groups.length - 1]!.push(t);
    if (isProp(doc, t, /^sponsor role$/i)) groups.push([]);
  }
  return [...blocks, ...groups.filter((g) => g.length > 0).map((g) => entryBlock(doc, 'sponsor', g))];
}

/** Parts whose entries are one line each (Countries) or lines grouped under a leading line. */
export function parseModernPart(c: Cursor, part: string): Block[] {
  if (part === 'responsible party') {
    const party = responsiblePartyLines(c);
    if (party) return party;
  }
  const countries = part === 'locations' ? countriesAhead(c) : undefined;
  const furniture: Block[] = [];
  const lines = partLines(c, furniture);
  if (countries && lines.length > 0) return [...furniture, ...modernLocations(c.doc, lines, countries)];
  return [...furniture, ...(lines.length === 0 ? [] : partBlocks(c.doc, part, lines))];
}

/**
 * The Responsible Party part: the investigator's name, title and affiliation, a line each, then
 * `Responsibility Role X`. A title may read as a label (`Principal Investigator`), so the lines
 * are taken up to the role line whatever they look like.
 */
function responsiblePartyLines(c: Cursor): Block[] | undefined {
  const furniture: Block[] = [];
  const lines: Token[] = [];
  for (let j = c.i; j < c.lines.length && lines.length < 6; j++) {
    const cls = c.classify(j);
    if (cls.k === 'blank') continue;
    if (cls.k === 'heading' || cls.k === 'directive') return undefined;
    const t = c.tok(j)!;
    if (cls.k === 'boilerplate') {
      furniture.push({ kind: 'boilerplate', start: t.start, end: t.end, text: t });
      continue;
    }
    lines.push(t);
    if (isProp(c.doc, t, /^responsibility role$/i)) {
      c.i = j + 1;
      return [...furniture, entryBlock(c.doc, 'responsibleParty', lines)];
    }
  }
  return undefined;
}

/** The Countries part after the Locations, lower-cased: what an address line ends with. */
function countriesAhead(c: Cursor): Set<string> {
  const out = new Set<string>();
  let j = c.i;
  for (; j < c.lines.length; j++) {
    const h = matchHeading(c.text(j));
    if (h && normKey(h.text) === 'countries') break;
    if (h && h.section !== 'contacts') return out;
  }
  for (j++; j < c.lines.length; j++) {
    const t = c.text(j);
    if (matchHeading(t)) break;
    if (t && c.classify(j).k === 'text') out.add(t.toLowerCase());
  }
  return out;
}

/**
 * Sites of the newer layout: facility line, `City, State, Country` line, and `Site Status X`
 * while the study recruits. Without statuses the sites are told apart by their address lines,
 * which end with a country of the Countries part (every second line when there is none).
 */
function modernLocations(doc: string, lines: readonly Token[], countries: ReadonlySet<string>): Block[] {
  const isAddress = (k: number): boolean => {
    const t = lines[k]!.text;
    if (propOf(doc, lines[k]!)) return false;
    const last = addressParts(t).pop()!.toLowerCase();
    return countries.size > 0 ? countries.has(last) && t.includes(',') : k % 2 === 1 || /,/.test(t);
  };
  const out: Block[] = [];
  let k = 0;
  while (k < lines.length) {
    let facility: Token | undefined;
    let address: Token | undefined;
    const start = lines[k]!.start;
    if (!isAddress(k) && !propOf(doc, lines[k]!)) facility = lines[k++];
    if (k < lines.length && isAddress(k)) address = lines[k++];
    let status: Token | undefined;
    if (k < lines.length && isProp(doc, lines[k], /^site status$/i)) status = propOf(doc, lines[k++]!)!.value;
    if (!facility && !address && !status) {
      out.push({ kind: 'unrecognised', start: lines[k]!.start, end: lines[k]!.end, text: lines[k]! });
      k++;
      continue;
    }
    const end = lines[k - 1]!.end;
    out.push({ kind: 'location', start, end, ...(facility ? { facility } : {}), ...(status ? { status } : {}), ...(address ? { address } : {}), contacts: [], investigators: [] });
  }
  return out;
}

function partBlocks(doc: string, part: string, lines: Token[]): Block[] {
  switch (part) {
    case 'countries':
      return lines.map((t) => entryBlock(doc, 'country', [t]));
    case 'responsible party':
      return [entryBlock(doc, 'responsibleParty', lines)];
    case 'other identifiers':
      return entriesOf(lines, (k) => !propOf(doc, lines[k]!)).map((g) => entryBlock(doc, 'identifier', g));
    case 'locations':
      return entriesOf(lines, (k) => k > 0 && isProp(doc, lines[k - 1], /^site status$/i)).map((g) => {
        const e = entryBlock(doc, 'locationGroup', g);
        const status = e.props.find((p) => /^site status$/i.test(p.key.text))?.value;
        const [facility, address] = e.lines;
        return { kind: 'location', start: e.start, end: e.end, ...(facility ? { facility } : {}), ...(status ? { status } : {}), ...(address ? { address } : {}), contacts: [], investigators: [] } as Block;
      });
    case 'central contacts':
    case 'facility contacts': {
      const scope = part === 'central contacts' ? 'central' : 'facility';
      const starts = (k: number) => isProp(doc, lines[k + 1], /^role$/i);
      return entriesOf(lines, starts).map((g) => {
        const contact = modernContact(doc, g);
        return { kind: 'contact', scope, start: contact.start, end: contact.end, contact } as Block;
      });
    }
    default:
      return lines.map((text) => ({ kind: 'unrecognised', start: text.start, end: text.end, text }) as Block);
  }
}
