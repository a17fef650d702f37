/**
 * `npm run deploy-config`: writes the generated parts of the nginx configuration. deploy/csp.conf holds the
 * Content-Security-Policy, from the inline code in the build (OUT_DIR or dist/); deploy/redirects.conf holds the 301
 * answers for moved pages, from content/redirects.yml. Run it after a change to either; the production test fails
 * while a file is out of date. `--check` only compares and exits 1 on a difference.
 * A build for the placeholder SITE_URL is a preview: both refuse it unless `--preview` says so.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cspIncludeFor, CSP_INCLUDE, redirectsInclude, REDIRECTS_INCLUDE } from './lib/deploy-files.ts';
import { distDir } from './lib/test-env.ts';
import { isPreviewBuild, PLACEHOLDER_SITE_URL } from '../src/routes/site-url.ts';

const dist = distDir();
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}
if (isPreviewBuild(readFileSync(`${dist}/index.html`, 'utf8')) && !process.argv.includes('--preview')) {
  console.error(
    `The build in ${dist}/ is a preview: its links point to the placeholder ${PLACEHOLDER_SITE_URL}.\n` +
      'Build for the public address (SITE_URL=https://... npm run build), or add --preview to configure a preview.',
  );
  process.exit(1);
}
const check = process.argv.includes('--check');
let outOfDate = false;
for (const [file, wanted, from] of [
  [CSP_INCLUDE, cspIncludeFor(dist), `the inline code in ${dist}/`],
  [REDIRECTS_INCLUDE, redirectsInclude(), 'content/redirects.yml'],
] as const) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (check) {
    if (current === wanted) console.log(`${file} matches ${from}.`);
    else {
      console.error(`${file} does not match ${from}. Run \`npm run deploy-config\` and commit the result.`);
      outOfDate = true;
    }
  } else {
    writeFileSync(file, wanted);
    console.log(current === wanted ? `${file} was already up to date.` : `Wrote ${file}.`);
  }
}
if (outOfDate) process.exit(1);
