/**
 * <site-menu>: on a narrow screen the header's "Menu" link (which opens the navigation with :target when there is no
 * JavaScript) becomes a disclosure button: aria-expanded, Escape closes it and returns focus, and it opens without
 * changing the address. On a wide screen the button is hidden by CSS and the menu is always open.
 */
class SiteMenu extends HTMLElement {
  private toggle?: HTMLAnchorElement | null;

  connectedCallback(): void {
    this.toggle = this.querySelector<HTMLAnchorElement>('.menu-toggle');
    if (!this.toggle) return;
    this.toggle.setAttribute('role', 'button');
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.addEventListener('click', this.onClick);
    this.toggle.addEventListener('keydown', this.onKey);
    this.addEventListener('keydown', this.onEscape);
  }

  disconnectedCallback(): void {
    this.toggle?.removeEventListener('click', this.onClick);
    this.toggle?.removeEventListener('keydown', this.onKey);
    this.removeEventListener('keydown', this.onEscape);
  }

  private set open(open: boolean) {
    this.toggleAttribute('data-open', open);
    this.firstElementChild?.toggleAttribute('data-open', open);
    this.toggle?.setAttribute('aria-expanded', String(open));
  }

  private onClick = (event: Event): void => {
    event.preventDefault();
    this.open = !this.hasAttribute('data-open');
  };

  /** A link answers Enter; a button also answers Space. */
  private onKey = (event: KeyboardEvent): void => {
    if (event.key === ' ') this.onClick(event);
  };

  private onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.hasAttribute('data-open')) return;
    this.open = false;
    this.toggle?.focus();
  };
}

customElements.define('site-menu', SiteMenu);
