import { describe, expect, it } from 'vitest';
import { apiChanges } from '../../../app/core/api-definition/breaking-changes.ts';

const texts = (changes: { severity: string; text: string }[]) => changes.map((c) => `${c.severity}: ${c.text}`);

describe('breaking changes to an API definition', () => {
  it("GraphQL: graphql-js's own findBreakingChanges and findDangerousChanges", () => {
    const before = 'type Query { orders(limit: Int): [String]\n  shop: String }\nenum Status { OPEN PAID }';
    const after = 'type Query { orders(limit: Int!): [String] }\nenum Status { OPEN PAID VOID }';
    expect(texts(apiChanges('graphql', before, after))).toEqual([
      'breaking: Query.shop was removed.',
      'breaking: Query.orders arg limit has changed type from Int to Int!.',
      'dangerous: VOID was added to enum type Status.',
    ]);
  });

  it('OpenAPI 2.0: body parameters, types and enums; a path parameter renamed is no change', () => {
    const before = {
      swagger: '2.0',
      paths: {
        '/orders/{id}': {
          put: {
            parameters: [
              { name: 'id', in: 'path', required: true, type: 'string' },
              {
                name: 'body',
                in: 'body',
                schema: { type: 'object', properties: { state: { type: 'string', enum: ['open', 'closed'] } } },
              },
            ],
            responses: { 200: { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    };
    const after = JSON.parse(JSON.stringify(before).replace('{id}', '{orderId}').replace('"open","closed"', '"open"'));
    after.paths['/orders/{orderId}'].put.parameters[0].name = 'orderId';
    after.paths['/orders/{orderId}'].put.responses[200].schema.properties.id.type = 'integer';
    expect(texts(apiChanges('openapi', JSON.stringify(before), JSON.stringify(after)))).toEqual([
      'breaking: PUT /orders/{orderId}: the request body\'s state no longer accepts "closed"',
      "breaking: PUT /orders/{orderId}: the 200 response's id changes type from string to integer",
    ]);
  });

  it('OpenAPI 3: nothing for an added operation or an optional parameter; a new required body property is', () => {
    const before =
      'openapi: 3.0.3\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: { type: object, properties: { x: { type: string } } }\n';
    const after = `${before.replace('properties: { x', 'required: [y], properties: { y: { type: string }, x')}  /b:\n    get:\n      parameters: [{ name: q, in: query }]\n`;
    expect(texts(apiChanges('openapi', before, after))).toEqual(['breaking: POST /a: the request body now requires y']);
  });

  it('AsyncAPI and gRPC: operations and methods removed; a definition that does not read compares with nothing', () => {
    expect(
      texts(
        apiChanges(
          'asyncapi',
          'asyncapi: 3.0.0\noperations:\n  sendOrder: {action: send}\n  ack: {action: receive}\n',
          'asyncapi: 3.0.0\noperations:\n  ack: {action: receive}\n',
        ),
      ),
    ).toEqual(['breaking: send sendOrder is removed']);
    expect(
      texts(
        apiChanges(
          'grpc',
          'service S { rpc Get (A) returns (B); rpc List (A) returns (B); }',
          'service S { rpc List (A) returns (B); }',
        ),
      ),
    ).toEqual(['breaking: rpc Get is removed']);
    expect(apiChanges('openapi', 'openapi: 3.0.0\npaths: {}\n', 'openapi: [broken')).toEqual([]);
  });
});
