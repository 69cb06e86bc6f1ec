// Lighthouse (mobile preset, the default config) on the login page, a beneficiary's request form
// and the quality manager's satisfaction dashboard, several runs each, medians printed and written
// to target/bench/pageload/pageload.json. See README.md for the command.
//
// Each run gets a fresh browser. Signed-in pages sign in through the real login form first; the
// run then starts with an empty HTTP cache but keeps the session cookie.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { args, findJar, median, outDir, startPortal } from './portal.mjs';

const opts = args({
  url: '', // a running portal; otherwise the jar is started on --data-dir and stopped afterwards
  jar: '',
  'data-dir': join(outDir, 'data'),
  port: 18091,
  runs: 5,
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
  pages: '',
  // An open survey link's token (made with README.md's statement), to measure the survey page.
  'survey-token': '',
});
const PASSWORD = 'Eshraqa-demo-2026';
// Selectors name both the server-rendered page and the Flow view it replaced, so the same
// script measures before and after.
const PAGES = [
  { name: 'login', path: '/login', account: null, ready: '#login-form, vaadin-login-form' },
  { name: 'home', path: '/', account: null, ready: '#home' },
  { name: 'faq', path: '/faq', account: null, ready: '#faq-view' },
  { name: 'guide', path: '/guides/support-policy', account: null, ready: '#guide-body' },
  ...(opts['survey-token'] ? [{ name: 'survey', path: `/survey/${opts['survey-token']}`, account: null,
    ready: '#survey-csat' }] : []),
  // The first Flow page after signing in through the sign-in page, with what that page left in the
  // cache (it prefetches the Flow client's entry script): the cache is not emptied for this one.
  { name: 'first app page after sign-in', path: '/requests', account: 'beneficiary@demo.eshraqa.org.sa',
    ready: '#my-requests-view', keepCache: true },
  { name: 'request form', path: '/requests/new/PSY_CONSULTATION', account: 'beneficiary@demo.eshraqa.org.sa', ready: '#request-form-view' },
  { name: 'satisfaction dashboard', path: '/staff/dashboard', account: 'quality@demo.eshraqa.org.sa', ready: '#trend-chart .portal-line-plot svg' },
];

mkdirSync(outDir, { recursive: true });
const portal = opts.url ? null : await startPortal({
  jar: findJar(opts.jar), dataDir: opts['data-dir'], port: opts.port, logFile: join(outDir, 'pageload-portal.log'),
});
const base = opts.url || portal.url;

/** A fresh browser (and so an empty profile, cache and cookie jar) for each run. */
function launchBrowser() {
  return puppeteer.launch({
    executablePath: opts.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Signs in through the login form; the context then holds the session cookie. */
async function signIn(context, email) {
  const page = await context.newPage();
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  // Let an idle-time prefetch finish, as it would while a person types.
  await new Promise((r) => setTimeout(r, 1500));
  await page.locator("input[name='username']").fill(email);
  await page.locator("input[name='password']").fill(PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  await page.waitForSelector('#home-greeting', { timeout: 30_000 });
  await page.close();
}

/** The scripts' size as gzip -9 would send them, for comparison with the brotli actually served. */
async function gzipBytes(urls, headers) {
  let total = 0;
  for (const url of urls) {
    const res = await fetch(url, { headers });
    total += gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  }
  return total;
}

/**
 * The view really shown, opened again in the same session after the run: a signed-out visitor
 * would get the login form at the same address, and a Vaadin component missing from the
 * production bundle would stay an empty unknown element.
 */
async function checkView(spec, context) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}${spec.path}`, { waitUntil: 'networkidle0' });
    try {
      await page.waitForSelector(spec.ready, { timeout: 20_000 });
    } catch {
      const shot = join(outDir, `failed-${spec.name.replaceAll(' ', '-')}.png`);
      await page.screenshot({ path: shot });
      throw new Error(`${spec.name}: ${spec.ready} not on the page (${page.url()}), see ${shot}`);
    }
    const undefinedTags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')]
      .map((e) => e.localName).filter((n) => n.startsWith('vaadin-') && n !== 'vaadin-grid-cell-content'
        && !customElements.get(n)))]);
    if (undefinedTags.length) throw new Error(`${spec.name}: not in the bundle: ${undefinedTags.join(', ')}`);
  } finally {
    await page.close();
  }
}

async function cookieHeader(context) {
  const cookies = await context.cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * One Lighthouse run in the given context. Lighthouse's own storage reset would also drop the
 * session cookie, so it is turned off and the HTTP cache is emptied here instead: every run is a
 * first visit as far as downloads go.
 */
async function measure(spec, context) {
  const page = await context.newPage();
  try {
    if (!spec.keepCache) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
    }
    const result = await lighthouse(`${base}${spec.path}`, {
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance'],
      disableStorageReset: true,
    }, undefined, page);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${spec.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (!lhr.finalDisplayedUrl.startsWith(`${base}${spec.path}`)) {
      throw new Error(`${spec.name}: ended on ${lhr.finalDisplayedUrl}, not ${spec.path}`);
    }
    await checkView(spec, context);
    const scripts = lhr.audits['network-requests'].details.items.filter((r) => r.resourceType === 'Script');
    const a = (id) => lhr.audits[id].numericValue;
    return {
      lhr,
      score: Math.round(lhr.categories.performance.score * 100),
      fcpMs: Math.round(a('first-contentful-paint')),
      lcpMs: Math.round(a('largest-contentful-paint')),
      tbtMs: Math.round(a('total-blocking-time')),
      cls: Number(a('cumulative-layout-shift').toFixed(3)),
      jsTransferredKB: Math.round(scripts.reduce((s, r) => s + r.transferSize, 0) / 1024),
      jsGzipKB: Math.round((await gzipBytes(scripts.map((r) => r.url), { Cookie: await cookieHeader(context) })) / 1024),
      lcpElement: lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.nodeLabel,
      scripts: scripts.map((r) => ({ url: r.url.replace(base, ''), transferKB: Math.round(r.transferSize / 1024) })),
    };
  } finally {
    await page.close();
  }
}

const summary = { base, runs: opts.runs, pages: [] };
try {
  const chosen = opts.pages ? String(opts.pages).split(',') : [''];
  for (const spec of PAGES.filter((p) => chosen.some((c) => p.name.startsWith(c)))) {
    const runs = [];
    for (let i = 1; i <= opts.runs; i++) {
      // A fresh browser and session per run (the login page is measured signed out).
      const browser = await launchBrowser();
      const context = browser.defaultBrowserContext();
      if (spec.account) await signIn(context, spec.account);
      const { lhr, ...r } = await measure(spec, context).finally(() => browser.close());
      runs.push(r);
      writeFileSync(join(outDir, `lighthouse-${spec.name.replaceAll(' ', '-')}-${i}.json`), JSON.stringify(lhr));
      console.log(`${spec.name} #${i}: score ${r.score}, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, ` +
        `JS ${r.jsTransferredKB} KB transferred (${r.jsGzipKB} KB gzip -9)`);
    }
    const med = {};
    for (const key of ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'jsTransferredKB', 'jsGzipKB']) {
      med[key] = median(runs.map((r) => r[key]));
    }
    summary.pages.push({ name: spec.name, path: spec.path, median: med, scripts: runs.at(-1).scripts, runs });
    console.log(`${spec.name} median: ${JSON.stringify(med)}`);
  }
} finally {
  await portal?.stop();
}
writeFileSync(join(outDir, 'pageload.json'), JSON.stringify(summary, null, 2));
console.log('\n| page | LCP ms | TBT ms | CLS | JS transferred KB | JS gzip -9 KB | score |\n|---|---|---|---|---|---|---|');
for (const p of summary.pages) {
  const m = p.median;
  console.log(`| ${p.name} | ${m.lcpMs} | ${m.tbtMs} | ${m.cls} | ${m.jsTransferredKB} | ${m.jsGzipKB} | ${m.score} |`);
}
