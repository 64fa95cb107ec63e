// Classic-page locations as a copy of the page reads them: sites grouped under a
// `Country, State |` row, each a facility row (with its site status only while the study
// recruits), an address row `City, State, Country, ZIP |`, then its contacts and investigators.
// Completed and older studies print no status, so a facility row is told from the other rows by
// what follows it: the address of the group's country.
import type { Cursor } from './cursor';
import { parseContact, pipeCells } from './contacts';
import type { Block, ContactNode, LocationBlock, Token } from './syntax';
import { overallStatus } from '../vocabulary/ctgov-enums';
import { addressParts } from '../vocabulary/countries';
import { lookupTerm } from '../vocabulary/lookup';

/**
 * The rows of the lines around the cursor, each read once: a site is judged by the rows after it,
 * so every row is looked at several times (a record may list a thousand sites).
 */
class Rows {
  private readonly cells = new Map<number, Token[] | undefined>();
  private readonly lower = new Map<number, string[]>();
  constructor(private readonly c: Cursor) {}

  /** The cells of a row that ends with a pipe (`a |`, `a | b |`, `a | |`); undefined for other lines. */
  at(i: number): Token[] | undefined {
    if (this.cells.has(i)) return this.cells.get(i);
    const c = this.c;
    let out: Token[] | undefined;
    if (i < c.lines.length && !c.isBlank(i)) {
      const t = c.tok(i)!;
      if (/\|\s*$/.test(t.text) && c.classify(i).k === 'text') out = pipeCells(c.doc, t);
    }
    this.cells.set(i, out);
    return out;
  }

  /** The lower-cased address parts of a one-cell row. */
  parts(i: number): string[] {
    let p = this.lower.get(i);
    if (!p) this.lower.set(i, (p = addressParts(this.at(i)![0]!.text).map((x) => x.toLowerCase())));
    return p;
  }

  /** Row i is one cell, an address in `group` (lower-cased): `Houston, Texas, United States, 77030` in `united states, texas`. */
  isAddress(i: number, group: readonly string[]): boolean {
    if (group !== this.judgedFor) {
      this.judgedFor = group;
      this.judged.clear();
    }
    let v = this.judged.get(i);
    if (v === undefined) this.judged.set(i, (v = this.judgeAddress(i, group)));
    return v;
  }

  private judgedFor: readonly string[] | undefined;
  private readonly judged = new Map<number, boolean>();

  private judgeAddress(i: number, group: readonly string[]): boolean {
    const row = this.at(i);
    if (!row || row.length !== 1) return false;
    const p = this.parts(i);
    const [country, ...stateParts] = group;
    if (!country || p.length < 2) return false;
    // The country ends the address, or comes before its ZIP code (`1411 GE`, even `GE`).
    const last = p[p.length - 1] === country ? p.length - 1 : p.length > 2 && p[p.length - 2] === country ? p.length - 2 : -1;
    if (last < 0) return false;
    // The state may hold a comma itself (`Valenciana, Comunitat`).
    return stateParts.length === 0 || `, ${p.slice(1, last).join(', ')},`.includes(`, ${stateParts.join(', ')},`);
  }

  /** A facility row at line i of `group`: one cell (or a site status beside it), then the group's address. */
  facility(i: number, group: readonly string[]): boolean {
    const row = this.at(i);
    if (!row || row.length === 0 || row.length > 2 || (row.length === 2 && !isStatus(row[1]))) return false;
    // An address followed by the next site's address is a site without a facility name.
    if (row.length === 1 && this.isAddress(i, group)) return false;
    return this.isAddress(i + 1, group);
  }

  /** A group row at line i: `Country[, State] |` followed by a site of that country; its parts, lower-cased. */
  group(i: number): string[] | undefined {
    const row = this.at(i);
    if (!row || row.length !== 1) return undefined;
    const group = this.parts(i);
    if (group.length < 1 || group.length > 4 || group.some((g) => /\d/.test(g))) return undefined;
    // A site without a facility name: the address follows the group row directly.
    return this.facility(i + 1, group) || this.isAddress(i + 1, group) ? group : undefined;
  }
}

const isStatus = (t: Token | undefined) => t !== undefined && lookupTerm(overallStatus, t.text) !== undefined;

/** Whether a run of grouped locations starts at the cursor. */
export function startsLocationRun(c: Cursor): boolean {
  return new Rows(c).group(c.i) !== undefined;
}

/** Reads the run of groups and sites at the cursor: `locationGroup` entries and `location` blocks. */
export function parseLocationRun(c: Cursor): Block[] {
  const doc = c.doc;
  const out: Block[] = [];
  const rows = new Rows(c);
  let group = rows.group(c.i);
  while (group) {
    const g = c.tok()!;
    const name = pipeCells(doc, g)[0]!;
    out.push({ kind: 'entry', entry: 'locationGroup', start: g.start, end: g.end, lines: [name], props: [] });
    c.i++;
    while (!c.done) {
      const site = rows.facility(c.i, group) ? c.i : -1;
      const row = site >= 0 ? rows.at(c.i)! : [];
      const first = c.tok()!;
      if (site >= 0) c.i++;
      const addr = rows.at(c.i);
      if (!addr || !rows.isAddress(c.i, group)) {
        if (site >= 0) c.i = site; // not a site after all
        break;
      }
      const address = addr[0]!;
      let end = c.tok()!.end;
      c.i++;
      const contacts: ContactNode[] = [];
      const investigators: ContactNode[] = [];
      while (!c.done && !c.isBlank()) {
        const cls = c.classify();
        const t = c.tok()!;
        if (cls.k !== 'label') break;
        const cells = cls.rest ? pipeCells(doc, cls.rest).filter((x) => x.text !== '') : [];
        if (cls.label.def.key === 'centralContact') contacts.push(parseContact(doc, { start: t.start, end: t.end }, cells));
        // A site investigator has a name only; `Study Director: | Name | Affiliation |` is the study's official.
        else if (cls.label.def.key === 'official' && cells.length <= 1) investigators.push({ start: t.start, end: t.end, ...(cells[0] ? { name: cells[0] } : {}), role: cls.labelTok });
        else break;
        end = t.end;
        c.i++;
      }
      const facility = site >= 0 ? row[0] : undefined;
      const status = site >= 0 && isStatus(row[1]) ? row[1] : undefined;
      const loc: LocationBlock = {
        kind: 'location',
        start: site >= 0 ? first.start : address.start,
        end,
        ...(facility ? { facility } : {}),
        ...(status ? { status } : {}),
        address,
        contacts,
        investigators,
      };
      out.push(loc);
    }
    group = c.done ? undefined : rows.group(c.i);
  }
  return out;
}
