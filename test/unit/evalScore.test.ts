/**
 * The evaluation's scoring on drafts made from the gold itself: the gold scores perfectly whatever ids the
 * extractor gives new actors, and each kind of mistake costs exactly the figure it should.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, targetResults } from '../../src/eval/report.js';
import { evalCases, runEval } from '../../src/eval/runEval.js';
import { ARTICLES_DIR } from '../../src/eval/labelledArticles.js';
import {
  holdsGoldRange,
  knownFacts,
  precision,
  recall,
  scoreArticle,
  STATEMENT_TEXT_AT,
  type ArticleScore,
} from '../../src/eval/score.js';
import { toDateRange } from '../../src/domain/dates.js';
import type { FactsFile } from '../../src/ingest/factsSchema.js';
import { textSimilarity } from '../../src/domain/textSimilarity.js';

const cases = evalCases(ARTICLES_DIR);
const seedCase = cases[0]!;
const known = knownFacts(seedCase.gold);
const article = cases.find((c) => c.name === 'wire-zelenskiy-ceasefire-address')!;

/** The gold with every new actor renamed, as an extractor that makes its own ids would name them. */
function renamedNewActors(gold: FactsFile): FactsFile {
  const rename = (id: string) => (known.actors.has(id) || !gold.actors.some((a) => a.id === id) ? id : `${id}-x1`);
  return {
    ...gold,
    actors: gold.actors.map((a) => ({ ...a, id: rename(a.id) })),
    roles: gold.roles.map((r) => ({
      ...r,
      organization: r.organization && rename(r.organization),
      country: r.country && rename(r.country),
    })),
    tenures: gold.tenures.map((t) => ({ ...t, person: rename(t.person) })),
    events: gold.events.map((e) => ({
      ...e,
      participants: e.participants.map((p) => ({ ...p, actor: rename(p.actor) })),
    })),
    statements: gold.statements.map((s) => ({
      ...s,
      speaker: rename(s.speaker),
      addressees: s.addressees.map((a) => (typeof a === 'string' ? rename(a) : { ...a, id: rename(a.id) })),
    })),
  };
}

const perfect = (s: ArticleScore) =>
  Object.values(s).every((t) => precision(t) === 1 && recall(t) === 1 && t.right === t.gold);

describe('scoring', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: its gold, with new ids, scores 1 everywhere', (_n, c) => {
    expect(perfect(scoreArticle(c.gold, renamedNewActors(c.gold), known))).toBe(true);
  });

  it('a statement left out costs recall only; one made up costs precision only', () => {
    const gold = article.gold;
    const n = gold.statements.length;
    const missing = scoreArticle(gold, { ...gold, statements: gold.statements.slice(1) }, known).statements;
    expect([precision(missing), recall(missing)]).toEqual([1, (n - 1) / n]);
    const extra = { ...gold.statements[0]!, id: 'stmt:extra', text: 'Completely unrelated words about harvests' };
    const madeUp = scoreArticle(gold, { ...gold, statements: [...gold.statements, extra] }, known).statements;
    expect([precision(madeUp), recall(madeUp)]).toEqual([n / (n + 1), 1]);
  });

  it('a wrong speaker costs the statement and the speaker share, and the text still finds it', () => {
    const gold = article.gold;
    const statements = gold.statements.map((s, i) => (i === 0 ? { ...s, speaker: 'person:donald-trump' } : s));
    const score = scoreArticle(gold, { ...gold, statements }, known);
    expect(score.speakers).toEqual({
      found: gold.statements.length,
      gold: gold.statements.length,
      right: gold.statements.length - 1,
    });
    expect(score.statements.right).toBe(gold.statements.length - 1);
  });

  it('finds a statement in other words above the threshold, and not below it', () => {
    const gold = article.gold;
    const target = gold.statements.find((s) => s.text.startsWith('Everything should be done'))!;
    const reworded = (text: string) =>
      scoreArticle(
        gold,
        { ...gold, statements: gold.statements.map((s) => (s === target ? { ...s, text } : s)) },
        known,
      ).statements.right;
    const close = 'Everything must be done to achieve the ceasefire';
    const far = 'A ceasefire is the aim';
    expect(textSimilarity(close, target.text)).toBeGreaterThanOrEqual(STATEMENT_TEXT_AT);
    expect(textSimilarity(far, target.text)).toBeLessThan(STATEMENT_TEXT_AT);
    expect(reworded(close)).toBe(gold.statements.length);
    expect(reworded(far)).toBe(gold.statements.length - 1);
  });

  it('addressees: a missing one costs recall, one on a made-up statement costs precision', () => {
    const gold = article.gold;
    const withAddressees = gold.statements.filter((s) => s.addressees.length > 0);
    const statements = gold.statements.map((s) => (s === withAddressees[0] ? { ...s, addressees: [] } : s));
    const score = scoreArticle(gold, { ...gold, statements }, known).addressees;
    const total = withAddressees.reduce((n, s) => n + s.addressees.length, 0);
    expect(score).toEqual({
      found: total - withAddressees[0]!.addressees.length,
      gold: total,
      right: total - withAddressees[0]!.addressees.length,
    });
  });

  it('roles: a post by another title of the same post counts; another country does not', () => {
    const gold = article.gold;
    const sybiha = gold.roles.find((r) => r.id === 'role:ua-foreign-minister')!;
    const retitled = {
      ...gold,
      roles: gold.roles.map((r) =>
        r === sybiha ? { ...r, id: 'role:x-foreign-minister', title: 'foreign minister', aliases: [] } : r,
      ),
      tenures: gold.tenures.map((t) => (t.role === sybiha.id ? { ...t, role: 'role:x-foreign-minister' } : t)),
    };
    expect(recall(scoreArticle(gold, retitled, known).roles)).toBe(1);
    const elsewhere = {
      ...retitled,
      roles: retitled.roles.map((r) => (r.id === 'role:x-foreign-minister' ? { ...r, country: 'country:russia' } : r)),
    };
    const score = scoreArticle(gold, elsewhere, known).roles;
    expect(score.right).toBe(score.gold - 1);
  });

  it('dates: right when the found range holds the whole gold range, open only where the gold is', () => {
    const gold = toDateRange('2025-07-21/2025-08-02');
    expect(holdsGoldRange(toDateRange('2025-07-20/2025-08-03'), gold)).toBe(true);
    expect(holdsGoldRange(toDateRange('2025-07-21/2025-07-27'), gold)).toBe(false);
    expect(holdsGoldRange(toDateRange('../2025-08-02'), gold)).toBe(false);
    expect(holdsGoldRange(toDateRange('../2025-07-20'), toDateRange('../2025-07-20'))).toBe(true);
    expect(holdsGoldRange(null, gold)).toBe(false);
  });

  it('event participants compare as (type, actor, part) triples', () => {
    const gold = article.gold;
    const events = gold.events.map((e, i) => (i === 0 ? { ...e, type: 'MEETING' } : e));
    const score = scoreArticle(gold, { ...gold, events }, known).participants;
    expect(score.right).toBe(score.gold - gold.events[0]!.participants.length);
  });
});

describe('the evaluation run', () => {
  it('runs an extractor over every article and prints each target with pass or miss', async () => {
    // An extractor that finds everything but the first statement of each article.
    const byText = new Map(cases.map((c) => [c.article.text, c.gold]));
    const result = await runEval(
      cases,
      async (a) => {
        const gold = byText.get(a.text)!;
        return { ...gold, statements: gold.statements.slice(1) };
      },
      known,
    );
    expect(result.rows.map((r) => r.name)).toEqual(cases.map((c) => c.name));
    const statements = cases.reduce((n, c) => n + c.gold.statements.length, 0);
    expect(result.total.statements).toEqual({
      found: statements - cases.length,
      gold: statements,
      right: statements - cases.length,
    });
    const report = formatReport(result.rows, result.total);
    expect(report).toContain('overall');
    for (const t of targetResults(result.total)) expect(report).toContain(`${t.pass ? 'pass' : 'miss'}  ${t.label}`);
    expect(targetResults(result.total).find((t) => t.label === 'statement recall')!.pass).toBe(
      recall(result.total.statements) >= 0.9,
    );
  });

  it('refuses a draft that is not a valid facts file', async () => {
    await expect(runEval(cases.slice(0, 1), async () => ({ sources: [] }), known)).rejects.toThrow(
      /not a valid facts file/,
    );
  });
});

describe('roles of posts the graph knows', () => {
  it('match by id when neither file defines the post, and by title against the known post', () => {
    const gold = article.gold;
    // The draft refers to the seed's post without defining it, as an extractor that resolved it would.
    const tenure = gold.tenures.find((t) => t.role === 'role:president-of-ukraine')!;
    const draft = { ...gold, roles: [], tenures: [tenure] };
    expect(scoreArticle(gold, draft, known).roles.right).toBe(1);
    // A new post titled like the known one, in the same country, is that post.
    const retitled = {
      ...draft,
      roles: [{ ...seedCase.gold.roles[0]!, id: 'role:x-president', title: 'Ukrainian President', aliases: [] }],
      tenures: [{ ...tenure, role: 'role:x-president' }],
    };
    expect(scoreArticle(gold, retitled, known).roles.right).toBe(1);
  });
});
