// load.ts: one request per URL per page, failures forgotten so a retry can succeed.
import { expect } from '@open-wc/testing';
import { clearDatasetCache, LoadError, loadDataset } from '../../src/base/load.js';
import { SAMPLE_JSON_URL } from '../helpers/sample.js';

describe('loadDataset', () => {
  const realFetch = window.fetch;
  let requests: string[] = [];
  beforeEach(() => {
    requests = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
    clearDatasetCache();
  });

  it('shares one request among callers of the same URL, however it is written', async () => {
    const [a, b] = await Promise.all([loadDataset(SAMPLE_JSON_URL), loadDataset(new URL(SAMPLE_JSON_URL, location.href).href)]);
    expect(a).to.equal(b);
    expect(requests.length).to.equal(1);
  });

  it('fetches again after the cache is cleared for that URL', async () => {
    await loadDataset(SAMPLE_JSON_URL);
    clearDatasetCache(SAMPLE_JSON_URL);
    await loadDataset(SAMPLE_JSON_URL);
    expect(requests.length).to.equal(2);
  });

  it('rejects a missing file with its HTTP status, and forgets the failure', async () => {
    const failure = await loadDataset('/no/such.json').catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(LoadError);
    expect((failure as LoadError).reason).to.deep.include({ key: 'httpError' });
    expect((failure as LoadError).reason!.params.status).to.equal(404);
    await loadDataset('/no/such.json').catch(() => undefined);
    expect(requests.length).to.equal(2);
  });

  it('rejects a file that is not JSON, quoting how it starts', async () => {
    const failure = (await loadDataset('/data/samples/cangzhou-kfq-zzrsb-2024.txt').catch((e: unknown) => e)) as LoadError;
    expect(failure.local.key).to.equal('loadFailed');
    expect(failure.reason!.key).to.equal('notJson');
    expect(String(failure.reason!.params.start)).to.have.length.greaterThan(0);
  });
});
