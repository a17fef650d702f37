import { describe, expect, it } from 'vitest';

describe('periods', async () => {
  const { checkContent } = await import('./content-check.ts');
  const event = (date: string, end: string) => ({
    file: 'e.yml',
    data: { id: 'e', date, end, kind: 'programma', lane: 'kabinet', status: 'gebeurd', title: { nl: 'a', en: 'a' }, summary: { nl: 'a', en: 'a' }, sources: ['s'] },
  });
  const source = { file: 's.yml', data: { id: 's', title: 't', publisher: 'p', kind: 'website' } };
  const check = (date: string, end: string) =>
    checkContent({ actors: [], relations: [], events: [event(date, end)], terms: [], sources: [source], figures: [] } as never, []).problems.map((p) => p.message);

  it('accepts a period whose end year contains the start day', () => {
    expect(check('2026-12-20', '2026')).toEqual([]);
    expect(check('2018-11', '2025-12-31')).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(check('2026-12-20', '2026-11')).toEqual(['ends (2026-11) before it starts (2026-12-20)']);
  });
});
