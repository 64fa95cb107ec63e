// Path helpers the client needs on the desktop and in the browser, where node:path is not there.

/** The last segment of a URI path ('/a/b/000.txt' → '000.txt'). */
export function baseName(uriPath: string): string {
  const trimmed = uriPath.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
