// workspace/executeCommand names the server answers; shared with the VS Code client.

/** Arguments: the URI of an open record. Result: `{ json: string, notes: string[] }`. */
export const EXPORT_COMMAND = 'trial-record.exportStudy';

/** Arguments: a data file's text and its name. Result: `{ records: { nctId?, text, notes }[] }`. */
export const IMPORT_COMMAND = 'trial-record.importStudies';

/**
 * Arguments: the URI of an open record (or a list of them) and, optionally, the PRS organization
 * (else the setting trialRecord.prs.organization). Result: `{ xml?: string, notes: { uri, message }[],
 * problems: { uri, line?, xmlLine, message }[] }`; `xml` only when the PRS schema accepts it.
 */
export const EXPORT_PRS_COMMAND = 'trial-record.exportPrsXml';

/**
 * Arguments: the URI of an open record and, optionally, `{ nonce, ruleLinkBase }` (the page's CSP
 * nonce, else a fresh one; an https:// or command: prefix that a rule id and `.md` complete into
 * its page's link, else rule ids are plain text). Result: `{ html: string, nonce: string }`, the
 * record as a study page (features/preview).
 */
export const PREVIEW_COMMAND = 'trial-record.previewPage';
