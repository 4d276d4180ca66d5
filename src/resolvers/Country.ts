import type { CountryResolvers } from '../__generated__/resolvers-types.js';
import { actorFields } from './actorFields.js';

export const Country: CountryResolvers = { ...actorFields };
