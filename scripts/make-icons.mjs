// Renders the PNG icons in static/ from static/favicon.svg with the system Chromium.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';

const svg = readFileSync('static/favicon.svg', 'utf8');
// Maskable icons keep their content in the middle 80%: a full-bleed background, a smaller glyph.
const maskable = svg
  .replace('rx="14"', 'rx="0"')
  .replace('<path', '<g transform="translate(6.4 6.4) scale(0.8)"><path')
  .replace('</svg>', '</g></svg>');

/** @type {{ name: string, size: number, source: string }[]} */
const icons = [
  { name: 'icon-192.png', size: 192, source: svg },
  { name: 'icon-512.png', size: 512, source: svg },
  { name: 'icon-maskable-512.png', size: 512, source: maskable },
  { name: 'apple-touch-icon.png', size: 180, source: maskable },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const { name, size, source } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
  await page.screenshot({ path: `static/${name}`, omitBackground: true });
}
await browser.close();
