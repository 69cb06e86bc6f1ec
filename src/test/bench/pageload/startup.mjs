// Start-up time of the production jar: spawn to the first served page (GET /login → 200), on an
// embedded database that is already initialised. The first start (migrations, demo data) is a
// warm-up and not counted. See README.md for the command.
//
// --aot yes: the way docs/operations.md starts the jar in production instead: extracted
// (`-Djarmode=tools extract`) with a JDK AOT cache made by one training run (JEP 483/514), then
// every measured start uses `-XX:AOTCache`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { args, findJar, java, median, outDir, startPortal } from './portal.mjs';

const opts = args({ jar: '', runs: 5, port: 18090, 'data-dir': join(outDir, 'data'), aot: 'no' });
let jar = findJar(opts.jar);
const dataDir = opts['data-dir'];
const aot = opts.aot === 'yes';
const javaOptions = [];
mkdirSync(outDir, { recursive: true });

if (aot) {
  const dir = join(outDir, 'aot');
  rmSync(dir, { recursive: true, force: true });
  execFileSync(java(), ['-Djarmode=tools', '-jar', jar, 'extract', '--destination', dir], { stdio: 'inherit' });
  jar = join(dir, basename(jar));
  const cache = join(dir, 'portal.aot');
  const t0 = performance.now();
  // The training run starts the portal as usual, serves the login page and stops (SIGTERM, so the
  // context closes and stops its database); the JVM writes the cache as it exits.
  // (-Dspring.context.exit=onRefresh would leave the embedded mariadbd running.)
  const training = await startPortal({ jar, dataDir, port: opts.port, javaOptions: [`-XX:AOTCacheOutput=${cache}`],
    logFile: join(outDir, 'startup-aot-training.log') });
  for (let i = 0; i < 3; i++) await (await fetch(`${training.url}/login`)).arrayBuffer();
  await training.stop();
  if (!existsSync(cache)) throw new Error(`The training run wrote no ${cache}: see startup-aot-training.log`);
  console.log(`AOT cache ${cache} made in ${Math.round(performance.now() - t0)} ms (${readdirSync(dir).join(', ')})`);
  javaOptions.push(`-XX:AOTCache=${cache}`);
}

async function once(label) {
  const portal = await startPortal({ jar, dataDir, port: opts.port, javaOptions,
    logFile: join(outDir, `startup-${aot ? 'aot-' : ''}${label}.log`) });
  await portal.stop();
  return { firstPageMs: Math.round(portal.firstPageMs), springSeconds: portal.springSeconds };
}

console.log(`jar ${jar}${aot ? ' (extracted, AOT cache)' : ''}\ndata ${dataDir}`);
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
  aotCache: aot,
  runs,
  median: {
    firstPageMs: median(runs.map((r) => r.firstPageMs)),
    springSeconds: median(runs.map((r) => r.springSeconds)),
  },
};
console.log(`median: first page ${summary.median.firstPageMs} ms, Spring ${summary.median.springSeconds} s`);
writeFileSync(join(outDir, aot ? 'startup-aot.json' : 'startup.json'), JSON.stringify(summary, null, 2));
