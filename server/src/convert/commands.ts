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
