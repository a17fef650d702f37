/** The filters of a diagram's toolbar: groups of checkboxes (none unchecked means all) and the count of those in use. */
import { fill } from './chart-support.ts';

/** Calls `change` with the values checked, or none when all of `all` are. */
export function onCheckboxes(toolbar: HTMLElement, name: string, all: readonly string[], change: (chosen: string[]) => void): void {
  toolbar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((box) =>
    box.addEventListener('change', () => {
      const checked = [...toolbar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
      change(checked.length === all.length ? [] : checked);
    }),
  );
}

export function checkBoxes(toolbar: HTMLElement, name: string, chosen: readonly string[]): void {
  toolbar.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((b) => (b.checked = !chosen.length || chosen.includes(b.value)));
}

/** " (2 actief)" after the filters' summary; nothing when none is in use. */
export function showFilterCount(toolbar: HTMLElement, count: number, template: string): void {
  toolbar.querySelector('[data-filter-count]')!.textContent = count ? ` (${fill(template, { count })})` : '';
}
