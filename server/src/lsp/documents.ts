// The open documents, kept in sync with the client.

import type { Connection } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * The one line a change touched, when it is typing within a line (no line added or removed);
 * undefined for anything larger (a paste over lines, Enter, a whole-text replacement).
 */
export function editedLine(changes: readonly TextDocumentContentChangeEvent[]): number | undefined {
  let line: number | undefined;
  for (const c of changes) {
    if (!('range' in c) || c.range.start.line !== c.range.end.line || /[\r\n]/.test(c.text)) return undefined;
    if (line !== undefined && line !== c.range.start.line) return undefined;
    line = c.range.start.line;
  }
  return line;
}

/**
 * A change that is not newer than the document (a client bug) is ignored, not applied over newer
 * text. `onEdit` hears which line each applied change typed on (see editedLine).
 */
export function openDocuments(connection: Connection, onEdit: (uri: string, line: number | undefined) => void = () => undefined): TextDocuments<TextDocument> {
  return new TextDocuments({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      if (version <= doc.version) {
        connection.console.warn(`Ignored a change to ${doc.uri} at version ${version}: the document is already at version ${doc.version}`);
        return doc;
      }
      onEdit(doc.uri, editedLine(changes));
      return TextDocument.update(doc, changes, version);
    },
  });
}
