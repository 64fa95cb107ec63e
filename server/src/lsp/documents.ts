// The open documents, kept in sync with the client.

import type { Connection } from 'vscode-languageserver/node';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A change that is not newer than the document (a client bug) is ignored, not applied over newer text. */
export function openDocuments(connection: Connection): TextDocuments<TextDocument> {
  return new TextDocuments({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      if (version <= doc.version) {
        connection.console.warn(`Ignored a change to ${doc.uri} at version ${version}: the document is already at version ${doc.version}`);
        return doc;
      }
      return TextDocument.update(doc, changes, version);
    },
  });
}
