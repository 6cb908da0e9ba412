// A participant on a phone, in Debian's chromium: joins through the served address, answers,
// reloads and continues, goes back and sees the answer given, loses the connection and catches up,
// switches language - and the page stays readable at phone width (no text under 16 px, touch
// targets of at least 44 px, enough contrast, nothing wider than the screen).
// Usage: node check_workshop.mjs URL SCREENSHOT_FOLDER
// Prints the phone's respondent code and how many answers it gave; exits 1 listing every failure.
import { chromium } from 'playwright-core';
import { contrastInPage } from './page_checks.mjs';

const [url, shots] = process.argv.slice(2);
if (!url || !shots) {
  console.error('usage: node check_workshop.mjs URL SCREENSHOT_FOLDER');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--font-render-hinting=none'] });
const failures = [];
const fail = (what) => failures.push(what);
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
                                           deviceScaleFactor: 2 });
const page = await context.newPage();
page.on('pageerror', (e) => fail(`the page reported: ${e}`));
// The browser logs a refused request as an error; 429 (a quick tapper is asked to slow down, the
// page waits and sends again) and the moment offline are expected.
page.on('console', (m) => {
  if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|status of 429/.test(m.text())) fail(`console: ${m.text()}`);
});

/// What a person can read and touch on the screen now.
async function readable(where) {
  const r = await page.evaluate(() => {
    const visible = [...document.querySelectorAll('body *')].filter((e) => e.getClientRects().length > 0 &&
      [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
    const targets = [...document.querySelectorAll('button, a, summary, input')].filter((e) => e.getClientRects().length > 0);
    return {
      smallestText: Math.min(...visible.map((e) => parseFloat(getComputedStyle(e).fontSize))),
      smallestTarget: Math.min(...targets.map((e) => e.getBoundingClientRect().height)),
      width: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    };
  });
  if (r.smallestText < 16) fail(`${where}: text of ${r.smallestText} px`);
  if (r.smallestTarget < 44) fail(`${where}: a touch target of ${r.smallestTarget} px high`);
  if (r.width > r.screen) fail(`${where}: the page is ${r.width} px wide on a ${r.screen} px screen`);
  const { problems } = await page.evaluate(contrastInPage);
  for (const p of problems) fail(`${where}: ${p}`);
  return r;
}
const heading = () => page.locator('main h1').innerText();
const counter = () => page.locator('main .count').innerText();
const expectText = async (locator, text, where) => {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 5000 });
  } catch {
    fail(`${where}: expected "${text}", the page shows "${(await page.locator('main').innerText()).slice(0, 120)}"`);
  }
};

await page.goto(url);
await expectText(page.locator('main h1'), 'Bij welke partij hoort u?', 'the first screen');
await readable('choosing a party');
await page.screenshot({ path: `${shots}/phone-1-party.png` });

// A wrong party, taken back before any answer: the phone is let go, and the party chosen again.
await page.getByRole('button', { name: 'Verpleging' }).click();
await expectText(page.locator('main .count'), 'Vraag 1 van', 'after choosing a party');
await page.getByRole('button', { name: 'Ik heb de verkeerde partij gekozen' }).click();
await expectText(page.locator('main h1'), 'Bij welke partij hoort u?', 'after taking the party back');
await page.getByRole('button', { name: 'Raad van Bestuur' }).click();
await expectText(page.locator('main .count'), 'Vraag 1 van', 'after choosing the party');
const code = (await page.locator('#who').innerText()).replace(/^.*: /, '');
await readable('a statement');
await page.screenshot({ path: `${shots}/phone-2-statement.png` });
await page.getByRole('button', { name: 'eens', exact: true }).click();
await expectText(page.locator('main .count'), 'Vraag 2 van', 'after the first answer');
// A screen reader starts at the new question, not at the top of the page.
await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'H1', null, { timeout: 3000 })
  .catch(() => fail('after an answer the focus is not on the new question'));
if (await page.getByRole('button', { name: 'Ik heb de verkeerde partij gekozen' }).count())
  fail('the party can still be changed after an answer');
await page.getByRole('button', { name: 'helemaal eens' }).click();
await expectText(page.locator('main .count'), 'Vraag 3 van', 'after the second answer');
await page.waitForFunction(() => document.getElementById('status').textContent.includes('opgeslagen'));

// A reload (or a phone that went to sleep): the same phone continues at question 3.
await page.reload();
await expectText(page.locator('main .count'), 'Vraag 3 van', 'after a reload');
if ((await page.locator('#who').innerText()).indexOf(code) < 0) fail('after a reload the phone has another code');
await page.getByRole('button', { name: 'Vorige' }).click();
await expectText(page.locator('main .count'), 'Vraag 2 van', 'going back');
// A reload keeps the place, also when it is not the first open question.
await page.reload();
await expectText(page.locator('main .count'), 'Vraag 2 van', 'a reload after going back');
const pressed = await page.locator('button[aria-pressed="true"]').allInnerTexts();
if (pressed.length !== 1 || pressed[0] !== 'helemaal eens') fail(`going back shows ${JSON.stringify(pressed)} as given, not "helemaal eens"`);
if (!(await page.getByRole('button', { name: 'Volgende' }).count())) fail('an answered question offers "Overslaan", not "Volgende"');

// No connection for a moment: the answer waits on the phone, the page says so, then it is sent.
await context.setOffline(true);
await page.getByRole('button', { name: 'oneens', exact: true }).click();
await expectText(page.locator('#status'), 'Geen verbinding', 'without a connection');
await page.screenshot({ path: `${shots}/phone-3-offline.png` });
await context.setOffline(false);
await page.waitForFunction(() => document.getElementById('status').textContent.includes('opgeslagen'), null, { timeout: 15000 })
  .catch(() => fail('the answer given without a connection was not sent once it was back'));

// Two tabs of the page on one phone, both without a connection: each keeps the other's answer.
const second = await context.newPage();
second.on('pageerror', (e) => fail(`the second tab reported: ${e}`));
await second.goto(page.url());
await expectText(second.locator('main .count'), 'Vraag 3 van', 'a second tab');
await context.setOffline(true);
await page.getByRole('button', { name: 'eens', exact: true }).click();
await expectText(page.locator('main .count'), 'Vraag 4 van', 'the first tab');
// The second tab shows the first tab's answer, and goes on from there.
await expectText(second.getByRole('button', { name: 'Volgende' }), 'Volgende', 'the second tab after the first answered');
await second.getByRole('button', { name: 'Volgende' }).click();
await second.getByRole('button', { name: 'oneens', exact: true }).click();
// Chromium hands one tab's localStorage write to another tab's view a moment later (tabs may
// live in different processes): wait for the second answer to be seen, for at most 5 s.
const outbox = () => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.endsWith(':outbox')))).length;
const waiting = await page.waitForFunction(`(${outbox})() === 2`, null, { timeout: 5000 })
  .then(() => 2, () => page.evaluate(outbox));
if (waiting !== 2) fail(`two tabs answered without a connection, and ${waiting} answer(s) wait on the phone`);
await context.setOffline(false);
await page.evaluate(() => window.dispatchEvent(new Event('online')));
await page.waitForFunction(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.endsWith(':outbox')))).length === 0,
                           null, { timeout: 15000 }).catch(() => fail('the two tabs\' answers were not all sent'));
const server = await page.evaluate(async () => {
  const phone = localStorage.getItem(Object.keys(localStorage).find((k) => k.endsWith(':phone')));
  const r = await fetch('me', { headers: { 'X-Phone': phone } });
  const mine = await r.json();
  return [mine.given[mine.questions[2].item], mine.given[mine.questions[3].item]];
});
if (server[0] !== 4 || server[1] !== 2) fail(`the laptop stored ${JSON.stringify(server)} for questions 3 and 4, not [4, 2]`);
await second.close();

// The rest in English; a 0-10 rating and the organisation model's long options at phone width.
await page.locator('#lang').click();
await expectText(page.locator('main .count'), 'Question 4 of', 'in English');
for (let i = 0; i < 200 && !(await page.locator('.choices.numbers').count()); ++i)
  await page.getByRole('button', { name: "don't know / not applicable" }).click();
await readable('a rating');
await page.screenshot({ path: `${shots}/phone-4-rating.png` });
await page.getByRole('button', { name: '10', exact: true }).click();
for (let i = 0; i < 200 && !(await heading()).includes('organisation model'); ++i)
  await page.getByRole('button', { name: "don't know / not applicable" }).click();
await readable('the organisation model');
await page.screenshot({ path: `${shots}/phone-5-options.png`, fullPage: true });
await page.locator('#privacy summary').click();
await readable('what happens with the answers');
await page.locator('#privacy').screenshot({ path: `${shots}/phone-6-privacy.png` });
await page.waitForFunction(() => document.getElementById('status').textContent.includes('stored'), null, { timeout: 15000 })
  .catch(() => fail('the last answers were not confirmed as stored'));
const given = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem(
  Object.keys(localStorage).find((k) => k.endsWith(':outbox'))) || '[]')).length);
if (given !== 0) fail(`${given} answers still wait on the phone`);
console.log(`${code} ${await counter()}`);
await browser.close();
if (failures.length > 0) {
  console.error(`${failures.length} problem(s):\n` + failures.map((f) => `  ${f}`).join('\n'));
  process.exit(1);
}
