/** Texts of the org chart that both the build and the browser need. */
import type { Actor, Lang } from './schemas.ts';
import { KIND_LABEL, LEVEL_LABEL } from './labels.ts';

/** What a sighted reader sees on a box: "Politie — uitvoeringsorganisatie, nationaal, 6 relaties". */
export function actorAccessibleName(actor: Pick<Actor, 'name' | 'kind' | 'level'>, relationCount: number, lang: Lang): string {
  const relationWord = lang === 'nl' ? (relationCount === 1 ? 'relatie' : 'relaties') : relationCount === 1 ? 'relation' : 'relations';
  return `${actor.name[lang]} — ${KIND_LABEL[actor.kind][lang]}, ${LEVEL_LABEL[actor.level][lang]}, ${relationCount} ${relationWord}`;
}

/** Said wherever an actor's role in the proposal is shown and the sources name no change (list, panel, actor page). */
export const NO_PROPOSED_CHANGE: Record<Lang, string> = {
  nl: 'De bronnen noemen geen andere rol in het voorstel.',
  en: 'The sources name no different role in the proposal.',
};
