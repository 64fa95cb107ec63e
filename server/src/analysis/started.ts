import type { Analysis } from './analyze';

// Blocks that do not start a record: a title line, prose the parser could not place, directives.
const NOT_YET = new Set(['title', 'unrecognised', 'directive', 'boilerplate']);

/**
 * Whether the text has anything of a record yet: a field, a heading, a table or a list. Until it
 * does, empty-record says how to start instead of every presence rule reporting at line 1.
 */
export function hasStarted(a: Analysis): boolean {
  return a.tree.sections.some((s) => s.heading !== undefined || s.blocks.some((b) => !NOT_YET.has(b.kind)));
}
