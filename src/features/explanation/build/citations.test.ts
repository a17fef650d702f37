import { describe, expect, it } from 'vitest';
import { citedSources } from './citations.ts';

describe('citations', () => {
  it('lists cited sources in order of first citation, once each', () => {
    expect(citedSources('a <Bron id="b" /> c <Bron id=\'a\'/> d <Bron id="b" />')).toEqual(['b', 'a']);
    expect(citedSources('no citations')).toEqual([]);
  });
});
