// The DatasetController on a bare host: what the widgets share about where a dataset comes from.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatasetController, LayerPending, type DatasetFailure } from '../../src/base/dataset-controller.js';
import { clearDatasetCache } from '../../src/base/load.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clone, SAMPLE_JSON_URL, sampleDataset } from '../helpers/sample.js';

/** A host that counts update requests and records what the controller reports. */
function bareHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { updates: number } = {
    updates: 0,
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  const loaded: { dataset: BudgetDataset; src: string | null }[] = [];
  const failed: { failure: DatasetFailure; src?: string | null }[] = [];
  const controller = new DatasetController(host, {
    language: () => 'zh-CN',
    loaded: (dataset, src) => loaded.push({ dataset, src }),
    failed: (failure, src) => failed.push({ failure, src }),
  });
  const next = (list: unknown[], length: number) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = () => (list.length >= length ? resolve() : Date.now() - started > 9000 ? reject(new Error('no report')) : setTimeout(poll, 10));
      poll();
    });
  return { host, controller, controllers, loaded, failed, next };
}

describe('DatasetController', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });
  afterEach(() => clearDatasetCache());

  it('registers with its host and loads a URL, asking the host to update', async () => {
    const { host, controller, controllers, loaded, next } = bareHost();
    expect(controllers).to.deep.equal([controller]);
    controller.load(null, SAMPLE_JSON_URL);
    expect(controller.loading).to.equal(true);
    await next(loaded, 1);
    expect(controller.loading).to.equal(false);
    expect(controller.dataset!.meta.year).to.equal(2024);
    expect(loaded[0].src).to.equal(SAMPLE_JSON_URL);
    expect(host.updates).to.be.greaterThan(1);
  });

  it('prefers the data object to the URL, and validates one object once', async () => {
    const { controller, loaded, next } = bareHost();
    const object = clone(dataset);
    controller.load(object, '/nowhere.json');
    await next(loaded, 1);
    expect(loaded[0]).to.deep.equal({ dataset: object, src: null });
    // The second time the object is known valid: accepted at once, with no loading state.
    controller.load(object, null);
    expect(controller.loading).to.equal(false);
    expect(loaded.length).to.equal(2);
  });

  it('says in Chinese what is wrong with an invalid object, and keeps the dataset it had', async () => {
    const { controller, loaded, failed, next } = bareHost();
    controller.load(clone(dataset), null);
    await next(loaded, 1);
    const bad = clone(dataset) as unknown as { meta: { year: unknown } };
    bad.meta.year = '二〇二四';
    controller.load(bad as unknown as BudgetDataset, null);
    await next(failed, 1);
    expect(failed[0].src).to.equal(null);
    expect(failed[0].failure.message).to.contain('不是有效的预算数据集').and.contain('meta.year').and.contain('应为整数');
    expect(failed[0].failure.problems!.some((p) => p.path.includes('year'))).to.equal(true);
    expect(controller.dataset!.meta.year).to.equal(2024);
  });

  it('never lets an older response replace a newer load', async () => {
    const { controller, loaded, next } = bareHost();
    controller.load(null, `${SAMPLE_JSON_URL}?slow`);
    const newer = clone(dataset);
    newer.meta.title = '较新的数据集';
    controller.load(newer, null);
    await next(loaded, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(loaded.map((l) => l.dataset.meta.title)).to.deep.equal(['较新的数据集']);
    expect(controller.dataset!.meta.title).to.equal('较新的数据集');
  });

  it('reports a failed URL with its reason, and the src it was asked for', async () => {
    const { controller, failed, next } = bareHost();
    controller.load(null, '/no/such/dataset.json');
    await next(failed, 1);
    expect(failed[0].src).to.equal('/no/such/dataset.json');
    expect(failed[0].failure.message).to.contain('/no/such/dataset.json').and.contain('404');
    expect(controller.dataset).to.equal(null);
  });

  it('builds views from precomputed views without the data layer, else waits for the layer', async () => {
    const { controller } = bareHost();
    const withViews = clone(dataset);
    expect(controller.view(withViews, null, () => 'views', () => 'layer')).to.equal('views');
    const bare = clone(dataset);
    delete (bare as { views?: unknown }).views;
    let result: string | null = null;
    try {
      result = controller.view(bare, null, () => 'views', () => 'layer');
    } catch (error) {
      expect(error).to.be.instanceOf(LayerPending);
      const revision = controller.layerRevision;
      await controller.settle(() => Promise.resolve(true));
      expect(controller.layerRevision).to.equal(revision + 1);
      result = controller.view(bare, null, () => 'views', () => 'layer');
    }
    expect(result).to.equal('layer');
  });
});
