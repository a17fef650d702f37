/** Small helpers shared by the diagram elements. */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Replaces {name} placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** Reads the JSON island of UI strings that the page renders next to the element. */
export function readStrings<T>(host: HTMLElement): T {
  return JSON.parse(host.querySelector('script[type="application/json"][data-strings]')!.textContent!) as T;
}

export { announce, copyText } from '../../../layouts/browser/clipboard.ts';

/** Writes an attribute only when its value changes (null removes it): with hundreds of shapes, untouched ones cost nothing. */
export function setIfChanged(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * A custom element whose listeners on window and document end when it leaves the page: pass `{ signal }` to
 * addEventListener. A subclass calls super.connectedCallback() first.
 */
export class PageElement extends HTMLElement {
  protected declare signal: AbortSignal;
  private declare ending?: AbortController;

  connectedCallback(): void {
    this.ending = new AbortController();
    this.signal = this.ending.signal;
  }

  disconnectedCallback(): void {
    this.ending?.abort();
  }
}
