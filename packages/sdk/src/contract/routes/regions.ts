import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { publicRead } from './answers.js';

const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/));
export const regionIdSchema = id;

export const villageSchema = z.looseObject({
  id,
  code: z.string(),
  name: z.string(),
  level: z.literal('village'),
  households: z.optional(z.int()),
});
export const townSchema = z.looseObject({
  id,
  code: z.string(),
  name: z.string(),
  level: z.literal('town'),
  villages: z.array(villageSchema),
});
export const countySchema = z.looseObject({
  id,
  code: z.string(),
  name: z.string(),
  level: z.literal('county'),
  towns: z.array(townSchema),
});
export const regionTreeSchema = z.looseObject({ counties: z.array(countySchema) });

export const listRegions = defineRoute({
  id: 'listRegions',
  method: 'GET',
  path: '/v1/regions',
  summary: 'County → towns → villages tree with ids and names',
  tags: ['regions'],
  response: regionTreeSchema,
  ...publicRead,
});
