// The custom-elements manifest (built by `npm run build`) documents every element: the framework
// typings, the embed page, the demo and Storybook all read it. A class whose JSDoc block is
// separated from it (a type declared in between) silently drops out; this catches that.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

test('custom-elements.json documents every widget folder, with its tag, events and parts', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declared = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  const folders = readdirSync('src/widgets', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  assert.deepEqual(declared.map((d) => d.tagName).sort(), folders);
  for (const element of declared) {
    assert.ok(element.events?.some((e) => e.name === 'budget-error'), `${element.tagName} documents budget-error`);
    assert.ok(element.cssParts?.some((p) => p.name === 'base'), `${element.tagName} documents its base part`);
  }
  const types = readFileSync('dist/types/elements.d.ts', 'utf8');
  for (const tag of folders) assert.match(types, new RegExp(`'${tag}'`), `elements.d.ts types ${tag}`);
});
