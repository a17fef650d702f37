/** The <iframe> code that shows one state of a diagram on another site. Pure, so browser code and tests share it. */

/** The dictionary key of an embedded diagram's one-line title: its heading in the frame and the iframe's title. */
export const EMBED_TITLE_KEY = { orgChart: 'embedTitleOrgChart', timeline: 'embedTitleTimeline' } as const;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Room for the title, the controls and the diagram's first screen in the frame; the diagram scrolls inside it. */
export const EMBED_HEIGHT: Record<'orgChart' | 'timeline', number> = { orgChart: 640, timeline: 560 };

/** Only the query string travels: it holds the diagram's state (view, actor, period, filters). */
export function embedSource(embedPage: string, search: string): string {
  const url = new URL(embedPage);
  url.search = search;
  return url.href;
}

export function iframeCode(options: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" width="100%" height="${options.height}" loading="lazy" style="border: 0"></iframe>`;
}
