import { describe, expect, test } from 'vitest';
import { columnKind } from './data-page.ts';
import { translator } from '../../../i18n/ui.ts';
import { TABLES, tableSchemaOf } from './open-data.ts';

describe('columnKind', () => {
  const nl = translator('nl');
  test('says what a column holds and whether it is always filled', () => {
    expect(columnKind({ name: 'sources', type: 'string', constraints: { required: true } }, ' ', nl)).toBe('lijst, altijd gevuld');
    expect(columnKind({ name: 'kind', type: 'string', constraints: { enum: ['a'] } }, undefined, nl)).toBe('code (zie hieronder), kan leeg zijn');
    expect(columnKind({ name: 'n', type: 'integer' }, undefined, nl)).toBe('geheel getal, kan leeg zijn');
    expect(columnKind({ name: 'url', type: 'string', format: 'uri' }, undefined, translator('en'))).toBe('URL, may be empty');
    expect(columnKind({ name: 'date', type: 'string', constraints: { pattern: '\\d{4}(-\\d{2})?' } }, undefined, nl)).toBe('datum, kan leeg zijn');
    expect(columnKind({ name: 'name_nl', type: 'string' }, undefined, nl)).toBe('tekst, kan leeg zijn');
  });

  test('describes every column of every file', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const fields = tableSchemaOf(name as keyof typeof TABLES).fields;
      table.columns.forEach((column, index) => expect(columnKind(fields[index], column.delimiter, nl)).toMatch(/, (altijd gevuld|kan leeg zijn)$/));
    }
  });
});
