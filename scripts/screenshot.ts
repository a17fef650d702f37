// Screenshots of built pages for a human look: node scripts/screenshot.ts /path/ [width] [out.png] [dark]
import { chromium } from '@playwright/test';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumPath, CHROMIUM_ARGS, distDir } from './lib/test-env.ts';

const [path = '/', width = '1280', out = 'test-results/screenshot.png', scheme = 'light'] = process.argv.slice(2);
const { server, url } = await startStaticServer(distDir());
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
const page = await context.newPage();
await page.goto(url + path);
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
server.close();
console.log(`Saved ${out}`);
