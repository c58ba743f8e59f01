// Renders the PNG icons of the web app manifest from assets/icons/icon.svg
// with headless Chromium. Run once after changing the SVG; the PNGs are
// committed (trunk copies them, the service worker precaches them).
//   node scripts/icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/icons');
const svg = fs.readFileSync(path.join(DIR, 'icon.svg'), 'utf8');
// maskable: full-bleed background, the glyph inside the 80 % safe zone
const maskable = svg
  .replace('rx="12"', 'rx="0"')
  .replace('<path ', '<path transform="translate(6.4 6.4) scale(0.8)" ');

const browser = await launch();
try {
  for (const [name, source, size] of [
    ['icon-192.png', svg, 192],
    ['icon-512.png', svg, 512],
    ['icon-maskable-512.png', maskable, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(DIR, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
