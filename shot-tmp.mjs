import { chromium } from '@playwright/test';
const [url, out, w = '1280', h = '800', zoomTo] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') console.log('console:', m.text()); });
page.on('response', (r) => { if (r.status() >= 400) console.log('http', r.status(), r.url()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
try { await page.waitForSelector('[data-map-loaded="true"][data-map-idle="true"]', { timeout: 30000 }); } catch (e) { console.log('no map idle'); }
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
