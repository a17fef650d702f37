// The published open data, read from the build as a reuser would: every CSV against the Table Schema that
// /data/datapackage.json gives for it, every JSON file against its published JSON Schema, and the package itself
// against the official Data Package 2.0 profile.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DIST } from './site-files.ts';
import { readContent } from '../../src/model/read-content.ts';
import { siteVersion } from '../../src/model/site-version.ts';
import { buildDate } from '../../src/model/build-date.ts';
import { checkTable, type ParsedTable, type TableSchema } from '../../src/features/open-data/build/table-schema.ts';

const DATA = join(DIST, 'data');
const BOM = '\uFEFF';
const file = (path: string) => readFileSync(join(DATA, path), 'utf8');
const json = (path: string) => JSON.parse(file(path));

interface Resource {
  name: string;
  path: string;
  type?: string;
  bytes: number;
  hash: string;
  schema?: TableSchema;
  jsonSchema?: string;
}
const pkg = json('datapackage.json') as { version: string; licenses: { name: string }[]; resources: Resource[] };
const tables = pkg.resources.filter((r) => r.type === 'table');
const organisations = readdirSync(join(DATA, 'organisaties'));

function read(path: string): ParsedTable {
  const [header, ...rows] = parse(file(path), { bom: true, relax_column_count: true }) as string[][];
  return { header, rows };
}

const schemaFor = (name: string) => tables.find((t) => t.name === name)!.schema!;

describe('the data package', () => {
  it('is valid against the official Data Package 2.0 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/profiles/datapackage-2.0.json', 'utf8')));
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('has the site’s version (its newest content change, not the build date) as version, the CC0 licence, and the version the /data/ pages show', () => {
    const content = readContent('content', '.', { today: buildDate() });
    expect(pkg.version).toBe(siteVersion(content.pages, content.data.changes));
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC0-1.0']);
    for (const page of ['data/index.html', 'en/data/index.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).toContain(`<time datetime="${pkg.version}"`);
      expect(html, page).toContain('href="https://creativecommons.org/publicdomain/zero/1.0/" rel="license"');
    }
  });

  it('lists every file with its true size and hash, and a Table Schema for every CSV', () => {
    expect(tables.map((t) => t.name).sort()).toEqual(['actors', 'events', 'relations', 'sources']);
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(DATA, resource.path));
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      if (resource.path.endsWith('.csv')) expect(resource.schema?.fields.length, resource.path).toBeGreaterThan(5);
      if (resource.path.endsWith('.json')) expect(existsSync(join(DATA, resource.jsonSchema!)), resource.path).toBe(true);
    }
  });
});

describe('every CSV file', () => {
  const csvFiles = [...tables.map((t) => ({ path: t.path, schema: t.schema! })), ...organisations.map((id) => ({ path: `organisaties/${id}/relaties.csv`, schema: schemaFor('relations') }))];
  const others = Object.fromEntries(tables.map((t) => [t.name, read(t.path)]));

  it('starts with a byte-order mark and has one header row, the names of the Table Schema', () => {
    for (const { path, schema } of csvFiles) {
      expect(file(path).startsWith(BOM), path).toBe(true);
      expect(read(path).header, path).toEqual(schema.fields.map((f) => f.name));
    }
  });

  it('passes its Table Schema: types, required values, patterns, enums, keys and foreign keys', () => {
    const problems = csvFiles.flatMap(({ path, schema }) => checkTable(schema, read(path), others).map((problem) => `${path}: ${problem}`));
    expect(problems, problems.join('\n')).toEqual([]);
    expect(csvFiles.length).toBeGreaterThan(40);
  });

  it('reads "ö" as "ö", and has names beside the ids', () => {
    const relations = read('relations.csv');
    const fromName = relations.header.indexOf('from_name_nl');
    expect(relations.rows.some((row) => row[fromName].includes('ö') || row[relations.header.indexOf('to_name_nl')].includes('ö'))).toBe(true);
    const police = read('organisaties/politie/relaties.csv');
    expect(police.rows.length).toBeGreaterThan(0);
    for (const row of police.rows) expect([row[1], row[4]]).toContain('politie');
    expect(police.rows.every((row) => row[fromName] !== '')).toBe(true);
  });
});

describe('every JSON file', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const validatorFor = (schemaPath: string) => {
    if (!validators.has(schemaPath)) validators.set(schemaPath, ajv.compile(json(schemaPath)));
    return validators.get(schemaPath)!;
  };
  const jsonFiles = [
    ...pkg.resources.filter((r) => r.path.endsWith('.json')).map((r) => ({ path: r.path, schema: r.jsonSchema! })),
    ...organisations.map((id) => ({ path: `organisaties/${id}/relaties.json`, schema: 'schemas/organisation-relations.schema.json' })),
  ];

  it('is valid against its published JSON Schema', () => {
    const problems = jsonFiles.flatMap(({ path, schema }) => {
      const validate = validatorFor(schema);
      return validate(json(path)) ? [] : [`${path}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(problems, problems.join('\n')).toEqual([]);
    expect(jsonFiles.length).toBeGreaterThan(40);
  });

  it('holds the same records as its CSV counterpart', () => {
    for (const name of ['actors', 'relations', 'events', 'sources']) {
      const ids = (json(`${name}.json`)[name] as { id: string }[]).map((r) => r.id).sort();
      expect(read(`${name}.csv`).rows.map((row) => row[0]).sort(), name).toEqual(ids);
    }
    for (const id of organisations) {
      const document = json(`organisaties/${id}/relaties.json`) as { organisation: { id: string }; relations: { id: string }[] };
      expect(document.organisation.id).toBe(id);
      expect(document.relations.map((r) => r.id), id).toEqual(read(`organisaties/${id}/relaties.csv`).rows.map((row) => row[0]));
    }
  });

  it('has a schema that names its own address', () => {
    for (const name of readdirSync(join(DATA, 'schemas')).filter((n) => n.endsWith('.json'))) expect(json(`schemas/${name}`).$id, name).toMatch(new RegExp(`/data/schemas/${name.replace(/\./g, '\\.')}$`));
  });
});
