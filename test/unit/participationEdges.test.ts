import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARTICIPATION_EDGE,
  participationEdge,
  PARTICIPATION_EDGES,
} from '../../src/ingest/participationEdges.js';

describe('participationEdge', () => {
  it('draws the whiteboard edge of a known part', () => {
    expect(participationEdge('ISSUER')).toEqual({ type: 'ISSUED', direction: 'OUT' });
    expect(participationEdge('TARGET')).toEqual({ type: 'TARGETS', direction: 'IN' });
    expect(participationEdge('DELEGATION_LEADER')).toEqual({ type: 'LED_DELEGATION', direction: 'OUT' });
  });

  it('draws PARTICIPATED_IN for a part it does not know', () => {
    expect(participationEdge('RESPONDENT')).toEqual(DEFAULT_PARTICIPATION_EDGE);
    expect(DEFAULT_PARTICIPATION_EDGE).toEqual({ type: 'PARTICIPATED_IN', direction: 'OUT' });
  });

  it('lets the facts file name the edge and its direction', () => {
    expect(participationEdge('PARTY', 'AGREED_TO', 'OUT')).toEqual({ type: 'AGREED_TO', direction: 'OUT' });
    expect(participationEdge('TARGET', null, 'OUT')).toEqual({ type: 'TARGETS', direction: 'OUT' });
    expect(participationEdge('SPEAKER', 'DELIVERED')).toEqual({ type: 'DELIVERED', direction: 'OUT' });
  });

  it('maps every known part to an UPPER_SNAKE_CASE type and a direction', () => {
    for (const [role, edge] of Object.entries(PARTICIPATION_EDGES)) {
      expect(role).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(edge.type).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(['OUT', 'IN']).toContain(edge.direction);
    }
  });
});
