// B1 plain language: the Dutch pages keep sentences short. `npm run readability` prints the full report.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readability, textBlocks, syllables, sentencesOf } from '../../src/model/readability.ts';

describe('readability', () => {
  it('counts syllables as vowel groups and splits sentences', () => {
    expect(syllables('mensenhandel')).toBe(4);
    expect(syllables('rapporteur')).toBe(3);
    expect(sentencesOf(['Dit is een zin. Dit is er nog een!', 'Een kop'])).toEqual(['Dit is een zin.', 'Dit is er nog een!', 'Een kop']);
    const figures = readability(textBlocks('<p>De politie spoort mensenhandel op. Zij werkt samen.</p><li>Een punt</li>'));
    expect(figures.sentences).toBe(3);
    expect(figures.words).toBe(10);
  });

  it('reports every page, and the Dutch pages average 15 words per sentence or fewer', () => {
    const result = spawnSync('node', ['scripts/readability.ts'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => line.startsWith('/'));
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const row of rows.filter((r) => !r.startsWith('/en/'))) {
      const wordsPerSentence = Number(row.trim().split(/\s+/)[3]);
      expect(wordsPerSentence, row).toBeLessThanOrEqual(15);
    }
  });
});
