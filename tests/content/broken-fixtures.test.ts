// Each fixture under tests/fixtures/broken/ is the valid fixture with one mistake; the check must name it exactly.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { formatProblem } from '../../src/lib/content-check.ts';

const messages = (fixture: string) =>
  readContent(`tests/fixtures/${fixture}`, `tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('the content check', () => {
  it('accepts the valid fixture', () => {
    expect(messages('valid')).toEqual([]);
  });

  const cases: [string, string][] = [
    ['dangling-reference', 'data/relations/relaties.yml:1 › relation "x-stuurt-y" › field "to": unknown actor "dienst-z"'],
    ['duplicate-id', 'data/actors/actoren.yml:10 › actor "ministerie-x" › field "id": duplicate id; "ministerie-x" is already used in data/actors/actoren.yml:1'],
    ['impossible-date', 'data/events/gebeurtenissen.yml:1 › event "advies" › field "date": is not a real calendar date'],
    ['unknown-enum', 'data/actors/actoren.yml:10 › actor "dienst-y" › field "kind": Invalid option: expected one of "ministerie"|"uitvoeringsorganisatie"|'],
    ['missing-translation', 'data/terms/begrippen.yml:6 › term "coordinatie" › field "definition.en": English translation is missing'],
    ['missing-page-translation', 'pages/nl/home.mdx › page "home" › field "key": has no English translation (no page with key "home" in content/pages/en/)'],
    ['heading-without-id', 'pages/nl/home.mdx:13 › page "home" › field "heading": "Eerste kop" needs a permanent id: end it with {#some-id}'],
    ['unfinished-text', 'pages/nl/home.mdx:15 › page "home" › field "text": unfinished text: "TODO"'],
    ['page-without-summary', 'pages/nl/home.mdx › page "home" › field "summary": an explanation page needs its "In het kort" summary'],
    ['page-without-source', 'pages/en/home.mdx › page "home" › field "sources": an explanation page must cite at least one source with <Bron id="..." />'],
    ['unknown-see-also', 'data/terms/begrippen.yml:1 › term "regie" › field "see_also[0]": unknown term "borging"'],
    ['unknown-citation', 'pages/nl/home.mdx:11 › page "home" › field "<Bron>": unknown source "bron-c"'],
  ];

  it.each(cases)('reports %s naming file, line, record and field', (fixture, expected) => {
    const [first, ...rest] = messages(`broken/${fixture}`);
    expect(first.startsWith(expected), `${first}\n${rest.join('\n')}`).toBe(true);
  });
});
