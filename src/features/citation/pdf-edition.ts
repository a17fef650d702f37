/**
 * Whether a page has a PDF edition, and where: the one place that decides it, read by the citation_pdf_url tag, the
 * JSON-LD and the RIS file. A dated version has one when this build serves its PDF (src/features/pdf-edition: made
 * at publication, for the build's own origin); the current page and other pages have none.
 */
import { pdfEditionAt } from '../pdf-edition/build/pdf-entries.ts';

export function pdfEditionUrl(pagePath: string, site: URL): string | undefined {
  const edition = pdfEditionAt(pagePath);
  return edition && new URL(edition.url, site).href;
}
