// Converts a dropped file off the main thread, so the page never freezes on a 60-page PDF: the
// same `convertFile` as the CLI, then the precomputed views, as `budget-widgets convert` writes
// them. pdf.js gets its own worker and its character maps from the demo's folder.
import { convertFile, decodeText, DisclosureError, sniff, type ReadProgress } from '../src/convert/index.js';
import { withViews } from '../src/data/index.js';
import { describeDiagnostic, validateDataset, type BudgetDataset } from '../src/model/index.js';

export type ConvertRequest = { file: Blob; name: string };
export type ConvertReply =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; dataset: BudgetDataset; text: string | null; format: string }
  | { type: 'error'; message: string; code: string };

const post = (reply: ConvertReply) => (self as unknown as Worker).postMessage(reply);
const base = new URL('./', self.location.href);

self.addEventListener('message', async (event: MessageEvent<ConvertRequest>) => {
  const { file, name } = event.data;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{')) {
      // A dataset, checked exactly as the CLI checks one.
      const value = JSON.parse(new TextDecoder().decode(bytes));
      if (value && typeof value === 'object' && 'schemaVersion' in value) {
        const problems = validateDataset(value);
        if (problems.length) throw new DisclosureError(`${name} is not a valid budget dataset: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`, []);
        post({ type: 'done', dataset: value, text: null, format: 'json' });
        return;
      }
    }
    const workerPort = new Worker(new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' });
    try {
      const result = await convertFile(bytes, {
        fileName: name,
        onProgress: (progress) => post({ type: 'progress', progress }),
        pdf: { workerPort, cMapUrl: new URL('pdfjs/cmaps/', base).href, standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href },
      });
      const problems = validateDataset(result.dataset);
      if (problems.length) throw new DisclosureError(`${name}: the result is not a valid budget dataset (${problems.length} problem(s)).`, []);
      // The source view shows text exports line by line; other formats have no lines to show.
      const sniffed = sniff(bytes);
      const text = sniffed.kind === 'text' ? decodeText(bytes, sniffed.encoding) : null;
      post({ type: 'done', dataset: withViews(result.dataset), text, format: result.format });
    } finally {
      workerPort.terminate();
    }
  } catch (error) {
    const code = error instanceof DisclosureError ? (error.diagnostics[0]?.code ?? 'unreadable') : error instanceof SyntaxError ? 'invalid-json' : 'failed';
    // A refusal in the page's language, from its code; anything else as thrown.
    const refusal = error instanceof DisclosureError ? error.diagnostics[0] : undefined;
    post({ type: 'error', message: refusal ? describeDiagnostic(refusal, 'zh-CN') : error instanceof Error ? error.message : String(error), code });
  }
});
