/**
 * The build draws a diagram as a picture (role img) in a focusable frame; enhanced, the picture becomes a group
 * whose shapes are the options of a listbox with one Tab stop (roving tabindex).
 */
import { setIfChanged } from './chart-support.ts';

/**
 * The frame stops being a Tab stop of its own, the drawing becomes a group described also by the help text on
 * using the keyboard (`helpId`), and `list` in it a listbox named `label`.
 */
export function makeListbox(viewport: HTMLElement, svg: SVGSVGElement, helpId: string, list: Element, label: string): void {
  viewport.removeAttribute('tabindex');
  viewport.removeAttribute('aria-labelledby');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-describedby', `${svg.getAttribute('aria-describedby')} ${helpId}`);
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', label);
}

/** An option, not yet chosen nor the Tab stop; its tooltip goes, as the option's name says the same. */
export function makeOption(option: Element): void {
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.setAttribute('tabindex', '-1');
  option.querySelector('title')?.remove();
}

export function setTabStop(option: Element, stop: boolean): void {
  setIfChanged(option, 'tabindex', stop ? '0' : '-1');
}

/** Moves the one Tab stop from `previous` to `next` and focuses it. */
export function focusOption(previous: Element | undefined, next: SVGElement | HTMLElement): void {
  if (previous && previous !== next) previous.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

export function markChosen(option: Element, chosen: boolean): void {
  option.classList.toggle('is-selected', chosen);
  setIfChanged(option, 'aria-selected', String(chosen));
}
