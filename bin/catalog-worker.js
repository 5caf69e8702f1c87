// One worker thread of `budget-widgets catalog`: converts the documents it is sent, one at a
// time, writes each dataset (views included), and answers with its catalog entry.
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { CONVERTER } from '../dist/converter.js';
import { consistencyReport, withViews } from '../dist/data.js';
import { readDocument, validated } from './documents.js';

parentPort.on('message', async ({ path, target, file, sha256, lang }) => {
  try {
    const { dataset, diagnostics } = await readDocument(path, { lang });
    validated(path, dataset);
    const withViewsDataset = withViews(dataset, CONVERTER);
    writeFileSync(target, JSON.stringify(withViewsDataset, null, 1) + '\n');
    const { meta } = dataset;
    const department = dataset.entities.find((e) => e.scope === 'department') ?? dataset.entities[0];
    const summary = withViewsDataset.views.entities[department.code]?.summary;
    const failed = consistencyReport(dataset).checks.filter((c) => !c.ok);
    parentPort.postMessage({
      path,
      entry: {
        file,
        department: meta.department.name,
        code: meta.department.code,
        // A document without a year the converter could find gets the schema's placeholder: not a year.
        year: diagnostics.some((d) => d.code === 'no-year') ? null : meta.year,
        kind: meta.kind,
        title: meta.title,
        unit: summary && !('error' in summary) ? summary.unit : meta.unit,
        total: summary && !('error' in summary) ? summary.expenditureTotal : null,
        problems: {
          certain: failed.filter((c) => (c.severity ?? 'certain') === 'certain').length,
          likely: failed.filter((c) => c.severity === 'likely').length,
          diagnostics: diagnostics.length,
        },
        source: { fileName: meta.source?.fileName ?? path.split('/').pop(), sha256 },
      },
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    });
  } catch (error) {
    parentPort.postMessage({ path, error: error.message });
  }
});
