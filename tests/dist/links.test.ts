// Every internal link and #fragment in dist resolves. External links cannot be checked here (no internet).
import { describe, expect, it } from 'vitest';
import { LinkChecker } from 'linkinator';
import { DIST } from './site-files.ts';

describe('internal links over dist', () => {
  it('has no broken internal link or fragment', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      linksToSkip: ['^https?://(?!127\\.0\\.0\\.1|localhost)', '^mailto:'],
      // Modest concurrency and retries: on a busy 2-core machine a local request can time out without being broken.
      concurrency: 8,
      timeout: 20_000,
      retryErrors: true,
      retryErrorsCount: 3,
      retryErrorsJitter: 500,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (status ${link.status}, on ${link.parent})`);
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(20);
    expect(broken, broken.join('\n')).toEqual([]);
  });
});
