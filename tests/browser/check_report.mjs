// Opens report HTML files in Debian's chromium, as a reader would, and checks what it shows:
//  - every chart looks the same on the page as its own SVG alone (a chart that borrows another
//    chart's glyphs or clip paths does not), and says in words what it shows;
//  - the text the browser renders contains what the caller expects (--expect TEXT, repeatable);
//  - all visible text has enough contrast against what is behind it (WCAG AA: 4.5, 3 for large);
//  - every link inside the page leads somewhere;
//  - at phone width (390 px) nothing sticks out sideways: wide tables scroll in their own box.
// Usage: node check_report.mjs [--expect TEXT]... FILE.html...
// Prints one line per file with its figures; exits 1 listing every failure.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPng, differingShare } from './png.mjs';
import { contrastInPage } from './page_checks.mjs';

const expected = [];
const files = [];
for (let i = 2; i < process.argv.length; ++i) {
  if (process.argv[i] === '--expect') expected.push(process.argv[++i]);
  else files.push(process.argv[i]);
}
if (files.length === 0) {
  console.error('usage: node check_report.mjs [--expect TEXT]... FILE.html...');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--font-render-hinting=none'] });
const failures = [];
// A chart drawn with another chart's glyphs differs in several percent of its pixels; the same
// chart rendered twice at the same place does not differ at all (0 of its pixels, measured).
const maxDiffering = 0.001;

for (const file of files) {
  const url = pathToFileURL(resolve(file)).href;
  const fail = (what) => failures.push(`${file}: ${what}`);
  const html = readFileSync(file, 'utf8');

  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  desktop.on('pageerror', (e) => errors.push(String(e)));
  desktop.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await desktop.goto(url);
  for (const e of errors) fail(`the browser reported: ${e}`);

  const shown = await desktop.evaluate(() => document.body.innerText);
  for (const text of expected)
    if (!shown.includes(text)) fail(`the rendered page does not show "${text}"`);

  const links = await desktop.evaluate(() =>
    [...document.querySelectorAll('a[href^="#"]')].filter((a) => !document.getElementById(a.getAttribute('href').slice(1)))
      .map((a) => a.getAttribute('href')));
  for (const l of links) fail(`the link ${l} leads nowhere`);

  const { problems, lowest } = await desktop.evaluate(contrastInPage);
  for (const p of problems) fail(p);

  // Every chart: labelled, its figures behind it, and the same on the page as alone.
  const charts = await desktop.$$('figure > svg');
  let worst = 0;
  for (let i = 0; i < charts.length; ++i) {
    const info = await charts[i].evaluate((svg) => ({
      label: svg.getAttribute('aria-label') || '',
      role: svg.getAttribute('role'),
      width: svg.getBoundingClientRect().width,
      rows: svg.parentElement.querySelectorAll('details table tbody tr').length,
      markup: svg.outerHTML,
    }));
    if (info.role !== 'img' || info.label.trim().length < 10) fail(`chart ${i + 1} has no description for readers who cannot see it`);
    if (info.rows === 0) fail(`chart ${i + 1} ("${info.label}") has no figures behind it`);
    // Both renderings at the same place in the window, to the fraction of a pixel.
    await charts[i].scrollIntoViewIfNeeded();
    const box = await charts[i].evaluate((svg) => { const r = svg.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; });
    const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
    const onPage = readPng(await desktop.screenshot({ clip }));
    const alone = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await alone.setContent(`<!DOCTYPE html><html><head><style>body{margin:0;background:#fff}` +
      `svg{display:block;position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:auto}</style></head>` +
      `<body>${info.markup}</body></html>`);
    const byItself = readPng(await alone.screenshot({ clip }));
    await alone.close();
    const share = differingShare(onPage, byItself);
    worst = Math.max(worst, share);
    if (share > maxDiffering)
      fail(`chart ${i + 1} ("${info.label}") looks different on the page than alone: ${(share * 100).toFixed(1)}% of its pixels differ`);
  }
  await desktop.close();

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(url);
  const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth,
    smallest: Math.min(...[...document.querySelectorAll('p, li, td, th, a')].map((e) => parseFloat(getComputedStyle(e).fontSize))) }));
  if (widths.page > widths.screen) fail(`at phone width the page is ${widths.page} px wide on a ${widths.screen} px screen`);
  if (widths.smallest < 12) fail(`at phone width some text is ${widths.smallest} px`);
  await phone.close();

  console.log(`${file}: ${charts.length} charts (most differing ${(worst * 100).toFixed(2)}% of pixels), ` +
    `lowest contrast ${lowest.toFixed(2)}, phone width ${widths.page}/${widths.screen} px, ${html.length} bytes`);
}
await browser.close();
if (failures.length > 0) {
  console.error(`${failures.length} problem(s):\n` + failures.map((f) => `  ${f}`).join('\n'));
  process.exit(1);
}
