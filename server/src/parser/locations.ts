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

/** The cells of a row that ends with a pipe (`a |`, `a | b |`, `a | |`), empty ones dropped; undefined for other lines. */
function rowCells(c: Cursor, i: number): Token[] | undefined {
  if (i >= c.lines.length || c.isBlank(i)) return undefined;
  const t = c.tok(i)!;
  if (!/\|\s*$/.test(t.text) || c.classify(i).k !== 'text') return undefined;
  return pipeCells(c.doc, t);
}

const parts = addressParts;

/** `Houston, Texas, United States, 77030` is an address in the group `United States, Texas`. */
function isAddressIn(address: string, group: readonly string[]): boolean {
  const p = parts(address).map((x) => x.toLowerCase());
  const [country, ...stateParts] = group.map((g) => g.toLowerCase());
  if (!country || p.length < 2) return false;
  // The country ends the address, or comes before its ZIP code (`1411 GE`, even `GE`).
  const last = p[p.length - 1] === country ? p.length - 1 : p.length > 2 && p[p.length - 2] === country ? p.length - 2 : -1;
  if (last < 0) return false;
  // The state may hold a comma itself (`Valenciana, Comunitat`).
  return stateParts.length === 0 || `, ${p.slice(1, last).join(', ')},`.includes(`, ${stateParts.join(', ')},`);
}

const isStatus = (t: Token | undefined) => t !== undefined && lookupTerm(overallStatus, t.text) !== undefined;

/** A facility row at line i of group `group`: one cell (or a site status beside it), then the group's address. */
function facilityAt(c: Cursor, i: number, group: readonly string[]): boolean {
  const row = rowCells(c, i);
  if (!row || row.length === 0 || row.length > 2 || (row.length === 2 && !isStatus(row[1]))) return false;
  // An address followed by the next site's address is a site without a facility name.
  if (row.length === 1 && isAddressIn(row[0]!.text, group)) return false;
  const next = rowCells(c, i + 1);
  return next !== undefined && next.length === 1 && isAddressIn(next[0]!.text, group);
}

/** A group row at line i: `Country[, State] |` followed by a site of that country. */
function groupAt(c: Cursor, i: number): string[] | undefined {
  const row = rowCells(c, i);
  if (!row || row.length !== 1) return undefined;
  const group = parts(row[0]!.text);
  if (group.length < 1 || group.length > 4 || group.some((g) => /\d/.test(g))) return undefined;
  if (facilityAt(c, i + 1, group)) return group;
  // A site without a facility name: the address follows the group row directly.
  const next = rowCells(c, i + 1);
  return next?.length === 1 && isAddressIn(next[0]!.text, group) ? group : undefined;
}

/** Whether a run of grouped locations starts at the cursor. */
export function startsLocationRun(c: Cursor): boolean {
  return groupAt(c, c.i) !== undefined;
}

/** Reads the run of groups and sites at the cursor: `locationGroup` entries and `location` blocks. */
export function parseLocationRun(c: Cursor): Block[] {
  const doc = c.doc;
  const out: Block[] = [];
  let group = groupAt(c, c.i);
  while (group) {
    const g = c.tok()!;
    const name = pipeCells(doc, g)[0]!;
    out.push({ kind: 'entry', entry: 'locationGroup', start: g.start, end: g.end, lines: [name], props: [] });
    c.i++;
    while (!c.done) {
      const site = facilityAt(c, c.i, group) ? c.i : -1;
      const row = site >= 0 ? rowCells(c, c.i)! : [];
      const first = c.tok()!;
      if (site >= 0) c.i++;
      const addr = rowCells(c, c.i);
      if (!addr || addr.length !== 1 || !isAddressIn(addr[0]!.text, group)) {
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
    group = c.done ? undefined : groupAt(c, c.i);
  }
  return out;
}
