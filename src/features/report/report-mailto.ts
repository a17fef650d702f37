/**
 * "Klopt er iets niet?": a mailto: URL (RFC 6068) to the publisher, with the page's permanent address, its version
 * date and, for an organisation or event, its id in the body, so the editors know exactly which text the reader
 * saw. Used at build time (pages) and in the browser (the diagrams' details panels), so it imports nothing.
 */
export interface Report {
  /** The publisher's address (src/routes/contact-email.ts). */
  to: string;
  subject: string;
  /** Labelled facts, one a line: the page's permanent URL, its version date, the record's id. */
  facts: readonly (readonly [label: string, value: string])[];
  /** What the reader is asked to write, after the facts. */
  prompt: string;
}

/** Mail programs cut or refuse longer mailto: URLs (some at about 2,000 characters). */
export const MAX_MAILTO_LENGTH = 2000;
const MAX_SUBJECT_LENGTH = 120;

/** Percent-encodes as RFC 6068 asks: spaces as %20 (not +), every line break as %0D%0A. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function reportMailto({ to, subject, facts, prompt }: Report): string {
  const shortSubject = subject.length > MAX_SUBJECT_LENGTH ? `${subject.slice(0, MAX_SUBJECT_LENGTH - 1).trimEnd()}…` : subject;
  const body = [...facts.filter(([, value]) => value).map(([label, value]) => `${label}: ${value}`), '', prompt, '', ''].join('\n');
  const url = `mailto:${to}?subject=${encode(shortSubject)}&body=${encode(body)}`;
  if (url.length > MAX_MAILTO_LENGTH) throw new Error(`The mailto: URL for "${shortSubject}" is ${url.length} characters, more than ${MAX_MAILTO_LENGTH}`);
  return url;
}

/** The fields of a mailto: URL back, decoded: for tests, and for anyone checking what a link will send. */
export function readMailto(href: string): { to: string; subject: string; body: string } {
  const [address, query = ''] = href.replace(/^mailto:/, '').split('?');
  const fields = new Map(query.split('&').map((pair) => pair.split('=') as [string, string]));
  const field = (name: string) => decodeURIComponent(fields.get(name) ?? '').replace(/\r\n/g, '\n');
  return { to: decodeURIComponent(address), subject: field('subject'), body: field('body') };
}

/**
 * What a diagram's details panel needs to build the link for whichever item is chosen; written into the panel's
 * `data-report` at build time (panelReportTexts in panel-report.ts), read by src/features/diagram/browser/details-panel.ts.
 */
export interface ItemReportTexts {
  to: string;
  /** The diagram page's permanent URL and its version date. */
  url: string;
  date: string;
  /** What comes before the record's id in the id of its entry in the list (`actor-` for `actor-politie`). */
  idPrefix: string;
  /** The link's text, and the sentence after it. */
  label: string;
  hint: string;
  /** The subject, {title} the item's name. */
  subject: string;
  page: string;
  version: string;
  record: string;
  prompt: string;
}

/** The report for one item of a diagram: its name in the subject, its id among the facts. */
export function itemReport(texts: ItemReportTexts, name: string, entryId: string): Report {
  const id = entryId.startsWith(texts.idPrefix) ? entryId.slice(texts.idPrefix.length) : entryId;
  return {
    to: texts.to,
    subject: texts.subject.replace('{title}', name),
    facts: [
      [texts.page, texts.url],
      [texts.version, texts.date],
      [texts.record, id],
    ],
    prompt: texts.prompt,
  };
}
