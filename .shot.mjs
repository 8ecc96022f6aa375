import { chromium } from 'playwright';
const [,, url, out, w = '1280', h = '800', ...files] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(2500);
if (files.length) { await page.setInputFiles('#file-input', files); await page.waitForTimeout(3000); }
if (process.env.CLICK) { for (const sel of process.env.CLICK.split('|')) { await page.click(sel); await page.waitForTimeout(1000); } }
if (process.env.SCROLL) await page.locator(process.env.SCROLL).scrollIntoViewIfNeeded();
await page.screenshot({ path: out, fullPage: !!process.env.FULL });
if (process.env.TEXT) console.log((await page.locator(process.env.TEXT).innerText()).slice(0, 3000));
await browser.close();
