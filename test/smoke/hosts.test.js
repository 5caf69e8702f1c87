// Every element inside a React app and a Vue app, built with their usual tooling
// (test/hosts, `npm run build:hosts`): the dataset as a property, settings as attributes that the
// app changes, and the elements' events reaching the app's handlers.
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['budget-summary', 'budget-balance', 'budget-treemap', 'budget-timeline', 'budget-indicators'];

async function openApp(name) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.src = `/test/hosts/dist/${name}/index.html`;
  document.body.append(frame);
  await loaded;
  return frame;
}

for (const host of ['react', 'vue']) {
  describe(`in a ${host === 'react' ? 'React' : 'Vue'} app`, () => {
    it('takes data as a property, attributes from state, and reports events to the app', async () => {
      const frame = await openApp(host);
      const doc = frame.contentDocument;
      const el = (tag) => doc.querySelector(tag);
      await waitUntil(() => TAGS.every((tag) => el(tag)?.shadowRoot?.querySelector('svg [role="button"], tr.indicator, dl')), 'not every widget drew', { timeout: 10000 });
      // The dataset arrived through the `data` property, not an attribute.
      for (const tag of TAGS) {
        expect(el(tag).data?.schemaVersion, tag).to.equal(1);
        expect(el(tag).hasAttribute('data'), tag).to.equal(false);
      }
      // budget-load reached the app's handlers (summary and treemap).
      await waitUntil(() => doc.getElementById('loads').textContent === '2', 'budget-load not received');
      // Attributes: set by the app, and changed when its state changes.
      expect(el('budget-indicators').shadowRoot.querySelectorAll('tr.indicator').length).to.equal(8);
      expect(el('budget-treemap').getAttribute('measure')).to.equal('total');
      doc.getElementById('measure').click();
      await waitUntil(() => el('budget-treemap').getAttribute('measure') === 'project', 'the attribute did not follow the app state');
      await el('budget-treemap').updateComplete;
      expect(el('budget-treemap').shadowRoot.querySelector('caption').textContent).to.contain('项目支出');
      // Events: a click in a widget reaches the app's handler.
      el('budget-treemap').shadowRoot.querySelector('.cell[data-code="208"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitUntil(() => doc.getElementById('selected').textContent === 'budget-select:classification:208', 'budget-select not received');
      el('budget-indicators').shadowRoot.querySelector('.project-name').click();
      await waitUntil(() => doc.getElementById('selected').textContent === 'budget-select:project:13091124P00518310003L', 'budget-select from the table not received');
      frame.remove();
    });
  });
}
