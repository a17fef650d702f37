/**
 * The open data of two builds of the same content on different build dates must be the same files (the version is
 * the date of the newest content change, not of the build). The calendars of expected events are left out: an
 * expected date that passes between the two build dates is marked "not yet reported" in them, as it should be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFileUrl } from '../../src/routes/routes.ts';

export function differingDataFiles(firstDist: string, secondDist: string): { compared: string[]; differing: string[] } {
  const names = (dist: string) => readdirSync(join(dist, dataFileUrl())).filter((name) => /\.(json|csv)$/.test(name) && name !== 'datapackage.json');
  const compared = [...new Set([...names(firstDist), ...names(secondDist)])].sort();
  const read = (dist: string, name: string) => {
    try {
      return readFileSync(join(dist, dataFileUrl(name)), 'utf8');
    } catch {
      return undefined;
    }
  };
  const differing = compared.filter((name) => read(firstDist, name) !== read(secondDist, name));
  const version = (dist: string) => JSON.parse(read(dist, 'datapackage.json') ?? '{}').version;
  if (version(firstDist) !== version(secondDist)) differing.push(`datapackage.json (version ${version(firstDist)} ≠ ${version(secondDist)})`);
  return { compared: [...compared, 'datapackage.json (version)'], differing };
}
