/**
 * One news article to a draft facts file: the engine annotates it, pure functions over the annotations find
 * statements, speakers, addressees, roles and dates, and names are resolved against the actors already known.
 */
import type { FactsFileInput, ReviewFlag } from '../ingest/factsSchema.js';
import type { NlpEngine } from '../nlp/annotations.js';
import { datesASaying, readDate, ReportDates, undated, type ReadDate } from './dates.js';
import { DraftBuilder } from './draft.js';
import type { KnownActors } from './knownActors.js';
import { actorMentions } from './mentions.js';
import { slug } from './names.js';
import { ParsedText, type ParsedSentence } from './parsedText.js';
import { findQuotes, quotedSpans } from './quotes.js';
import { findReportedSpeech } from './reportedSpeech.js';
import { ActorResolver } from './resolveActors.js';
import { findRoles } from './roles.js';
import { Referents } from './speakers.js';
import { overlaps, type FoundStatement } from './statements.js';
import type { AnnotatedDocument } from '../nlp/annotations.js';

export const EXTRACTOR_VERSION = '1.0.0';

/** What a draft's facts (and the Change that loads them) name as their extractor. */
export const extractorName = (engineName: string) => `actorgraph-extract ${EXTRACTOR_VERSION} (${engineName})`;

export interface ArticleInput {
  text: string;
  publisher: string;
  /** YYYY-MM-DD: relative dates ("last week") are read against it. */
  published: string;
  title?: string;
  url?: string;
}

export interface ExtractDeps {
  engine: NlpEngine;
  known: KnownActors;
}

export interface DraftSummary {
  actorsMatched: number;
  actorsNew: number;
  statements: number;
  roles: number;
  events: number;
  flagged: number;
}

export interface ExtractedDraft {
  /** Its source has no textFile: whoever writes the draft next to the text sets it (src/ingest/ingestArticle.ts). */
  facts: FactsFileInput;
  flags: ReviewFlag[];
  summary: DraftSummary;
}

export async function extractFacts(article: ArticleInput, deps: ExtractDeps): Promise<ExtractedDraft> {
  // The dateline ("KYIV, July 21 (Reuters) -") is blanked, not cut, so every offset still points into the text.
  const annotations = await deps.engine.annotate(blankDateline(article.text), article.published);
  return draftFromAnnotations(article, annotations, deps.known, deps.engine.name);
}

/** The pure part: the same annotations always give the same draft (unit tests feed recorded ones). */
export function draftFromAnnotations(
  article: ArticleInput,
  annotations: AnnotatedDocument,
  known: KnownActors,
  engineName: string,
): ExtractedDraft {
  const parsed = new ParsedText(article.text, annotations);
  const resolver = new ActorResolver(known);
  const mentions = actorMentions(parsed, resolver);
  const roles = findRoles(parsed, mentions, resolver, known);
  const referents = new Referents(mentions, roles, known, resolver);
  const quotes = findQuotes(parsed, referents);
  const quoted = quotedSpans(parsed);
  const statements = [...quotes, ...findReportedSpeech(parsed, referents, quoted)].sort(
    (a, b) => a.evidence.start - b.evidence.start,
  );

  const draft = new DraftBuilder(article.text, extractorName(engineName));
  const titleText = article.title ?? article.text.split(/\s+/).slice(0, 8).join(' ');
  draft.facts.sources.push({
    id: `source:${slug(`${article.publisher} ${titleText}`, 10)}`,
    title: article.title ?? titleText,
    publisher: article.publisher,
    url: article.url ?? null,
    published: article.published,
    language: 'en',
    textFile: null,
  });
  const firstSeen = new Map<string, (typeof mentions)[number]>();
  for (const m of mentions) if (!firstSeen.has(m.actor.id)) firstSeen.set(m.actor.id, m);
  const used = new Set<string>();
  for (const r of roles) {
    draft.role(r);
    used.add(r.person.actor.id);
    for (const a of [r.organization, r.country]) if (a) used.add(a.id);
  }
  // A wire report dates its lead ("said on Monday") and not each quote after it: an undated statement takes the
  // date of the speaker's last dated one. Another speaker's date says nothing of it; but one that answers the
  // news or refers back to a dated thing was said on or after that day. Else: by the publication.
  const lastDated = new Map<string, ReadDate>();
  const reportDates = new ReportDates(parsed, article.published, (sentence) =>
    mentions.filter((m) => m.sentence === sentence && m.actor.kind === 'PERSON').map((m) => m.actor.id),
  );
  for (const s of statements) {
    const own = statementDate(parsed, s, article.published);
    const context = own ? undefined : lastDated.get(s.speaker.actor.id);
    const after =
      own || context ? undefined : reportDates.onOrAfter(s.dateScope.sentence, s.evidence, s.speaker.actor.id);
    const date = own ?? (context ? fromContext(context) : (after ?? undated(article.published)));
    const dated = own ?? after;
    if (dated) lastDated.set(s.speaker.actor.id, dated);
    if (own ?? context ?? after) reportDates.record(s.dateScope.sentence, date);
    draft.statement(s, date);
    used.add(s.speaker.actor.id);
    for (const a of s.addressees) used.add(a.referent.actor.id);
  }
  for (const id of used) {
    const m = firstSeen.get(id);
    if (m) draft.actor(m.actor, m.span);
  }
  const actors = resolver.resolved().filter((a) => used.has(a.id));
  return {
    facts: draft.facts,
    flags: draft.flags,
    summary: {
      actorsMatched: actors.filter((a) => a.status !== 'NEW').length,
      actorsNew: actors.filter((a) => a.status === 'NEW').length,
      statements: draft.facts.statements.length,
      roles: draft.facts.tenures.length,
      events: draft.facts.events.length,
      flagged: new Set(draft.flags.map((f) => f.factId)).size,
    },
  };
}

function fromContext(date: ReadDate): ReadDate {
  return {
    date: date.date,
    phrase: date.phrase,
    note: `Not dated in its sentence; the report dates what was said before it: ${date.note.replace(/^Not dated in its sentence; /, '')}`,
  };
}

/** A date word in the statement's sentence, outside what was said. */
function statementDate(parsed: ParsedText, s: FoundStatement, published: string): ReadDate | undefined {
  const { sentence, exclude } = s.dateScope;
  for (const m of sentence.mentions) {
    if (m.ner !== 'DATE' || !datesASaying(m.timex)) continue;
    const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd };
    if (exclude.some((e) => overlaps(e, span)) || describesSomeone(sentence, m.tokenEnd)) continue;
    const read = readDate(m.timex, parsed.slice(span), published);
    if (read) return read;
  }
  return undefined;
}

/** "X, who was appointed last month, said": a date inside a relative clause or an appositive dates the person, not the saying. */
function describesSomeone(sentence: ParsedSentence, token: number): boolean {
  for (let up = sentence.parent(token); up; up = sentence.parent(up.governor))
    if (up.dep.startsWith('acl') || up.dep === 'appos') return true;
  return false;
}

const DATELINE = /^\s*[A-Z][\p{L} .'’-]*(?:,[\p{L}\p{N} ]+)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]\s/u;

/** The text with its dateline, if it has one, replaced by spaces: the parser would read the place as a subject. */
export function blankDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m && m[0].length < 80 ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text;
}
