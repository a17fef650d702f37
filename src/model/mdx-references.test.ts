import { describe, expect, it } from 'vitest';
import { mdxElements, mdxHeadings, mdxReferences, usesComponent, withoutCode } from './mdx-references.ts';
import { citedSources } from '../features/explanation/build/citations.ts';
import { referencedIds } from '../features/versions/build/versions.ts';

const body = [
  'Tekst <Bron id="a" /> en <Begrip id="regie">regie</Begrip>.', // 1
  '', // 2
  '```mdx', // 3
  'Zo citeer je: <Bron id="in-fence" />', // 4
  '## Geen kop {#geen-kop}', // 5
  '```', // 6
  'Schrijf `<Organisatie id="in-code" />` in de tekst, of <Organisatie id=\'politie\' />.', // 7
  '## Een kop {#een-kop}', // 8
  '<h3 id="vraag">Vraag</h3>', // 9
  '~~~', // 10
  '<Bronnenlijst />', // 11
  '~~~', // 12
].join('\n');

describe('MDX references', () => {
  it('finds the records a body names, with their lines, and none inside fenced or inline code', () => {
    expect(mdxReferences(body)).toEqual([
      { component: 'Bron', collection: 'sources', id: 'a', line: 1 },
      { component: 'Begrip', collection: 'terms', id: 'regie', line: 1 },
      { component: 'Organisatie', collection: 'actors', id: 'politie', line: 7 },
    ]);
  });

  it('ignores a reference in a code block everywhere: citations, frozen records, list components, headings', () => {
    expect(citedSources(body)).toEqual(['a']);
    expect(referencedIds(body).sources).toEqual(new Set(['a']));
    expect(referencedIds(body).actors).toEqual(new Set(['politie']));
    expect(usesComponent(body, 'Bronnenlijst')).toBe(false);
    expect(usesComponent(body, 'Bron')).toBe(true);
    expect(mdxHeadings(body).map((heading) => [heading.id, heading.line])).toEqual([['een-kop', 8], ['vraag', 9]]);
  });

  it('blanks code but keeps every line and offset', () => {
    const blanked = withoutCode(body);
    expect(blanked.length).toBe(body.length);
    expect(blanked.split('\n').length).toBe(body.split('\n').length);
    expect(blanked).not.toContain('in-fence');
    expect(blanked).not.toContain('in-code');
    expect(withoutCode('a ``b ` c`` d')).toBe(`a ${' '.repeat(9)} d`);
  });

  it('reads attributes and children, and where an element starts', () => {
    const [stand] = mdxElements('Eerst\n<Stand datum="2025-09">Nu werken 20 mensen</Stand> hier.', ['Stand']);
    expect(stand).toMatchObject({ name: 'Stand', attributes: { datum: '2025-09' }, line: 2, children: 'Nu werken 20 mensen' });
    expect(mdxElements('<Begrip id="x" />', ['Begrip'])[0].children).toBeUndefined();
  });
});
