// For readers of letters: contents, versions and their comparison, print addresses, source titles, term uses.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodySections, contentsEntries, sectionHeadings } from '../../src/features/explanation/build/page-sections.ts';
import { compareSections, mergePieces } from '../../src/features/versions/build/version-diff.ts';
import { comparisonUrl, currentPageOf, previousVersion, recordsShown, versionUrl } from '../../src/features/versions/build/versions.ts';
import { withPrintAddresses } from '../../src/production/print-links.ts';
import { sourceTitle } from '../../src/features/explanation/build/source-title.ts';
import { roughStem, termForms, unlinkedFirstUses } from '../../src/features/explanation/build/term-uses.ts';
import { checkBuildingBlocks } from '../../src/features/explanation/build/building-blocks.ts';
import { readContent } from '../../src/model/read-content.ts';
import { readVersions } from '../../src/features/versions/build/read-versions.ts';
import { formatProblem } from '../../src/model/content-check.ts';
import { publishVersion } from '../../scripts/publish-version.ts';
import type { CheckedPage } from '../../src/model/content-check.ts';

const heading = (level: 2 | 3, id: string, text: string) => `<div class="heading-anchor"><h${level} id="${id}">${text}</h${level}><a href="#${id}"><span class="visually-hidden">Link: ${text}</span></a></div>`;

describe('contents of a page', () => {
  const html = [heading(2, 'a', 'Eerste'), '<p>Een.</p>', heading(3, 'a-1', 'Sub'), heading(2, 'b', 'Tweede &amp; meer'), heading(2, 'c', 'C'), heading(2, 'd', 'D')].join('');

  it('lists the h2 sections from four on, with their text', () => {
    expect(sectionHeadings(html).map((h) => `${h.depth}${h.id}`)).toEqual(['2a', '3a-1', '2b', '2c', '2d']);
    expect(contentsEntries(sectionHeadings(html)).map((h) => h.text)).toEqual(['Eerste', 'Tweede & meer', 'C', 'D']);
    expect(contentsEntries(sectionHeadings(html).slice(0, 4))).toEqual([]);
  });

  it('lists the h3 questions of a page without h2', () => {
    const questions = ['q1', 'q2', 'q3', 'q4'].map((id) => heading(3, id, id)).join('');
    expect(contentsEntries(sectionHeadings(questions)).map((h) => h.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('cuts a body into sections of text blocks, without hidden labels, scripts or drawings', () => {
    const sections = bodySections(`<p>Intro.</p>${heading(2, 'a', 'A')}<script>var x = 1;</script><p>Tekst.</p><svg><text>as</text></svg>`);
    expect(sections).toEqual([
      { id: '', title: '', blocks: ['Intro.'] },
      { id: 'a', title: 'A', blocks: ['Tekst.'] },
    ]);
  });
});

describe('comparing two versions', () => {
  const before = [
    { id: 'a', title: 'A', blocks: ['De eerste zin blijft. Deze zin gaat weg.', 'Een alinea die blijft.'] },
    { id: 'weg', title: 'Weg', blocks: ['Oud deel.'] },
    { id: 'b', title: 'B', blocks: ['Niets veranderd.'] },
  ];
  const after = [
    { id: 'a', title: 'A', blocks: ['De eerste zin blijft. Deze zin is nieuw.', 'Een alinea die blijft.'] },
    { id: 'b', title: 'B', blocks: ['Niets veranderd.'] },
    { id: 'nieuw', title: 'Nieuw', blocks: ['Nieuw deel.'] },
  ];
  const sections = compareSections(before, after);

  it('marks a removed and an added sentence inside a changed paragraph, and keeps the rest', () => {
    const a = sections.find((section) => section.id === 'a')!;
    expect(a.change).toBe('changed');
    expect(a.blocks[0].pieces).toEqual([
      { change: 'same', text: 'De eerste zin blijft.' },
      { change: 'removed', text: 'Deze zin gaat weg.' },
      { change: 'added', text: 'Deze zin is nieuw.' },
    ]);
    expect(a.blocks[1].change).toBe('same');
    expect([a.added, a.removed]).toEqual([1, 1]);
  });

  it('keeps unchanged sections as unchanged, and shows removed sections where they stood', () => {
    expect(sections.map((section) => `${section.id}:${section.change}`)).toEqual(['a:changed', 'weg:removed', 'b:same', 'nieuw:added']);
  });

  it('loses no text of a changed paragraph: "nr. 257." stays whole, and so does a cell with only a number', () => {
    const words = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean);
    const cases: [string, string][] = [
      ['Dat staat in Kamerstuk 28 638, nr. 257. Daarna kwam er een brief.', 'Dat staat in Kamerstuk 28 638, nr. 257. Daarna kwam er een nieuwe brief.'],
      ['Eerst een zin. Dat is Kamerstuk 28 638, nr. 257.', 'Eerst een andere zin. Dat is Kamerstuk 28 638, nr. 257.'],
      ['De brief (nr. 257 van 2025) kwam in juli. Toen volgde overleg.', 'De brief (nr. 259 van 2025) kwam in juli. Toen volgde overleg.'],
      ['1. Eerste punt. 2. Tweede punt.', '1. Eerste punt. 2. Ander punt.'],
      ['71', '80'],
    ];
    for (const [old, now] of cases) {
      const [section] = compareSections([{ id: 'a', title: 'A', blocks: [old] }], [{ id: 'a', title: 'A', blocks: [now] }]);
      const pieces = section.blocks.flatMap((block) => block.pieces);
      const text = (...kinds: string[]) => pieces.filter((piece) => kinds.includes(piece.change)).map((piece) => piece.text);
      expect(words(text('same', 'removed')), old).toEqual(words([old]));
      expect(words(text('same', 'added')), now).toEqual(words([now]));
    }
    const [section] = compareSections([{ id: 'a', title: 'A', blocks: [cases[0][0]] }], [{ id: 'a', title: 'A', blocks: [cases[0][1]] }]);
    expect(section.blocks[0].pieces).toEqual([
      { change: 'same', text: 'Dat staat in Kamerstuk 28 638, nr. 257.' },
      { change: 'removed', text: 'Daarna kwam er een brief.' },
      { change: 'added', text: 'Daarna kwam er een nieuwe brief.' },
    ]);
    expect([section.added, section.removed]).toEqual([1, 1]);
  });

  it('merges neighbouring sentences of one kind under one label', () => {
    expect(mergePieces([{ change: 'added', text: 'Een.' }, { change: 'added', text: 'Twee.' }, { change: 'same', text: 'Drie.' }])).toEqual([
      { change: 'added', text: 'Een. Twee.' },
      { change: 'same', text: 'Drie.' },
    ]);
  });
});

describe('versions', () => {
  it('have permanent URLs under the page, in both languages, also for the home page', () => {
    expect(versionUrl('nl', 'uitleg', '2026-11-29')).toBe('/uitleg/versies/2026-11-29/');
    expect(versionUrl('en', 'explanation', '2026-11-29')).toBe('/en/explanation/versions/2026-11-29/');
    expect(versionUrl('nl', '', '2026-11-29')).toBe('/versies/2026-11-29/');
    expect(comparisonUrl('nl', 'uitleg', '2026-11-29')).toBe('/uitleg/versies/2026-11-29/wat-is-er-veranderd/');
    expect(comparisonUrl('en', 'explanation', '2026-11-29')).toBe('/en/explanation/versions/2026-11-29/what-changed/');
    expect(previousVersion([{ date: '2026-11-29' }, { date: '2027-01-05' }], '2027-01-05')?.date).toBe('2026-11-29');
    expect(previousVersion([{ date: '2026-11-29' }], '2026-11-29')).toBeUndefined();
    expect(currentPageOf('/uitleg/versies/2026-11-29/')).toBe('/uitleg/');
    expect(currentPageOf('/en/explanation/versions/2026-11-29/what-changed/')).toBe('/en/explanation/');
    expect(currentPageOf('/versies/2026-11-29/')).toBe('/');
    expect(currentPageOf('/uitleg/')).toBeUndefined();
  });

  it('freeze the records a page names, the collections its lists show, and what those name in turn', () => {
    const { data } = readContent('tests/fixtures/valid');
    const frozen = recordsShown(['<Begrip id="regie">x</Begrip> <Organisatie id="dienst-y" />'], data);
    expect(frozen.terms.map((term) => term.id)).toContain('regie');
    expect(frozen.actors.map((actor) => actor.id)).toEqual(['dienst-y']);
    expect(frozen.sources.map((source) => source.id)).toEqual(expect.arrayContaining(['bron-a', 'bron-b']));
    expect(frozen.figures).toEqual([]);
    expect(recordsShown(['<Slachtoffercijfers />'], data).figures.length).toBe(data.figures.length);
  });

  it('leave out what no page shows: an actor moved to another row of the org chart is the same page', () => {
    const { data } = readContent('tests/fixtures/valid');
    const body = ['<Organisatie id="dienst-y" />'];
    const moved = { ...data, actors: data.actors.map((actor) => ({ ...actor, chart_row: 7, plural: ['nl' as const] })) };
    expect(recordsShown(body, moved)).toEqual(recordsShown(body, data));
    expect(recordsShown(body, moved).actors[0]).not.toHaveProperty('chart_row');
    const renamed = { ...data, actors: data.actors.map((actor) => ({ ...actor, name: { nl: 'Andere naam', en: 'Other name' } })) };
    expect(recordsShown(body, renamed)).not.toEqual(recordsShown(body, data));
  });
});

describe('npm run publish-version', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gmh-versions-'));
    dirs.push(dir);
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    return dir;
  };
  const change = (dir: string, id: string, date: string) =>
    writeFileSync(join(dir, 'data/changes', `${id}.yml`), `- id: ${id}\n  date: ${date}\n  title: { nl: Titel, en: Title }\n  description: { nl: Zin., en: Sentence. }\n  pages: [home]\n`, { flag: 'w' });

  it('asks for a change record of the page\'s date first, and then freezes text and records', () => {
    const dir = copy();
    const refused = publishVersion(dir, 'home');
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('has no change of 2026-11-29 for page "home"');
    expect(existsSync(join(dir, 'versions'))).toBe(false);

    mkdirSync(join(dir, 'data/changes'), { recursive: true });
    change(dir, 'eerste', '2026-11-29');
    const published = publishVersion(dir, 'home');
    expect(published.message).toMatch(/^Published the version of 2026-11-29 of "home"/);
    const folder = join(dir, 'versions/home/2026-11-29');
    expect(readFileSync(join(folder, 'nl.mdx'), 'utf8')).toBe(readFileSync(join(dir, 'pages/nl/home.mdx'), 'utf8'));
    expect(readFileSync(join(folder, 'data.yml'), 'utf8')).toMatch(/- id: dienst-y\n\s+name:\n\s+nl: Dienst Y\n/);

    const again = publishVersion(dir, 'home');
    expect(again.ok).toBe(false);
    expect(again.message).toContain('is published already');
  });

  it('a version is checked against its own records: a name its text uses must be frozen with it', () => {
    const dir = copy();
    mkdirSync(join(dir, 'data/changes'), { recursive: true });
    change(dir, 'eerste', '2026-11-29');
    expect(publishVersion(dir, 'home').ok).toBe(true);
    const file = join(dir, 'versions/home/2026-11-29/nl.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('doet iets.', 'doet iets met <Organisatie id="ministerie-x" />.'));
    const live = readContent(dir);
    const problems = readVersions(dir, live).problems.map(formatProblem);
    expect(problems).toEqual([`versions/home/2026-11-29/nl.mdx › version home/2026-11-29 › field "records.actors": "ministerie-x" is named in the text but not frozen in data.yml`]);
  });
});

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

describe('printed links', () => {
  it('get the full address on the site origin when they lead into the site, and none within the page', () => {
    const html = '<header><a href="/">Home</a></header><main><a href="/begrippen/#regie" class="term-link">regie</a> <a href="#coordinatie">C</a> <a href="https://example.org/">E</a> <a href="/wie-doet-wat/?view=a&amp;actor=b">W</a></main>';
    const out = withPrintAddresses(html, 'https://governance-mensenhandel.example');
    expect(out).toContain('<a href="/begrippen/#regie" data-print-url="https://governance-mensenhandel.example/begrippen/#regie" class="term-link">');
    expect(out).toContain('data-print-url="https://governance-mensenhandel.example/wie-doet-wat/?view=a&amp;actor=b"');
    expect(out).toContain('<a href="#coordinatie">');
    expect(out).toContain('<a href="https://example.org/">');
    expect(out).toContain('<header><a href="/">Home</a></header>');
  });
});

describe('source titles', () => {
  const german = { title: 'Richtlinie 2011/36/EU, Artikel 19', language: 'de' as const, titles: { nl: 'Richtlijn 2011/36/EU, artikel 19', en: 'Directive 2011/36/EU, Article 19' } };

  it('show the title in the page\'s language and name the document\'s own language', () => {
    expect(sourceTitle(german, 'nl')).toEqual({ text: 'Richtlijn 2011/36/EU, artikel 19', lang: 'nl', inLanguage: 'in het Duits', original: 'Richtlinie 2011/36/EU, Artikel 19' });
    expect(sourceTitle(german, 'en').inLanguage).toBe('in German');
    expect(sourceTitle({ title: 'Combating human trafficking', language: 'en' }, 'en')).toEqual({ text: 'Combating human trafficking', lang: 'en' });
    expect(sourceTitle({ title: 'Voortgangsbrief' }, 'en')).toEqual({ text: 'Voortgangsbrief', lang: 'nl', inLanguage: 'in Dutch' });
    expect(sourceTitle({ title: 'Voortgangsbrief' }, 'nl')).toEqual({ text: 'Voortgangsbrief', lang: 'nl' });
  });
});

describe('glossary terms used before they are linked', () => {
  const terms = [{ id: 'borging', term: { nl: 'Borging', en: 'Securing (borging)' }, definition: { nl: 'x', en: 'x' }, see_also: [], sources: [] }];

  it('finds a first use in another form of the word, and not one that is linked', () => {
    expect(roughStem('geborgd', 'nl')).toBe(roughStem('borging', 'nl'));
    const forms = termForms(terms, [], 'nl');
    expect(unlinkedFirstUses('## Borging {#b}\n\nAfspraken zijn niet geborgd.\n\nLater <Begrip id="borging">borging</Begrip>.', forms, 'nl')).toEqual([
      { term: 'borging', text: 'geborgd', line: 3 },
    ]);
    expect(unlinkedFirstUses('Afspraken zijn niet <Begrip id="borging">geborgd</Begrip>. Later borging.', forms, 'nl')).toEqual([]);
  });
});
