/**
 * What a Dockerfile copies from its build context, and which of it the context's ignore file keeps out (Docker's own
 * .dockerignore rules, through @balena/dockerignore, a port of Docker's matcher). Pure: texts in, paths out.
 */
import dockerignore from '@balena/dockerignore';

/** The sources of every COPY or ADD from the build context (not `--from` another stage), as written. */
export function copySources(dockerfile: string): string[] {
  const joined = dockerfile.replace(/\\\r?\n/g, ' ');
  return joined.split(/\r?\n/).flatMap((line) => {
    const match = /^\s*(?:COPY|ADD)\s+(.*)$/i.exec(line);
    if (!match) return [];
    const words = match[1].trim().split(/\s+/);
    if (words.some((word) => word.startsWith('--from='))) return [];
    return words.filter((word) => !word.startsWith('--')).slice(0, -1);
  });
}

/** The COPY sources that the ignore file leaves out of the build context, so `docker build` would fail on them. */
export function ignoredCopySources(dockerfile: string, ignoreFile: string): string[] {
  const ignore = dockerignore().add(ignoreFile.split(/\r?\n/));
  return copySources(dockerfile).filter((source) => {
    const path = source.replace(/^\.\//, '').replace(/\/$/, '');
    // A folder counts as copied when a file in it passes the rules.
    return ignore.ignores(path) && ignore.ignores(`${path}/index.html`);
  });
}
