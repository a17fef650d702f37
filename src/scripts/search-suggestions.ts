/**
 * <search-suggestions>: when a search finds nothing, points to the A–Z index and the glossary, so a reader who
 * used another word than the site does still finds a way in. Texts and links come from data attributes.
 */
class SearchSuggestions extends HTMLElement {
  connectedCallback(): void {
    const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
    if (!instance) return;
    this.hidden = true;
    this.render();
    instance.on('results', (result) => {
      this.hidden = !(instance.searchTerm.trim() && result.results.length === 0);
    }, this);
  }

  private render(): void {
    const { text, or, index, indexLabel, glossary, glossaryLabel } = this.dataset;
    const paragraph = document.createElement('p');
    const link = (href = '', label = '') => Object.assign(document.createElement('a'), { href, textContent: label });
    paragraph.append(`${text} `, link(index, indexLabel), ` ${or} `, link(glossary, glossaryLabel), '.');
    this.replaceChildren(paragraph);
  }
}

if (!customElements.get('search-suggestions')) customElements.define('search-suggestions', SearchSuggestions);
