/**
 * Runs Debian's nginx with the deploy configuration (deploy/nginx.conf and the files it includes) on a free
 * loopback port, serving the build. Only `listen`, `root` and the include folder are replaced, so the tests and the
 * audit exercise the very file that is deployed. .ci/run installs nginx and its brotli_static module.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from './test-env.ts';
import { LOG_DIR_ENV, NOT_A_TEST, TEST_HEADER } from './loaded-files.ts';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const INCLUDED = ['security-headers.conf', 'csp.conf', 'redirects.conf', 'brotli.conf'];

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"; update tests/e2e/nginx.ts`);
  return text.split(from).join(to);
}

/** deploy/nginx.conf with the port, the build folder and the include folder of this test run. */
export function serverBlockFor(template: string, port: number, root: string, includeDir: string): string {
  let text = replaceAll(template, 'listen [::]:80;', '');
  text = replaceAll(text, 'listen 80;', `listen 127.0.0.1:${port};`);
  text = replaceAll(text, 'root /usr/share/nginx/html;', `root ${root};`);
  return replaceAll(text, '/etc/nginx/site/', `${includeDir}/`);
}

export async function startNginx(root = resolve(distDir())): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install -y nginx libnginx-mod-http-brotli-static`);
  if (!existsSync(BROTLI_MODULE)) throw new Error(`${BROTLI_MODULE} is missing: apt-get install -y libnginx-mod-http-brotli-static`);
  const dir = mkdtempSync(join(tmpdir(), 'gmh-nginx-'));
  const includeDir = join(dir, 'site');
  mkdirSync(includeDir);
  for (const name of INCLUDED) {
    writeFileSync(join(includeDir, name), readFileSync(join('deploy', name), 'utf8').split('/etc/nginx/site/').join(`${includeDir}/`));
  }
  const port = await freePort();
  if (process.env[LOG_DIR_ENV]) mkdirSync(process.env[LOG_DIR_ENV]!, { recursive: true });
  writeFileSync(join(dir, 'server.conf'), serverBlockFor(readFileSync('deploy/nginx.conf', 'utf8'), port, root, includeDir));
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      // As root, workers would otherwise run as nobody and might not read a build under /root or /work.
      isRoot ? 'user root;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      // For the run ahead (scripts/lib/loaded-files.ts): which test got which file ($uri after index and error_page).
      ...(process.env[LOG_DIR_ENV]
        ? [`  log_format loaded '$http_${TEST_HEADER.replace(/-/g, '_')}\t$uri';`, `  access_log ${resolve(process.env[LOG_DIR_ENV]!)}/nginx-${port}.log loaded;`]
        : ['  access_log off;']),
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name};`),
      `  include ${dir}/server.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited (${child.exitCode}):\n${stderr}\n${log}`);
    }
    try {
      await fetch(`${url}/`, { headers: { [TEST_HEADER]: NOT_A_TEST } });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
