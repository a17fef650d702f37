// The privacy guard: blocks and records every request to another origin and every write to the device's storage.
// Used by privacy.spec.ts and by the visit of every page through nginx in every-page.spec.ts (one visit, three checks).
import type { BrowserContext, Page } from '@playwright/test';

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
export async function guard(context: BrowserContext, page: Page, origin: string) {
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
