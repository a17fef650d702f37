/**
 * The table of allowed values in content/README.md, for editors: every value of every closed list of the content
 * model, with its meaning in Dutch and English. Generated from src/model/vocabulary.ts and src/model/schemas.ts, with the
 * display labels of src/model/labels.ts (and a few interface texts), so that it cannot drift from what the check
 * accepts. `npm run guide` (scripts/content-guide.ts) writes it between the markers; src/model/content-guide.test.ts
 * fails when the README holds another table.
 */
import {
  ACTOR_KINDS,
  ADVICE_COVERAGE,
  DOMAINS,
  EVENT_KINDS,
  FIGURE_SERIES,
  LANES,
  LEVELS,
  PAGE_KINDS,
  RELATION_STATES,
  RELATION_TYPES,
  SOURCE_KINDS,
  SOURCE_LANGUAGES,
  VIEWS,
  eventSchema,
  relationSchema,
  type Lang,
} from './schemas.ts';
import { DOMAIN_LABEL, EVENT_KIND_LABEL, KIND_LABEL, LANE_LABEL, LEVEL_LABEL, RELATION_LABEL, STATE_LABEL, STATUS_LABEL } from './labels.ts';
import { translator } from '../i18n/ui.ts';

export const GUIDE_START = '<!-- allowed-values:start -->';
export const GUIDE_END = '<!-- allowed-values:end -->';

type Meaning = Record<Lang, string>;

/** One closed list: the field as an editor writes it, where it is used, its values and what each value means. */
export interface AllowedField {
  field: string;
  /** Which records or pages have the field. */
  of: string;
  values: readonly string[];
  meanings: Record<string, Meaning>;
}

const text = (nl: string, en: string): Meaning => ({ nl, en });
const sentence = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const [nlUi, enUi] = [translator('nl'), translator('en')];

const VIEW_MEANING: Record<(typeof VIEWS)[number], Meaning> = {
  huidig: text('in het schema van nu (weergave "Huidig")', 'in the chart of today (view "Today")'),
  voorgesteld: text('in het schema van het voorstel (weergave "Voorgesteld")', 'in the chart of the proposal (view "Proposed")'),
};

const BASIS_MEANING: Record<'bron' | 'interpretatie', Meaning> = {
  bron: text('staat zo in een bron', 'stated by a source'),
  interpretatie: text(nlUi('interpretationHelp'), enUi('interpretationHelp')),
};

const SOURCE_KIND_MEANING: Record<(typeof SOURCE_KINDS)[number], Meaning> = {
  kamerstuk: text('Kamerstuk: een stuk van de Tweede of Eerste Kamer, met een nummer', 'parliamentary paper, with a number'),
  brief: text('brief die geen Kamerstuk is', 'letter that is not a parliamentary paper'),
  rapport: text('rapport of onderzoek', 'report or study'),
  wet: text('wet of regeling', 'law or regulation'),
  'eu-tekst': text('tekst van de Europese Unie, zoals een richtlijn', 'text of the European Union, such as a directive'),
  nieuws: text('nieuwsbericht', 'news item'),
  website: text('pagina van een website', 'page of a website'),
};

const SOURCE_LANGUAGE_MEANING: Record<(typeof SOURCE_LANGUAGES)[number], Meaning> = {
  nl: text('Nederlands; laat het veld dan weg', 'Dutch; then leave the field out'),
  en: text('Engels', 'English'),
  de: text('Duits', 'German'),
  fr: text('Frans', 'French'),
};

const PAGE_KIND_MEANING: Record<(typeof PAGE_KINDS)[number], Meaning> = {
  uitleg: text('uitlegpagina: feiten met bronnen, "In het kort" en versies', 'explanation page: facts with sources, "In het kort" and versions'),
  dienst: text('dienstpagina, zoals privacy en colofon; hoeft geen bron te noemen', 'service page, such as privacy and colophon; need not cite a source'),
};

const SERIES_MEANING: Record<(typeof FIGURE_SERIES)[number], Meaning> = {
  comensha: text(nlUi('seriesComensha'), enUi('seriesComensha')),
  rapporteur: text(nlUi('seriesRapporteur'), enUi('seriesRapporteur')),
};

const ADVICE_MEANING: Record<(typeof ADVICE_COVERAGE)[number], Meaning> = {
  genoemd: text(sentence(nlUi('adviceNamed')), sentence(enUi('adviceNamed'))),
  onbekend: text(sentence(nlUi('adviceUnknown')), sentence(enUi('adviceUnknown'))),
};

/** The closed lists, in the order of the table. */
export function allowedFields(): AllowedField[] {
  return [
    { field: 'kind', of: 'organisation', values: ACTOR_KINDS, meanings: KIND_LABEL },
    { field: 'level', of: 'organisation', values: LEVELS, meanings: LEVEL_LABEL },
    { field: 'domains', of: 'organisation', values: DOMAINS, meanings: DOMAIN_LABEL },
    { field: 'in_views', of: 'organisation', values: VIEWS, meanings: VIEW_MEANING },
    { field: 'type', of: 'relation', values: RELATION_TYPES, meanings: RELATION_LABEL },
    { field: 'state', of: 'relation', values: RELATION_STATES, meanings: STATE_LABEL },
    { field: 'basis', of: 'relation', values: relationSchema.shape.basis.options, meanings: BASIS_MEANING },
    { field: 'kind', of: 'event', values: EVENT_KINDS, meanings: EVENT_KIND_LABEL },
    { field: 'lane', of: 'event', values: LANES, meanings: LANE_LABEL },
    { field: 'status', of: 'event', values: eventSchema.shape.status.options, meanings: STATUS_LABEL },
    { field: 'kind', of: 'source', values: SOURCE_KINDS, meanings: SOURCE_KIND_MEANING },
    { field: 'language', of: 'source', values: SOURCE_LANGUAGES, meanings: SOURCE_LANGUAGE_MEANING },
    { field: 'kind', of: 'page', values: PAGE_KINDS, meanings: PAGE_KIND_MEANING },
    { field: 'series', of: 'figure', values: FIGURE_SERIES, meanings: SERIES_MEANING },
    { field: 'advice', of: 'building block', values: ADVICE_COVERAGE, meanings: ADVICE_MEANING },
  ];
}

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The table as Markdown, one row per value; throws when a value has no meaning, so a new value cannot go unexplained. */
export function allowedValuesTable(fields: AllowedField[] = allowedFields()): string {
  const rows = fields.flatMap(({ field, of, values, meanings }) =>
    values.map((value) => {
      const meaning = meanings[value];
      if (!meaning?.nl || !meaning?.en) throw new Error(`content guide: the value "${value}" of "${field}" (${of}) has no meaning in both languages`);
      return `| \`${field}\` (${of}) | \`${value}\` | ${cell(meaning.nl)} | ${cell(meaning.en)} |`;
    }),
  );
  return [
    '<!-- Written by `npm run guide` from src/model/vocabulary.ts and src/model/labels.ts: do not edit this table by hand. -->',
    '',
    '| field | value | meaning in Dutch | meaning in English |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function markers(readme: string): { start: number; end: number } {
  const start = readme.indexOf(GUIDE_START);
  const end = readme.indexOf(GUIDE_END);
  if (start < 0 || end < 0 || end < start) throw new Error(`content/README.md needs the lines ${GUIDE_START} and ${GUIDE_END}, in that order`);
  if (readme.indexOf(GUIDE_START, start + 1) >= 0 || readme.indexOf(GUIDE_END, end + 1) >= 0) throw new Error('content/README.md holds the markers of the allowed values more than once');
  return { start: start + GUIDE_START.length, end };
}

/** What the README holds between the markers. */
export function allowedValuesBlock(readme: string): string {
  const { start, end } = markers(readme);
  return readme.slice(start, end);
}

/** The README with the generated table between the markers; the same text when it is already up to date. */
export function withAllowedValues(readme: string, table: string = allowedValuesTable()): string {
  const { start, end } = markers(readme);
  return `${readme.slice(0, start)}\n${table}${readme.slice(end)}`;
}

/** The block as withAllowedValues writes it, for comparing with allowedValuesBlock. */
export const expectedBlock = (table: string = allowedValuesTable()): string => `\n${table}`;
