/**
 * <page-contents>: marks, in "Op deze pagina", the section being read (aria-current), so the list beside the text
 * on wide screens shows where the reader is. Without JavaScript the list is the same, without the mark.
 */
class PageContents extends HTMLElement {
  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links.map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }));
    const mark = () => {
      // The section being read is the last one whose heading has passed the upper third of the window.
      const passed = sections.filter(({ heading }) => heading && heading.getBoundingClientRect().top < window.innerHeight / 3);
      const current = passed.at(-1)?.link;
      for (const { link } of sections) {
        if (link === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    // On scroll, at most once a frame; a jump (a link, Page Down) is followed too.
    let queued = false;
    const onScroll = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    mark();
  }
}

customElements.define('page-contents', PageContents);
