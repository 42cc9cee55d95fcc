/**
 * What describes the dataset, generated from the one definition of its tables (tables.ts) and the
 * descriptions on the zod schema: the Frictionless Data Package (`datapackage.json`, Data Package
 * v2, a Table Schema per CSV file), the Datasette `metadata.json` for `hmip.sqlite`, and the
 * data dictionary the README shows. Nothing here is written by hand twice.
 */
import { z } from 'zod';
import { Document, propertyNodes, SCHEMA_VERSION } from '../schema.js';
import { CSV_TABLES, foreignKeysOf, MISSING_LABELS, SQLITE_TABLES, type AnyTableSpec, type ColumnSpec } from './tables.js';
import { SQLITE_EXTRAS } from './sqlite.js';

/** The properties of each schema the tables' columns hold (the Document's, the Verification's), by path. */
const nodesOf = new Map<z.ZodType, Map<string, z.ZodType>>();
function propertyOf(schema: z.ZodType, path: string): z.ZodType | undefined {
  if (!nodesOf.has(schema)) nodesOf.set(schema, propertyNodes(schema));
  return nodesOf.get(schema)!.get(path);
}

/** A column's description: its own, or that of the property it holds, of its table's schema (the Document's where the table names none). */
export function columnDescription(column: ColumnSpec, table: Pick<AnyTableSpec, 'schema'> = {}): string {
  if (column.description) return column.description;
  let node = column.property ? propertyOf(table.schema ?? Document, column.property) : undefined;
  let text = node && z.globalRegistry.get(node)?.description;
  // An optional or nullable property described on the schema it wraps.
  while (node && !text && (node instanceof z.ZodOptional || node instanceof z.ZodNullable)) {
    node = node.unwrap() as z.ZodType;
    text = z.globalRegistry.get(node)?.description;
  }
  if (!text) throw new Error(`column ${column.name} names property "${column.property}", which has no description`);
  return text;
}

/** The Table Schema type of a column. */
export function fieldType(column: ColumnSpec): 'string' | 'integer' | 'number' | 'date' {
  if (column.date) return 'date';
  return column.type === 'INTEGER' ? 'integer' : column.type === 'REAL' ? 'number' : 'string';
}

export const LICENCE = {
  name: 'OGL-UK-3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  title: 'Open Government Licence v3.0: the facts of the documents, Crown copyright, HM Inspectorate of Probation',
};
export const SOURCE = { title: 'HM Inspectorate of Probation: inspection reports and press releases', path: 'https://www.justiceinspectorates.gov.uk/hmiprobation/' };

function tableSchema(table: AnyTableSpec) {
  const fields = table.columns.map((column) => {
    const field: Record<string, unknown> = { name: column.name, type: fieldType(column), description: columnDescription(column, table) };
    if (column.categories) {
      field.categories = [...column.categories];
      if (column.ordered) field.categoriesOrdered = true;
    }
    return field;
  });
  const foreignKeys = foreignKeysOf(table).map((fk) => ({ fields: [fk.column], reference: { resource: fk.table, fields: [fk.field] } }));
  const missingValues: (string | { value: string; label: string })[] = table.missingLabels
    ? [{ value: '', label: 'no value' }, ...Object.entries(table.missingLabels).map(([value, label]) => ({ value, label }))]
    : [''];
  return { fields, primaryKey: table.primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}), missingValues };
}

export interface PackageInfo {
  hmipVersion: string;
  created: string;
}

export function dataPackage(info: PackageInfo): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'hmip-dataset',
    title: 'HM Inspectorate of Probation inspections, ratings and claims',
    description: 'Reports and press releases of HM Inspectorate of Probation (England and Wales) read by hmip: one row per document, provider, standard, key question, figure, recommendation, claim, quote and cross-check, each with the page and quote it came from, and each press release\'s claims checked against the report it announces (verifications). Every CSV is UTF-8 with CRLF line ends; an empty cell is a missing value; text cells that a spreadsheet would run as a formula begin with an apostrophe.',
    version: SCHEMA_VERSION,
    created: info.created,
    hmip_version: info.hmipVersion,
    licenses: [LICENCE],
    sources: [SOURCE],
    resources: CSV_TABLES.map((table) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      path: `${table.name}.csv`,
      type: 'table',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchema(table),
    })),
  };
}

/** The Datasette metadata of hmip.sqlite: titles, column descriptions, facets, the full-text table. */
export function datasetteMetadata(info: PackageInfo): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (const table of SQLITE_TABLES) {
    tables[table.name] = {
      title: table.title,
      description: table.description,
      columns: Object.fromEntries(table.columns.map((c) => [c.name, columnDescription(c, table)])),
      ...(table.facets ? { facets: table.facets } : {}),
    };
  }
  for (const extra of SQLITE_EXTRAS) tables[extra.name] = { title: extra.title, description: extra.description, columns: extra.columns, ...(extra.datasette ?? {}) };
  return {
    title: 'HM Inspectorate of Probation inspections (hmip)',
    description: `Made by hmip ${info.hmipVersion} on ${info.created}. ${MISSING_NOTE}`,
    license: LICENCE.name,
    license_url: LICENCE.path,
    source: SOURCE.title,
    source_url: SOURCE.path,
    databases: { hmip: { tables } },
  };
}

const MISSING_NOTE = `A missing rating says why in rating_missing: ${Object.keys(MISSING_LABELS).join(', ')}.`;

/** The data dictionary in Markdown: each CSV/SQLite table, its columns, their types and descriptions (the README's, `UPDATE=1` regenerates it). */
export function dataDictionary(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const where = (t: AnyTableSpec) => (!t.formats ? 'CSV and SQLite' : t.formats.includes('csv') ? 'CSV only' : 'SQLite only');
  const lines: string[] = [];
  for (const table of [...CSV_TABLES, ...SQLITE_TABLES.filter((t) => !CSV_TABLES.includes(t))]) {
    lines.push(`**\`${table.name}\`** (${where(table)}; key ${table.primaryKey.map((k) => `\`${k}\``).join(', ')}): ${cell(table.description)}.`, '');
    if (table.name === 'ratings_wide') {
      const fixed = table.columns.filter((c) => !/ \d/.test(c.name));
      lines.push('| column | type | description |', '|---|---|---|');
      for (const c of fixed) lines.push(`| \`${c.name}\` | ${fieldType(c)} | ${cell(columnDescription(c, table))} |`);
      lines.push(`| \`<framework> <id> <name>\` (${table.columns.length - fixed.length} columns) | string | the rating of that standard of that framework, or not-rated, not-found, not-inspected |`, '');
      continue;
    }
    lines.push('| column | type | description |', '|---|---|---|');
    for (const c of table.columns) {
      const values = c.categories ? ` (${c.ordered ? 'ordered: ' : ''}${c.categories.join(c.ordered ? ' < ' : ', ')})` : '';
      lines.push(`| \`${c.name}\` | ${fieldType(c)} | ${cell(columnDescription(c, table))}${cell(values)} |`);
    }
    lines.push('');
  }
  for (const extra of SQLITE_EXTRAS) {
    lines.push(`**\`${extra.name}\`** (SQLite only): ${cell(extra.description)}.`, '', '| column | description |', '|---|---|');
    for (const [name, text] of Object.entries(extra.columns)) lines.push(`| \`${name}\` | ${cell(text)} |`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
