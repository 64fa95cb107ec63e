// The snippets, offered by the server only where a new block can begin: an empty line in the
// section the block belongs to (an editor's own snippet list would offer them after any word that
// resembles a prefix, and Tab would insert one over ordinary words).

import { type CompletionItem, CompletionItemKind, InsertTextFormat, type Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyze';
import { hasStarted } from '../analysis/started';
import { SNIPPETS, type SnippetDef } from '../snippets/library';
import type { SectionId } from '../vocabulary/elements';

/** Where each snippet's block begins; a snippet not listed fits any empty line of a started record. */
const PLACES: Readonly<Record<string, (section: SectionId | undefined, started: boolean) => boolean>> = {
  'New trial record': (_s, started) => !started,
  Arm: (s) => s === 'arms' || s === 'interventions',
  Intervention: (s) => s === 'arms' || s === 'interventions',
  'Primary outcome measure': (s) => s === 'outcomes',
  'Secondary outcome measure': (s) => s === 'outcomes',
  'Outcome measure': (s) => s === 'outcomes',
  'Eligibility block': (s) => s === 'eligibility',
};

function fits(s: SnippetDef, section: SectionId | undefined, started: boolean): boolean {
  const place = PLACES[s.name];
  return place ? place(section, started) : started;
}

/** The snippets whose block can begin at `position`, an empty line in `section`. */
export function snippetItems(a: Analysis, position: Position, section: SectionId | undefined): CompletionItem[] {
  const started = hasStarted(a);
  return SNIPPETS.filter((s) => fits(s, section, started)).map((s, k) => ({
    label: s.name,
    kind: CompletionItemKind.Snippet,
    detail: s.description,
    // First: on an empty line, starting a block is the likely wish (and a long list shows only its top).
    sortText: `0${String(k).padStart(3, '0')}`,
    filterText: s.prefix[0] ?? s.name,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: { start: position, end: position }, newText: s.body.join('\n') },
  }));
}
