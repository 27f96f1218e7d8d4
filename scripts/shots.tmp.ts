import { launchBrowser, startServer } from './lib/browser.ts';
const server = await startServer();
const browser = await launchBrowser();
const lang = process.argv[2] ?? 'en';
const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(`${server.origin}/${lang}/assess/`);
await page.locator('.workspace [data-sample]').click();
await page.waitForSelector('.assessment');
await page.screenshot({ path: `/tmp/shots/${lang}-workspace.png`, fullPage: false });
await page.locator('.assessment h3 a').first().click();
await page.waitForSelector('.wb-guideline');
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/shots/${lang}-workbook.png`, fullPage: false });
await page
	.locator('.wb-guideline')
	.nth(1)
	.screenshot({ path: `/tmp/shots/${lang}-wb-guideline.png` });
await page.locator('.add-guidelines').screenshot({ path: `/tmp/shots/${lang}-add.png` });
await page.goto(`${server.origin}/${lang}/com/mandate/`);
await page.waitForSelector('.assess-panel .rating');
await page.locator('.assess-panel').screenshot({ path: `/tmp/shots/${lang}-panel.png` });
await page.emulateMedia({ colorScheme: 'dark' });
await page.goto(`${server.origin}/${lang}/assess/`);
await page.waitForSelector('.assessment');
await page.screenshot({ path: `/tmp/shots/${lang}-workspace-dark.png`, fullPage: false });
await browser.close();
await server.close();
