/**
 * Interface texts of the guided story, in both languages. Kept in the feature until the site's dictionaries
 * (src/i18n) take them; the words of relations and organisations come from src/model/labels.ts, as in the chart.
 */
import type { Lang } from '../../model/schemas.ts';

const nl = {
  stepOf: 'Stap [N] van [TOTAL]',
  figure: 'Figuur bij stap [N]',
  viewHuidig: 'zoals het nu is',
  viewVoorgesteld: 'in het voorstel',
  inFigure: 'In de figuur',
  organisations: 'Organisaties',
  relations: 'Relaties',
  emphasised: 'nadruk in deze stap',
  newInProposal: 'nieuw in het voorstel',
  interpretation: 'interpretatie',
  lines: 'Lijnen',
  openInChart: 'Bekijk dit in het schema',
  openInChartHint: 'Wie doet wat, [VIEW]',
  previous: 'Vorige stap',
  next: 'Volgende stap',
  stepNav: 'Stappen',
};

const en: typeof nl = {
  stepOf: 'Step [N] of [TOTAL]',
  figure: 'Figure of step [N]',
  viewHuidig: 'as it is today',
  viewVoorgesteld: 'in the proposal',
  inFigure: 'In the figure',
  organisations: 'Organisations',
  relations: 'Relations',
  emphasised: 'emphasis in this step',
  newInProposal: 'new in the proposal',
  interpretation: 'interpretation',
  lines: 'Lines',
  openInChart: 'See this in the chart',
  openInChartHint: 'Who does what, [VIEW]',
  previous: 'Previous step',
  next: 'Next step',
  stepNav: 'Steps',
};

export type StoryString = keyof typeof nl;
const STRINGS: Record<Lang, typeof nl> = { nl, en };

/** The text of `key`, with [NAME] placeholders filled in. */
export function storyText(lang: Lang, key: StoryString, values: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\[([A-Z]+)\]/g, (whole, name: string) => String(values[name] ?? whole));
}
