import { expect } from '@open-wc/testing';
import { placeTooltip } from '../../src/base/chart-interaction.js';

function tooltip(width: number, height: number): HTMLElement {
  const tip = document.createElement('div');
  tip.style.cssText = `position:absolute;width:${width}px;height:${height}px`;
  document.body.append(tip);
  return tip;
}

describe('placeTooltip', () => {
  const box = { width: 600, height: 350 };

  it('goes under a small mark, centred on it and inside the box', () => {
    const tip = tooltip(200, 60);
    placeTooltip(tip, { x: 10, y: 20, width: 40, height: 30 }, box);
    expect([tip.style.left, tip.style.top]).to.deep.equal(['0px', '54px']);
    tip.remove();
  });

  it('goes above a mark near the bottom', () => {
    const tip = tooltip(200, 60);
    placeTooltip(tip, { x: 300, y: 280, width: 40, height: 60 }, box);
    expect(tip.style.top).to.equal('216px');
    tip.remove();
  });

  it('goes to the bottom of a mark as tall as the chart, clear of the label at its top', () => {
    const tip = tooltip(200, 60);
    placeTooltip(tip, { x: 0, y: 0, width: 500, height: 350 }, box);
    expect(tip.style.top).to.equal('286px');
    tip.remove();
  });
});
