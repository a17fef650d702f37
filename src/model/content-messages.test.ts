// Messages for editors: a near-miss id gets a suggestion, zod's defaults are said in plain words, a YAML slip says
// what probably happened.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editorIssueMessage, yamlSyntaxHint } from './content-messages.ts';

describe('did you mean', () => {
  it('suggests the known id a slip away, and nothing for another word', () => {
    expect(closest('comnesha', ['comensha', 'politie', 'kmar'])).toBe('comensha');
    expect(didYouMean('ministerie-jnv', ['ministerie-jenv', 'ministerie-szw'])).toBe(' Did you mean "ministerie-jenv"?');
    expect(closest('gemeente', ['politie', 'kmar'])).toBeUndefined();
    expect(closest('politie', ['politie'])).toBeUndefined();
  });
});

describe('schema problems in plain words', () => {
  it('ask for both languages where one text was written', () => {
    expect(editorIssueMessage({ code: 'invalid_type', expected: 'object', input: 'Politie', path: ['name'], message: 'Invalid input: expected object, received string' })).toMatch(
      /^needs the text in both languages, on two lines below it:\n\s+name:\n\s+nl: …\n\s+en: …$/,
    );
  });

  it('name an empty or missing field, a list written as one value, and an unknown field with a guess', () => {
    expect(editorIssueMessage({ code: 'invalid_type', expected: 'string', input: null, path: ['abbr'], message: 'Invalid input: expected string, received null' })).toBe('is empty: write a value after the colon');
    expect(editorIssueMessage({ code: 'invalid_type', expected: 'string', input: undefined, path: ['kind'], message: 'Invalid input: expected string, received undefined' })).toBe('is missing: add the line "kind: …"');
    expect(editorIssueMessage({ code: 'invalid_type', expected: 'array', input: 'beleid', path: ['domains'], message: 'Invalid input: expected array, received string' })).toBe('is a list: write it as [beleid] or as lines starting with "- "');
    expect(editorIssueMessage({ code: 'unrecognized_keys', keys: ['sources_'], path: [], message: 'Unrecognized key: "sources_"' }, ['id', 'sources'])).toBe(
      'unknown field "sources_". Did you mean "sources"? The fields are: id, sources.',
    );
  });

  it('keep the schemas’ own messages, which already speak to editors', () => {
    expect(editorIssueMessage({ code: 'invalid_type', expected: 'string', input: null, path: ['summary', 'nl'], message: 'Dutch text is missing' })).toBe('Dutch text is missing');
  });
});

describe('YAML slips', () => {
  it('say what probably happened', () => {
    expect(yamlSyntaxHint({ code: 'BLOCK_AS_IMPLICIT_KEY', message: '' }, '    nl: Politie: afdeling AVIM')).toMatch(/colon \(:\) inside a text needs quotes/);
    expect(yamlSyntaxHint({ code: 'DUPLICATE_KEY', message: '' }, '  id: politie')).toMatch(/"- " before "id:" is probably missing/);
    expect(yamlSyntaxHint({ code: 'DUPLICATE_KEY', message: '' }, '  summary:')).toBe('the field "summary" is written twice in one record; keep one');
    expect(yamlSyntaxHint({ code: 'BAD_INDENT', message: '' }, '   kind: x')).toMatch(/must line up/);
  });
});
