// The user's settings as the server reads them: per document through workspace/configuration
// when the client offers it, else from didChangeConfiguration; malformed values are reported once.

import type { Connection } from 'vscode-languageserver';
import type { TrialRecordService } from '../service';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';

export class SettingsSource {
  /** The client answers workspace/configuration (set at initialize). */
  configurationRequests = false;
  private global: Settings = DEFAULT_SETTINGS;
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly service: TrialRecordService,
  ) {}

  /** Settings that are the same for every document (completion resolve has no document). */
  get globalSettings(): Settings {
    return this.global;
  }

  /** Settings for one document (scoped to it), cached until they change. */
  for(uri: string): Promise<Settings> {
    if (!this.configurationRequests) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'trialRecord' }).then(
        (raw) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) if (!this.reported.has(problem)) (this.reported.add(problem), this.connection.console.warn(`Ignored setting: ${problem}`));
          // maxFileSize is window-scoped: the same for every document, so any answer sets it.
          this.service.maxFileSize = settings.maxFileSize;
          return settings;
        },
        () => this.global,
      );
      this.cache.set(uri, p);
    }
    return p;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** workspace/didChangeConfiguration: every document's settings are asked again. */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (this.configurationRequests) return;
    const raw = (pushed as { trialRecord?: unknown } | undefined)?.trialRecord;
    const { settings, problems } = readSettings(raw);
    this.global = settings;
    this.service.maxFileSize = settings.maxFileSize;
    problems.forEach((p) => this.connection.console.warn(`Ignored setting: ${p}`));
  }
}
