import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { publicRead } from './answers.js';

export const healthSchema = z.looseObject({
  status: z.literal('ok'),
  version: z.string(),
  time: z.string(),
});

export const getHealth = defineRoute({
  id: 'getHealth',
  method: 'GET',
  path: '/v1/health',
  summary: 'Liveness and version',
  tags: ['system'],
  response: healthSchema,
  ...publicRead,
});

export const getOpenApi = defineRoute({
  id: 'getOpenApi',
  method: 'GET',
  path: '/v1/openapi.json',
  summary: 'This contract as OpenAPI 3.1, generated from the route table',
  tags: ['system'],
  response: z.looseObject({ openapi: z.string() }),
  ...publicRead,
});
