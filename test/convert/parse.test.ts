import { expect } from '@open-wc/testing';
import { CONVERTER, DisclosureError, parseDisclosure } from '../../src/convert/index.js';
import { withViews } from '../../src/data/index.js';
import { describeDiagnostic, validateDataset } from '../../src/model/index.js';
import type { Entity, Table } from '../../src/model/schema.js';
import { sampleDataset, sampleText } from '../helpers/sample.js';

const table = (entity: Entity, kind: Table['kind']) => entity.tables.find((t) => t.kind === kind)!;
const row = (t: Table, code: string) => t.rows.find((r) => r.cells.code === code)!;

describe('parseDisclosure on the sample', () => {
  let text: string;
  before(async () => {
    text = await sampleText();
  });

  it('reads the metadata, the department and its unit', () => {
    const { dataset } = parseDisclosure(text, { fileName: 'sample.txt' });
    expect(dataset.meta).to.include({ year: 2024, unit: '万元', kind: 'budget', title: '中共河北沧州经济开发区工委组织人事部2024年部门预算' });
    expect(dataset.meta.department).to.deep.equal({ code: '313', name: '中共河北沧州经济开发区工委组织人事部' });
    expect(dataset.entities.map((e) => [e.code, e.scope])).to.deep.equal([['313', 'department'], ['313001', 'unit']]);
    expect(dataset.units).to.deep.equal([{ name: '中共河北沧州经济开发区工委组织人事部本级', nature: '行政', level: '正科级', fundingForm: '财政拨款', code: '313001' }]);
    expect(validateDataset(dataset)).to.deep.equal([]);
  });

  it('recognises every standard table, empty ones included with their notes', () => {
    const { dataset } = parseDisclosure(text);
    for (const entity of dataset.entities) {
      const kinds = entity.tables.map((t) => t.kind);
      expect(kinds).to.include.members(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'general-basic-expenditure', 'gov-fund-expenditure', 'state-capital-expenditure', 'three-public', 'procurement', 'assets', 'org-units']);
      expect(kinds).not.to.include('other');
      const threePublic = table(entity, 'three-public');
      expect(threePublic.empty).to.equal(true);
      expect(threePublic.notes[0]).to.match(/空表列示/);
    }
  });

  it('reads expenditure rows with codes, names and every amount column', () => {
    const { dataset } = parseDisclosure(text);
    const expenditure = table(dataset.entities[0], 'expenditure');
    expect(expenditure.columns.map((c) => c.key)).to.deep.equal(['seq', 'code', 'name', 'total', 'basic', 'project', 'operating', 'remittance', 'subsidiary']);
    expect(expenditure.rows).to.have.length(31);
    expect(row(expenditure, '2080102').cells).to.include({ name: '一般行政管理事务', total: 1002.1, basic: 9.9, project: 992.2, operating: null });
    expect(expenditure.rows[0].cells).to.include({ name: '合计', total: 2654.52, basic: 9.9, project: 2644.62, code: null });
    expect(expenditure.rows[0].line).to.equal(769);
  });

  it('reads the 27 projects with plans, indicators and parsed targets', () => {
    const { dataset } = parseDisclosure(text);
    const projects = dataset.entities[0].projects;
    expect(projects).to.have.length(27);
    const first = projects[0];
    expect(first).to.include({ code: '13091124P005271100026', name: '2021年度城乡居民医保结算亏损（沧县代管）', budget: 100, fiscalFunds: 100, otherFunds: null, seq: 1 });
    expect(first.plan.checkpoints.map((c) => [c.month, c.value])).to.deep.equal([[3, 30], [6, 60], [10, 80], [12, 100]]);
    expect(first.plan.reading).to.equal('amount');
    expect(first.indicators).to.have.length(8);
    expect(first.indicators[1]).to.include({ level1: '产出指标', level2: '质量指标', level3: '覆盖率' });
    expect(first.indicators[0].target).to.deep.equal({ text: '≥14000人', qualitative: false, comparison: '>=', value: 14000, unit: '人' });
    expect(first.indicators[3].target).to.deep.equal({ text: '年度预算', qualitative: true });
    const blanks = projects.find((p) => p.code === '13091124P00527010002G')!;
    expect(blanks.plan.checkpoints.map((c) => c.value)).to.deep.equal([null, null, null, 0.8]);
    expect(blanks.plan.reading).to.equal('amount');
  });

  it('rejoins an indicator row that the export split across rows, and says so', () => {
    const { dataset, diagnostics } = parseDisclosure(text);
    // 人才扶持资金's 资金到位率 row: its description cell holds paragraph breaks, so the export
    // wrote [、质量指标、资金到位率], [description], [、≥90%、上级下达任务] as three rows.
    const talent = dataset.entities[0].projects.find((p) => p.name === '人才扶持资金')!;
    expect(talent.indicators).to.have.length(8);
    expect(talent.indicators[1]).to.deep.include({
      level1: '产出指标',
      level2: '质量指标',
      level3: '资金到位率',
      description: '使用罪犯劳动补偿费安排的关键要害岗位人员补助费资金上缴后下达到位率',
      basis: '上级下达任务',
    });
    expect(talent.indicators[1].target).to.deep.include({ comparison: '>=', value: 90, unit: '%' });
    expect(talent.indicators.every((i) => /指标$/.test(i.level1))).to.equal(true);
    const rejoined = diagnostics.filter((d) => d.code === 'indicator-row-rejoined');
    expect(rejoined.map((d) => d.line)).to.include(4413);
    expect(rejoined[0].severity).to.equal('info');
  });

  it('flags the plans that fit neither reading', () => {
    const { diagnostics } = parseDisclosure(text);
    const flagged = diagnostics.filter((d) => d.code === 'plan-reading-unknown').map((d) => d.line);
    expect(flagged).to.deep.equal([2298, 2931, 7803, 8436]);
  });

  it('reads the explanatory sections and the glossary', () => {
    const { dataset } = parseDisclosure(text);
    const department = dataset.entities[0];
    expect(department.glossary).to.have.length(10);
    expect(department.glossary[0].term).to.equal('财政拨款收入');
    expect(department.sections.map((s) => s.heading)).to.include('十一、其他需要说明的事项');
    expect(department.sections.find((s) => s.heading === '十一、其他需要说明的事项')!.text).to.equal('我部门无其他需要说明的事项。');
  });

  it('matches the dataset shipped in data/samples, precomputed views included', async () => {
    const { dataset } = parseDisclosure(text, { fileName: 'cangzhou-kfq-zzrsb-2024.txt' });
    const shipped = await sampleDataset();
    expect(shipped.views?.generator).to.equal(CONVERTER);
    expect(JSON.parse(JSON.stringify(withViews(dataset, CONVERTER)))).to.deep.equal(shipped);
  });

  it('keeps every amount of every table at its row and column (counted both ways)', () => {
    // Independent reading of the raw text: every printed amount (digits with decimals) in a table
    // row outside the 绩效目标表, as "row line:column index:value".
    const fromSource: string[] = [];
    const lines = text.split('\n');
    let inProject = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line.startsWith('\t')) {
        if (line.trim()) inProject = /绩效目标表$/.test(line.trim()) || (inProject && !/^\[bookmark|^单位预算|^部门|^[一二三四五六七八九十]+、/.test(line.trim()));
        continue;
      }
      if (inProject || lines[i - 1]?.startsWith('\t')) continue;
      const cells: string[] = [];
      for (let j = i; j < lines.length && lines[j].startsWith('\t'); j++) cells.push(lines[j].slice(1).trim());
      cells.forEach((cell, col) => {
        if (/^-?\d[\d,]*\.\d+$/.test(cell)) fromSource.push(`${i + 1}:${col}:${Number(cell.replace(/,/g, ''))}`);
      });
    }
    const { dataset } = parseDisclosure(text);
    const fromDataset: string[] = [];
    for (const entity of dataset.entities) {
      for (const t of entity.tables) {
        for (const r of t.rows) {
          t.columns.forEach((c, col) => {
            if (c.role === 'amount' && typeof r.cells[c.key] === 'number') fromDataset.push(`${r.line}:${col}:${r.cells[c.key]}`);
          });
        }
      }
    }
    expect(fromDataset.length).to.be.greaterThan(500);
    expect(fromDataset.length).to.equal(fromSource.length);
    expect(fromDataset.sort()).to.deep.equal(fromSource.sort());
  });
});

describe('parseDisclosure on variant documents', () => {
  let text: string;
  before(async () => {
    text = await sampleText();
  });

  it('reads amounts in 元 with thousands separators and full-width digits', () => {
    const variant = text
      .replace(/单位：万元/g, '单位：元')
      .replace('\t2654.52\n\t9.90\n\t2644.62', '\t26,545,200.00\n\t９９，０００．００\n\t26,446,200.00');
    const { dataset } = parseDisclosure(variant);
    expect(dataset.meta.unit).to.equal('元');
    const total = dataset.entities[0].tables.find((t) => t.kind === 'expenditure')!.rows[0].cells;
    expect(total).to.include({ total: 26545200, basic: 99000, project: 26446200 });
  });

  it('reads a second unit added to the document', () => {
    const unitStart = text.indexOf('单位预算收支总表');
    const unitPart = text.slice(text.lastIndexOf('\n', unitStart) + 1);
    const second = unitPart.replace(/313001中共河北沧州经济开发区工委组织人事部本级/g, '313002沧州经济开发区人才服务中心');
    const { dataset } = parseDisclosure(text + '\n\n' + second);
    expect(dataset.entities.map((e) => e.code)).to.deep.equal(['313', '313001', '313002']);
    expect(dataset.entities[2]).to.include({ name: '沧州经济开发区人才服务中心', scope: 'unit' });
    expect(dataset.entities[2].projects).to.have.length(27);
  });

  it('reads a filled 三公 table and 决算 titles', () => {
    const at = text.indexOf('部门预算财政拨款“三公”经费支出表');
    const empty = '\t栏次\n\t1\n\t2\n\t3\n\t4\n\t5\n\n\t\n\t\n\t\n\t\n\t\n\t\n';
    const rowAt = text.indexOf(empty, at);
    expect(rowAt).to.be.greaterThan(at);
    const filled = (text.slice(0, rowAt) + '\t栏次\n\t1\n\t2\n\t3\n\t4\n\t5\n\n\t1\n\t公务接待费\n\t1.50\n\t1.50\n\t\n\t\n' + text.slice(rowAt + empty.length)).replace(/部门预算/g, '部门决算');
    const { dataset } = parseDisclosure(filled);
    expect(dataset.meta.kind).to.equal('final-accounts');
    const threePublic = dataset.entities[0].tables.find((t) => t.kind === 'three-public')!;
    expect(threePublic.empty).to.equal(false);
    expect(threePublic.rows[0].cells).to.include({ seq: 1, item: '公务接待费', total: 1.5, general: 1.5, govFund: null });
  });

  it('joins a cell that runs over several lines, and keeps an extra column with its label', () => {
    const wrapped = text.replaceAll('\t2080105\n\t劳动保障监察\n', '\t2080105\n\t劳动保障\n监察\n').replaceAll('\t2080108\n\t信息化建设\n', '\t2080108\n\tIT \nupgrade\n');
    expect(wrapped).not.to.equal(text);
    const expenditure = parseDisclosure(wrapped).dataset.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    expect(expenditure.rows.find((r) => r.cells.code === '2080105')!.cells).to.include({ name: '劳动保障监察', total: 6.34 });
    expect(expenditure.rows.find((r) => r.cells.code === '2080108')!.cells).to.include({ name: 'IT upgrade', total: 4 });

    // A 支出总表 with one more column ("其他支出") than the template.
    const at = text.indexOf('[bookmark: _Toc_2_2_0000000003]');
    const end = text.indexOf('[bookmark: _Toc_2_2_0000000004]');
    const widened = text.slice(at, end).replace('\t对附属单位补助支出\n', '\t对附属单位补助支出\n\t其他支出\n').replace(/(\t8\n)/, '$1\t9\n')
      .replace('\t2654.52\n\t9.90\n\t2644.62\n\t\n\t\n\t\n', '\t2654.52\n\t9.90\n\t2644.62\n\t\n\t\n\t\n\t0.00\n');
    const table = parseDisclosure(text.slice(0, at) + widened + text.slice(end)).dataset.entities[0].tables.find((t) => t.kind === 'expenditure')!;
    const extra = table.columns[table.columns.length - 1];
    expect(extra).to.deep.equal({ key: 'col10', label: '其他支出', role: 'amount' });
    expect(table.rows[0].cells.col10).to.equal(0);
  });

  it('keeps an unrecognised table with its raw cells and says where it was', () => {
    const extra = '\n自定义统计表\n\t指标\n\t数值\n\n\t人数\n\t12\n\n';
    const { dataset, diagnostics } = parseDisclosure(text.replace('[bookmark: _Toc_2_2_0000000002]', extra + '[bookmark: _Toc_2_2_0000000002]'));
    const other = dataset.entities[0].tables.find((t) => t.title === '自定义统计表')!;
    expect(other.kind).to.equal('other');
    expect(other.rows[0].cells).to.deep.equal({ col1: '人数', col2: 12 });
    const note = diagnostics.find((d) => d.code === 'unrecognised-table')!;
    expect(note.line).to.equal(other.line);
  });

  it('reports a truncated document instead of returning a silently partial dataset', () => {
    const { dataset, diagnostics } = parseDisclosure(text.slice(0, text.indexOf('部门预算财政拨款收支总表')));
    expect(validateDataset(dataset)).to.deep.equal([]);
    const missing = diagnostics.find((d) => d.code === 'missing-table')!;
    expect(missing.message).to.match(/财政拨款收支总表/);
    expect(describeDiagnostic(missing, 'zh-CN')).to.match(/未找到标准公开表.*财政拨款收支总表/);
  });

  it('throws a clear error for text that is not a disclosure, or a PDF extraction', () => {
    expect(() => parseDisclosure('hello\nworld', { fileName: 'x.txt' })).to.throw(DisclosureError, /x\.txt: no budget table found/);
    const pdfLike = Array.from({ length: 20 }, (_, i) => `${i}\t一般公共服务支出\t98.00`).join('\n');
    expect(() => parseDisclosure(pdfLike)).to.throw(DisclosureError, /PDF/);
  });
});
