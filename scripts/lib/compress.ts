/** Writes file.gz and file.br beside each text file of the build, for nginx's gzip_static and brotli_static. */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filesUnder } from './files.ts';

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|ics|webmanifest|wasm)$/;
/** Below this a compressed copy saves less than a network packet. */
const MIN_BYTES = 512;

export function compressDir(dir: string): { files: number; bytes: number; gzipBytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of filesUnder(dir).filter((path) => COMPRESSIBLE.test(path))) {
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    const gzip = gzipSync(data, { level: 9 });
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    totals.files += 1;
    totals.bytes += data.length;
    if (gzip.length < data.length) {
      writeFileSync(`${file}.gz`, gzip);
      totals.gzipBytes += gzip.length;
    }
    if (brotli.length < data.length) {
      writeFileSync(`${file}.br`, brotli);
      totals.brotliBytes += brotli.length;
    }
  }
  return totals;
}
