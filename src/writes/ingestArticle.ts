/**
 * The ingestArticle mutation: `npm run ingest`'s pipeline (src/ingest/ingestArticles.ts) for one article sent
 * over GraphQL. The engine is leased as the command leases it, so a warm one is reused; the draft loads through
 * importFacts' checks and transaction, its Change naming the extractor.
 */
import { requireScope } from '../auth/principal.js';
import type { Context } from '../context.js';
import { badFields, engineUnavailable } from '../errors.js';
import { extractorName, type ArticleInput } from '../extract/extractFacts.js';
import { knownInGraph } from '../ingest/corroborate.js';
import { draftArticle, draftYaml, type ArticleDraft } from '../ingest/ingestArticles.js';
import { coreNlpEngine, EngineError } from '../nlp/coreNlpEngine.js';
import { startLocalCoreNlp, type LocalCoreNlp } from '../nlp/localCoreNlp.js';
import type { MutationResultRecord } from './changeRunner.js';
import { writeFactsFile } from './factInputs.js';

export interface IngestResultRecord {
  draft: string;
  extractor: string;
  flags: Array<{ kind: string; factId: string; reason: string; candidates: string[] }>;
  summary: ArticleDraft['summary'];
  loaded: MutationResultRecord | null;
}

interface IngestArticleArgs {
  input: { text: string; publisher: string; published: string; title?: string | null; url?: string | null };
  dryRun?: boolean | null;
  idempotencyKey?: string | null;
}

function articleOf(input: IngestArticleArgs['input']): ArticleInput {
  const problems = (['text', 'publisher'] as const)
    .filter((field) => input[field].trim() === '')
    .map((field) => ({ field: `input.${field}`, message: 'must not be empty' }));
  if (problems.length > 0) throw badFields(problems);
  return {
    text: input.text,
    publisher: input.publisher.trim(),
    published: input.published,
    ...(input.title ? { title: input.title } : {}),
    ...(input.url ? { url: input.url } : {}),
  };
}

/** The engine's failures, starting or answering, as ENGINE_UNAVAILABLE; anything else is ours and passes. */
const asEngineError = (error: unknown): unknown =>
  error instanceof EngineError ? engineUnavailable(error.message) : error;

async function leaseEngine(ctx: Context): Promise<LocalCoreNlp> {
  if (!ctx.nlp) throw engineUnavailable('this server has no NLP engine configured.');
  try {
    return await startLocalCoreNlp({ homeDir: ctx.nlp.homeDir, heap: ctx.nlp.heap, lingerMs: ctx.nlp.lingerMs });
  } catch (error) {
    throw engineUnavailable((error as Error).message);
  }
}

/** Extracts and corroborates under a lease of the engine, which is released (to linger warm) whatever happens. */
async function draftWithEngine(
  ctx: Context,
  article: ArticleInput,
): Promise<{ draft: ArticleDraft; extractor: string }> {
  const nlp = await leaseEngine(ctx);
  try {
    const engine = coreNlpEngine(nlp.url);
    const known = await ctx.repos.knownActors.all();
    const draft = await draftArticle(article, {
      engine,
      known,
      inGraph: (facts) => knownInGraph(ctx.repos.corroboration, facts),
    });
    return { draft, extractor: extractorName(engine.name) };
  } catch (error) {
    throw asEngineError(error);
  } finally {
    await nlp.stop();
  }
}

export async function ingestArticle(ctx: Context, args: IngestArticleArgs): Promise<IngestResultRecord> {
  // Checked before the engine starts: a caller who may not write gets FORBIDDEN at once, dry run or not.
  requireScope(ctx.principal, 'write');
  const article = articleOf(args.input);
  const { draft, extractor } = await draftWithEngine(ctx, article);
  const file = draftYaml(draft.facts, article.title ? `"${article.title}"` : undefined);
  const source = draft.facts.sources[0]!.id;
  const loaded = args.dryRun
    ? null
    : await writeFactsFile(ctx, file, [{ source, text: article.text }], args.idempotencyKey, 'ingestArticle');
  return {
    draft: file,
    extractor,
    flags: draft.flags.map((f) => ({ ...f, candidates: f.candidates ?? [] })),
    summary: draft.summary,
    loaded,
  };
}
