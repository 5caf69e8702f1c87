/**
 * Reading the parts of a DOCX or XLSX (both are ZIP files) with fflate, guarded against ZIP bombs:
 * the sizes the archive declares are checked before anything is inflated, and fflate inflates into
 * a buffer of the declared size, so a lying entry cannot grow past it.
 */
import { unzipSync } from 'fflate';
import { ReadError } from './errors.js';

/** Largest uncompressed size of the parts we read, together: 200 MB (a real document is a few MB). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** Inflates the entries `wanted` picks and returns them as UTF-8 text, by name. */
export function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean, what: string): Map<string, string> {
  let total = 0;
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) {
          throw new ReadError('zip-too-large', `${what}: its parts would unpack to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB (a real document is a few MB). The file is refused as a possible ZIP bomb.`, { limit: `${MAX_UNZIPPED_BYTES / 1024 / 1024} MB` });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('damaged-zip', `${what}: the file is damaged or truncated (${(error as Error).message}). Open it in Word, WPS or Excel and save it again.`);
  }
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(inflated).map(([name, data]) => [name, decoder.decode(data)]));
}
