/**
 * The closed lists of values of the content model, without zod, so browser code can import them cheaply.
 * src/model/schemas.ts builds the schemas from these.
 */

export const LANGS = ['nl', 'en'] as const;

export const ACTOR_KINDS = [
  'ministerie',
  'uitvoeringsorganisatie',
  'politie-en-justitie',
  'gemeente-regio',
  'maatschappelijke-organisatie',
  'onafhankelijk-orgaan',
  'overleg-netwerk',
  'parlement',
  'internationaal',
] as const;

export const LEVELS = ['internationaal', 'nationaal', 'regionaal', 'lokaal'] as const;

export const DOMAINS = [
  'beleid',
  'opsporing-en-vervolging',
  'bestuurlijke-aanpak',
  'zorg-en-opvang',
  'migratie',
  'arbeid',
  'monitoring-en-onderzoek',
  'preventie',
  'internationaal',
] as const;

export const VIEWS = ['huidig', 'voorgesteld'] as const;

export const RELATION_TYPES = [
  'stuurt-aan',
  'coordineert',
  'financiert',
  'legt-verantwoording-af-aan',
  'adviseert',
  'monitort',
  'werkt-samen-met',
  'verwijst-slachtoffers-naar',
  'meldt-aan',
] as const;

export const RELATION_STATES = ['huidig', 'voorgesteld', 'beide', 'vervalt'] as const;

export const EVENT_KINDS = [
  'besluit',
  'brief',
  'debat',
  'motie',
  'rapport',
  'wet',
  'overleg',
  'benoeming',
  'programma',
  'evaluatie',
] as const;

export const LANES = ['kabinet', 'parlement', 'rapporteur', 'uitvoering', 'eu-internationaal'] as const;

export const SOURCE_KINDS = ['kamerstuk', 'brief', 'rapport', 'wet', 'eu-tekst', 'nieuws', 'website'] as const;

/** Counting bases of registered victims; the two differ, so they are never mixed in one series. */
export const FIGURE_SERIES = ['comensha', 'rapporteur'] as const;

export const PAGE_KINDS = ['uitleg', 'dienst'] as const;

export type Lang = (typeof LANGS)[number];
