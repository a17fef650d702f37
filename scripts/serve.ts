// Serves the built site: `npm run serve` (after `npm run build`), or `npm start` to build and serve.
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.ts';
import { distDir } from './lib/test-env.ts';

if (!existsSync(`${distDir()}/index.html`)) {
  console.error('No build found in dist/. Run `npm run build` first, or `npm start` to build and serve.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer(distDir(), port, process.env.HOST ?? '127.0.0.1');
console.log(`Serving dist/ at ${url}/ (Ctrl+C stops)`);
