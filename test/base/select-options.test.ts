import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { selectOptions, type SelectOption } from '../../src/base/select-options.js';

describe('selectOptions', () => {
  it('fills the select, selects the value, and keeps its option nodes while the list is the same', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = (options: SelectOption[], value: string) => render(html`<select ${selectOptions(options, value)}></select>`, host);
    const list: SelectOption[] = [['', '全部项目'], ['P1', '项目甲（3）'], ['P2', '项目乙（5）']];
    show(list, 'P2');
    const select = host.querySelector('select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).to.deep.equal(list);
    expect(select.value).to.equal('P2');
    const first = select.options[1];
    show([...list], '');
    expect(select.options[1]).to.equal(first);
    expect(select.value).to.equal('');
    show([['', '全部项目'], ['P3', '项目丙（1）']], 'P3');
    expect(select.options).to.have.length(2);
    expect(select.value).to.equal('P3');
  });
});
