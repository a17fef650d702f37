/**
 * <story-step>: the previous/next links of a step of the guided story move the reader to the other step's heading
 * and give it focus, so keyboard and screen-reader users continue there; the address gets its #anchor, so the step
 * can be linked and Back returns. Without JavaScript the links are plain #anchor links and work the same, less the
 * focus. Smooth scrolling only when the reader has not asked for reduced motion; no scroll handling of any kind.
 */
class StoryStep extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-step-link]');
      const id = link?.hash.slice(1);
      const heading = id ? document.getElementById(id) : null;
      if (!link || !heading || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
      heading.focus({ preventScroll: true });
      history.pushState(null, '', `#${id}`);
    });
  }
}

if (!customElements.get('story-step')) customElements.define('story-step', StoryStep);
