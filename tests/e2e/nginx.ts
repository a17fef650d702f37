// The `nginx` fixture: one nginx with the deploy configuration per Playwright worker (scripts/lib/nginx.ts).
import { test as base } from './fixtures.ts';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';

export { startNginx, type RunningNginx };

/** A Playwright test whose `nginx` fixture is one nginx per worker, and whose pages use it as base URL. */
export const test = base.extend<object, { nginx: RunningNginx }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startNginx();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.url),
});
