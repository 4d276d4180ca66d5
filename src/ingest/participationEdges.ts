/**
 * The whiteboard edge drawn for each part an actor plays in an event, when the
 * facts file does not name one. OUT: actor -TYPE-> event; IN: event -TYPE-> actor.
 * The edge keeps the part as its `role` property, so Participation is read back
 * from whatever edge joins an actor and an event.
 */
export type EdgeDirection = 'OUT' | 'IN';

export const PARTICIPATION_EDGES: Readonly<Record<string, { type: string; direction: EdgeDirection }>> = {
  ISSUER: { type: 'ISSUED', direction: 'OUT' },
  TARGET: { type: 'TARGETS', direction: 'IN' },
  INVITER: { type: 'EXTENDED', direction: 'OUT' },
  INVITEE: { type: 'INVITES', direction: 'IN' },
  PROPOSER: { type: 'PROPOSED', direction: 'OUT' },
  DELEGATION_LEADER: { type: 'LED_DELEGATION', direction: 'OUT' },
  DELEGATION: { type: 'SENT_DELEGATION', direction: 'OUT' },
  DEMANDER: { type: 'DEMANDS', direction: 'OUT' },
  REJECTER: { type: 'REJECTED', direction: 'OUT' },
  PLEDGER: { type: 'PLEDGED', direction: 'OUT' },
  RECIPIENT: { type: 'BENEFITS', direction: 'IN' },
  APPOINTEE: { type: 'APPOINTED', direction: 'IN' },
  APPOINTER: { type: 'MADE_APPOINTMENT', direction: 'OUT' },
  HOST: { type: 'HOSTED', direction: 'OUT' },
};

export const DEFAULT_PARTICIPATION_EDGE = { type: 'PARTICIPATED_IN', direction: 'OUT' as EdgeDirection };

export function participationEdge(role: string, relation?: string | null, direction?: EdgeDirection | null) {
  const byRole = PARTICIPATION_EDGES[role] ?? DEFAULT_PARTICIPATION_EDGE;
  return { type: relation ?? byRole.type, direction: direction ?? byRole.direction };
}
