/**
 * Anchors that are promised to stay: ids of h2/h3 headings, of timeline events, glossary terms, sources and
 * org-chart entries. Generated ids of layout parts (in-het-kort, bron-*, schema) are left out.
 */
const PERMANENT = /<(h2|h3|li|dt)\b[^>]*\bid="([^"]+)"/g;
const EXCLUDED = /^(in-het-kort|bronnen-bij-deze-pagina|not-found-en|bron-.*|groep-.*|jaar-.*)$/;

export function permanentAnchors(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(PERMANENT)].map((m) => m[2]).filter((id) => !EXCLUDED.test(id));
}
