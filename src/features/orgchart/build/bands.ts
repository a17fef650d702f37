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

/**
 * The overview's order of the bands (the first view of "Wie doet wat"). The whole network keeps BANDS, top to
 * bottom from international to local, because its relations mostly run down that way. The overview draws no
 * relations, so it can put first what its readers come for: the Dutch approach, which is what the Rapporteur's
 * letters and this site are about. Central government (ministries, programme, coordinators) opens it where the eye
 * lands, national implementation (police, OM, CoMensha) and the regions and municipalities follow, as the work flows
 * from policy to practice; parliament and oversight, and the international organisations, that look at the approach
 * from outside, come last.
 */
export const OVERVIEW_BANDS = ['rijk', 'landelijke-uitvoering', 'regionaal-en-lokaal', 'politiek-en-toezicht', 'internationaal'] as const satisfies readonly Band[];
