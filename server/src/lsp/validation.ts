// The validation queue: documents are validated after a pause in typing, one per turn of the
// event loop, and a result for a version that is no longer current is dropped.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TrialRecordService } from '../service';
import { describe } from './guard';
import type { SettingsSource } from './settings';

const DEBOUNCE_MS = 200;

export class ValidationQueue {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  // Due validations run one document per turn of the event loop, so that requests and edits
  // interleave with a burst (a folder of records opened at once) and each document's
  // diagnostics are written out before the next is analysed (a burst would otherwise hold
  // every analysis's garbage and every message at once).
  private readonly due = new Set<string>();
  private draining = false;
  // The line being typed on, per document: its "missing" findings wait until the writer moves on.
  private readonly editing = new Map<string, number>();
  // Records being drafted: opened without their sections, not yet saved. Their "missing" findings
  // wait (features/diagnostics.ts); once the record has its sections or is saved, they never wait again.
  private readonly drafts = new Set<string>();
  private readonly fresh = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: TrialRecordService,
    private readonly settings: SettingsSource,
  ) {}

  /** The line a change typed on, if it stayed within one (lsp/documents.ts editedLine). */
  typedOn(uri: string, line: number | undefined): void {
    if (line === undefined) this.editing.delete(uri);
    else this.editing.set(uri, line);
  }

  /**
   * Validates after `typing` pauses (the debounce) or at once; an open, a save or changed
   * settings validate in full, with nothing held back for the line last typed on.
   */
  schedule(uri: string, when: 'now' | 'typing'): void {
    if (when === 'now') this.editing.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.settings.for(uri); // asked now, so that the answers for a burst arrive together
        this.due.add(uri);
        if (!this.draining) {
          this.draining = true;
          later(() => this.drain());
        }
      }, when === 'now' ? 0 : DEBOUNCE_MS),
    );
  }

  /** An opened document: its first validation decides whether it is a draft (no sections yet, as a new file). */
  opened(uri: string): void {
    this.fresh.add(uri);
  }

  /** A saved document is no longer a draft: the writer says it is a record. */
  saved(uri: string): void {
    this.drafts.delete(uri);
    this.fresh.delete(uri);
  }

  /** A closed document: nothing pending, and its diagnostics cleared. */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.due.delete(uri);
    this.editing.delete(uri);
    this.drafts.delete(uri);
    this.fresh.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private drain(): void {
    const next = this.due.values().next();
    if (next.done) {
      this.draining = false;
      return;
    }
    this.due.delete(next.value);
    this.validate(next.value)
      .catch((e) => this.connection.console.error(`validation failed: ${describe(e)}`))
      .finally(() => later(() => this.drain()));
  }

  /** Validates the document's current version; a newer edit makes the result stale and it is dropped. */
  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.settings.for(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return;
    const editing = this.editing.get(uri);
    if (this.fresh.delete(uri) && !this.service.hasSkeleton(current)) this.drafts.add(uri);
    else if (this.drafts.has(uri) && this.service.hasSkeleton(current)) this.drafts.delete(uri);
    const diagnostics = this.service.diagnostics(current, settings, (rule, e) => this.connection.console.error(`rule ${rule} failed: ${describe(e)}`), editing, this.drafts.has(uri));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

/** After pending I/O: setImmediate on Node; a zero timeout in a browser worker, which has none. */
const later: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);
