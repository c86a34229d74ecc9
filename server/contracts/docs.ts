// GET /api/openapi.json and /api/docs.
import { OpenApiBody } from '../../shared/contracts/answers.ts';
import { contract, json } from './contract.ts';

export const OpenApi = contract({
  method: 'get',
  path: '/api/openapi.json',
  tag: 'docs',
  summary: 'This document',
  answers: { '200': json('OpenAPI 3.1.', OpenApiBody) },
});

export const Docs = contract({
  method: 'get',
  path: '/api/docs',
  tag: 'docs',
  summary: 'This document, rendered (Swagger UI)',
  answers: { '200': { description: 'An HTML page.', files: ['text/html'] } },
});
