import { describe, expect, it } from 'vitest';
import { checkBuildingBlocks } from './building-blocks.ts';
import { formatProblem } from '../../../model/content-check.ts';
import type { CheckedPage } from '../../../model/content-check.ts';

describe('building blocks', () => {
  const page = (lang: 'nl' | 'en', blocks: { id: string; advice: 'genoemd' | 'onbekend' }[], body: string): CheckedPage =>
    ({ key: 'uitleg', lang, file: `${lang}.mdx`, body, blocks: blocks.map((b) => ({ ...b, name: b.id, line: 'x' })) }) as unknown as CheckedPage;

  it('need one section each, and the same list in both languages', () => {
    const nl = page('nl', [{ id: 'regie', advice: 'genoemd' }, { id: 'taskforce', advice: 'onbekend' }], '<Bouwsteen id="regie" />\n<Bouwsteen id="taskforce" />');
    const en = page('en', [{ id: 'regie', advice: 'genoemd' }, { id: 'taskforce', advice: 'genoemd' }], '<Bouwsteen id="regie" />\n<Bouwsteen id="onbekend" />');
    expect(checkBuildingBlocks([nl, en]).map(formatProblem)).toEqual([
      'en.mdx › page "uitleg" › field "<Bouwsteen>": "onbekend" is not in the page\'s blocks',
      'en.mdx › page "uitleg" › field "blocks[1]": "taskforce" has no section: add <Bouwsteen id="taskforce" /> where it starts',
      'en.mdx › page "uitleg" › field "blocks": must list the same blocks (id and advice, in order) as nl.mdx: regie:genoemd, taskforce:onbekend',
    ]);
    expect(checkBuildingBlocks([nl])).toEqual([]);
  });
});
