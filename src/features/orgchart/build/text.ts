/** Texts of the org chart that both the build and the browser need. */
import type { Actor, Lang } from '../../../model/schemas.ts';
import { KIND_LABEL, LEVEL_LABEL } from '../../../model/labels.ts';
import { translator, formatDate } from '../../../i18n/ui.ts';

/** What a sighted reader sees on a box: "Politie — uitvoeringsorganisatie, nationaal, 6 relaties". */
export function actorAccessibleName(actor: Pick<Actor, 'name' | 'kind' | 'level'>, relationCount: number, lang: Lang): string {
  const relations = translator(lang)('relations', { count: relationCount });
  return `${actor.name[lang]} — ${KIND_LABEL[actor.kind][lang]}, ${LEVEL_LABEL[actor.level][lang]}, ${relations}`;
}

/** "Opgeheven op 23 februari 2026, opgegaan in Ministerie van Justitie en Veiligheid." */
export function endedSentence(actor: Pick<Actor, 'end' | 'merged_into'>, lang: Lang, nameOf: (id: string) => string): string | undefined {
  if (!actor.end) return undefined;
  const t = translator(lang);
  const into = actor.merged_into ? `, ${t('mergedInto')} ${nameOf(actor.merged_into)}` : '';
  return `${t(actor.end.length === 10 ? 'endedOn' : 'endedIn')} ${formatDate(actor.end, lang)}${into}.`;
}
