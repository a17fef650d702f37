/** A small static file server for dist/, with directory indexes, trailing-slash redirects and the 404 pages. */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { TEST_HEADER, logLoaded } from './loaded-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

export function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const target = normalize(join(base, pathname));
    if (!target.startsWith(base)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    let file = target;
    if (pathname.endsWith('/')) file = join(target, 'index.html');
    else if (!isFile(target) && isFile(join(target, 'index.html'))) {
      response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!isFile(file)) {
      status = 404;
      const english = join(base, 'en', '404', 'index.html');
      file = pathname.startsWith('/en/') && isFile(english) ? english : join(base, '404.html');
      if (!isFile(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    logLoaded('static-server', request.headers[TEST_HEADER] as string | undefined, relative(base, file));
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host}:${actualPort}` });
    });
  });
}
