// The story's own rules, beside the broken fixtures (tests/content/broken-fixtures.test.ts) that show the four the
// issue names: what else the check refuses, and that the steps' anchors become the page's permanent anchors.
import { describe, expect, it } from 'vitest';
import { checkStories } from './story-check.ts';
import { formatProblem, type CheckedData, type CheckedPage } from '../../../model/content-check.ts';
import type { StoryStep } from '../../../model/schemas.ts';

const actor = (id: string, extra: object = {}) => ({ id, in_views: ['huidig', 'voorgesteld'], ...extra });
const data = {
  actors: [actor('a'), actor('b'), actor('nieuw', { in_views: ['voorgesteld'] }), actor('weg', { end: '2026-02-23' })],
  relations: [
    { id: 'a-b', from: 'a', to: 'b', state: 'beide' },
    { id: 'a-nieuw', from: 'a', to: 'nieuw', state: 'voorgesteld' },
  ],
} as unknown as Pick<CheckedData, 'actors' | 'relations'>;

const step = (extra: Partial<StoryStep> = {}): StoryStep => ({ id: 'een', title: 'Een', view: 'huidig', actors: ['a', 'b'], relations: ['a-b'], emphasis: ['a'], ...extra });
const page = (lang: 'nl' | 'en', steps: StoryStep[], body = steps.map((s) => `<Stap id="${s.id}">\n\nTekst. <Bron id="x" />\n\n</Stap>`).join('\n\n')): CheckedPage =>
  ({ key: 'verhaal', path: 'verhaal', lang, file: `pages/${lang}/verhaal.mdx`, body, bodyLine: 10, anchors: [], steps }) as unknown as CheckedPage;
const messages = (...pages: CheckedPage[]) => checkStories(pages, data).map(formatProblem);

describe('checkStories', () => {
  it('accepts a story whose steps are drawn as the chart draws them, in both languages', () => {
    expect(messages(page('nl', [step()]), page('en', [step({ title: 'One' })]))).toEqual([]);
    expect(messages(page('nl', [step({ view: 'voorgesteld', actors: ['a', 'nieuw'], relations: ['a-nieuw'], emphasis: ['a-nieuw'] })]))).toEqual([]);
  });

  it('refuses an organisation the view does not show, or one that has ended', () => {
    expect(messages(page('nl', [step({ actors: ['a', 'nieuw'], relations: [], emphasis: [] })]))).toEqual([
      'pages/nl/verhaal.mdx › page "verhaal", step "een" › field "steps[0].actors[1]": "nieuw" is not in the view "huidig" (its in_views: voorgesteld)',
    ]);
    expect(messages(page('nl', [step({ actors: ['a', 'weg'], relations: [], emphasis: [] })]))[0]).toContain('"weg" ended on 2026-02-23');
  });

  it('refuses a relation whose ends the step does not show, and emphasis on something it does not show', () => {
    expect(messages(page('nl', [step({ actors: ['a'], emphasis: ['b'] })]))).toEqual([
      'pages/nl/verhaal.mdx › page "verhaal", step "een" › field "steps[0].relations[0]": relation "a-b" connects "b", which the step\'s actors do not list',
      'pages/nl/verhaal.mdx › page "verhaal", step "een" › field "steps[0].emphasis[0]": "b" is neither one of the step\'s actors nor one of its relations',
    ]);
  });

  it('pairs steps with their sections', () => {
    expect(messages(page('nl', [step()], '<Stap id="twee">\n\nTekst. <Bron id="x" />\n\n</Stap>'))).toEqual([
      'pages/nl/verhaal.mdx:10 › page "verhaal" › field "<Stap>": "twee" is not one of the page\'s steps',
      'pages/nl/verhaal.mdx › page "verhaal", step "een" › field "steps[0].id": has no section: write its text between <Stap id="een"> and </Stap>',
    ]);
  });

  it('wants the English story to have the Dutch steps in the same order', () => {
    const two = step({ id: 'twee' });
    expect(messages(page('nl', [step(), two]), page('en', [two, step()]))).toEqual([
      'pages/en/verhaal.mdx › page "verhaal" › field "steps": must have the same steps, in the same order, as pages/nl/verhaal.mdx: een, twee',
    ]);
    expect(messages(page('nl', [step()]), page('en', [step({ view: 'voorgesteld' })]))).toEqual([
      'pages/en/verhaal.mdx › page "verhaal", step "een" › field "steps[0].view": differs from pages/nl/verhaal.mdx: huidig there, voorgesteld here',
    ]);
  });

  it('makes each step\u2019s id a permanent anchor of the page, at the line of its section', () => {
    const nl = page('nl', [step(), step({ id: 'twee' })]);
    checkStories([nl], data);
    expect(nl.anchors).toEqual([
      { id: 'een', line: 10 },
      { id: 'twee', line: 16 },
    ]);
  });
});
