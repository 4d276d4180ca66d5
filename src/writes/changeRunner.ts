/**
 * What every mutation shares: the caller must hold the `write` scope; an idempotency key (argument or
 * header) replays the first result; the work and its Change commit together; the commit's bookmarks go
 * back in the response's extensions, and listeners hear of the change.
 */
import { Neo4jError } from 'neo4j-driver';
import { requireScope } from '../auth/principal.js';
import type { Context } from '../context.js';
import { badFields } from '../errors.js';
import type { ChangeRecord } from '../repositories/auditRepository.js';
import type { ChangeMeta, ChangeWriter, WrittenChange } from '../repositories/mutationRepository.js';

export interface MutationResultRecord {
  change: ChangeRecord;
  nodeId: string | null;
  replayed: boolean;
}

export interface MutationOptions {
  idempotencyKey?: string | null;
  extractor?: string | null;
  reason?: string | null;
}

const MAX_KEY_LENGTH = 200;

/** A retry that lost the race to the first request with its key: the key's unique constraint refused it. */
const isKeyTaken = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export async function runMutation(
  ctx: Context,
  mutation: string,
  options: MutationOptions,
  work: (writer: ChangeWriter) => Promise<{ nodeId: string | null }>,
): Promise<MutationResultRecord> {
  const principal = requireScope(ctx.principal, 'write');
  const key = options.idempotencyKey ?? ctx.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > MAX_KEY_LENGTH))
    throw badFields([{ field: 'idempotencyKey', message: `must be 1 to ${MAX_KEY_LENGTH} characters` }]);
  const meta: ChangeMeta = { ...options, by: principal.name, mutation, idempotencyKey: key };
  let written: WrittenChange;
  try {
    written = await ctx.repos.mutations.write(meta, work);
  } catch (error) {
    const earlier = key !== null && isKeyTaken(error) ? await ctx.repos.mutations.changeByKey(key) : undefined;
    if (!earlier) throw error;
    written = { change: earlier, replayed: true, bookmarks: [] };
  }
  if (written.replayed) checkSameRequest(written.change, meta);
  // Records cached before the write (a merge looks both actors up) would answer the old state.
  ctx.loaders.node.clearAll();
  if (written.bookmarks.length > 0) ctx.bookmarks = written.bookmarks;
  if (!written.replayed) ctx.changes?.notify();
  return { change: written.change, nodeId: written.change.nodeId, replayed: written.replayed };
}

/** A key names one request of one caller: used again for another, it is the caller's mistake, not a replay. */
function checkSameRequest(earlier: ChangeRecord, meta: ChangeMeta): void {
  if (earlier.by !== meta.by || earlier.mutation !== meta.mutation)
    throw badFields([
      {
        field: 'idempotencyKey',
        message: `was already used for another request (${earlier.mutation}); use a new key for each new request`,
      },
    ]);
}
