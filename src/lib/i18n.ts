/** Interface texts in both languages. Content texts live in content/, not here. */
import type { Lang } from './schemas.ts';

const nl = {
  siteName: 'Governance aanpak mensenhandel',
  siteTagline: 'Uitleg bij het advies van de Nationaal Rapporteur',
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  breadcrumbs: 'Kruimelpad',
  home: 'Home',
  search: 'Zoeken',
  searchLabel: 'Zoek op deze site',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  inShort: 'In het kort',
  sources: 'Bronnen',
  sourcesOfPage: 'Bronnen bij deze pagina',
  lastChanged: 'Laatst gewijzigd',
  uncertain: 'Onzeker',
  uncertainHelp: 'De bronnen geven hierover geen zekerheid.',
  interpretation: 'Interpretatie',
  interpretationHelp: 'Dit is onze lezing van de bronnen, geen uitspraak uit een bron.',
  backToCitation: 'Terug naar de tekst',
  footerAbout: 'Over deze site',
  footerRapporteur: 'Nationaal Rapporteur Mensenhandel',
  colofon: 'Colofon',
  accessibility: 'Toegankelijkheid',
  privacy: 'Privacy',
  sourceList: 'Bronnen',
  notFoundTitle: 'Pagina niet gevonden',
  openLink: 'Open de bron',
  source: 'bron',
  kamerstuk: 'Kamerstuk',
  published: 'Verschenen',
  chartTitle: 'Geregistreerde mogelijke slachtoffers per jaar',
  year: 'Jaar',
  seriesComensha: 'Registraties CoMensha',
  seriesRapporteur: 'Telling Nationaal Rapporteur',
  noFigure: 'geen cijfer',
  gapNote: 'Een onderbreking in de lijn betekent: voor dat jaar is geen cijfer bekend.',
  tableCaption: 'Geregistreerde mogelijke slachtoffers per jaar, per telwijze',
  showsOn: 'zie',
} as const;

const en: Record<keyof typeof nl, string> = {
  siteName: 'Governance of the anti-trafficking approach',
  siteTagline: "Explanation of the National Rapporteur's advice",
  skipLink: 'Skip to content',
  mainNav: 'Main menu',
  breadcrumbs: 'Breadcrumbs',
  home: 'Home',
  search: 'Search',
  searchLabel: 'Search this site',
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Lees deze pagina in het Nederlands',
  inShort: 'In short',
  sources: 'Sources',
  sourcesOfPage: 'Sources for this page',
  lastChanged: 'Last changed',
  uncertain: 'Uncertain',
  uncertainHelp: 'The sources do not settle this.',
  interpretation: 'Interpretation',
  interpretationHelp: 'This is our reading of the sources, not a statement from a source.',
  backToCitation: 'Back to the text',
  footerAbout: 'About this site',
  footerRapporteur: 'National Rapporteur on Trafficking in Human Beings',
  colofon: 'Colophon',
  accessibility: 'Accessibility',
  privacy: 'Privacy',
  sourceList: 'Sources',
  notFoundTitle: 'Page not found',
  openLink: 'Open the source',
  source: 'source',
  kamerstuk: 'Parliamentary paper',
  published: 'Published',
  chartTitle: 'Registered possible victims per year',
  year: 'Year',
  seriesComensha: 'CoMensha registrations',
  seriesRapporteur: "National Rapporteur's count",
  noFigure: 'no figure',
  gapNote: 'A break in the line means: no figure is known for that year.',
  tableCaption: 'Registered possible victims per year, by counting basis',
  showsOn: 'see',
};

export type UiKey = keyof typeof nl;
export const ui: Record<Lang, Record<UiKey, string>> = { nl, en };

export function t(lang: Lang, key: UiKey): string {
  return ui[lang][key];
}

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Formats a date of day, month or year precision without claiming more precision than it has. */
export function formatDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-');
  if (!month) return year;
  const monthName = MONTHS[lang][Number(month) - 1];
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}
