/** Source ids cited with <Bron id="..." /> in an MDX body, in order of first citation: the page's numbered list. */
export function citedSources(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<Bron\s+id=["']([^"']+)["']/g)) {
    if (!ids.includes(match[1])) ids.push(match[1]);
  }
  return ids;
}
