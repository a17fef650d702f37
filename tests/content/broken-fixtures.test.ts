// Each fixture under tests/fixtures/broken/ is the valid fixture with one mistake; the check must name it exactly.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/model/read-content.ts';
import { formatProblem } from '../../src/model/content-check.ts';
import { htmlTagIn } from '../../src/model/schemas.ts';

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
    ['unknown-enum', 'data/actors/actoren.yml:10 › actor "dienst-y" › field "kind": "agentschap" is not one of the allowed values (ministerie, uitvoeringsorganisatie, '],
    ['missing-translation', 'data/terms/begrippen.yml:6 › term "coordinatie" › field "definition.en": English translation is missing'],
    ['missing-page-translation', 'pages/nl/home.mdx › page "home" › field "key": has no English translation (no page with key "home" in content/pages/en/)'],
    ['heading-without-id', 'pages/nl/home.mdx:13 › page "home" › field "heading": "Eerste kop" needs a permanent id: end it with {#some-id}'],
    ['unfinished-text', 'pages/nl/home.mdx:15 › page "home" › field "text": unfinished text: "TODO"'],
    ['page-without-summary', 'pages/nl/home.mdx › page "home" › field "summary": an explanation page needs its "In het kort" summary'],
    ['page-without-source', 'pages/en/home.mdx › page "home" › field "sources": an explanation page must cite at least one source with <Bron id="..." />'],
    ['unknown-see-also', 'data/terms/begrippen.yml:1 › term "regie" › field "see_also[0]": unknown term "borging"'],
    ['unknown-citation', 'pages/nl/home.mdx:11 › page "home" › field "<Bron>": unknown source "bron-c"'],
    ['heading-takes-generated-id', 'pages/nl/home.mdx:13 › page "home" › field "heading": id "bron-bron-a" is already used by the entry of source "bron-a" in the page\'s source list'],
    ['duplicate-heading-id', 'pages/nl/home.mdx:15 › page "home" › field "heading": id "eerste" is used twice on this page (first on line 13)'],
    ['duplicate-actor-name', 'data/actors/actoren.yml:10 › actor "dienst-y" › field "name.nl": "Ministerie X" is also the name of actor "ministerie-x" (data/actors/actoren.yml:1)'],
    ['duplicate-relation', 'data/relations/relaties.yml:8 › relation "ministerie-x-stuurt-dienst-y" › field "id": the same relation (from, to, type and state) as relation "x-stuurt-y" (data/relations/relaties.yml:1)'],
    ['html-in-text', 'data/actors/actoren.yml:1 › actor "ministerie-x" › field "summary.nl": holds HTML (<b>); write plain text'],
    ['host-without-dot', 'data/sources/bronnen.yml:1 › source "bron-a" › field "url": must be a full web address: the host "tweedekamer" has no dot'],
    ['actor-ends-before-start', 'data/actors/actoren.yml:19 › actor "dienst-z" › field "end": ends (2025-09-05) before it starts (2026)'],
    ['actor-ends-after-build-date', 'data/actors/actoren.yml:19 › actor "dienst-z" › field "end": the end (2999-01-01) lies after the build date ('],
    ['unknown-merged-into', 'data/actors/actoren.yml:19 › actor "dienst-z" › field "merged_into": unknown actor "dienst-q"'],
    ['as-of-after-build-date', 'data/relations/relaties.yml:8 › relation "x-stuurt-z" › field "as_of": the date of this relation (2999-01) lies after the build date ('],
    ['yaml-colon-in-text', 'data/actors/actoren.yml:8:9: YAML syntax: a colon (:) inside a text needs quotes around the whole text'],
    ['yaml-missing-dash', 'data/actors/actoren.yml:10:3: YAML syntax: a second "id:" in one record: the "- " before "id:" is probably missing'],
    ['yaml-bad-indent', 'data/actors/actoren.yml:12:1: YAML syntax: the fields of a record must line up'],
    ['text-not-in-two-languages', 'data/actors/actoren.yml:1 › actor "ministerie-x" › field "name": needs the text in both languages, on two lines below it'],
    ['near-miss-id', 'data/relations/relaties.yml:1 › relation "x-stuurt-y" › field "to": unknown actor "dienst-yy". Did you mean "dienst-y"?'],
    ['story-unknown-id', 'pages/nl/stappen.mdx › page "stappen", step "wie-stuurt" › field "steps[0].actors[1]": unknown actor "dienst-yy". Did you mean "dienst-y"?'],
    ['story-relation-not-in-view', 'pages/nl/stappen.mdx › page "stappen", step "wie-stuurt" › field "steps[0].relations[1]": relation "x-stuurt-z" (state "huidig") is not in the view "voorgesteld"'],
    ['story-step-without-source', 'pages/nl/stappen.mdx:20 › page "stappen", step "wie-stuurt" › field "text": cites no source: add <Bron id="..." /> to the text of the step'],
    ['story-translation-differs', 'pages/en/stappen.mdx › page "stappen", step "wie-stuurt" › field "steps[0].emphasis": differs from pages/nl/stappen.mdx: [ministerie-x] there, [dienst-y] here'],
    ['dated-sentence-invalid-date', 'pages/nl/home.mdx:15 › page "home" › field "<Stand>": datum "2025-13" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY'],
  ];

  it.each(cases)('reports %s naming file, line, record and field', (fixture, expected) => {
    const [first, ...rest] = messages(`broken/${fixture}`);
    expect(first.startsWith(expected), `${first}\n${rest.join('\n')}`).toBe(true);
  });

  it.each(['yaml-colon-in-text', 'yaml-missing-dash', 'yaml-bad-indent'])('reports a YAML slip (%s) once, without follow-on problems', (fixture) => {
    expect(messages(`broken/${fixture}`)).toHaveLength(1);
  });
});

describe('plain text in data files', () => {
  it('finds a tag, not a comparison', () => {
    expect(htmlTagIn('Een <b>vet</b> woord')).toBe('<b>');
    expect(htmlTagIn('Zie <a href="https://x.nl">hier</a>')).toBe('<a href="https://x.nl">');
    expect(htmlTagIn('regel<br/>twee')).toBe('<br/>');
    expect(htmlTagIn('meer dan 3 < 4 en 5 > 2')).toBeUndefined();
    expect(htmlTagIn('Artikel 273f Sr')).toBeUndefined();
  });
});
