// The one error guard of the server: a bug in one request, notification or validation is logged
// and answered with the request's empty result, never a crash; a cancelled request is not run.

import type { CancellationToken, Connection } from 'vscode-languageserver';

export type Log = Pick<Connection['console'], 'error' | 'warn' | 'log'>;

export const describe = (e: unknown): string => (e instanceof Error ? (e.stack ?? e.message) : String(e));

/**
 * Wraps a handler, synchronous or not: a failure is logged under `name` and answered with
 * `fallback(params)` (an empty result; for completion resolve, the item as it came).
 */
export function guard<P, R>(log: Log, name: string, fallback: (p: P) => R, fn: (p: P, token?: CancellationToken) => R | Promise<R>): (p: P, token?: CancellationToken) => R | Promise<R> {
  return (p: P, token?: CancellationToken) => {
    const failed = (e: unknown): R => {
      log.error(`${name} failed: ${describe(e)}`);
      return fallback(p);
    };
    if (token?.isCancellationRequested) return fallback(p);
    try {
      const r = fn(p, token);
      return r instanceof Promise ? r.catch(failed) : r;
    } catch (e) {
      return failed(e);
    }
  };
}
