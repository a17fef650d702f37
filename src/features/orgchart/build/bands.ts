/**
 * The five horizontal bands of the org chart, from international to local, that readers recognise; every actor
 * belongs to one by its kind and level. Pure and cheap, so the list view and the labels need no layout code.
 */
import type { Actor } from '../../../model/schemas.ts';

export const BANDS = ['internationaal', 'politiek-en-toezicht', 'rijk', 'landelijke-uitvoering', 'regionaal-en-lokaal'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(actor: Pick<Actor, 'kind' | 'level'>): Band {
  if (actor.level === 'internationaal' || actor.kind === 'internationaal') return 'internationaal';
  if (actor.level === 'regionaal' || actor.level === 'lokaal' || actor.kind === 'gemeente-regio') return 'regionaal-en-lokaal';
  if (actor.kind === 'parlement' || actor.kind === 'onafhankelijk-orgaan') return 'politiek-en-toezicht';
  if (actor.kind === 'ministerie' || actor.kind === 'overleg-netwerk') return 'rijk';
  return 'landelijke-uitvoering';
}
