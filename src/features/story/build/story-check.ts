/**
 * The content check of a guided story (front matter `steps`, sections <Stap id="...">…</Stap>): every id a step names
 * exists, every organisation and relation is one the org chart draws in the step's view, every step has a section
 * that cites a source, and the English story has the same steps as the Dutch one (only the words differ). Each
 * problem names file, step and field. Pure. The steps' anchors join the page's anchors, as headings' do.
 */
import type { CheckedData, CheckedPage, Problem } from '../../../model/content-check.ts';
import type { StoryStep } from '../../../model/schemas.ts';
import { didYouMean } from '../../../model/content-messages.ts';
import { actorInView, relationInView } from '../../orgchart/views.ts';

const STEP_SECTION = /<Stap\s+id=["']([^"']+)["'][^>]*>([\s\S]*?)<\/Stap>/g;
const CITATION = /<Bron\s+id=["'][^"']+["']/;
const HEADING_ID = /\{#([a-z0-9-]+)\}\s*$|<h[23]\b[^>]*\bid=["']([^"']+)["']/gm;

type Data = Pick<CheckedData, 'actors' | 'relations'>;

/** The file line on which the character at `index` of the body lies. */
function lineAt(page: CheckedPage, index: number): number | undefined {
  return page.bodyLine === undefined ? undefined : page.bodyLine + page.body.slice(0, index).split('\n').length - 1;
}

export function checkStories(pages: CheckedPage[], data: Data): Problem[] {
  const problems: Problem[] = [];
  const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
  const relations = new Map(data.relations.map((relation) => [relation.id, relation]));

  for (const page of pages) {
    const steps = page.steps;
    if (!steps) continue;
    const at = (step: StoryStep | undefined, field: string, message: string, line?: number): Problem => ({
      file: page.file,
      line,
      record: step ? `page "${page.key}", step "${step.id}"` : `page "${page.key}"`,
      field,
      message,
    });
    const sections = new Map<string, { text: string; index: number }>();
    for (const match of page.body.matchAll(STEP_SECTION)) {
      const [, id, text] = match;
      const line = lineAt(page, match.index);
      if (!steps.some((step) => step.id === id)) problems.push(at(undefined, '<Stap>', `"${id}" is not one of the page's steps.${didYouMean(id, steps.map((s) => s.id))}`.replace(/\.$/, ''), line));
      else if (sections.has(id)) problems.push(at(steps.find((s) => s.id === id), '<Stap>', `"${id}" has a section already`, line));
      else sections.set(id, { text, index: match.index });
    }
    const headingIds = new Set([...page.body.matchAll(HEADING_ID)].map((match) => match[1] ?? match[2]));

    steps.forEach((step, index) => {
      const field = (name: string) => `steps[${index}].${name}`;
      if (steps.findIndex((other) => other.id === step.id) !== index) problems.push(at(step, field('id'), `"${step.id}" is listed twice`));
      if (headingIds.has(step.id)) problems.push(at(step, field('id'), `"${step.id}" is also the id of a heading`));
      const section = sections.get(step.id);
      if (!section) problems.push(at(step, field('id'), `has no section: write its text between <Stap id="${step.id}"> and </Stap>`));
      else if (!CITATION.test(section.text)) problems.push(at(step, 'text', 'cites no source: add <Bron id="..." /> to the text of the step', lineAt(page, section.index)));

      const shown = new Set<string>();
      step.actors.forEach((id, i) => {
        const actor = actors.get(id);
        if (!actor) return problems.push(at(step, field(`actors[${i}]`), `unknown actor "${id}".${didYouMean(id, actors.keys())}`.replace(/\.$/, '')));
        if (actor.end) return problems.push(at(step, field(`actors[${i}]`), `"${id}" ended on ${actor.end}; the chart no longer draws it`));
        if (!actorInView(actor, step.view)) return problems.push(at(step, field(`actors[${i}]`), `"${id}" is not in the view "${step.view}" (its in_views: ${actor.in_views.join(', ')})`));
        shown.add(id);
      });
      step.relations.forEach((id, i) => {
        const relation = relations.get(id);
        if (!relation) return problems.push(at(step, field(`relations[${i}]`), `unknown relation "${id}".${didYouMean(id, relations.keys())}`.replace(/\.$/, '')));
        if (!relationInView(relation.state, step.view)) {
          return problems.push(at(step, field(`relations[${i}]`), `relation "${id}" (state "${relation.state}") is not in the view "${step.view}"`));
        }
        const missing = [relation.from, relation.to].filter((end) => !step.actors.includes(end));
        if (missing.length) problems.push(at(step, field(`relations[${i}]`), `relation "${id}" connects ${missing.map((m) => `"${m}"`).join(' and ')}, which the step's actors do not list`));
        shown.add(id);
      });
      step.emphasis.forEach((id, i) => {
        if (!step.actors.includes(id) && !step.relations.includes(id)) problems.push(at(step, field(`emphasis[${i}]`), `"${id}" is neither one of the step's actors nor one of its relations`));
      });
    });

    // Steps are headings with permanent anchors: the permalink plan and the duplicate check see them like any heading.
    for (const step of steps) {
      if (!page.anchors.some((anchor) => anchor.id === step.id)) page.anchors.push({ id: step.id, line: lineAt(page, sections.get(step.id)?.index ?? 0) ?? 1 });
    }
  }

  // A story and its translation have the same steps, in the same order, with the same figures; only words differ.
  const byKey = new Map<string, CheckedPage[]>();
  for (const page of pages) if (page.steps) byKey.set(page.key, [...(byKey.get(page.key) ?? []), page]);
  for (const [key, translations] of byKey) {
    const first = translations.find((page) => page.lang === 'nl') ?? translations[0];
    for (const other of translations) {
      if (other === first) continue;
      const ids = (page: CheckedPage) => (page.steps ?? []).map((step) => step.id).join(', ');
      if (ids(other) !== ids(first)) {
        problems.push({ file: other.file, record: `page "${key}"`, field: 'steps', message: `must have the same steps, in the same order, as ${first.file}: ${ids(first)}` });
        continue;
      }
      (other.steps ?? []).forEach((step, index) => {
        const original = first.steps![index];
        for (const name of ['view', 'actors', 'relations', 'emphasis'] as const) {
          const mine = JSON.stringify(step[name]);
          const theirs = JSON.stringify(original[name]);
          if (mine !== theirs) {
            problems.push({
              file: other.file,
              record: `page "${key}", step "${step.id}"`,
              field: `steps[${index}].${name}`,
              message: `differs from ${first.file}: ${theirs.replace(/"/g, '')} there, ${mine.replace(/"/g, '')} here`,
            });
          }
        }
      });
    }
  }
  return problems;
}
