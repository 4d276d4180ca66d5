/**
 * Reads a facts file and checks all of it before anything is written: YAML syntax,
 * the schema, references between entries, and every evidence excerpt against its
 * source text. Each problem names the file, the entry and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { StartupError } from '../errors.js';
import { factsFileSchema, type FactsFile, type StatementLinkInput } from './factsSchema.js';

/** The id a statement link points at, whether written as a plain id or as an object. */
export const linkId = (link: StatementLinkInput): string => (typeof link === 'string' ? link : link.id);

export class FactsFileError extends StartupError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 40);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(
      `Facts file ${file} is not valid; nothing was loaded from it:\n${shown.map((p) => `  - ${p}`).join('\n')}${more}`,
    );
    this.name = 'FactsFileError';
  }
}

export interface ReadFacts {
  file: string;
  facts: FactsFile;
  /** Texts of the file's own sources, by source id. */
  sourceTexts: Map<string, string>;
  /** The source evidence points into when it names none. */
  defaultSourceId: string | undefined;
  /** Ids the file refers to but does not define (with where each stands): they must already be in the graph. */
  externalRefs: Array<{ id: string; at: string }>;
}

/** "statements[3] (stmt:foo).evidence[0].start" from a zod issue path and the raw data. */
function describePath(data: unknown, issuePath: ReadonlyArray<PropertyKey>): string {
  let out = '';
  let node: unknown = data;
  issuePath.forEach((key, i) => {
    out += typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof key === 'number' && typeof id === 'string' && i < issuePath.length - 1) out += ` (${id})`;
  });
  return out || '(top level)';
}

function parseYaml(file: string, text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new FactsFileError(
      file,
      doc.errors.map(
        (e) => `line ${e.linePos?.[0]?.line ?? '?'}, column ${e.linePos?.[0]?.col ?? '?'}: ${e.message.split('\n')[0]}`,
      ),
    );
  }
  return doc.toJS();
}

/** Every id a file defines, and every reference it makes, with where the reference stands. */
function references(facts: FactsFile): { defined: Set<string>; refs: Array<{ id: string; at: string }> } {
  const defined = new Set<string>();
  const refs: Array<{ id: string; at: string }> = [];
  const ref = (id: string | null | undefined, at: string) => id && refs.push({ id, at });
  for (const [i, s] of facts.sources.entries()) {
    defined.add(s.id);
    s.cites.forEach((c, j) => ref(c, `sources[${i}] (${s.id}).cites[${j}]`));
    ref(s.publisherActor, `sources[${i}] (${s.id}).publisherActor`);
  }
  for (const [i, a] of facts.actors.entries()) {
    defined.add(a.id);
    ref(a.country, `actors[${i}] (${a.id}).country`);
    ref(a.partOf, `actors[${i}] (${a.id}).partOf`);
    a.referenceAliases.forEach((r, j) => ref(r.source, `actors[${i}] (${a.id}).referenceAliases[${j}].source`));
  }
  for (const [i, r] of facts.roles.entries()) {
    defined.add(r.id);
    ref(r.organization, `roles[${i}] (${r.id}).organization`);
    ref(r.country, `roles[${i}] (${r.id}).country`);
  }
  for (const [i, t] of facts.tenures.entries()) {
    ref(t.person, `tenures[${i}] (${t.id}).person`);
    ref(t.role, `tenures[${i}] (${t.id}).role`);
  }
  for (const e of facts.events) defined.add(e.id);
  for (const [i, e] of facts.events.entries())
    e.participants.forEach((p, j) => ref(p.actor, `events[${i}] (${e.id}).participants[${j}].actor`));
  for (const s of facts.statements) defined.add(s.id);
  for (const [i, s] of facts.statements.entries()) {
    const at = `statements[${i}] (${s.id})`;
    ref(s.speaker, `${at}.speaker`);
    s.addressees.forEach((l, j) => ref(linkId(l), `${at}.addressees[${j}]`));
    s.about.forEach((l, j) => ref(linkId(l), `${at}.about[${j}]`));
    s.respondsTo.forEach((id, j) => ref(id, `${at}.respondsTo[${j}]`));
  }
  for (const [i, r] of facts.relations.entries()) {
    ref(r.from, `relations[${i}].from`);
    ref(r.to, `relations[${i}].to`);
  }
  return { defined, refs };
}

function checkDuplicates(facts: FactsFile): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const sections = ['sources', 'actors', 'roles', 'tenures', 'events', 'statements'] as const;
  for (const section of sections) {
    for (const [i, entry] of (facts[section] as Array<{ id: string }>).entries()) {
      const at = `${section}[${i}]`;
      const first = seen.get(entry.id);
      if (first) problems.push(`${at}.id: "${entry.id}" is defined twice (first at ${first})`);
      else seen.set(entry.id, at);
    }
  }
  return problems;
}

/** JSON is YAML too, but JSON.parse reads a large generated file many times faster than the YAML parser. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FactsFileError(file, [(error as Error).message]);
  }
}

const FACTS_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The facts files the inputs name: files as given, folders as every facts file under them, in name order. */
export function factsFilesIn(inputs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        return FACTS_EXTENSIONS.includes(path.extname(entry.name)) ? [full] : [];
      });
  return inputs.flatMap((input) => (fs.existsSync(input) && fs.statSync(input).isDirectory() ? walk(input) : [input]));
}

export function readFactsFile(file: string): ReadFacts {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new FactsFileError(file, [`the file does not exist (looked at ${absolute})`]);
  const raw = fs.readFileSync(absolute, 'utf8');
  const data = path.extname(file) === '.json' ? parseJson(file, raw) : parseYaml(file, raw);
  return readFactsData(file, data, (s) => {
    if (!s.textFile) return undefined;
    const textPath = path.resolve(path.dirname(absolute), s.textFile);
    if (fs.existsSync(textPath)) return fs.readFileSync(textPath, 'utf8');
    return { problem: `${s.textFile} does not exist (looked at ${textPath})` };
  });
}

/** A facts file's text as sent to the API (`importFacts`): JSON when it starts with `{`, YAML otherwise. */
export function parseFactsText(name: string, text: string): unknown {
  return text.trimStart().startsWith('{') ? parseJson(name, text) : parseYaml(name, text);
}

type SourceEntry = FactsFile['sources'][number];

/**
 * Checks facts already parsed, from a file or from the API, as a file is checked: the schema (the
 * loader's, or a mutation's, which may name no source), duplicate ids, and each source's text.
 */
export function readFactsData(
  file: string,
  data: unknown,
  textOf: (source: SourceEntry) => string | { problem: string } | undefined,
  schema: z.ZodType<FactsFile, unknown> = factsFileSchema,
): ReadFacts {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new FactsFileError(
      file,
      parsed.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
    );
  }
  const facts = parsed.data;
  const problems = checkDuplicates(facts);

  const sourceTexts = new Map<string, string>();
  for (const [i, s] of facts.sources.entries()) {
    const text = textOf(s);
    if (typeof text === 'string') sourceTexts.set(s.id, text);
    else if (text) problems.push(`sources[${i}] (${s.id}).textFile: ${text.problem}`);
  }
  const { defined, refs } = references(facts);
  const externalRefs = refs.filter((r) => !defined.has(r.id));
  if (problems.length > 0) throw new FactsFileError(file, problems);
  const withText = facts.sources.find((s) => sourceTexts.has(s.id));
  return { file, facts, sourceTexts, defaultSourceId: withText?.id, externalRefs };
}

/** Every fact's evidence, with where it stands in the file, for checking and writing. */
export function evidenceEntries(read: ReadFacts) {
  const f = read.facts;
  const out: Array<{ at: string; source: string | undefined; start: number; end: number; excerpt: string }> = [];
  const add = (at: string, list: FactsFile['actors'][number]['evidence']) =>
    list.forEach((e, j) =>
      out.push({
        at: `${at}.evidence[${j}]`,
        source: e.source ?? read.defaultSourceId,
        start: e.start,
        end: e.end,
        excerpt: e.excerpt,
      }),
    );
  f.actors.forEach((x, i) => add(`actors[${i}] (${x.id})`, x.evidence));
  f.roles.forEach((x, i) => add(`roles[${i}] (${x.id})`, x.evidence));
  f.tenures.forEach((x, i) => add(`tenures[${i}] (${x.id})`, x.evidence));
  f.events.forEach((x, i) => {
    add(`events[${i}] (${x.id})`, x.evidence);
    x.participants.forEach((p, j) => add(`events[${i}] (${x.id}).participants[${j}]`, p.evidence));
  });
  f.statements.forEach((x, i) => {
    add(`statements[${i}] (${x.id})`, x.evidence);
    for (const field of ['addressees', 'about'] as const)
      x[field].forEach((l, j) => {
        if (typeof l !== 'string' && l.evidence) add(`statements[${i}] (${x.id}).${field}[${j}]`, l.evidence);
      });
  });
  f.relations.forEach((x, i) => add(`relations[${i}] (${x.from} ${x.type} ${x.to})`, x.evidence));
  return out;
}

/** Checks each excerpt against `text.slice(start, end)` of its source; texts come from the file or the graph. */
export function checkEvidence(read: ReadFacts, texts: Map<string, string>): void {
  const problems: string[] = [];
  for (const e of evidenceEntries(read)) {
    const text = e.source ? texts.get(e.source) : undefined;
    if (e.source === undefined)
      problems.push(`${e.at}.source: no source given, and the file has no source with a text to default to`);
    else if (text === undefined) problems.push(`${e.at}.source: ${e.source} has no text in this file or in the graph`);
    else if (e.end <= e.start || e.end > text.length)
      problems.push(`${e.at}: offsets ${e.start}-${e.end} lie outside the text of ${e.source} (length ${text.length})`);
    else if (text.slice(e.start, e.end) !== e.excerpt) {
      const found = text.indexOf(e.excerpt);
      const hint =
        found >= 0
          ? ` (the excerpt stands at ${found}-${found + e.excerpt.length})`
          : ' (the excerpt is nowhere in the text)';
      problems.push(
        `${e.at}.excerpt: does not match the text at ${e.start}-${e.end}, which reads ${JSON.stringify(text.slice(e.start, e.end))}${hint}`,
      );
    }
  }
  if (problems.length > 0) throw new FactsFileError(read.file, problems);
}
