/**
 * The building blocks of a page (front matter `blocks`) drive both its cards on top and its sections: each block is
 * one section written as <Bouwsteen id="..." />. This checks that the two agree, in both languages.
 */
import type { CheckedPage, Problem } from '../../../model/content-check.ts';
import { mdxElements, mdxHeadings } from '../../../model/mdx-references.ts';

export function checkBuildingBlocks(pages: readonly CheckedPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const at = { file: page.file, record: `page "${page.key}"` };
    const blocks = page.blocks ?? [];
    const ids = new Set(blocks.map((block) => block.id));
    blocks.forEach((block, index) => {
      if (blocks.findIndex((other) => other.id === block.id) !== index) problems.push({ ...at, field: `blocks[${index}].id`, message: `"${block.id}" is listed twice` });
    });
    const sections = new Map<string, number>();
    for (const id of mdxElements(page.body, ['Bouwsteen']).flatMap((section) => section.attributes.id ?? [])) {
      if (!ids.has(id)) problems.push({ ...at, field: '<Bouwsteen>', message: `"${id}" is not in the page's blocks` });
      else if (sections.has(id)) problems.push({ ...at, field: '<Bouwsteen>', message: `"${id}" has a section already` });
      sections.set(id, (sections.get(id) ?? 0) + 1);
    }
    const otherAnchors = new Set(mdxHeadings(page.body).map((heading) => heading.id));
    blocks.forEach((block, index) => {
      if (!sections.has(block.id)) problems.push({ ...at, field: `blocks[${index}]`, message: `"${block.id}" has no section: add <Bouwsteen id="${block.id}" /> where it starts` });
      if (otherAnchors.has(block.id)) problems.push({ ...at, field: `blocks[${index}].id`, message: `"${block.id}" is also the id of a heading` });
    });
  }

  // A page and its translation explain the same blocks, in the same order, with the same finding about the advice.
  const byKey = new Map<string, CheckedPage[]>();
  for (const page of pages) byKey.set(page.key, [...(byKey.get(page.key) ?? []), page]);
  for (const [key, translations] of byKey) {
    const [first, ...others] = translations;
    const summary = (page: CheckedPage) => (page.blocks ?? []).map((block) => `${block.id}:${block.advice}`).join(', ');
    for (const other of others) {
      if (summary(other) !== summary(first)) {
        problems.push({ file: other.file, record: `page "${key}"`, field: 'blocks', message: `must list the same blocks (id and advice, in order) as ${first.file}: ${summary(first) || 'none'}` });
      }
    }
  }
  return problems;
}
