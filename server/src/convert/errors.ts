/** A data file that cannot be read as a study; the message names the file and the problem. */
export class ReadError extends Error {}

/** The largest data file import reads, in the editor and on the command line alike. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** The one message for a file over a size limit. */
export function tooLargeMessage(name: string, bytes: number, what: string): string {
  return `${name}: ${Math.round(bytes / 1048576)} MB is too large for ${what} (the limit is ${Math.round(IMPORT_MAX_BYTES / 1048576)} MB)`;
}
