import { mdxReferences } from '../../../model/mdx-references.ts';

/** Source ids cited with <Bron id="..." /> in an MDX body, in order of first citation: the page's numbered list. */
export function citedSources(body: string): string[] {
  return [...new Set(mdxReferences(body).filter((reference) => reference.component === 'Bron').map((reference) => reference.id))];
}
