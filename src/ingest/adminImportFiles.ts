/**
 * Compiled rows as the CSV files `neo4j-admin database import` reads, for a first load of an empty database
 * (`npm run import -- --fresh`). Each node and relationship gets exactly the properties the transactional
 * loader's CREATE gives it (createdProps, createdEdge), so both paths build the same graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import {
  type EmptyListRows,
  createdEdge,
  createdProps,
  labelsText,
  type EdgeRow,
  type EvidenceRow,
  type FactRows,
  type NodeRow,
  type WriteTotals,
} from '../repositories/writeRepository.js';

/** Separates list items in a field; a control character no id, alias or name key holds. */
export const ARRAY_DELIMITER = '\u001f';
const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/**
 * One row per id, folded as the loader's MERGE folds a fact that several files state: later properties win,
 * lists and labels gather, a source keeps a text it was given. (The admin import refuses a repeated id.)
 */
export function foldRepeats(rows: FactRows): FactRows {
  const nodes = new Map<string, NodeRow>();
  for (const n of rows.nodes) {
    const o = nodes.get(n.id);
    nodes.set(
      n.id,
      o
        ? {
            id: n.id,
            labels: union(o.labels, n.labels),
            props: { ...o.props, ...n.props },
            evidenceIds: union(o.evidenceIds, n.evidenceIds),
            aliases: union(o.aliases, n.aliases),
            nameKeys: union(o.nameKeys, n.nameKeys),
            sourceText: n.sourceText ?? o.sourceText,
          }
        : n,
    );
  }
  const edges = new Map<string, EdgeRow>();
  for (const e of rows.edges) {
    const o = edges.get(e.id);
    edges.set(
      e.id,
      o ? { ...e, props: { ...o.props, ...e.props }, evidenceIds: union(o.evidenceIds, e.evidenceIds) } : e,
    );
  }
  const evidence = new Map<string, EvidenceRow>();
  for (const e of rows.evidence) evidence.set(e.id, { ...evidence.get(e.id), ...e });
  return { nodes: [...nodes.values()], edges: [...edges.values()], evidence: [...evidence.values()] };
}

/** The import tool's type of a value, as Cypher would store it from the driver (whole numbers as INTEGER). */
function typeOf(key: string, value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (value instanceof neo4j.types.Date) return 'date';
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return 'string[]';
  throw new RangeError(`property ${key} holds a value the fresh import cannot write; load without --fresh`);
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function field(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (Array.isArray(value)) {
    if (value.some((x: string) => x.includes(ARRAY_DELIMITER)))
      throw new RangeError(`a list item holds the control character U+001F; load without --fresh`);
    return quoted(value.join(ARRAY_DELIMITER));
  }
  return String(value);
}

/** Rows of one kind in files by shape: the labels or type, and each property's name and type (the header). */
class CsvGroups {
  private readonly groups = new Map<string, { target: string; header: string; lines: string[] }>();
  rows = 0;
  properties = 0;

  constructor(private readonly fixed: readonly string[]) {}

  /** Adds a row; returns the empty lists it left out of it (the import tool would store them as no property). */
  add(target: string, fixed: readonly string[], props: Record<string, unknown>): EmptyLists | undefined {
    const keys = Object.keys(props).filter((k) => props[k] !== null && props[k] !== undefined);
    for (const k of keys) if (!PROPERTY_KEY.test(k)) throw new RangeError(`property name ${k}: load without --fresh`);
    const isEmptyList = (k: string) => Array.isArray(props[k]) && (props[k] as unknown[]).length === 0;
    const written = keys.filter((k) => !isEmptyList(k));
    const header = [...this.fixed, ...written.map((k) => `${k}:${typeOf(k, props[k])}`)].join(',');
    const key = `${target}\n${header}`;
    const group = this.groups.get(key) ?? { target, header, lines: [] };
    group.lines.push([...fixed.map(quoted), ...written.map((k) => field(props[k]))].join(','));
    this.groups.set(key, group);
    this.rows += 1;
    this.properties += keys.length + (this.fixed[0] === 'id:ID' ? 1 : 0);
    const empty = keys.filter(isEmptyList);
    return empty.length > 0 ? Object.fromEntries(empty.map((k) => [k, []])) : undefined;
  }

  /** Writes each group to its own file and returns the import tool's arguments (`Label:Label=file`). */
  write(dir: string, prefix: string): string[] {
    return [...this.groups.values()].map((g, i) => {
      const file = path.join(dir, `${prefix}-${i}.csv`);
      fs.writeFileSync(file, `${g.header}\n${g.lines.join('\n')}\n`);
      return `${g.target}=${file}`;
    });
  }
}

/** Property names that hold an empty list, as `SET x += lists` takes them. */
export type EmptyLists = Record<string, never[]>;

export interface AdminImportFiles {
  /** `--nodes=` values. */
  nodes: string[];
  /** `--relationships=` values. */
  relationships: string[];
  /** What the import creates. */
  totals: WriteTotals;
  /** The empty lists the loader stores and the import tool cannot (it reads an empty field as none): set after it. */
  emptyLists: EmptyListRows;
}

/** Writes the rows as CSV files into `dir`; the node `id` is the import's ID, which relationships refer to. */
export function writeAdminImportFiles(rows: FactRows, dir: string): AdminImportFiles {
  const folded = foldRepeats(rows);
  const emptyLists: EmptyListRows = { nodes: [], evidence: [], edges: [] };
  const nodes = new CsvGroups(['id:ID']);
  for (const n of folded.nodes) {
    const { id, ...props } = createdProps(n);
    const lists = nodes.add(`Node${labelsText(n.labels)}`, [id as string], props);
    if (lists) emptyLists.nodes.push({ id: id as string, lists });
  }
  for (const e of folded.evidence) {
    const { id, ...props } = e;
    const lists = nodes.add('Evidence', [id], props);
    if (lists) emptyLists.evidence.push({ id, lists });
  }
  const relationships = new CsvGroups([':START_ID', ':END_ID']);
  for (const e of folded.edges) {
    const edge = createdEdge(e);
    const lists = relationships.add(edge.type, [edge.from, edge.to], edge.props);
    if (lists) emptyLists.edges.push({ id: e.id, from: e.from, lists });
  }
  fs.mkdirSync(dir, { recursive: true });
  return {
    nodes: nodes.write(dir, 'nodes'),
    relationships: relationships.write(dir, 'relationships'),
    totals: {
      nodesCreated: nodes.rows,
      relationshipsCreated: relationships.rows,
      propertiesSet: nodes.properties + relationships.properties,
    },
    emptyLists,
  };
}
