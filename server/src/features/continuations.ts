// What a writer typed stays as typed. An editor shows the first item of a completion list selected,
// and Enter or Tab then accepts it: an item that does not continue the typed text would rewrite it
// (`Phase: Phase 2` + Enter once became `Phase:Early Phase 1`). So a list holds only items whose
// filter text extends what was typed from the item's range start, and it is marked incomplete so
// the client asks again at each keystroke, with a range that starts where the value starts.

import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';

/** The text an item's edit would replace between its range start and the cursor. */
export function typedFor(before: string, item: CompletionItem): string | undefined {
  const edit = item.textEdit;
  if (!edit) return undefined;
  const start = 'range' in edit ? edit.range.start.character : edit.insert.start.character;
  return before.slice(start);
}

/**
 * The item continues the typed text: its filter text starts with it and adds something. Case is
 * forgiven in the first word only (`rec` finds Recruiting); past it the writer is writing their
 * own phrase, and `Overall survival` must not become `Overall Survival (OS)`.
 */
export function continues(before: string, item: CompletionItem): boolean {
  const typed = typedFor(before, item);
  if (typed === undefined) return false;
  const filter = item.filterText ?? item.label;
  if (filter.length <= typed.length) return false;
  return /\s/.test(typed.trim()) ? filter.startsWith(typed) : filter.toLowerCase().startsWith(typed.toLowerCase());
}

/** The items that continue the typed text; none preselected. */
export function continuations(before: string, items: readonly CompletionItem[]): CompletionList {
  const kept = items.filter((i) => continues(before, i)).map(({ preselect: _preselect, ...rest }) => rest);
  return { isIncomplete: kept.length > 0, items: kept };
}
