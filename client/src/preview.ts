// "Trial Record: Open Preview (to the Side)": the record as a study page in a webview, rendered by
// the server (trial-record.previewPage), as Markdown's preview does for Markdown. One preview
// follows the active record; it updates as the record changes, keeps its scroll position, comes
// back after a reload (the serializer), and a click on a value or a finding reveals its source.

import * as vscode from 'vscode';
import { PREVIEW_SCRIPT } from './previewScript';
import { baseName } from './uris';

export const PREVIEW_VIEW_TYPE = 'trialRecord.preview';

/** The server's page for an open record, with the nonce its CSP names. */
export type RenderPage = (uri: string, nonce: string | undefined) => Promise<{ html: string; nonce: string }>;

interface FromWebview {
  readonly type?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly id?: unknown;
}

/** How long typing may pause before the preview catches up. */
const UPDATE_DELAY_MS = 250;

export class RecordPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private nonce: string | undefined;
  private loaded = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly languageId: string,
    private readonly render: RenderPage,
    private readonly icon: vscode.Uri,
  ) {
    this.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => this.restore(panel, state) }),
      // A file opened as plain text becomes a record a moment later (detection reopens it with the
      // new language), so the active editor is looked at again when documents open too.
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // The record shown, reopened under its new language (e.g. restored before detection ran;
        // VS Code may hand over the same document object, its languageId changed).
        if (this.panel && this.doc && d.uri.toString() === this.doc.uri.toString()) void this.show(d);
        else this.follow();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('trialRecord')) this.schedule();
      }),
    );
  }

  /** Opens the preview of the active record (or of `uri`), beside the editor or in its place. */
  async open(uri: vscode.Uri | undefined, side: boolean): Promise<void> {
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== this.languageId) {
      void vscode.window.showInformationMessage('Open a trial record first, then run “Open Preview”.');
      return;
    }
    const column = side ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, true);
    else this.attach(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: side }, {}));
    await this.show(doc);
  }

  /** The preview follows the active record. */
  private follow(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!this.panel || !doc || doc.languageId !== this.languageId) return;
    if (doc.uri.toString() !== this.doc?.uri.toString()) void this.show(doc);
  }

  /** "Show Source": the record the preview shows, in an editor. */
  async showSource(): Promise<void> {
    const doc = this.current();
    if (!doc || doc.isClosed) return;
    await vscode.window.showTextDocument(doc, { viewColumn: this.editorColumn() });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.loaded = false;
    // No local or remote resources: the page is self-contained; its one script needs scripts on.
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    panel.iconPath = this.icon;
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m));
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.doc = undefined;
      clearTimeout(this.timer);
    });
  }

  /** After a reload: the panel VS Code kept, with the record its page remembered. */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    this.attach(panel);
    const uri = state !== null && typeof state === 'object' && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
    let doc: vscode.TextDocument | undefined;
    try {
      doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : undefined;
    } catch {
      doc = undefined;
    }
    doc ??= vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d.languageId === this.languageId);
    if (doc) await this.show(doc);
    else panel.webview.html = '<!DOCTYPE html><html><body><p>Open a trial record to preview it.</p></body></html>';
  }

  private async show(doc: vscode.TextDocument): Promise<void> {
    if (!this.panel) return;
    this.doc = doc;
    this.panel.title = `Preview ${baseName(doc.uri.path)}`;
    await this.update();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** The record shown; a document VS Code closed and reopened (a language switch) is found again. */
  private current(): vscode.TextDocument | undefined {
    const shown = this.doc;
    if (!shown?.isClosed) return shown;
    this.doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown.uri.toString()) ?? shown;
    return this.doc;
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const doc = this.current();
    if (!panel || !doc || doc.isClosed || doc.languageId !== this.languageId) return;
    const generation = ++this.generation;
    const version = doc.version;
    let page: { html: string; nonce: string };
    try {
      page = await this.render(doc.uri.toString(), this.nonce);
    } catch (e) {
      if (generation === this.generation) void vscode.window.showWarningMessage(`Trial Record preview: ${(e as Error).message}`);
      return;
    }
    // A newer render started meanwhile, or the panel moved on: this page is out of date.
    if (generation !== this.generation || this.panel !== panel || this.doc !== doc) return;
    this.nonce = page.nonce;
    if (!this.loaded) {
      this.loaded = true;
      panel.webview.html = page.html.replace(/<\/body>/, `<script nonce="${page.nonce}">${PREVIEW_SCRIPT}</script></body>`);
    } else {
      await panel.webview.postMessage({ type: 'update', html: page.html, uri: doc.uri.toString(), version });
    }
  }

  private receive(m: FromWebview): void {
    // The page (re)loaded, e.g. shown again after being hidden: bring it up to date.
    if (m.type === 'ready') void this.update();
    else if (m.type === 'rule' && typeof m.id === 'string' && /^[a-z0-9-]+$/.test(m.id)) void vscode.commands.executeCommand('trialRecord.showRulePage', m.id);
    else if (m.type === 'reveal' && Number.isInteger(m.start) && Number.isInteger(m.end)) void this.reveal(m.start as number, m.end as number);
  }

  /** Selects a source range the page showed (offsets into the rendered text, clamped). */
  private async reveal(start: number, end: number): Promise<void> {
    const doc = this.current();
    if (!doc || doc.isClosed) return;
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(Math.max(start, end)));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: this.editorColumn(), preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * The column of an editor showing the record; else of a tab holding it behind another (a preview
   * opened in its place), so Show Source returns to that tab; else one beside the preview.
   */
  private editorColumn(): vscode.ViewColumn {
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.doc)?.viewColumn;
    if (shown !== undefined) return shown;
    const uri = this.doc?.uri.toString();
    const tabbed = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri));
    if (tabbed) return tabbed.viewColumn;
    return this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }
}
