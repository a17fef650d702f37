/**
 * The details panel beside a diagram: the chosen item's entry of the list on the page, with a heading and Close, and
 * "Klopt er iets niet?" when the panel carries the texts for it (`data-report`, from panel-report.ts).
 */
import { itemReport, reportMailto, type ItemReportTexts } from '../../report/report-mailto.ts';

export interface Details {
  /** The heading's id; the panel is labelled by it. */
  titleId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** The item's entry in the list: everything after its heading is copied into the panel. */
  entry: Element | null;
  footer?: Node;
}

/** Fills and shows the panel; returns the copied body, for the caller to mark up. */
export function showDetails(panel: HTMLElement, details: Details): HTMLElement {
  const heading = document.createElement('h3');
  heading.id = details.titleId;
  heading.textContent = details.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button orgchart-panel__close';
  close.textContent = details.closeLabel;
  close.addEventListener('click', details.onClose);
  const body = document.createElement('div');
  if (details.entry) body.append(...[...details.entry.children].slice(1).map((child) => child.cloneNode(true)));
  const report = details.entry && panel.dataset.report ? reportLink(JSON.parse(panel.dataset.report), details.title, details.entry.id) : undefined;
  panel.replaceChildren(heading, close, body, ...(details.footer ? [details.footer] : []), ...(report ? [report] : []));
  panel.setAttribute('aria-labelledby', heading.id);
  panel.hidden = false;
  return body;
}

export function hideDetails(panel: HTMLElement): void {
  panel.hidden = true;
  panel.replaceChildren();
}

function reportLink(texts: ItemReportTexts, name: string, entryId: string): HTMLElement {
  const link = document.createElement('a');
  link.href = reportMailto(itemReport(texts, name, entryId));
  link.textContent = texts.label;
  link.dataset.reportLink = '';
  const paragraph = document.createElement('p');
  paragraph.className = 'report-link';
  paragraph.append(link, ' ', texts.hint);
  return paragraph;
}
