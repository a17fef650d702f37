// Privacy by construction: no page, diagram or search makes a request to another origin, and nothing is stored on
// the reader's device (cookies, localStorage, sessionStorage, IndexedDB, Cache Storage, service workers).
// content/pages/{nl,en}/privacy.mdx says so; STRICTLY_NEEDED lists what the site may store, and it is empty.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { VISITED_PAGES } from './site.ts';
import { htmlPages } from '../dist/site-files.ts';
import { DIAGRAM_PAGES, inGroups, openSearch, pageKind, useDiagram } from './page-probes.ts';

/** Storage the site may use because it is strictly needed; update the privacy page when this changes. */
const STRICTLY_NEEDED: RegExp[] = [];

declare global {
  interface Window {
    __storageWrites: string[];
  }
}

/** Records every attempt to write to the device's storage, before any script of the site runs. */
function recordStorageWrites() {
  window.__storageWrites = [];
  const note = (what: string) => window.__storageWrites.push(what);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    note(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.setItem("${key}")`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get(this: Document) {
      return cookie.get!.call(this);
    },
    set(this: Document, value: string) {
      note(`document.cookie = "${value.split(';')[0]}"`);
      cookie.set!.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    note(`indexedDB.open("${name}")`);
    return open.call(this, name, version);
  };
  if ('caches' in window) {
    const openCache = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      note(`caches.open("${name}")`);
      return openCache.call(this, name);
    };
  }
  if (navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (this: ServiceWorkerContainer, url: string | URL, options?: RegistrationOptions) {
      note(`serviceWorker.register("${url}")`);
      return register.call(this, url, options);
    };
  }
}

/** Blocks and records requests to other origins; records storage writes in every document. */
async function guard(context: BrowserContext, page: Page, origin: string) {
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => foreign.push(socket.url()));
  await context.addInitScript(recordStorageWrites);
  return {
    async problems(): Promise<string[]> {
      await page.waitForLoadState('load');
      const stored = await page.evaluate(async () => {
        const found = [...window.__storageWrites];
        if (localStorage.length) found.push(`localStorage holds ${Object.keys(localStorage).join(', ')}`);
        if (sessionStorage.length) found.push(`sessionStorage holds ${Object.keys(sessionStorage).join(', ')}`);
        const databases = await indexedDB.databases();
        if (databases.length) found.push(`IndexedDB holds ${databases.map((db) => db.name).join(', ')}`);
        if ('caches' in window && (await caches.keys()).length) found.push(`Cache Storage holds ${(await caches.keys()).join(', ')}`);
        if (navigator.serviceWorker && (await navigator.serviceWorker.getRegistrations()).length) found.push('a service worker is registered');
        return found;
      });
      const cookies = (await context.cookies()).map((cookie) => `cookie ${cookie.name}`);
      const unneeded = [...stored, ...cookies].filter((entry) => !STRICTLY_NEEDED.some((allowed) => allowed.test(entry)));
      return [...foreign.splice(0).map((url) => `request to another origin: ${url}`), ...unneeded];
    },
  };
}

test.describe('no request to another origin and nothing stored', () => {
  // Groups of pages, one browser context each: storage and cookies are checked after every page. Eight groups keep
  // each within the test timeout on a busy machine now that the site has about 290 pages (72 a group timed out).
  for (const [index, group] of inGroups(VISITED_PAGES, 8).entries()) {
    test(`pages, group ${index + 1}: ${group[0].path} … ${group.at(-1)!.path}`, async ({ context, page, baseURL }) => {
      const check = await guard(context, page, new URL(baseURL!).origin);
      const failures: string[] = [];
      for (const { path } of group) {
        await page.goto(path);
        if (pageKind(path) === 'diagram') await useDiagram(page);
        failures.push(...(await check.problems()).map((problem) => `${path}: ${problem}`));
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  test('while searching from the header', async ({ context, page, baseURL }) => {
    const check = await guard(context, page, new URL(baseURL!).origin);
    await page.goto('/');
    await openSearch(page);
    expect(await check.problems()).toEqual([]);
  });

  test('while using a diagram and then searching', async ({ context, page, baseURL }) => {
    const check = await guard(context, page, new URL(baseURL!).origin);
    await page.goto(DIAGRAM_PAGES[1]);
    await useDiagram(page);
    await openSearch(page, 'politie');
    expect(await check.problems()).toEqual([]);
  });
});

test('no page asks the browser to contact another host (preconnect, prefetch, fonts, scripts, images, frames)', () => {
  const RESOURCE = /<(script|img|iframe|source|video|audio|embed|object|link)\b[^>]*?\s(src|srcset|href|data)="(https?:)?\/\/[^"]*"[^>]*>/gi;
  const offenders: string[] = [];
  for (const { path, file } of htmlPages()) {
    for (const match of readFileSync(file, 'utf8').matchAll(RESOURCE)) {
      // <link rel="canonical|alternate"> name the public address of a page; browsers do not fetch them.
      if (match[1].toLowerCase() === 'link' && /\brel="(canonical|alternate)"/.test(match[0])) continue;
      offenders.push(`${path}: ${match[0]}`);
    }
  }
  expect(offenders, offenders.join('\n')).toEqual([]);
});
