/**
 * Frictionless Table Schema (Data Package v2) for the CSV files at /data/, derived from the zod schemas through zod's
 * own JSON Schema output, and a small checker that reads a parsed CSV table against such a schema: header, types,
 * required values, patterns, enums, unique and primary keys, foreign keys. Pure; no file access.
 */
import { z } from 'astro/zod';

export interface TableField {
  name: string;
  title?: string;
  description?: string;
  type: 'string' | 'integer';
  format?: 'uri';
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[]; minLength?: number; minimum?: number; maximum?: number };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource?: string; fields: string[] };
}

export interface TableSchema {
  $schema: string;
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

type JsonSchema = { type?: string; minItems?: number; pattern?: string; format?: string; enum?: unknown[]; minLength?: number; minimum?: number; maximum?: number; items?: JsonSchema };

/**
 * Table Schema patterns are XML Schema regular expressions: implicitly anchored, without non-capturing groups. The
 * slug and date patterns of the content model translate one to one; anything else is refused rather than guessed.
 */
export function xmlSchemaPattern(pattern: string): string {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) throw new Error(`pattern ${pattern} is not anchored at both ends`);
  const body = pattern.slice(1, -1).replace(/\(\?:/g, '(');
  if (/\(\?|\\[1-9bB]|(?<!\[)\^|(?<!\\)\$/.test(body)) throw new Error(`pattern ${pattern} has syntax that XML Schema lacks`);
  return body;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const escapeClass = (text: string) => text.replace(/[\]\\^-]/g, '\\$&');

/** One column: its name, texts and the zod schema of its values (an optional schema makes an optional column). */
export interface ColumnSpec {
  name: string;
  /** In both languages: the /data/ page shows its own, the Table Schema carries the English. */
  title: { nl: string; en: string };
  description: { nl: string; en: string };
  schema: z.ZodType;
  /** A list column: its items joined by this text (the pattern of the field spells it out). */
  delimiter?: string;
  unique?: boolean;
}

export function tableField(column: ColumnSpec): TableField {
  const json = z.toJSONSchema(column.schema, { io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  // An empty list is an empty cell, so a list column is required only when the list may not be empty.
  const required = !column.schema.safeParse(undefined).success && (json.type !== 'array' || (json.minItems ?? 0) > 0);
  const field: TableField = { name: column.name, title: column.title.en, description: column.description.en, type: 'string' };
  const constraints: NonNullable<TableField['constraints']> = {};
  if (required) constraints.required = true;
  if (column.unique) constraints.unique = true;
  if (json.type === 'array') {
    // Table Schema v2 defines a "list" type, but the published 2.0 profile does not accept it yet (fixed for 2.1):
    // a list is a string whose pattern spells out its items and their delimiter.
    if (!column.delimiter) throw new Error(`column ${column.name} holds a list but names no delimiter`);
    if (json.items?.type !== 'string') throw new Error(`column ${column.name}: only lists of text are supported`);
    const item = json.items.enum ? `(${json.items.enum.join('|')})` : json.items.pattern ? `(${xmlSchemaPattern(json.items.pattern)})` : `[^${escapeClass(column.delimiter.trim() || column.delimiter)}]+`;
    constraints.pattern = `${item}(${escapeRegex(column.delimiter)}${item})*`;
  } else if (json.type === 'integer') {
    field.type = 'integer';
    if (json.minimum !== undefined) constraints.minimum = json.minimum;
    if (json.maximum !== undefined) constraints.maximum = json.maximum;
  } else if (json.type === 'string') {
    if (json.format === 'uri') field.format = 'uri';
    if (json.pattern) constraints.pattern = xmlSchemaPattern(json.pattern);
    if (json.enum) constraints.enum = json.enum.map(String);
    if (json.minLength !== undefined) constraints.minLength = json.minLength;
  } else throw new Error(`column ${column.name}: JSON Schema type ${json.type} has no Table Schema counterpart here`);
  if (Object.keys(constraints).length) field.constraints = constraints;
  return field;
}

export function tableSchema(columns: readonly ColumnSpec[], keys: { primaryKey?: string[]; foreignKeys?: ForeignKey[] } = {}): TableSchema {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: columns.map(tableField),
    missingValues: [''],
    ...(keys.primaryKey ? { primaryKey: keys.primaryKey } : {}),
    ...(keys.foreignKeys?.length ? { foreignKeys: keys.foreignKeys } : {}),
  };
}

/** A table as a CSV parser returns it: the header row, then the data rows, every cell a string. */
export interface ParsedTable {
  header: string[];
  rows: string[][];
}

function isUri(text: string): boolean {
  try {
    return Boolean(new URL(text).protocol);
  } catch {
    return false;
  }
}

function cellProblem(field: TableField, cell: string): string | undefined {
  const c = field.constraints ?? {};
  if (field.type === 'integer') {
    if (!/^[+-]?\d+$/.test(cell)) return 'is not an integer';
    const value = Number(cell);
    if (c.minimum !== undefined && value < c.minimum) return `is below ${c.minimum}`;
    if (c.maximum !== undefined && value > c.maximum) return `is above ${c.maximum}`;
    return undefined;
  }
  if (field.format === 'uri' && !isUri(cell)) return 'is not a URI';
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) return `does not match ${c.pattern}`;
  if (c.enum && !c.enum.includes(cell)) return `is not one of ${c.enum.join(', ')}`;
  if (c.minLength !== undefined && [...cell].length < c.minLength) return `is shorter than ${c.minLength}`;
  return undefined;
}

/**
 * Checks a table against its schema and returns problems as "row N, field: what" (row 1 is the header). Foreign keys
 * are checked against the other tables given by resource name.
 */
export function checkTable(schema: TableSchema, table: ParsedTable, others: Record<string, ParsedTable> = {}): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (table.header.join(',') !== names.join(',')) return [`row 1: header is ${table.header.join(',')}, expected ${names.join(',')}`];
  const missing = new Set(schema.missingValues);
  const seen = new Map<string, Set<string>>();
  for (const [index, row] of table.rows.entries()) {
    const at = `row ${index + 2}`;
    if (row.length !== names.length) {
      problems.push(`${at}: ${row.length} cells, expected ${names.length}`);
      continue;
    }
    schema.fields.forEach((field, column) => {
      const cell = row[column];
      const required = field.constraints?.required || schema.primaryKey?.includes(field.name);
      if (missing.has(cell)) {
        if (required) problems.push(`${at}, ${field.name}: is empty but required`);
        return;
      }
      const problem = cellProblem(field, cell);
      if (problem) problems.push(`${at}, ${field.name}: "${cell}" ${problem}`);
      if (field.constraints?.unique) {
        const values = seen.get(field.name) ?? new Set<string>();
        if (values.has(cell)) problems.push(`${at}, ${field.name}: "${cell}" is not unique`);
        values.add(cell);
        seen.set(field.name, values);
      }
    });
  }
  const column = (t: ParsedTable, name: string) => t.header.indexOf(name);
  const keyOf = (t: ParsedTable, row: string[], fields: string[]) => JSON.stringify(fields.map((f) => row[column(t, f)]));
  if (schema.primaryKey) {
    const keys = new Set<string>();
    for (const [index, row] of table.rows.entries()) {
      const key = keyOf(table, row, schema.primaryKey);
      if (keys.has(key)) problems.push(`row ${index + 2}: primary key ${key} is not unique`);
      keys.add(key);
    }
  }
  for (const foreign of schema.foreignKeys ?? []) {
    const target = foreign.reference.resource ? others[foreign.reference.resource] : table;
    if (!target) {
      problems.push(`foreign key to ${foreign.reference.resource}: that table was not given`);
      continue;
    }
    const targets = new Set(target.rows.map((row) => keyOf(target, row, foreign.reference.fields)));
    for (const [index, row] of table.rows.entries()) {
      if (foreign.fields.every((f) => missing.has(row[column(table, f)]))) continue;
      const key = keyOf(table, row, foreign.fields);
      if (!targets.has(key)) problems.push(`row ${index + 2}, ${foreign.fields.join('+')}: ${key} is not in ${foreign.reference.resource ?? 'this table'}`);
    }
  }
  return problems;
}
