import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleJobs } from '../../src/ingest/articleJobs.js';
import { parse } from '../../src/ingest/csv.js';
import { draftFileFor } from '../../src/ingest/ingestArticles.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-jobs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const meta = { publisher: 'Wire', published: '2025-07-21' };

describe('article jobs', () => {
  it('reads an article with the command line’s publisher and date', () => {
    const file = write('a.txt', 'Kyiv said so.');
    expect(articleJobs([file], meta)).toEqual([{ file, article: { text: 'Kyiv said so.', ...meta } }]);
  });

  it('takes each file’s details from a CSV manifest, quoted commas included', () => {
    write('b.txt', 'One.');
    write('c.txt', 'Two.');
    const manifest = write(
      'manifest.csv',
      'file,publisher,published,title\nb.txt,"Wire, Kyiv",2025-07-01,First\nc.txt,Daily,2025-07-02,"Second, ""quoted"""\n',
    );
    const jobs = articleJobs([manifest], {});
    expect(jobs.map((j) => [path.basename(j.file), j.article.publisher, j.article.published, j.article.title])).toEqual(
      [
        ['b.txt', 'Wire, Kyiv', '2025-07-01', 'First'],
        ['c.txt', 'Daily', '2025-07-02', 'Second, "quoted"'],
      ],
    );
  });

  it('takes a JSON manifest, and the command line fills what a row leaves out', () => {
    write('d.txt', 'Three.');
    const manifest = write('list.json', JSON.stringify([{ file: 'd.txt', title: 'Third' }]));
    expect(articleJobs([manifest], meta)[0]!.article).toMatchObject({ ...meta, title: 'Third' });
  });

  it('refuses a missing, empty, binary or non-UTF-8 file, naming it', () => {
    expect(() => articleJobs([path.join(dir, 'missing.txt')], meta)).toThrow(
      /Cannot read article .*missing\.txt \(ENOENT\)/,
    );
    expect(() => articleJobs([write('empty.txt', '  \n')], meta)).toThrow(/empty/);
    expect(() => articleJobs([write('bin.txt', Buffer.from([0x50, 0x4b, 0x00, 0x01]))], meta)).toThrow(/binary/);
    expect(() => articleJobs([write('latin1.txt', Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xe9]))], meta)).toThrow(
      /not UTF-8/,
    );
  });

  it('refuses an article without a publisher or a real date', () => {
    const file = write('e.txt', 'Four.');
    expect(() => articleJobs([file], { published: '2025-07-21' })).toThrow(/publisher/);
    expect(() => articleJobs([file], { publisher: 'Wire', published: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('puts a draft beside its article, at --out, or in an --out folder', () => {
    expect(draftFileFor('/a/b/story.txt', undefined, true)).toBe('/a/b/story.facts.yaml');
    expect(draftFileFor('/a/b/story.txt', '/tmp/x.yaml', true)).toBe('/tmp/x.yaml');
    expect(draftFileFor('/a/b/story.txt', '/tmp/drafts', false)).toBe('/tmp/drafts/story.facts.yaml');
  });
});

describe('csv', () => {
  it('splits rows and fields, with CRLF and quoted line breaks', () => {
    expect(parse('a,b\r\n"x\ny",2\n')).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
    ]);
  });
});
