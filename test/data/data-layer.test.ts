import { expect } from '@open-wc/testing';
import { budgetSummary, checkConsistency, disbursementPlans, expenditureHierarchy, incomeVsExpenditure, indicatorRows, ViewError } from '../../src/data/index.js';
import type { BudgetDataset } from '../../src/model/schema.js';
import { clone, sampleDataset } from '../helpers/sample.js';

describe('data layer on the sample', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  it('builds the function-classification hierarchy from the 支出总表', () => {
    const root = expenditureHierarchy(dataset);
    expect(root.value).to.equal(2654.52);
    expect(root.children.map((c) => [c.code, c.value])).to.deep.equal([['201', 98], ['208', 2213.24], ['210', 340], ['213', 3.28]]);
    const social = root.children[1];
    expect(social.children.map((c) => c.code)).to.deep.equal(['20801', '20807', '20826', '20830']);
    expect(social.children[0].children).to.have.length(8);
  });

  it('switches measure and classification', () => {
    const basic = expenditureHierarchy(dataset, { measure: 'basic' });
    expect(basic.value).to.equal(9.9);
    expect(basic.children.map((c) => c.code)).to.deep.equal(['208']);
    const economic = expenditureHierarchy(dataset, { classification: 'economic' });
    expect(economic.children[0].children.map((c) => [c.code, c.value])).to.deep.equal([['30201', 6], ['30211', 2], ['30299', 1.9]]);
    expect(() => expenditureHierarchy(dataset, { classification: 'economic', measure: 'project' })).to.throw(ViewError, /does not apply/);
  });

  it('selects a unit, and names the codes there are when the code is wrong', () => {
    expect(expenditureHierarchy(dataset, { entity: '313001' }).name).to.equal('中共河北沧州经济开发区工委组织人事部本级');
    expect(() => expenditureHierarchy(dataset, { entity: '999' })).to.throw(ViewError, /313 \(中共.*313001/);
  });

  it('balances income against expenditure, listing the template rows with no budget', () => {
    const balance = incomeVsExpenditure(dataset);
    expect([balance.incomeTotal, balance.expenditureTotal, balance.difference]).to.deep.equal([2654.52, 2654.52, 0]);
    expect(balance.expenditure.map((s) => [s.code, s.amount])).to.deep.equal([['201', 98], ['208', 2213.24], ['210', 340], ['213', 3.28]]);
    expect(balance.noBudget).to.deep.include({ side: 'expenditure', name: '外交支出' });
    const nature = incomeVsExpenditure(dataset, { split: 'nature' });
    expect(nature.expenditure.map((s) => [s.key, s.amount])).to.deep.equal([['basic', 9.9], ['project', 2644.62]]);
    expect(incomeVsExpenditure(dataset, { table: 'fiscal' }).incomeTotal).to.equal(2654.52);
  });

  it('combines the 27 disbursement plans, blanks carried forward', () => {
    const view = disbursementPlans(dataset);
    expect(view.projects).to.have.length(27);
    expect(view.totalBudget).to.equal(2644.62);
    expect(view.combined.map((c) => [c.month, c.amount])).to.deep.equal([[3, 494], [6, 1016.7], [10, 1477.38], [12, 2834.62]]);
    const spring = view.projects.find((p) => p.name === '春节慰问机关退休干部及困难党员')!;
    expect(spring.points.map((p) => [p.amount, p.cumulative])).to.deep.equal([[12, 12], [null, 12], [null, 12], [null, 12]]);
    // It reached its budget in March, so its blanks can only repeat 12; 孵化基地's leading blank is a gap.
    expect(spring.points.map((p) => p.fill)).to.deep.equal(['written', 'carried', 'carried', 'carried']);
    expect(view.projects.find((p) => p.name === '孵化基地')!.points.map((p) => p.fill)).to.deep.equal(['gap', 'written', 'written', 'written']);
  });

  it('lists indicators as rows', () => {
    const rows = indicatorRows(dataset);
    expect(rows).to.have.length(203);
    expect(rows[0]).to.include({ projectCode: '13091124P005271100026', level1: '产出指标', level3: '参保人数' });
  });

  it('summarises the headline figures', () => {
    expect(budgetSummary(dataset)).to.deep.include({ incomeTotal: 2654.52, expenditureTotal: 2654.52, basic: 9.9, project: 2644.62, projectCount: 27 });
  });
});

describe('consistency checks', () => {
  let dataset: BudgetDataset;
  before(async () => {
    dataset = await sampleDataset();
  });

  it('finds the real inconsistencies of the sample, and only those', () => {
    const checks = checkConsistency(dataset);
    expect(checks.length).to.be.greaterThan(500);
    const failed = checks.filter((c) => !c.ok).map((c) => [c.entity, c.rule, c.row, c.expected, c.actual]);
    expect(failed).to.deep.equal([
      ['313', 'plan-ends-at-budget', '城乡居民养老保险发放及缴费补贴县级配套', 372, 572],
      ['313', 'plan-ends-at-budget', '党员干部培训教育经费', 50, 40],
      ['313001', 'plan-ends-at-budget', '城乡居民养老保险发放及缴费补贴县级配套', 372, 572],
      ['313001', 'plan-ends-at-budget', '党员干部培训教育经费', 50, 40],
    ]);
    const rules = new Set(checks.map((c) => c.rule));
    for (const rule of ['balance', 'summary-sum', 'row-parts', 'hierarchy', 'cross-table', 'units-sum', 'projects-sum', 'plan-never-decreases', 'plan-ends-at-budget', 'required-table', 'empty-table-statement', 'performance-targets', 'code-name']) {
      expect(rules.has(rule as any), rule).to.equal(true);
    }
  });

  it('catches a 项 that does not add up to its 款, naming table, row and both numbers', () => {
    const bad = clone(dataset);
    const table = bad.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    table.rows.find((r) => r.cells.code === '2080105')!.cells.total = 16.34;
    const failed = checkConsistency(bad).filter((c) => !c.ok);
    const hierarchy = failed.find((c) => c.rule === 'hierarchy' && c.row === '20801 人力资源和社会保障管理事务' && c.field === 'total')!;
    expect(hierarchy).to.include({ table: '部门预算支出总表', expected: 1575.44, actual: 1585.44, line: 859 });
    expect(failed.some((c) => c.rule === 'row-parts' && c.row === '2080105 劳动保障监察')).to.equal(true);
  });

  it('catches income that does not match expenditure', () => {
    const bad = clone(dataset);
    const summary = bad.entities[0].tables.find((t) => t.kind === 'summary')!;
    summary.rows.find((r) => r.cells.incomeItem === '收入总计')!.cells.incomeAmount = 2700;
    const failed = checkConsistency(bad).filter((c) => !c.ok && c.entity === '313').map((c) => c.rule);
    expect(failed).to.include('balance');
    expect(failed).to.include('summary-sum');
  });

  it('catches a code printed with another code\'s name, not a name cut short by its cell', () => {
    const bad = clone(dataset);
    const rows = bad.entities[0].tables.find((t) => t.kind === 'expenditure')!.rows;
    rows.find((r) => r.cells.code === '201')!.cells.name = '国防支出';
    rows.find((r) => r.cells.code === '20801')!.cells.name = '人力资源和社会保障管';
    const failed = checkConsistency(bad).filter((c) => !c.ok && c.rule === 'code-name');
    expect(failed.map((c) => [c.entity, c.row, c.reference, c.severity])).to.deep.equal([['313', '201 国防支出', '一般公共服务支出', 'likely']]);
  });

  it('catches a required table left out, and an empty one that does not say why', () => {
    const bad = clone(dataset);
    const department = bad.entities[0];
    department.tables = department.tables.filter((t) => t.kind !== 'three-public');
    department.tables.find((t) => t.kind === 'gov-fund-expenditure')!.notes = [];
    const failed = checkConsistency(bad).filter((c) => !c.ok).map((c) => [c.rule, c.severity, c.table]);
    expect(failed).to.deep.include(['required-table', 'likely', '“三公”经费支出表']);
    expect(failed.find((f) => f[0] === 'empty-table-statement')?.[2]).to.match(/政府性基金/);
  });

  it('catches a decreasing plan and a unit total that differs from the department', () => {
    const bad = clone(dataset);
    bad.entities[0].projects[0].plan.checkpoints[2].value = 50;
    bad.entities[1].tables.find((t) => t.kind === 'expenditure')!.rows[0].cells.total = 2600;
    const failed = checkConsistency(bad).filter((c) => !c.ok).map((c) => c.rule);
    expect(failed).to.include('plan-never-decreases');
    expect(failed).to.include('units-sum');
  });
});

describe('projects that share a name', () => {
  it('are told apart by their code in the timeline and the indicator table, others keep their name', async () => {
    const { sampleDataset, clone } = await import('../helpers/sample.js');
    const { timelineView } = await import('../../src/data/index.js');
    const dataset = clone(await sampleDataset());
    delete (dataset as { views?: unknown }).views;
    const [first, second, third] = dataset.entities[0].projects;
    second.name = first.name;
    const timeline = timelineView(dataset);
    const names = timeline.projects.map((p) => p.name);
    expect(names).to.include(`${first.name}（${first.code}）`).and.include(`${first.name}（${second.code}）`).and.include(third.name);
    const indicators = indicatorRows(dataset).filter((r) => r.projectCode === second.code);
    expect(indicators.length).to.be.greaterThan(0);
    for (const row of indicators) expect(row.projectName).to.equal(`${first.name}（${second.code}）`);
  });
});
