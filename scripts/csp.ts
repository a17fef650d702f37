/**
 * `npm run csp`: writes deploy/csp.conf, the Content-Security-Policy for nginx, from the inline code in the build
 * (OUT_DIR or dist/). Run it after a change that adds or alters an inline script or style; the production test
 * fails while the file is out of date. `--check` only compares and exits 1 on a difference.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cspIncludeFor, CSP_INCLUDE } from './lib/deploy-files.ts';
import { distDir } from './lib/test-env.ts';

const dist = distDir();
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
const wanted = cspIncludeFor(dist);
const current = existsSync(CSP_INCLUDE) ? readFileSync(CSP_INCLUDE, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error(`${CSP_INCLUDE} does not match the inline code in ${dist}/. Run \`npm run csp\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${CSP_INCLUDE} matches ${dist}/.`);
} else {
  writeFileSync(CSP_INCLUDE, wanted);
  console.log(current === wanted ? `${CSP_INCLUDE} was already up to date.` : `Wrote ${CSP_INCLUDE}.`);
}
