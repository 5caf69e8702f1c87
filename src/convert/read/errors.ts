/**
 * Why a file could not be read at all, with a stable code for the message catalogue. Problems inside
 * a document that could be read are diagnostics instead.
 */
export class ReadError extends Error {
  /** Stable code: `pdf-encrypted`, `pdf-no-text`, `damaged-zip`, `ole-format`, `too-large`… */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
  }
}
