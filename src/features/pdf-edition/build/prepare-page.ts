/**
 * Turns a version page, loaded in Chromium, into its PDF edition (run with page.evaluate, so it is one
 * self-contained function without imports). The page's own print stylesheet does the rest; pdf-edition.css adds
 * what only the PDF does. Here: a block under the title with the version's date and permanent URL (and "preview"
 * when the build had no public origin), folded sections opened, the parts that only work on screen removed, and
 * each link's address moved to a numbered note in a list at the end (one number per address).
 */
export interface PreparePageOptions {
  /** pdf-edition.css */
  stylesheet: string;
  versionLine: string;
  permanentLabel: string;
  permanentUrl: string;
  /** A sentence for the first page of a preview edition; none for the public edition. */
  previewNotice?: string;
  notesHeading: string;
  notesId: string;
}

export function preparePage(options: PreparePageOptions): { notes: number } {
  const article = document.querySelector('main article') ?? document.querySelector('main');
  if (!article) throw new Error('the page has no <main>');
  document.documentElement.classList.add('pdf-edition');
  const style = document.createElement('style');
  style.textContent = options.stylesheet;
  document.head.append(style);
  document.querySelectorAll('.version-banner, .version-list, .pdf-download, .skip-link, .menu-toggle').forEach((element) => element.remove());
  article.querySelectorAll('details').forEach((details) => details.setAttribute('open', ''));

  const block = document.createElement('section');
  block.className = 'pdf-edition-title';
  block.setAttribute('aria-label', options.versionLine);
  const line = (text: string, className = '') => {
    const p = document.createElement('p');
    if (className) p.className = className;
    p.textContent = text;
    block.append(p);
    return p;
  };
  if (options.previewNotice) line(options.previewNotice, 'pdf-edition-title__preview');
  line(options.versionLine, 'pdf-edition-title__date');
  const address = line(`${options.permanentLabel} `);
  const link = document.createElement('a');
  link.href = options.permanentUrl;
  link.textContent = options.permanentUrl;
  link.className = 'pdf-edition-title__url';
  address.append(link);
  const title = article.querySelector('h1');
  if (title) title.after(block);
  else article.prepend(block);

  const numbers = new Map<string, number>();
  for (const anchor of Array.from(article.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (anchor === link || anchor.closest('.citation, .heading-anchor') || anchor.classList.contains('backlink')) continue;
    const href = anchor.getAttribute('href') ?? '';
    const address = anchor.dataset.printUrl ?? (/^https?:\/\//.test(href) ? href : undefined);
    if (!address) continue;
    if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
    const note = document.createElement('sup');
    note.className = 'link-note';
    note.textContent = String(numbers.get(address));
    anchor.after(note);
  }
  if (numbers.size) {
    const section = document.createElement('section');
    section.className = 'link-notes';
    section.setAttribute('aria-labelledby', options.notesId);
    const heading = document.createElement('h2');
    heading.id = options.notesId;
    heading.textContent = options.notesHeading;
    const list = document.createElement('ol');
    for (const address of numbers.keys()) {
      const item = document.createElement('li');
      item.textContent = address;
      list.append(item);
    }
    section.append(heading, list);
    article.append(section);
  }
  return { notes: numbers.size };
}
