/**
 * The content model: every data record and page front matter is validated against these schemas.
 * Enum values are ASCII slugs; their display labels live in src/model/labels.ts.
 */
import { z } from 'astro/zod';
import {
  ACTOR_KINDS,
  LEVELS,
  DOMAINS,
  VIEWS,
  RELATION_TYPES,
  RELATION_STATES,
  EVENT_KINDS,
  LANES,
  SOURCE_KINDS,
  FIGURE_SERIES,
  PAGE_KINDS,
  LANGS,
} from './vocabulary.ts';
import { isRealDate } from './dates.ts';

export * from './vocabulary.ts';
export { isRealDate };


export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

/** An HTML tag, which a data text must not hold: readers would see "<b>" as text (content/README.md, "Plain text"). */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

export function htmlTagIn(text: string): string | undefined {
  return HTML_TAG.exec(text)?.[0];
}

const plainText = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .superRefine((text, context) => {
      const tag = htmlTagIn(text);
      if (tag) context.addIssue({ code: 'custom', message: `holds HTML (${tag}); write plain text, readers would see the tag` });
    });

/** A text in both languages; both are required, both plain text. */
export const localized = z.strictObject({
  nl: plainText('Dutch text is missing'),
  en: plainText('English translation is missing'),
});
export type Localized = z.infer<typeof localized>;

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A partial date as the site and its open data files write it: the output of `partialDate`. */
export const partialDateText = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((value) => isRealDate(value), 'is not a real calendar date');

/** A calendar date of day, month or year precision: 2025-09-05, 2025-09 or 2025. YAML may give a year as a number. */
export const partialDate = z
  .union([z.string(), z.number().int(), z.date()])
  // Astro's front-matter parser turns 2026-11-29 into a Date; a Date is always a full day.
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .pipe(partialDateText);

/** A day: 2026-11-29. */
export const fullDate = partialDate.refine((value) => value.length === 10, 'must be a full date YYYY-MM-DD');

const url = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .refine((value) => new URL(value).hostname.includes('.'), {
    error: (issue) => `must be a full web address: the host "${new URL(String(issue.input)).hostname}" has no dot`,
  });

/** Shown on the page when the dossier marks a fact uncertain. */
const uncertainty = localized.optional();


export const actorSchema = z.strictObject({
  id: slug,
  name: localized,
  abbr: z.string().trim().min(1).optional(),
  kind: z.enum(ACTOR_KINDS),
  level: z.enum(LEVELS),
  domains: z.array(z.enum(DOMAINS)).min(1),
  summary: localized,
  role_now: localized,
  role_proposed: localized.optional(),
  website: url.optional(),
  sources: z.array(slug).min(1, 'cite at least one source'),
  in_views: z.array(z.enum(VIEWS)).min(1).default(['huidig', 'voorgesteld']),
  uncertain: uncertainty,
  /** The languages in which the name is plural ("Gemeenten"), so that sentences agree: "Gemeenten werken samen met". */
  plural: z.array(z.enum(LANGS)).optional(),
  /** When the organisation began, where a source says so. */
  start: partialDate.optional(),
  /** When the organisation ended (abolished, merged): it stays on the site, shown as ended from this date on. */
  end: partialDate.optional(),
  /** The organisation it went into when it ended, where a source says so. */
  merged_into: slug.optional(),
  /** The date the record's description of the present holds for; by default the date of its newest dated source. */
  as_of: partialDate.optional(),
});


export const relationSchema = z.strictObject({
  id: slug,
  from: slug,
  to: slug,
  type: z.enum(RELATION_TYPES),
  state: z.enum(RELATION_STATES),
  note: localized.optional(),
  sources: z.array(slug).min(1, 'cite at least one source'),
  basis: z.enum(['bron', 'interpretatie']),
  uncertain: uncertainty,
  /** The date the relation is known to hold for; by default the date of its newest dated source. */
  as_of: partialDate.optional(),
});


export const eventSchema = z.strictObject({
  id: slug,
  /** Precision follows the form: 2025-09-05 is a day, 2025-09 a month, 2025 a year. */
  date: partialDate,
  /** For a period (a programme, a Taskforce term): the last day, month or year. */
  end: partialDate.optional(),
  kind: z.enum(EVENT_KINDS),
  lane: z.enum(LANES),
  status: z.enum(['gebeurd', 'verwacht']),
  title: localized,
  /** A shorter title for the timeline's diagram, where the title is long; the full title names the event everywhere else. */
  short: localized.optional(),
  summary: localized,
  actors: z.array(slug).default([]),
  sources: z.array(slug).min(1, 'cite at least one source'),
  uncertain: uncertainty,
});

export const termSchema = z.strictObject({
  id: slug,
  term: localized,
  definition: localized,
  see_also: z.array(slug).default([]),
  sources: z.array(slug).default([]),
});


/** Languages a source document may be written in (ISO 639-1); the site shows the name of the language. */
export const SOURCE_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

export const sourceSchema = z.strictObject({
  id: slug,
  /** The document's own title, in its own language. */
  title: z.string().trim().min(1),
  /** The language the document is written in; left out for Dutch, the language of most sources. */
  language: z.enum(SOURCE_LANGUAGES).optional(),
  /** The title in the site's languages, for a document in another language; the original title is shown beside it. */
  titles: z.strictObject({ nl: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() }).optional(),
  publisher: z.string().trim().min(1),
  date: partialDate.optional(),
  kind: z.enum(SOURCE_KINDS),
  /** For example "Kamerstuk 28 638, nr. 257". */
  number: z.string().trim().min(1).optional(),
  url: url.optional(),
  note: localized.optional(),
});


/** One yearly figure of registered (possible) victims of human trafficking. */
export const figureSchema = z.strictObject({
  id: slug,
  series: z.enum(FIGURE_SERIES),
  year: z.number().int().min(1990).max(2100),
  value: z.number().int().nonnegative(),
  sources: z.array(slug).min(1, 'cite at least one source'),
  note: localized.optional(),
  uncertain: uncertainty,
});


/** One recorded change of the content, for /wijzigingen/ and its Atom feed. Never remove a published entry. */
export const changeSchema = z.strictObject({
  id: slug,
  date: fullDate,
  title: localized,
  description: localized,
  /** Keys of the pages the change concerns (the `key` in their front matter). */
  pages: z.array(slug).min(1, 'name at least one page key'),
});

/** What the sources say about the advice's plans for a building block of the governance (the cards on /uitleg/). */
export const ADVICE_COVERAGE = ['genoemd', 'onbekend'] as const;

/** One building block of the governance: a section of the page (its h2) and a card in the page's contents. */
export const buildingBlockSchema = z.strictObject({
  /** The permanent anchor of its section. */
  id: slug,
  name: z.string().trim().min(1),
  /** One line: what it is. */
  line: z.string().trim().min(1),
  /** genoemd: the sources name it as part of the advice but not how; onbekend: they say nothing of the advice here. */
  advice: z.enum(ADVICE_COVERAGE),
});
export type BuildingBlock = z.infer<typeof buildingBlockSchema>;

/**
 * One step of a guided story (content/pages/<lang>/in-stappen.mdx): its section is written <Stap id="...">text</Stap>;
 * its figure draws these organisations and relations as the org chart's `view` shows them, `emphasis` (ids of either)
 * stronger. Checked by src/features/story/build/story-check.ts; the same in both languages but for the title.
 */
export const storyStepSchema = z.strictObject({
  /** The permanent anchor of the step. */
  id: slug,
  title: z.string().trim().min(1),
  view: z.enum(VIEWS),
  actors: z.array(slug).min(1, 'a step shows at least one organisation'),
  relations: z.array(slug).default([]),
  emphasis: z.array(slug).default([]),
});
export type StoryStep = z.infer<typeof storyStepSchema>;

/** Front matter of an MDX page under content/pages/<lang>/. */
export const pageSchema = z.strictObject({
  /** Shared by a page and its translation; never changes. */
  key: slug,
  /** The URL path below the language root, without slashes; empty for the home page. */
  path: z.string().regex(/^([a-z0-9-]+(\/[a-z0-9-]+)*)?$/, 'must be a path of slugs without leading or trailing slash'),
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** "In het kort": the page in a few points. Required on explanation pages. */
  summary: z.array(z.string().trim().min(1)).optional(),
  /** "Begin hier": one prominent link under the title, to the page (by key) a new reader should read first. */
  start: z.strictObject({ page: slug, label: z.string().trim().min(1) }).optional(),
  /** Explanation pages carry facts and must cite sources; service pages (privacy, 404) need not. */
  kind: z.enum(PAGE_KINDS).default('uitleg'),
  updated: fullDate,
  /** Key of the parent page, for breadcrumbs. */
  parent: slug.optional(),
  /** The building blocks the page explains, each a section written as <Bouwsteen id="..." />, shown as cards on top. */
  blocks: z.array(buildingBlockSchema).optional(),
  /** The steps of a guided story, each a section written as <Stap id="...">…</Stap> with a figure. */
  steps: z.array(storyStepSchema).optional(),
});

/**
 * A published version of an explanation page (content/versions/<page key>/<date>/data.yml): which change it is,
 * and the records the page showed that day, so a later change to an actor or a source does not rewrite it.
 * Written by `npm run publish-version`; never edited by hand.
 */
export const versionSchema = z.strictObject({
  page: slug,
  date: fullDate,
  /** The id of the change (content/data/changes/) that describes this version. */
  change: slug,
  records: z.strictObject({
    sources: z.array(sourceSchema).default([]),
    terms: z.array(termSchema).default([]),
    actors: z.array(actorSchema).default([]),
    figures: z.array(figureSchema).default([]),
  }),
});
export type Version = z.infer<typeof versionSchema>;
export type FrozenRecords = Version['records'];

export const dataSchemas = {
  actors: actorSchema,
  relations: relationSchema,
  events: eventSchema,
  terms: termSchema,
  sources: sourceSchema,
  figures: figureSchema,
  changes: changeSchema,
} as const;
export type DataCollection = keyof typeof dataSchemas;

/**
 * The fields that name records of a collection by id (one id or a list), declared once: the content check resolves
 * each of them, in this order. A change names page keys, which are not records (checked with the pages).
 */
export const REFERENCE_FIELDS: { [C in DataCollection]: Partial<Record<keyof z.infer<(typeof dataSchemas)[C]>, DataCollection>> } = {
  actors: { sources: 'sources', merged_into: 'actors' },
  relations: { from: 'actors', to: 'actors', sources: 'sources' },
  events: { actors: 'actors', sources: 'sources' },
  terms: { see_also: 'terms', sources: 'sources' },
  sources: {},
  figures: { sources: 'sources' },
  changes: {},
};

export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Term = z.infer<typeof termSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Change = z.infer<typeof changeSchema>;
export type PageData = z.infer<typeof pageSchema>;
