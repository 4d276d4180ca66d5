/**
 * The CSV files of `npm run import -- --fresh`: one file per label set (or type) and property shape, with
 * typed headers, quoted text that survives quotes and newlines, lists joined by U+001F, and a fact that two
 * files state folded into one row as the loader's MERGE would fold it.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, foldRepeats, writeAdminImportFiles } from '../../src/ingest/adminImportFiles.js';
import type { FactRows, NodeRow } from '../../src/repositories/writeRepository.js';
import { tempDir } from '../helpers/processes.js';

const out = tempDir('csv');
afterAll(() => out.remove());

const actor = (props: Record<string, unknown>, aliases: string[] = []): NodeRow => ({
  id: 'actor:a',
  labels: ['Actor', 'Person'],
  props,
  evidenceIds: ['evidence:s:0-1'],
  aliases,
  nameKeys: ['a'],
});

const files = (args: string[]) =>
  args.map((a) => {
    const [target, file] = a.split('=') as [string, string];
    return { target, text: fs.readFileSync(file, 'utf8') };
  });

describe('the fresh import files', () => {
  it('type each column, quote text and join lists so the import tool reads back what the loader stores', () => {
    const rows: FactRows = {
      nodes: [actor({ name: 'A "the" \nB', confidence: 0.5, needsReview: true }, ['x', 'y'])],
      edges: [
        {
          id: 'e1',
          from: 'actor:a',
          type: 'SAID',
          to: 'statement:s',
          props: { start: new neo4j.types.Date(2020, 1, 2) },
          evidenceIds: [],
        },
      ],
      evidence: [{ id: 'evidence:s:0-1', sourceId: 'source:s', start: 0, end: 1, excerpt: 'A' }],
    };
    const written = writeAdminImportFiles(rows, path.join(out.dir, 'one'));
    const [person, evidence] = files(written.nodes);
    expect(person!.target).toBe('Node:Actor:Person');
    expect(person!.text).toBe(
      'id:ID,name:string,confidence:double,needsReview:boolean,evidenceIds:string[],aliases:string[],nameKeys:string[],aliasesText:string\n' +
        `"actor:a","A ""the"" \nB",0.5,true,"evidence:s:0-1","x${ARRAY_DELIMITER}y","a"," x y"\n`,
    );
    expect(evidence!.target).toBe('Evidence');
    expect(evidence!.text).toContain('start:long,end:long');
    const [said] = files(written.relationships);
    expect(said!.target).toBe('SAID');
    expect(said!.text).toBe(':START_ID,:END_ID,start:date,id:string\n"actor:a","statement:s",2020-01-02,"e1"\n');
    expect(written.totals).toEqual({ nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 8 + 5 + 3 });
    // The tool would store an empty field as no property: the edge's empty list is left for the fix-up.
    expect(written.emptyLists).toEqual({
      nodes: [],
      evidence: [],
      edges: [{ id: 'e1', from: 'actor:a', lists: { evidenceIds: [] } }],
    });
  });

  it('leave empty lists out of the files and list them, in the same file as the rows that have them', () => {
    const rows: FactRows = {
      nodes: [actor({ name: 'A' }, []), { ...actor({ name: 'B' }, ['b']), id: 'actor:b' }],
      edges: [],
      evidence: [],
    };
    const written = writeAdminImportFiles(rows, path.join(out.dir, 'empty'));
    expect(written.emptyLists.nodes).toEqual([{ id: 'actor:a', lists: { aliases: [] } }]);
    const texts = files(written.nodes).map((f) => f.text);
    expect(texts).toHaveLength(2); // the header of a row without aliases lacks the column
    expect(texts.find((t) => t.includes('"actor:a"'))).not.toContain('aliases:string[]');
  });

  it('fold a fact stated twice: later properties win, lists gather', () => {
    const folded = foldRepeats({
      nodes: [
        actor({ name: 'A', note: 'first' }, ['x']),
        { ...actor({ name: 'B' }, ['y']), evidenceIds: ['evidence:t:1-2'] },
      ],
      edges: [],
      evidence: [],
    });
    expect(folded.nodes).toEqual([
      { ...actor({ name: 'B', note: 'first' }, ['x', 'y']), evidenceIds: ['evidence:s:0-1', 'evidence:t:1-2'] },
    ]);
  });

  it('refuse a property name the CSV header cannot hold', () => {
    const rows: FactRows = { nodes: [actor({ 'a:b': 1 })], edges: [], evidence: [] };
    expect(() => writeAdminImportFiles(rows, path.join(out.dir, 'bad'))).toThrow(/load without --fresh/);
  });
});
