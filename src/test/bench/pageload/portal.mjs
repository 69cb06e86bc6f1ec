// Starts and stops the production portal jar for the measurements in this folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const outDir = join(projectDir, 'target', 'bench', 'pageload');

/** The jar `./mvnw -Pproduction package` wrote, or the one given with --jar. */
export function findJar(given) {
  if (given) return resolve(given);
  const target = join(projectDir, 'target');
  const jar = existsSync(target) && readdirSync(target).find((f) => /^portal-.*\.jar$/.test(f));
  if (!jar) throw new Error('No target/portal-*.jar: run ./mvnw -B -o -Pproduction -DskipTests package first');
  return join(target, jar);
}

export function java() {
  const home = process.env.JAVA_HOME || '/usr/lib/jvm/temurin-25-jdk-amd64';
  return join(home, 'bin', 'java');
}

/** Simple `--name value` arguments. */
export function args(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(.+)$/.exec(argv[i]);
    if (!m) throw new Error(`Unexpected argument ${argv[i]}`);
    const value = argv[i + 1];
    i++;
    out[m[1]] = typeof defaults[m[1]] === 'number' ? Number(value) : value;
  }
  return out;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Starts the jar on the given data directory and port, and resolves once GET /login answers 200:
 * `firstPageMs` is measured from the spawn, `springSeconds` is Spring's own "Started … in".
 * `javaOptions` go before `-jar` (e.g. `-XX:AOTCache=…`).
 */
export async function startPortal({ jar, dataDir, port, logFile, javaOptions = [], timeoutMs = 180_000 }) {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const t0 = performance.now();
  const child = spawn(java(), [...javaOptions, '-jar', jar, `--server.port=${port}`], {
    // The signed-in pages sign in with the demo accounts: demo data is asked for (a jar has none by default).
    env: { ...process.env, PORTAL_DATA_DIR: dataDir, PORTAL_DEMO_ENABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let springSeconds = null;
  let exited = null;
  const onData = (chunk) => {
    log.write(chunk);
    const m = /Started \S+ in ([\d.]+) seconds/.exec(chunk.toString());
    if (m) springSeconds = Number(m[1]);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise((res) => child.on('exit', (code, signal) => { exited = { code, signal }; res(exited); }));
  const url = `http://localhost:${port}/login`;
  for (;;) {
    if (exited) throw new Error(`The portal exited before serving (${JSON.stringify(exited)}): see ${logFile}`);
    if (performance.now() - t0 > timeoutMs) {
      child.kill('SIGTERM');
      throw new Error(`The portal did not serve ${url} within ${timeoutMs} ms: see ${logFile}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const firstPageMs = performance.now() - t0;
  // The log line may trail the first answer by a few milliseconds.
  for (let i = 0; i < 40 && springSeconds === null; i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `http://localhost:${port}`,
    firstPageMs,
    springSeconds,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
      log.end();
    },
  };
}
