/**
 * The search dialog, loaded by <search-launcher> the first time a reader opens search. A native modal <dialog>: it
 * keeps focus inside and closes on Escape; focus goes back to where it was. The results are a <search-view>.
 */
import type { Lang } from '../../../model/schemas.ts';
import { searchTranslator } from '../../../i18n/search.ts';
import { sectionUrl } from '../../../routes/routes.ts';
import { searchToUrl, type SearchState } from '../url.ts';
import { loadEngine } from './search-engine.ts';
import { element, SearchView } from './search-view.ts';

interface SearchDialog {
  dialog: HTMLDialogElement;
  field: HTMLInputElement;
  view: SearchView;
}

let built: SearchDialog | undefined;
let opener: HTMLElement | null = null;

function buildDialog(lang: Lang): SearchDialog {
  const t = searchTranslator(lang);
  const dialog = element('dialog', { className: 'search-dialog' });
  dialog.setAttribute('aria-label', t('searchDialogLabel'));
  const field = element('input', { type: 'search', id: 'search-dialog-q', autocomplete: 'off', placeholder: t('searchPlaceholder') });
  field.setAttribute('enterkeyhint', 'search');
  field.setAttribute('aria-describedby', 'search-dialog-hint');
  const label = element('label', { htmlFor: field.id, className: 'visually-hidden', textContent: t('searchLabel') });
  const hint = element('span', { id: 'search-dialog-hint', className: 'visually-hidden', textContent: t('searchInputHint') });
  const clear = element('button', { type: 'button', className: 'button', textContent: t('searchClear'), hidden: true });
  const close = element('button', { type: 'button', className: 'button', textContent: t('searchClose') });
  const header = element('div', { className: 'search-dialog__header' });
  header.append(label, field, hint, clear, close);

  const view = document.createElement('search-view') as SearchView;
  view.setUp(field, lang);
  const searchPage = sectionUrl(lang, 'search');
  const pageLink = element('a', { className: 'search-dialog__page-link', href: searchPage, textContent: t('searchOnPage') });
  const body = element('div', { className: 'search-dialog__body' });
  body.append(view, pageLink);

  const footer = element('div', { className: 'search-dialog__footer' });
  const keys = `↑ ↓ ${t('searchKeyNavigate')} · Enter ${t('searchKeySelect')} · Esc ${t('searchKeyClose')}`;
  footer.append(element('p', { textContent: keys }), element('p', { textContent: t('searchShortcut') }));
  dialog.append(header, body, footer);
  document.body.append(dialog);

  close.addEventListener('click', () => dialog.close());
  clear.addEventListener('click', () => {
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.focus();
  });
  field.addEventListener('input', () => (clear.hidden = !field.value));
  field.addEventListener('keydown', (event) => {
    // In a search field Escape would first empty it; here it closes the dialog, as everywhere in it.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void view.search(field.value);
    }
  });
  view.addEventListener('search-change', (event) => (pageLink.href = searchToUrl(searchPage, (event as CustomEvent<SearchState>).detail)));
  // A result on this same page only scrolls to its anchor: the dialog must get out of the way.
  view.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
  return { dialog, field, view };
}

/** Opens the dialog, searching for `term` when given (what the reader typed in the header field). */
export function openSearch(lang: Lang, term: string): void {
  void loadEngine().catch(() => undefined);
  built ??= buildDialog(lang);
  const { dialog, field, view } = built;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  if (term && term !== field.value) {
    field.value = term;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    void view.search(term);
  }
  field.focus();
}
