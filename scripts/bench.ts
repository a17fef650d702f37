// `npm run bench`: runs every bench in scripts/bench/ (each also runs alone: `node scripts/bench/<name>.ts`), one at a
// time, and prints their figures. Benches read the build in OUT_DIR or dist/; run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benches = readdirSync('scripts/bench')
  .filter((name) => name.endsWith('.ts'))
  .sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n# ${bench}`);
  const { status } = spawnSync(process.execPath, [`scripts/bench/${bench}`], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
