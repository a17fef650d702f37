/** An Atom 1.0 feed (RFC 4287) as text. Pure: the caller passes absolute URLs and dates. */
import { escapeXml } from '../../../production/og-image.ts';

export interface AtomEntry {
  /** A permanent IRI; here the entry's anchor on the changes page. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  updated: string;
  summary: string;
  link: string;
  related?: { href: string; title: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  author: string;
  selfUrl: string;
  pageUrl: string;
  entries: AtomEntry[];
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((entry) => entry.updated).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      ...(entry.related ?? []).map((page) => `    <link rel="related" type="text/html" href="${escapeXml(page.href)}" title="${escapeXml(page.title)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
