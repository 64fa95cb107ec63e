import type { Analysis } from './analyze';

// Blocks that do not start a record: a title line, prose the parser could not place, directives.
const NOT_YET = new Set(['title', 'unrecognised', 'directive', 'boilerplate']);

/**
 * Whether the text has anything of a record yet: a field, a heading, a table or a list. Until it
 * does, empty-record says how to start instead of every presence rule reporting at line 1.
 */
export function hasStarted(a: Analysis): boolean {
  return a.tree.sections.some(hasContent);
}

/** A section with a heading, or a block that belongs to a record. */
const hasContent = (s: Analysis['tree']['sections'][number]) => s.heading !== undefined || s.blocks.some((b) => !NOT_YET.has(b.kind));

// The page's body sections; the arms and interventions count as one.
const BODY: Readonly<Record<string, string>> = { description: 'description', design: 'design', arms: 'arms', interventions: 'arms', outcomes: 'outcomes', eligibility: 'eligibility', contacts: 'contacts', moreInfo: 'moreInfo' };

/**
 * Whether the record has its sections: three of the page's body sections, each with a heading or
 * a field. A record drafted in the editor gets its "missing" findings from then on (or once saved):
 * before, they would appear at the NCT line and come and go with every line typed.
 */
export function hasSkeleton(a: Analysis): boolean {
  const found = new Set<string>();
  for (const s of a.tree.sections) {
    const body = BODY[s.id];
    if (body && hasContent(s)) found.add(body);
  }
  return found.size >= 3;
}
