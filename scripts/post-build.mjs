// Trunk post-build hook. Runs in the staging dir before trunk publishes dist/.
// 1. Moves trunk's inline bootstrap <script type="module"> into a file, so the
//    page runs under a Content-Security-Policy without 'unsafe-inline'.
// 2. Writes the service worker sw.js: it caches every file of the build
//    under a cache named by a hash of their contents, serves them cache-first
//    (so the app loads and analyses offline after one visit), and drops the
//    caches of older builds when a new one activates. A first visit caches
//    the first paint's files at install, the rest as the page fetches them
//    and after analysis-ready (so nothing is fetched twice or early).
// 3. Appends the service-worker registration and the "new version" notice to
//    the bootstrap file.
// 4. Joins the stylesheets into one file, in their order: they are fetched
//    before first paint, and one brotli stream is 2.3 KB smaller than eight
//    (first-paint budget 250 KB). The sources stay one file per area.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run as a trunk post_build hook');
const index = path.join(dir, 'index.html');
let html = fs.readFileSync(index, 'utf8');

const re = /<script type="?module"?>([\s\S]*?)<\/script>/; // quotes: trunk may minify index.html
const m = html.match(re);
if (!m) throw new Error('no inline module script found in index.html');
const register = `
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    reg.addEventListener('updatefound', () => {
      const next = reg.installing;
      next?.addEventListener('statechange', () => {
        if (next.state === 'installed' && hadController) showUpdateNotice();
      });
    });
  }).catch(() => { /* no offline support here (e.g. private mode); the app still works */ });
  // once analysis is ready, the service worker caches the rest (issue 19)
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('wenxi:ready').length) return;
    observer.disconnect();
    navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage('complete'));
  }).observe({ type: 'mark', buffered: true });
}
function showUpdateNotice() {
  const zh = (navigator.language || '').toLowerCase().startsWith('zh');
  const bar = document.createElement('div');
  bar.className = 'update-notice';
  bar.setAttribute('role', 'status');
  bar.dataset.testid = 'update-notice';
  bar.textContent = zh ? '文析有新版本。' : 'A new version of Wenxi is ready. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = zh ? '刷新以更新' : 'Reload to update';
  // the waiting worker takes over, then the page reloads onto the new build
  button.addEventListener('click', async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    if (reg?.waiting) reg.waiting.postMessage('skip-waiting'); else location.reload();
  });
  bar.append(button);
  document.body.append(bar);
}
`;
const body = m[1].trim() + '\n' + register;
const boot = `boot-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, boot), body);
html = html.replace(re, `<script type="module" src="./${boot}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');

// any attribute order and quoting: trunk may minify index.html
const tagRe = /<link\b[^>]*>\n?/g;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const isSheet = (tag) => attr(tag, 'rel') === 'stylesheet' && /^\.?\/?[^/]+\.css$/.test(attr(tag, 'href') ?? '');
const sheets = [...html.matchAll(tagRe)].map((x) => x[0]).filter(isSheet).map((tag) => attr(tag, 'href').replace(/^\.\//, ''));
if (sheets.length > 1) {
  const css = sheets.map((f) => `/* ${f.replace(/-[0-9a-f]{16}\.css$/, '.css')} */\n${fs.readFileSync(path.join(dir, f), 'utf8').trim()}\n`).join('');
  const name = `styles-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(dir, name), css);
  const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
  let first = true;
  html = html.replace(tagRe, (tag) => {
    if (!isSheet(tag)) return tag;
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="./${name}" integrity="${integrity}">${tag.endsWith('\n') ? '\n' : ''}`;
  });
  for (const f of sheets) fs.unlinkSync(path.join(dir, f));
}
fs.writeFileSync(index, html);

// every file of the build, relative to the site root, sorted
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (!e.name.startsWith('.') && e.name !== 'sw.js') files.push(path.relative(dir, p).split(path.sep).join('/'));
  }
};
walk(dir);
files.sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const sw = `// Generated by scripts/post-build.mjs for build ${version}.
const CACHE = 'wenxi-${version}';
const FILES = ${JSON.stringify(['./', ...files.map((f) => './' + f)], null, 0)};
// A first install caches nothing, so that nothing is fetched twice or
// competes with the dictionary before analysis is ready (issue 19): files
// are cached as the page fetches them through this worker and, after
// analysis-ready, when the page says 'complete'. An update (an older version
// is active and has the page ready) caches everything at once.
const WANTED = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(self.registration.active ? FILES : [])));
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('wenxi-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // after analysis-ready: everything else, for offline use (the reader too)
  if (event.data === 'complete') {
    event.waitUntil((async () => {
      const cache = await caches.open(CACHE);
      for (const f of FILES) if (!(await cache.match(f))) await cache.add(f).catch(() => {});
    })());
  }
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    try {
      const res = await fetch(req);
      const url = new URL(req.url);
      url.search = '';
      if (res.ok && WANTED.has(url.href)) event.waitUntil(cache.put(url.href, res.clone()).catch(() => {}));
      return res;
    } catch (err) {
      if (req.mode === 'navigate') return (await cache.match('./index.html')) ?? Response.error();
      throw err;
    }
  })());
});
`;
fs.writeFileSync(path.join(dir, 'sw.js'), sw);
