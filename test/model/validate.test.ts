import { expect } from '@open-wc/testing';
import { assertDataset, codeLevel, DatasetError, parentCode, pointerToPath, validateDataset } from '../../src/model/index.js';
import { clone, sampleDataset } from '../helpers/sample.js';

describe('validateDataset', () => {
  it('accepts the sample dataset', async () => {
    expect(validateDataset(await sampleDataset())).to.deep.equal([]);
  });

  it('names the path and the problem in words', async () => {
    const bad = clone(await sampleDataset()) as any;
    bad.entities[0].tables[2].rows[5].cells.total = { nested: true };
    delete bad.meta.year;
    const problems = validateDataset(bad);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include('$.meta.year');
    expect(paths).to.include('$.entities[0].tables[2].rows[5].cells.total');
    expect(problems.find((p) => p.path === '$.meta.year')!.message).to.match(/missing/);
  });

  it('says when a dataset is of a newer format version', async () => {
    const newer = { ...(await sampleDataset()), schemaVersion: 2 };
    const problems = validateDataset(newer);
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/format version 2.*update budget-widgets/);
  });

  it('rejects things that are not objects, with what was found', () => {
    expect(validateDataset([1, 2])[0].message).to.match(/found a list/);
    expect(validateDataset('<html>')[0].message).to.match(/found the text/);
    expect(() => assertDataset(null, 'x.json')).to.throw(DatasetError, /in x\.json/);
  });
});

describe('classification codes', () => {
  it('derives level and parent', () => {
    expect([codeLevel('208'), codeLevel('20801'), codeLevel('2080102'), codeLevel('合计'), codeLevel('2080')]).to.deep.equal([1, 2, 3, 0, 0]);
    expect([parentCode('2080102'), parentCode('20801'), parentCode('208')]).to.deep.equal(['20801', '208', undefined]);
    expect(pointerToPath('/entities/0/tables/2/rows/5/cells/total')).to.equal('$.entities[0].tables[2].rows[5].cells.total');
  });
});
