// Writes the published JSON Schema (dist/budget-dataset.schema.json) from the TypeBox source,
// through the built model entry, so the file users get is exactly what the validator checks.
import { writeFileSync } from 'node:fs';
import { BudgetDataset } from '../dist/model.js';

const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(BudgetDataset)) };
writeFileSync(new URL('../dist/budget-dataset.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/budget-dataset.schema.json');
