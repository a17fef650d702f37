// The open data files: CSV as a spreadsheet reads it, Table Schemas and JSON Schemas derived from the zod schemas,
// and the checker that the dist tests run over every published file.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { BOM, toCsv } from './csv.ts';
import { checkTable, tableField, xmlSchemaPattern, type ParsedTable } from './table-schema.ts';
import { actorSchema, eventSchema, relationSchema, sourceSchema, type Actor, type Event, type Relation, type Source } from '../../../model/schemas.ts';
import { organisationRelationsCsv, organisationRelationsJson, tableCsv, tableJson, tableSchemaOf, TABLE_NAMES, type OpenData } from './open-data.ts';
import { jsonSchemaOf } from './data-package.ts';
import { z } from 'astro/zod';

const SITE = new URL('https://example.org');
const text = (nl: string, en = nl) => ({ nl, en });

const data: OpenData = {
  actors: [
    actorSchema.parse({ id: 'politie', name: text('Politie', 'Police'), kind: 'politie-en-justitie', level: 'nationaal', domains: ['opsporing-en-vervolging'], summary: text('Spoort op.', 'Investigates.'), role_now: text('Spoort op, "zegt" men.', 'Investigates.'), sources: ['bron-a'] }),
    actorSchema.parse({ id: 'comensha', name: text('CoMensha – Coördinatiecentrum', 'CoMensha'), kind: 'maatschappelijke-organisatie', level: 'nationaal', domains: ['zorg-en-opvang', 'monitoring-en-onderzoek'], summary: text('Registreert, telt en coördineert.', 'Registers.'), role_now: text('Registreert.', 'Registers.'), sources: ['bron-a'], website: 'https://www.comensha.nl' }),
  ] satisfies Actor[],
  relations: [
    relationSchema.parse({ id: 'politie-meldt-aan-comensha', from: 'politie', to: 'comensha', type: 'meldt-aan', state: 'beide', sources: ['bron-a', 'bron-b'], basis: 'bron', note: text('Regel één,\nregel twee.', 'Line one, line two.') }),
  ] satisfies Relation[],
  events: [
    eventSchema.parse({ id: 'later', date: 2025, kind: 'rapport', lane: 'uitvoering', status: 'gebeurd', title: text('Later'), summary: text('S'), actors: ['comensha', 'politie'], sources: ['bron-a'] }),
    eventSchema.parse({ id: 'eerder', date: '2024-10-07', kind: 'rapport', lane: 'rapporteur', status: 'gebeurd', title: text('Eerder'), summary: text('S'), sources: ['bron-b'] }),
  ] satisfies Event[],
  sources: [
    sourceSchema.parse({ id: 'bron-a', title: 'Brief', publisher: 'Ministerie', kind: 'brief', date: '2025-09' }),
    sourceSchema.parse({ id: 'bron-b', title: 'Advies, deel 1', publisher: 'Rapporteur', kind: 'rapport', url: 'https://example.org/advies' }),
  ] satisfies Source[],
};

/** Reads CSV text the way a spreadsheet or csv-parse does, keeping every cell as text. */
function read(csv: string): ParsedTable {
  const [header, ...rows] = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  return { header, rows };
}

describe('CSV for spreadsheets', () => {
  it('starts with a BOM, ends rows with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'zei "ja"'], ['één\ntwee', undefined]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\n"x, y","zei ""ja"""\r\n"één\ntwee",\r\n`);
    expect(read(csv)).toEqual({ header: ['a', 'b'], rows: [['x, y', 'zei "ja"'], ['één\ntwee', '']] });
  });

  it('puts the names of both organisations beside their ids, in both languages', () => {
    const { header, rows } = read(tableCsv('relations', data));
    expect(header.slice(0, 7)).toEqual(['id', 'from_id', 'from_name_nl', 'from_name_en', 'to_id', 'to_name_nl', 'to_name_en']);
    expect(rows[0].slice(0, 7)).toEqual(['politie-meldt-aan-comensha', 'politie', 'Politie', 'Police', 'comensha', 'CoMensha – Coördinatiecentrum', 'CoMensha']);
    expect(rows[0][header.indexOf('sources')]).toBe('bron-a bron-b');
    expect(rows[0][header.indexOf('note_nl')]).toBe('Regel één,\nregel twee.');
  });

  it('orders events by date and names their organisations', () => {
    const { header, rows } = read(tableCsv('events', data));
    expect(rows.map((row) => row[0])).toEqual(['eerder', 'later']);
    expect(rows[1][header.indexOf('actors')]).toBe('comensha politie');
    expect(rows[1][header.indexOf('actor_names_nl')]).toBe('CoMensha – Coördinatiecentrum; Politie');
    expect(rows[0][header.indexOf('actor_names_en')]).toBe('');
  });

  it('refuses a name that contains the list delimiter, instead of writing a list that reads wrong', () => {
    const broken = { ...data, actors: [{ ...data.actors[0], name: text('Politie; recherche') }, data.actors[1]] };
    expect(() => tableCsv('events', broken)).toThrow(/"Politie; recherche" contains the list delimiter/);
  });

  it('publishes the relations of one organisation with the columns of relations.csv', () => {
    expect(read(organisationRelationsCsv(data, 'comensha')).header).toEqual(read(tableCsv('relations', data)).header);
    expect(read(organisationRelationsCsv(data, 'comensha')).rows).toHaveLength(1);
  });
});

describe('Table Schema from the zod schemas', () => {
  it('translates the patterns of the content model to XML Schema syntax and refuses what it cannot', () => {
    expect(xmlSchemaPattern('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(xmlSchemaPattern('^\\d{4}(-\\d{2}(-\\d{2})?)?$')).toBe('\\d{4}(-\\d{2}(-\\d{2})?)?');
    expect(() => xmlSchemaPattern('[a-z]+')).toThrow(/not anchored/);
    expect(() => xmlSchemaPattern('^(?=a)b$')).toThrow(/XML Schema lacks/);
    expect(() => xmlSchemaPattern('^\\bword$')).toThrow(/XML Schema lacks/);
  });

  it('gives types, required, enums, patterns and formats', () => {
    const field = (schema: z.ZodType, delimiter?: string) => tableField({ name: 'x', title: text('X'), description: text('X'), schema, delimiter });
    expect(field(actorSchema.shape.kind).constraints).toEqual({ required: true, enum: ['ministerie', 'uitvoeringsorganisatie', 'politie-en-justitie', 'gemeente-regio', 'maatschappelijke-organisatie', 'onafhankelijk-orgaan', 'overleg-netwerk', 'parlement', 'internationaal'] });
    expect(field(actorSchema.shape.abbr).constraints).toEqual({ minLength: 1 });
    expect(field(actorSchema.shape.website)).toMatchObject({ type: 'string', format: 'uri' });
    expect(field(z.number().int().min(1990).max(2100))).toMatchObject({ type: 'integer', constraints: { required: true, minimum: 1990, maximum: 2100 } });
    expect(field(actorSchema.shape.in_views, ' ').constraints!.pattern).toBe('(huidig|voorgesteld)( (huidig|voorgesteld))*');
    expect(field(actorSchema.shape.sources, ' ').constraints!.pattern).toBe('([a-z0-9]+(-[a-z0-9]+)*)( ([a-z0-9]+(-[a-z0-9]+)*))*');
    expect(field(z.array(z.string()), '; ').constraints!.pattern).toBe('[^;]+(; [^;]+)*');
    expect(() => field(actorSchema.shape.sources)).toThrow(/names no delimiter/);
  });

  it('every table of the fixture passes its own schema, foreign keys included', () => {
    const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, read(tableCsv(name, data))]));
    for (const name of TABLE_NAMES) expect(checkTable(tableSchemaOf(name), tables[name], tables), name).toEqual([]);
  });

  it('the checker finds what is wrong, and says where', () => {
    const schema = tableSchemaOf('relations');
    const good = read(tableCsv('relations', data));
    const actors = read(tableCsv('actors', data));
    const col = (name: string) => good.header.indexOf(name);
    const withCell = (name: string, value: string): ParsedTable => ({ header: good.header, rows: [good.rows[0].map((cell, i) => (i === col(name) ? value : cell))] });
    expect(checkTable(schema, { header: good.header.slice(1), rows: [] })).toEqual([expect.stringMatching(/^row 1: header is/)]);
    expect(checkTable(schema, withCell('type', 'kent'), { actors })).toEqual([expect.stringMatching(/^row 2, type: "kent" is not one of stuurt-aan/)]);
    expect(checkTable(schema, withCell('sources', 'bron-a  bron-b'), { actors })).toEqual([expect.stringMatching(/^row 2, sources: "bron-a {2}bron-b" does not match/)]);
    expect(checkTable(schema, withCell('from_name_nl', ''), { actors })).toEqual(['row 2, from_name_nl: is empty but required']);
    expect(checkTable(schema, withCell('to_id', 'onbekend'), { actors })).toEqual(['row 2, to_id: ["onbekend"] is not in actors']);
    expect(checkTable(schema, { header: good.header, rows: [good.rows[0], good.rows[0]] }, { actors })).toEqual([
      'row 3, id: "politie-meldt-aan-comensha" is not unique',
      'row 3: primary key ["politie-meldt-aan-comensha"] is not unique',
    ]);
    expect(checkTable(schema, good)).toEqual(['foreign key to actors: that table was not given', 'foreign key to actors: that table was not given']);
    expect(checkTable(tableSchemaOf('sources'), { header: read(tableCsv('sources', data)).header, rows: [['x', 'T', 'P', '2025-9', 'brief', '', 'geen adres', '', '']] })).toEqual([
      'row 2, date: "2025-9" does not match \\d{4}(-\\d{2}(-\\d{2})?)?',
      'row 2, url: "geen adres" is not a URI',
    ]);
  });
});

describe('JSON Schema from the zod schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validator = (name: Parameters<typeof jsonSchemaOf>[0]) => {
    const schema = jsonSchemaOf(name, SITE);
    return ajv.getSchema(schema.$id as string) ?? ajv.compile(schema);
  };

  it('validates the JSON files of the fixture, and rejects a record the content check would reject', () => {
    for (const name of TABLE_NAMES) {
      const validate = validator(name);
      expect(validate(JSON.parse(tableJson(name, data))), JSON.stringify(validate.errors)).toBe(true);
    }
    const relations = validator('relations');
    const document = JSON.parse(tableJson('relations', data));
    document.relations[0].type = 'kent';
    expect(relations(document)).toBe(false);
    delete document.relations[0].sources;
    document.relations[0].type = 'meldt-aan';
    expect(relations(document)).toBe(false);
    expect(relations({ ...JSON.parse(tableJson('relations', data)), extra: 1 })).toBe(false);
  });

  it('describes one organisation’s file: itself, its relations and the names of the others', () => {
    const validate = validator('organisation-relations');
    const document = JSON.parse(organisationRelationsJson(data, 'politie'));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.actors).toEqual([{ id: 'comensha', name: data.actors[1].name }, { id: 'politie', name: data.actors[0].name }]);
  });

  it('names itself by its address, and writes dates as the strings the files hold', () => {
    const schema = jsonSchemaOf('events', SITE) as { $id: string; properties: { events: { items: { properties: { date: unknown } } } } };
    expect(schema.$id).toBe('https://example.org/data/schemas/events.schema.json');
    expect(schema.properties.events.items.properties.date).toEqual({ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });
  });
});
