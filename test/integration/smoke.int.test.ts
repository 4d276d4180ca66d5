import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../helpers/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('the seeded graph', () => {
  it('ranks Rustem Umerov first when searching "Umerov"', async () => {
    const data = await api.query(`{ search(text: "Umerov") { caption node { id } } }`);
    expect(data.search[0].node.id).toBe('person:rustem-umerov');
  });
});
