import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';

const api = useTestApi();

describe('the seeded graph', () => {
  it('ranks Rustem Umerov first when searching "Umerov"', async () => {
    const data = await api.query(`{ search(text: "Umerov") { caption node { id } } }`);
    expect(data.search[0].node.id).toBe('person:rustem-umerov');
  });
});
