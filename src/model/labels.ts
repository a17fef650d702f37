/** Display labels of the content model's enum values, and relation sentences, in both languages. */
import type { Actor, Lang, Relation, Event } from './schemas.ts';
import type { Band } from '../features/orgchart/build/bands.ts';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

export const KIND_LABEL: Labels<Actor['kind']> = {
  ministerie: { nl: 'ministerie', en: 'ministry' },
  uitvoeringsorganisatie: { nl: 'uitvoeringsorganisatie', en: 'implementing agency' },
  'politie-en-justitie': { nl: 'politie en justitie', en: 'police and justice' },
  'gemeente-regio': { nl: 'gemeente of regio', en: 'municipality or region' },
  'maatschappelijke-organisatie': { nl: 'maatschappelijke organisatie', en: 'civil-society organisation' },
  'onafhankelijk-orgaan': { nl: 'onafhankelijk orgaan', en: 'independent body' },
  'overleg-netwerk': { nl: 'overleg of netwerk', en: 'platform or network' },
  parlement: { nl: 'parlement', en: 'parliament' },
  internationaal: { nl: 'internationale organisatie', en: 'international organisation' },
};

export const LEVEL_LABEL: Labels<Actor['level']> = {
  internationaal: { nl: 'internationaal', en: 'international' },
  nationaal: { nl: 'nationaal', en: 'national' },
  regionaal: { nl: 'regionaal', en: 'regional' },
  lokaal: { nl: 'lokaal', en: 'local' },
};

export const DOMAIN_LABEL: Labels<Actor['domains'][number]> = {
  beleid: { nl: 'beleid', en: 'policy' },
  'opsporing-en-vervolging': { nl: 'opsporing en vervolging', en: 'investigation and prosecution' },
  'bestuurlijke-aanpak': { nl: 'bestuurlijke aanpak', en: 'administrative approach' },
  'zorg-en-opvang': { nl: 'zorg en opvang', en: 'care and shelter' },
  migratie: { nl: 'migratie', en: 'migration' },
  arbeid: { nl: 'arbeid', en: 'labour' },
  'monitoring-en-onderzoek': { nl: 'monitoring en onderzoek', en: 'monitoring and research' },
  preventie: { nl: 'preventie', en: 'prevention' },
  internationaal: { nl: 'internationaal', en: 'international' },
};

export const RELATION_LABEL: Labels<Relation['type']> = {
  'stuurt-aan': { nl: 'stuurt aan', en: 'steers' },
  coordineert: { nl: 'coördineert', en: 'coordinates' },
  financiert: { nl: 'financiert', en: 'funds' },
  'legt-verantwoording-af-aan': { nl: 'legt verantwoording af aan', en: 'is accountable to' },
  adviseert: { nl: 'adviseert', en: 'advises' },
  monitort: { nl: 'monitort', en: 'monitors' },
  'werkt-samen-met': { nl: 'werkt samen met', en: 'works with' },
  'verwijst-slachtoffers-naar': { nl: 'verwijst slachtoffers naar', en: 'refers victims to' },
  'meldt-aan': { nl: 'meldt aan', en: 'reports to' },
};

/**
 * Sentence templates: {from} and {to} are replaced by the actors' names. The verb agrees with {from}, the subject:
 * the second form is for a subject whose name is plural in that language ("Gemeenten werken samen met").
 */
const RELATION_SENTENCE: Record<Relation['type'], Record<Lang, [singular: string, plural: string]>> = {
  'stuurt-aan': { nl: ['{from} stuurt {to} aan', '{from} sturen {to} aan'], en: ['{from} steers {to}', '{from} steer {to}'] },
  coordineert: { nl: ['{from} coördineert {to}', '{from} coördineren {to}'], en: ['{from} coordinates {to}', '{from} coordinate {to}'] },
  financiert: { nl: ['{from} financiert {to}', '{from} financieren {to}'], en: ['{from} funds {to}', '{from} fund {to}'] },
  'legt-verantwoording-af-aan': {
    nl: ['{from} legt verantwoording af aan {to}', '{from} leggen verantwoording af aan {to}'],
    en: ['{from} is accountable to {to}', '{from} are accountable to {to}'],
  },
  adviseert: { nl: ['{from} adviseert {to}', '{from} adviseren {to}'], en: ['{from} advises {to}', '{from} advise {to}'] },
  monitort: { nl: ['{from} monitort {to}', '{from} monitoren {to}'], en: ['{from} monitors {to}', '{from} monitor {to}'] },
  'werkt-samen-met': { nl: ['{from} werkt samen met {to}', '{from} werken samen met {to}'], en: ['{from} works with {to}', '{from} work with {to}'] },
  'verwijst-slachtoffers-naar': {
    nl: ['{from} verwijst slachtoffers naar {to}', '{from} verwijzen slachtoffers naar {to}'],
    en: ['{from} refers victims to {to}', '{from} refer victims to {to}'],
  },
  'meldt-aan': {
    nl: ['{from} meldt slachtoffers aan bij {to}', '{from} melden slachtoffers aan bij {to}'],
    en: ['{from} reports victims to {to}', '{from} report victims to {to}'],
  },
};

export const STATE_LABEL: Labels<Relation['state']> = {
  huidig: { nl: 'alleen nu', en: 'today only' },
  voorgesteld: { nl: 'alleen in het voorstel', en: 'in the proposal only' },
  beide: { nl: 'nu en in het voorstel', en: 'today and in the proposal' },
  vervalt: { nl: 'vervalt in het voorstel', en: 'ends in the proposal' },
};

export const LANE_LABEL: Labels<Event['lane']> = {
  kabinet: { nl: 'Kabinet en ministeries', en: 'Cabinet and ministries' },
  parlement: { nl: 'Parlement', en: 'Parliament' },
  rapporteur: { nl: 'Nationaal Rapporteur', en: 'National Rapporteur' },
  uitvoering: { nl: 'Uitvoering', en: 'Implementation' },
  'eu-internationaal': { nl: 'EU en internationaal', en: 'EU and international' },
};

export const EVENT_KIND_LABEL: Labels<Event['kind']> = {
  besluit: { nl: 'besluit', en: 'decision' },
  brief: { nl: 'brief', en: 'letter' },
  debat: { nl: 'debat', en: 'debate' },
  motie: { nl: 'motie', en: 'motion' },
  rapport: { nl: 'rapport', en: 'report' },
  wet: { nl: 'wet of regel', en: 'law or rule' },
  overleg: { nl: 'overleg', en: 'meeting' },
  benoeming: { nl: 'benoeming', en: 'appointment' },
  programma: { nl: 'programma', en: 'programme' },
  evaluatie: { nl: 'evaluatie', en: 'evaluation' },
};

export const STATUS_LABEL: Labels<Event['status']> = {
  gebeurd: { nl: 'gebeurd', en: 'happened' },
  verwacht: { nl: 'verwacht', en: 'expected' },
};

export type SentencePart = { text: string } | { actor: string };

/** Whether an actor's name is plural in a language, so the verb after it is too. */
export const isPlural = (actor: Pick<Actor, 'plural'> | undefined, lang: Lang): boolean => Boolean(actor?.plural?.includes(lang));

/**
 * Splits a relation into text and actor parts, so a template can link the actor names. `subjectIsPlural` says
 * whether the name of `relation.from` is plural in `lang` (see isPlural).
 */
export function relationSentence(relation: Pick<Relation, 'type' | 'from' | 'to'>, lang: Lang, subjectIsPlural = false): SentencePart[] {
  return RELATION_SENTENCE[relation.type][lang][subjectIsPlural ? 1 : 0]
    .split(/(\{from\}|\{to\})/)
    .filter(Boolean)
    .map((part) => (part === '{from}' ? { actor: relation.from } : part === '{to}' ? { actor: relation.to } : { text: part }));
}

/** A relation as plain text ("Gemeenten en centrumgemeenten werken samen met Taskforce …"), for a tooltip or a title. */
export function relationText(relation: Pick<Relation, 'type' | 'from' | 'to'>, lang: Lang, actor: (id: string) => Pick<Actor, 'name' | 'plural'>): string {
  return relationSentence(relation, lang, isPlural(actor(relation.from), lang))
    .map((part) => ('text' in part ? part.text : actor(part.actor).name[lang]))
    .join('');
}

export const BAND_LABEL: Labels<Band> = {
  internationaal: { nl: 'Internationaal', en: 'International' },
  'politiek-en-toezicht': { nl: 'Parlement en onafhankelijk toezicht', en: 'Parliament and independent oversight' },
  rijk: { nl: 'Rijksoverheid: ministeries, programma en overleg', en: 'Central government: ministries, programme and platforms' },
  'landelijke-uitvoering': { nl: 'Landelijke uitvoering en maatschappelijke organisaties', en: 'National implementation and civil society' },
  'regionaal-en-lokaal': { nl: 'Regionaal en lokaal', en: 'Regional and local' },
};

export const DIFFERENCE_LABEL: Labels<'toegevoegd' | 'vervalt' | 'gewijzigd' | 'gelijk'> = {
  toegevoegd: { nl: 'nieuw in het voorstel', en: 'new in the proposal' },
  vervalt: { nl: 'vervalt of alleen nu', en: 'ends, or today only' },
  gewijzigd: { nl: 'rol in het voorstel', en: 'role in the proposal' },
  gelijk: { nl: 'blijft gelijk', en: 'stays the same' },
};
