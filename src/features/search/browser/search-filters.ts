/**
 * The filters of site search ("Verfijnen"), loaded when a reader first unfolds them: one group of checkboxes per
 * filter (soort, terrein, baan), each value with the number of results it would leave. Values that would leave none
 * are hidden, unless chosen. A chosen value counts its results before it was chosen.
 */
import type { Lang } from '../../../model/schemas.ts';
import { emptySelection, type FilterSelection } from '../url.ts';
import type { FilterCounts } from './search-engine.ts';
import { element } from './search-view.ts';

interface Option {
  label: HTMLLabelElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

export class FilterPane {
  readonly element = element('div', { className: 'search-filters__pane' });
  private groups = new Map<string, { fieldset: HTMLFieldSetElement; options: Map<string, Option> }>();

  private lang: Lang;
  /** The filter names in the order their groups are shown. */
  private order: string[];
  private onChange: (selection: FilterSelection) => void;

  constructor(lang: Lang, order: string[], onChange: (selection: FilterSelection) => void) {
    this.lang = lang;
    this.order = order;
    this.onChange = onChange;
    this.element.addEventListener('change', () => this.onChange(this.selection()));
  }

  update({ available, total }: { available: FilterCounts; total: FilterCounts }, selected: FilterSelection): void {
    const rank = (name: string) => (this.order.includes(name) ? this.order.indexOf(name) : this.order.length);
    for (const [name, values] of Object.entries(total).sort(([a], [b]) => rank(a) - rank(b))) {
      const group = this.group(name);
      for (const value of Object.keys(values)) {
        const option = this.option(group, name, value);
        const chosen = Object.hasOwn(selected, name) && selected[name].includes(value);
        const left = available[name]?.[value] ?? 0;
        option.input.checked = chosen;
        option.count.textContent = `(${chosen ? values[value] : left})`;
        option.label.hidden = !chosen && left === 0;
      }
      group.fieldset.hidden = [...group.options.values()].every((option) => option.label.hidden);
    }
  }

  private selection(): FilterSelection {
    const selection = emptySelection();
    for (const [name, { options }] of this.groups) {
      const chosen = [...options].filter(([, option]) => option.input.checked).map(([value]) => value);
      if (chosen.length) selection[name] = chosen;
    }
    return selection;
  }

  private group(name: string) {
    let group = this.groups.get(name);
    if (!group) {
      const fieldset = element('fieldset', { className: 'search-filters__group' });
      fieldset.append(element('legend', { textContent: name.charAt(0).toLocaleUpperCase(this.lang) + name.slice(1) }));
      this.element.append(fieldset);
      group = { fieldset, options: new Map() };
      this.groups.set(name, group);
    }
    return group;
  }

  private option(group: { fieldset: HTMLFieldSetElement; options: Map<string, Option> }, name: string, value: string): Option {
    let option = group.options.get(value);
    if (!option) {
      const label = element('label', { className: 'search-filters__option' });
      const input = element('input', { type: 'checkbox', name, value });
      const count = element('span', { className: 'search-filters__count' });
      label.append(input, ` ${value} `, count);
      group.fieldset.append(label);
      option = { label, input, count };
      group.options.set(value, option);
    }
    return option;
  }
}
