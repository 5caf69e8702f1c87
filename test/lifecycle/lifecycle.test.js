// Mounting and removing each widget leaves nothing behind: no DOM nodes, no listeners, and no heap
// growth beyond noise. npm test runs 300 cycles per widget; lifecycle.js runs any number.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { measureLifecycle } from './lifecycle.js';

test('300 mount/remove cycles per widget leave no nodes, listeners or heap behind', async () => {
  for (const r of await measureLifecycle(300)) {
    assert.equal(r.nodesAfter, r.nodesBefore, `${r.tag}: DOM nodes ${r.nodesBefore} → ${r.nodesAfter}`);
    assert.equal(r.listenersAfter, r.listenersBefore, `${r.tag}: listeners ${r.listenersBefore} → ${r.listenersAfter}`);
    // 300 leaked elements would hold hundreds of KB at least; allow GC noise.
    assert.ok(r.heapGrowthKB < 256, `${r.tag}: heap grew ${r.heapGrowthKB.toFixed(1)} KB`);
  }
});
