// Live questions in Debian's chromium: the facilitator's page (the projector and its buttons, as
// `samenspel workshop serve --live` prints it) and three board members' phones. The facilitator
// opens the pulse; each phone waits, then answers the seven elements and sends; the facilitator
// closes the question and shows the result; every phone then shows it, and the projector too.
// Usage: node check_workshop_live.mjs PARTICIPANT_URL FACILITATOR_URL SCREENSHOT_FOLDER
import { chromium } from 'playwright-core';

const [url, facilitatorUrl, shots] = process.argv.slice(2);
if (!url || !facilitatorUrl || !shots) {
  console.error('usage: node check_workshop_live.mjs PARTICIPANT_URL FACILITATOR_URL SCREENSHOT_FOLDER');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--font-render-hinting=none'] });
const failures = [];
const fail = (what) => failures.push(what);
const waitText = async (page, selector, text, where, timeout = 8000) => {
  try {
    await page.locator(selector).filter({ hasText: text }).first().waitFor({ timeout });
  } catch {
    fail(`${where}: expected "${text}", shown: "${(await page.locator('main').innerText().catch(() => '')).slice(0, 160)}"`);
  }
};

const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
await projector.goto(facilitatorUrl);
await projector.locator('#screen[alt]').waitFor({ timeout: 8000 }).catch(() => fail('the projector shows no picture'));

// The facilitator's buttons lie over the picture while the mouse moves: as a person would, move it first.
const press = async (name) => {
  await projector.mouse.move(200 + Math.random() * 50, 300);
  await projector.getByRole('button', { name }).click();
};

const phones = [];
for (let i = 0; i < 3; ++i) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  phone.on('pageerror', (e) => fail(`phone ${i + 1}: ${e}`));
  await phone.goto(url);
  await phone.getByRole('button', { name: 'Raad van Bestuur' }).click();
  await waitText(phone, 'main h1', 'Wacht op de volgende vraag', `phone ${i + 1} before any question`);
  phones.push(phone);
}
await phones[0].screenshot({ path: `${shots}/live-1-waiting.png` });

await press('De peiling openen (7S, 0-10)');
for (const [i, phone] of phones.entries()) {
  await waitText(phone, 'main h1', 'Peiling', `phone ${i + 1} after the pulse opened`);
  const items = phone.locator('main h2');
  if ((await items.count()) !== 7) fail(`phone ${i + 1} shows ${await items.count()} elements, not 7`);
  // Each element: the rating 5 + i (the third phone says "weet niet" to the last).
  for (let e = 0; e < 7; ++e) {
    const group = phone.locator('main .choices').nth(e);
    if (i === 2 && e === 6) await group.getByRole('button', { name: 'weet niet / n.v.t.' }).click();
    else await group.getByRole('button', { name: String(5 + i), exact: true }).click();
  }
  if (i === 0) await phone.screenshot({ path: `${shots}/live-2-pulse.png`, fullPage: true });
  await phone.getByRole('button', { name: 'Versturen' }).click();
  await waitText(phone, 'main .note', 'Verstuurd', `phone ${i + 1} after sending`);
}
await press('De vraag sluiten');
await waitText(phones[0], 'main .note', 'Gesloten', 'a phone after the question was closed');
await press('De uitkomst tonen');
for (const [i, phone] of phones.entries()) {
  await waitText(phone, 'main li', 'RvB 6', `phone ${i + 1} after the result was shown`);
}
await phones[0].screenshot({ path: `${shots}/live-3-result.png`, fullPage: true });
await projector.waitForTimeout(5000); // the next picture, and the buttons gone from it
await projector.screenshot({ path: `${shots}/live-4-projector.png` });
const shown = await phones[0].locator('main').innerText();

// The facilitator ends the session from the page: the phones say so, and the page too.
projector.once('dialog', (d) => d.accept());
await press('Sessie op telefoons beëindigen');
await waitText(projector, '#message', 'De sessie is beëindigd', 'the facilitator\'s page after ending');
for (const [i, phone] of phones.entries())
  await waitText(phone, 'main h1', 'Deze sessie is afgelopen', `phone ${i + 1} after the session ended`);
console.log(`live: 3 phones answered the pulse; the result on a phone: ${shown.split('\n').slice(1, 3).join(' | ')}`);
await browser.close();
if (failures.length > 0) {
  console.error(`${failures.length} problem(s):\n` + failures.map((f) => `  ${f}`).join('\n'));
  process.exit(1);
}
