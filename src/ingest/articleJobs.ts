/**
 * What `npm run ingest` is asked to read: article files (or folders of .txt files) with the publisher and date
 * from the command line, or per file from a CSV or JSON manifest. Every file is read and checked before the
 * engine starts, so an unreadable one stops the run with nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from './csv.js';
import { StartupError } from '../errors.js';
import type { ArticleInput } from '../extract/extractFacts.js';
import { isoDate } from './factsSchema.js';

export interface ArticleJob {
  file: string;
  article: ArticleInput;
}

export type ArticleDefaults = Partial<Omit<ArticleInput, 'text'>>;

interface ManifestRow {
  file: string;
  publisher?: string;
  published?: string;
  title?: string;
  url?: string;
}

const isManifest = (file: string) => /\.(csv|json)$/i.test(file);

/** A text the engine can read: UTF-8, not empty, not binary. */
export function readArticleText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new StartupError(
      `Cannot read article ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was ingested.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new StartupError(`Article ${file} is not UTF-8 text; save it as UTF-8 plain text. Nothing was ingested.`);
  }
  if (text.includes('\u0000'))
    throw new StartupError(`Article ${file} is a binary file, not plain text. Nothing was ingested.`);
  if (text.trim().length === 0) throw new StartupError(`Article ${file} is empty. Nothing was ingested.`);
  return text.replace(/^\uFEFF/, '');
}

function manifestRows(file: string): ManifestRow[] {
  const text = readArticleText(file);
  if (/\.json$/i.test(file)) {
    let rows: unknown;
    try {
      rows = JSON.parse(text);
    } catch (error) {
      throw new StartupError(`Manifest ${file} is not valid JSON (${(error as Error).message}).`);
    }
    if (
      !Array.isArray(rows) ||
      rows.some((r) => typeof r !== 'object' || r === null || typeof (r as ManifestRow).file !== 'string')
    )
      throw new StartupError(`Manifest ${file} must be a JSON array of objects, each with a "file".`);
    return rows as ManifestRow[];
  }
  const [header, ...lines] = parseCsv(text);
  if (!header?.includes('file')) throw new StartupError(`Manifest ${file} needs a header row with a "file" column.`);
  return lines.map(
    (cells) =>
      Object.fromEntries(header.map((h, i) => [h.trim(), cells[i]?.trim() || undefined])) as unknown as ManifestRow,
  );
}

function job(file: string, meta: ArticleDefaults, where: string): ArticleJob {
  const problems: string[] = [];
  if (!meta.publisher) problems.push('a publisher (--publisher or a "publisher" column)');
  if (!meta.published || !isoDate.safeParse(meta.published).success)
    problems.push(
      `a publication date as YYYY-MM-DD (--published or a "published" column; got ${meta.published ?? 'none'})`,
    );
  if (problems.length > 0) throw new StartupError(`${where} needs ${problems.join(' and ')}.`);
  return {
    file,
    article: {
      text: readArticleText(file),
      publisher: meta.publisher!,
      published: meta.published!,
      title: meta.title,
      url: meta.url,
    },
  };
}

/** The jobs for the command line's inputs; a folder holds .txt articles and maybe a manifest.csv or manifest.json. */
export function articleJobs(inputs: readonly string[], defaults: ArticleDefaults): ArticleJob[] {
  const jobs: ArticleJob[] = [];
  for (const input of inputs) {
    if (isManifest(input)) {
      for (const row of manifestRows(input)) {
        const file = path.resolve(path.dirname(input), row.file);
        jobs.push(job(file, { ...defaults, ...definedOnly(row) }, `${input}, row for ${row.file},`));
      }
    } else if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      const manifest = ['manifest.csv', 'manifest.json'].map((m) => path.join(input, m)).find((m) => fs.existsSync(m));
      if (manifest) jobs.push(...articleJobs([manifest], defaults));
      else
        for (const name of fs
          .readdirSync(input)
          .filter((n) => n.endsWith('.txt'))
          .sort())
          jobs.push(job(path.join(input, name), defaults, path.join(input, name)));
    } else jobs.push(job(path.resolve(input), defaults, input));
  }
  if (jobs.length === 0)
    throw new StartupError(`No articles found in ${inputs.join(', ')} (a folder's articles are its .txt files).`);
  return jobs;
}

function definedOnly(row: ManifestRow): ArticleDefaults {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => k !== 'file' && v !== undefined && v !== ''));
}
