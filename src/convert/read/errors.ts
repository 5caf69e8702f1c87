/**
 * Why a file could not be read at all, with a stable code for the message catalogue. Problems inside
 * a document that could be read are diagnostics instead.
 */
export class ReadError extends Error {
  /** Stable code: `pdf-encrypted`, `pdf-no-text`, `damaged-zip`, `ole-format`, `too-large`… */
  readonly code: string;
  /** The values of its sentence in the message catalogue (src/model/messages.ts), besides the file name. */
  readonly params: Record<string, string | number>;
  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
    this.params = params;
  }
}
