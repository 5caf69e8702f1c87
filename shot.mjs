import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [, , query = '', attrs, tag = 'budget-timeline', width = '1000'] = process.argv;
const p = await b.newPage({ viewport: { width: Number(width), height: 1800 } });
p.on('console', (m) => m.type() === 'error' && console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.goto('http://localhost:5173/' + query);
await p.waitForTimeout(2000);
if (attrs) { await p.evaluate(([a, tag]) => { const t = document.querySelector(tag); for (const [k, v] of Object.entries(JSON.parse(a))) t.setAttribute(k, v); }, [attrs, tag]); await p.waitForTimeout(500); }
const el = await p.$(tag);
await el.screenshot({ path: '/tmp/shot.png' });
await b.close();
