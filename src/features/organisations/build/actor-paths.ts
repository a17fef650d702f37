/** Static paths of the actor pages, the same in both languages: one page per actor with its relations. */
import { getCollection } from 'astro:content';

export async function actorPaths() {
  const relations = (await getCollection('relations')).map((entry) => entry.data);
  return (await getCollection('actors')).map(({ data: actor }) => ({
    params: { id: actor.id },
    props: { actor, relations: relations.filter((r) => r.from === actor.id || r.to === actor.id) },
  }));
}
