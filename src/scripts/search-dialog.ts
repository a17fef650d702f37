/**
 * The search dialog, loaded by <search-launcher> the first time a reader opens search. Pagefind's modal is a
 * native <dialog>: it keeps focus inside, closes on Escape, and gives focus back to where it was on close.
 */
import type { Lang } from '../lib/schemas.ts';
import { t } from '../lib/i18n.ts';
import { sectionUrl } from '../lib/routes.ts';
import { loadSearchUi, searchParts, type SearchInstance } from './search-ui.ts';
import { searchToUrl } from './search-url.ts';

interface PagefindModal extends HTMLElement {
  dialogEl: HTMLDialogElement | null;
  open(): void;
  close(): void;
}

let modal: PagefindModal | undefined;

function buildModal(lang: Lang, instance: SearchInstance): PagefindModal {
  // In the dialog, Escape closes it (in Pagefind's field on the search page it clears the field).
  instance.setTranslations({ keyboard_clear: t(lang, 'searchKeyClose') });
  const parts = searchParts(lang, instance);
  const root = document.createElement('pagefind-modal') as PagefindModal;
  root.className = 'search-dialog';
  const header = document.createElement('pagefind-modal-header');
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button search-dialog__close', textContent: t(lang, 'searchClose') });
  close.addEventListener('click', () => root.close());
  header.append(parts.input, close);
  const body = document.createElement('pagefind-modal-body');
  const pageLink = Object.assign(document.createElement('a'), { className: 'search-dialog__page-link', textContent: t(lang, 'searchOnPage') });
  const searchPage = sectionUrl(lang, 'search');
  pageLink.href = searchPage;
  body.append(...parts.status, parts.filters, parts.results, pageLink);
  const footer = document.createElement('pagefind-modal-footer');
  const shortcut = Object.assign(document.createElement('p'), { className: 'search-dialog__shortcut', textContent: t(lang, 'searchShortcut') });
  footer.append(document.createElement('pagefind-keyboard-hints'), shortcut);
  // Pagefind's modal moves its children into its <dialog> when it connects, and a moved Pagefind element sets itself
  // up twice; so the modal connects with an empty placeholder, and the parts go into the dialog after that.
  root.append(document.createElement('div'));
  document.body.append(root);
  const dialog = root.dialogEl!;
  dialog.replaceChildren(header, body, footer);
  dialog.setAttribute('aria-label', t(lang, 'searchDialogLabel'));
  // Pagefind announces result counts from live regions at the end of <body>, which an open modal makes inert:
  // inside the dialog they are heard.
  const announcer = document.querySelector('[data-pagefind-announcer]');
  if (announcer) dialog.append(announcer);
  instance.on('search', (term, filters) => (pageLink.href = searchToUrl(searchPage, { term, filters })), root);
  return root;
}

/** Opens the dialog, searching for `term` when given (what the reader typed in the header field). */
export async function openSearch(lang: Lang, term: string): Promise<void> {
  const instance = await loadSearchUi(lang);
  modal ??= buildModal(lang, instance);
  // Before opening: Pagefind's field takes the term only while it does not have focus, and opening focuses it.
  if (term && term !== instance.searchTerm) instance.triggerSearch(term);
  modal.open();
}
