// The pure layouts of the charts, without an element: geometry from view models.
import { expect } from '@open-wc/testing';
import { expenditureHierarchy, incomeVsExpenditure, timelineView } from '../../../src/data/index.js';
import type { BudgetDataset } from '../../../src/model/schema.js';
import { layoutBalance, VERTICAL_BELOW } from '../../../src/widgets/budget-balance/layout.js';
import { layoutTimeline, plotted, todayMonth } from '../../../src/widgets/budget-timeline/layout.js';
import { colorIndexOf, layoutTreemap, pathTo, PALETTE_SIZE } from '../../../src/widgets/budget-treemap/layout.js';
import { sampleDataset } from '../../helpers/sample.js';

describe('layouts', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  describe('layoutBalance', () => {
    const sides = () => {
      const balance = incomeVsExpenditure(dataset);
      return { sides: { income: balance.income, expenditure: balance.expenditure }, totals: { income: balance.incomeTotal, expenditure: balance.expenditureTotal } };
    };

    it('lays the two sides out as rows on one scale on a wide box, below the line naming each', () => {
      const { sides: s, totals } = sides();
      const layout = layoutBalance(s, { width: 600, height: 160 }, totals);
      expect(layout.orientation).to.equal('horizontal');
      const income = layout.bars.find((b) => b.side === 'income')!;
      const expenditure = layout.bars.find((b) => b.side === 'expenditure')!;
      expect(income.y).to.be.at.least(20);
      expect(expenditure.y).to.be.greaterThan(income.y + income.height);
      expect(Math.max(income.width, expenditure.width)).to.be.closeTo(600, 0.001);
      for (const r of layout.rects) {
        expect(r.x + r.width).to.be.at.most(600.001);
        expect(r.y + r.height).to.be.at.most(160);
      }
      const shares = layout.rects.filter((r) => r.side === 'income').reduce((sum, r) => sum + r.share, 0);
      expect(shares).to.be.closeTo(1, 0.001);
    });

    it('turns vertical below its threshold and keeps the room for the axis below the bars', () => {
      const { sides: s, totals } = sides();
      const layout = layoutBalance(s, { width: VERTICAL_BELOW - 1, height: 300 }, totals);
      expect(layout.orientation).to.equal('vertical');
      for (const r of layout.rects) expect(r.y + r.height).to.be.at.most(280.001);
    });

    it('draws nothing in a box not measured yet', () => {
      const { sides: s } = sides();
      expect(layoutBalance(s, { width: 0, height: 0 }).rects).to.deep.equal([]);
    });

    it('fits a label only where a segment has room for it', () => {
      const { sides: s, totals } = sides();
      for (const r of layoutBalance(s, { width: 600, height: 160 }, totals).rects) if (r.label) expect(r.width).to.be.greaterThan(28);
    });
  });

  describe('layoutTimeline', () => {
    it('plots each checkpoint inside the plot, from 0 on 1 January', () => {
      const view = timelineView(dataset);
      const layout = layoutTimeline(view, { width: 640, height: 320, scale: 'amount' });
      expect(layout.lines.length).to.equal(view.series.length);
      expect(layout.lines[0].path.startsWith(`M${layout.x(0)},${layout.y(0)}`)).to.equal(true);
      for (const p of layout.points) {
        expect(p.x).to.be.within(layout.plot.left, layout.plot.right);
        expect(p.y).to.be.within(layout.plot.top, layout.plot.bottom);
      }
      // The budget line fits inside the plot even when it is above the last tick.
      expect(layout.budgetValue).to.equal(view.series[0].budget);
      expect(layout.y(layout.budgetValue!)).to.be.within(layout.plot.top - 0.001, layout.plot.bottom);
      expect(layout.evenPacePath).to.match(/^M/);
    });

    it('on the percent scale puts the budget at 100', () => {
      const layout = layoutTimeline(timelineView(dataset), { width: 640, height: 320, scale: 'percent' });
      expect(layout.budgetValue).to.equal(100);
    });

    it('has no one budget line or even pace for several projects in amounts', () => {
      const view = timelineView(dataset, { mode: 'projects' });
      expect(view.series.length).to.be.greaterThan(1);
      const layout = layoutTimeline(view, { width: 640, height: 320, scale: 'amount', labels: true });
      expect(layout.budgetValue).to.equal(null);
      expect(layout.evenPacePath).to.equal('');
      expect(layout.plot.right).to.be.at.most(640 - 120 + 0.001);
    });

    it('reads gaps and months', () => {
      expect(plotted({ month: 3, label: '', amount: null, share: null, fill: 'gap', blanks: 1, contributions: [] } as never, 'amount')).to.equal(null);
      expect(todayMonth(new Date(2024, 6, 1), 2024)).to.be.within(5.9, 6.1);
      expect(todayMonth(new Date(2025, 0, 1), 2024)).to.equal(null);
    });
  });

  describe('layoutTreemap', () => {
    it('tiles the top classes into the box, largest first, in reading order', () => {
      const root = expenditureHierarchy(dataset);
      const cells = layoutTreemap(root, { width: 600, height: 400, total: root.value });
      expect(cells.length).to.equal(root.children.length);
      const area = cells.reduce((sum, c) => sum + c.width * c.height, 0);
      expect(area).to.be.within(600 * 400 * 0.9, 600 * 400);
      for (let i = 1; i < cells.length; i++) expect(cells[i].y > cells[i - 1].y || (cells[i].y === cells[i - 1].y && cells[i].x > cells[i - 1].x)).to.equal(true);
      const shares = cells.reduce((sum, c) => sum + c.shareOfTotal, 0);
      expect(shares).to.be.closeTo(1, 0.001);
    });

    it('gives a class the same colour wherever it is, and finds the path to a code', () => {
      expect(colorIndexOf('208')).to.equal(colorIndexOf('208'));
      expect(colorIndexOf('20801')).to.be.within(0, PALETTE_SIZE - 1);
      const root = expenditureHierarchy(dataset);
      const leaf = root.children[0].children[0];
      expect(pathTo(root, leaf.code).map((n) => n.code)).to.deep.equal([root.code, root.children[0].code, leaf.code]);
    });
  });
});
