// Start-up time of the production jar: spawn to the first served page (GET /login → 200), on an
// embedded database that is already initialised. The first start (migrations, demo data) is a
// warm-up and not counted. See README.md for the command.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { args, findJar, median, outDir, startPortal } from './portal.mjs';

const opts = args({ jar: '', runs: 5, port: 18090, 'data-dir': join(outDir, 'data') });
const jar = findJar(opts.jar);
const dataDir = opts['data-dir'];
mkdirSync(outDir, { recursive: true });

async function once(label) {
  const portal = await startPortal({ jar, dataDir, port: opts.port, logFile: join(outDir, `startup-${label}.log`) });
  await portal.stop();
  return { firstPageMs: Math.round(portal.firstPageMs), springSeconds: portal.springSeconds };
}

console.log(`jar ${jar}\ndata ${dataDir}`);
const warm = await once('warm-up');
console.log(`warm-up (database initialised if new): first page ${warm.firstPageMs} ms, Spring ${warm.springSeconds} s`);
const runs = [];
for (let i = 1; i <= opts.runs; i++) {
  const r = await once(String(i));
  runs.push(r);
  console.log(`run ${i}: first page ${r.firstPageMs} ms, Spring "Started … in" ${r.springSeconds} s`);
}
const summary = {
  jar,
  runs,
  median: {
    firstPageMs: median(runs.map((r) => r.firstPageMs)),
    springSeconds: median(runs.map((r) => r.springSeconds)),
  },
};
console.log(`median: first page ${summary.median.firstPageMs} ms, Spring ${summary.median.springSeconds} s`);
writeFileSync(join(outDir, 'startup.json'), JSON.stringify(summary, null, 2));
