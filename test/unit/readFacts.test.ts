/**
 * Reading and checking facts files without a database: every problem names the file, the entry and the field.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvidence, evidenceEntries, FactsFileError, readFactsFile } from '../../src/ingest/readFacts.js';
import { StartupError } from '../../src/errors.js';
import { ARTICLE_ID, fixture, SEED_FACTS_FILE, seedFacts, seedText } from '../helpers/seedFacts.js';
import { thrownBy } from '../helpers/thrown.js';

const factsFileError = (fn: () => unknown): FactsFileError => thrownBy(FactsFileError, fn);

describe('the seed facts file', () => {
  it('reads without problems, with the article as the default source of evidence', () => {
    const read = readFactsFile(SEED_FACTS_FILE);
    expect(read.defaultSourceId).toBe(ARTICLE_ID);
    expect(read.sourceTexts.get(ARTICLE_ID)).toBe(seedText());
    expect(read.externalRefs).toHaveLength(0);
    expect(read.facts.statements.map((s) => s.id)).toEqual(seedFacts().statements.map((s) => s.id));
  });

  it('has every excerpt where its offsets say', () => {
    const read = readFactsFile(SEED_FACTS_FILE);
    expect(() => checkEvidence(read, read.sourceTexts)).not.toThrow();
    const entries = evidenceEntries(read);
    // Every evidence list of the raw file is counted: actors, roles, tenures, events, participants, statements, relations.
    const f = seedFacts();
    const expected =
      [...f.actors, ...f.roles, ...f.tenures, ...f.events, ...f.statements, ...f.relations].reduce(
        (n, x) => n + x.evidence.length,
        0,
      ) +
      f.events.reduce((n, e) => n + e.participants.reduce((m, p) => m + p.evidence.length, 0), 0) +
      f.statements.reduce(
        (n, s) => n + [...s.addresseeLinks, ...s.aboutLinks].reduce((m, l) => m + (l.evidence?.length ?? 0), 0),
        0,
      );
    expect(entries).toHaveLength(expected);
    for (const e of entries) expect(seedText().slice(e.start, e.end)).toBe(e.excerpt);
  });
});

describe('a facts file with a YAML syntax error', () => {
  it('is one FactsFileError naming the file and the line', () => {
    const file = fixture('invalid-yaml-syntax.yaml');
    const error = factsFileError(() => readFactsFile(file));
    expect(error).toBeInstanceOf(StartupError);
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain('nothing was loaded');
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) expect(p).toMatch(/^line \d+, column \d+: \S/);
  });
});

describe('a facts file that breaks the schema', () => {
  const file = fixture('invalid-schema.yaml');

  it('lists every problem, each naming the entry (with its id) and the field', () => {
    const error = factsFileError(() => readFactsFile(file));
    expect(error.message).toContain(file);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^statements\[0\] \(stmt:test-no-speaker\)\.speaker: /),
        expect.stringMatching(/^statements\[1\] \(stmt:test-impossible-date\)\.date: "2025-02-30" is not an EDTF date/),
        expect.stringMatching(/^events\[0\] \(event:test-wordy-date\)\.date: "Saturday evening" is not an EDTF date/),
      ]),
    );
    // Nothing else is wrong with the file.
    expect(error.problems.every((p) => /^(statements\[[01]\]|events\[0\]) /.test(p))).toBe(true);
  });
});

describe('a facts file whose evidence does not match its source', () => {
  it('names the entry, the evidence and the field, with what the text reads there', () => {
    const file = fixture('invalid-excerpt.yaml');
    const read = readFactsFile(file);
    const error = factsFileError(() => checkEvidence(read, new Map([[ARTICLE_ID, seedText()]])));
    expect(error.message).toContain(file);
    const misquote = error.problems.find((p) =>
      p.startsWith('statements[0] (stmt:test-misquoted-zelenskyy).evidence[0].excerpt: '),
    );
    expect(misquote).toBeDefined();
    expect(misquote).toContain(JSON.stringify(seedText().slice(428, 473)));
    const outside = error.problems.find((p) => p.startsWith('actors[0] (person:test-misplaced-analyst).evidence[0]'));
    expect(outside).toMatch(/offsets 2340-2400 lie outside the text .*\(length 2346\)/);
    expect(seedText()).toHaveLength(2346);
    expect(error.problems).toHaveLength(2);
  });

  it('says where an excerpt stands when it is in the text at other offsets', () => {
    const read = readFactsFile(fixture('invalid-excerpt.yaml'));
    const stmt = read.facts.statements[0]!;
    stmt.evidence[0] = {
      ...stmt.evidence[0]!,
      excerpt: 'Everything must be done to secure a ceasefire',
      start: 400,
      end: 445,
    };
    const error = factsFileError(() => checkEvidence(read, new Map([[ARTICLE_ID, seedText()]])));
    const at = seedText().indexOf('Everything must be done to secure a ceasefire');
    expect(error.problems.join('\n')).toContain(`stands at ${at}-${at + 45}`);
  });

  it('says so when the source of an excerpt has no text anywhere', () => {
    const read = readFactsFile(fixture('invalid-excerpt.yaml'));
    const error = factsFileError(() => checkEvidence(read, new Map()));
    expect(error.problems).toContain(
      `statements[0] (stmt:test-misquoted-zelenskyy).evidence[0].source: ${ARTICLE_ID} has no text in this file or in the graph`,
    );
  });
});

describe('a facts file that refers to ids it does not define', () => {
  it('collects them as ids the graph must hold', () => {
    const read = readFactsFile(fixture('invalid-unknown-reference.yaml'));
    expect([...new Set(read.externalRefs.map((r) => r.id))].sort()).toEqual(
      ['country:test-atlantis', 'event:test-never-happened', 'person:volodymyr-zelenskyy', ARTICLE_ID].sort(),
    );
  });
});

describe('a facts file that defines an id twice', () => {
  it('names both entries and the id', () => {
    const file = fixture('invalid-duplicate-id.yaml');
    const error = factsFileError(() => readFactsFile(file));
    expect(error.message).toContain(file);
    expect(error.problems).toEqual(['statements[1].id: "stmt:test-twice" is defined twice (first at statements[0])']);
  });
});

describe('a facts file that does not exist', () => {
  it('says where it looked', () => {
    const error = factsFileError(() => readFactsFile('test/fixtures/facts/no-such-file.yaml'));
    expect(error.problems[0]).toContain(path.resolve('test/fixtures/facts/no-such-file.yaml'));
  });
});
