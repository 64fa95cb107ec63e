/** A data file that cannot be read as a study; the message names the file and the problem. */
export class ReadError extends Error {}
