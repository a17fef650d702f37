/**
 * Whether a page has a PDF edition, and where: the one place that decides it, read by the citation_pdf_url tag, the
 * JSON-LD and the RIS file. No page has one yet (a PDF edition of the dated versions is planned, issue 21 part 2);
 * when it exists, this returns its absolute URL for the versions that have one.
 */
export function pdfEditionUrl(_pagePath: string, _site: URL): string | undefined {
  return undefined;
}
