import { describe, expect, it } from 'vitest';
import { readApiDefinition } from '../../../app/core/api-definition/api-definition.ts';

describe('reading an API definition for its type', () => {
  it('lists the operations of OpenAPI 3.1 and Swagger 2.0, with Redoc anchors', () => {
    const v3 = readApiDefinition(
      'openapi',
      'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get: {operationId: getA, summary: Get a}\n    post: {summary: Make a}\n',
    );
    expect(v3).toMatchObject({ ok: true, version: '3.1.0' });
    expect(v3.ok && v3.operations).toEqual([
      { title: 'GET /a', summary: 'Get a', anchor: 'operation/getA' },
      { title: 'POST /a', summary: 'Make a' },
    ]);
    expect(
      readApiDefinition('OpenAPI', '{"swagger": "2.0", "info": {}, "paths": {"/b": {"delete": {}}}}'),
    ).toMatchObject({
      ok: true,
      version: '2.0',
      operations: [{ title: 'DELETE /b' }],
    });
  });

  it('says where a definition does not read, and what it is not', () => {
    expect(readApiDefinition('openapi', 'openapi: 3.0.0\npaths:\n  /a: [unclosed\n')).toMatchObject({
      ok: false,
      error: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      line: 4,
      column: 1,
    });
    expect(readApiDefinition('openapi', 'title: not openapi\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not an OpenAPI document'),
    });
    expect(readApiDefinition('asyncapi', 'openapi: 3.0.0\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not an AsyncAPI document'),
    });
    expect(readApiDefinition('graphql', 'type Query {\n  a: Strin\n}\n')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Strin'),
    });
    expect(readApiDefinition('graphql', 'type Query {\n  a: String\n')).toMatchObject({ ok: false, line: 3 });
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      'openapi: 3.0.0',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(readApiDefinition('openapi', bomb)).toMatchObject({ ok: false });
  });

  it('finds $refs that leave the definition', () => {
    const d = readApiDefinition(
      'openapi',
      'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "./responses.yaml#/ok"}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    C: {$ref: "https://evil.example/s.json"}\n',
    );
    expect(d.ok && 'external' in d && d.external).toEqual(['./responses.yaml#/ok', 'https://evil.example/s.json']);
  });

  it('lists AsyncAPI 2 and 3 operations, GraphQL root fields and gRPC methods', () => {
    expect(
      readApiDefinition('asyncapi', 'asyncapi: 2.6.0\nchannels:\n  orders:\n    publish: {summary: New order}\n'),
    ).toMatchObject({ operations: [{ title: 'publish orders', summary: 'New order' }] });
    expect(readApiDefinition('asyncapi', 'asyncapi: 3.0.0\noperations:\n  sendOrder: {action: send}\n')).toMatchObject({
      operations: [{ title: 'send sendOrder' }],
    });
    expect(
      readApiDefinition('graphql', 'type Query { show(id: ID!): String }\ntype Mutation { like: Boolean }'),
    ).toMatchObject({
      operations: [{ title: 'Query.show' }, { title: 'Mutation.like' }],
    });
    expect(
      readApiDefinition(
        'grpc',
        'service S {\n  rpc Get (Req) returns (Res);\n  rpc List(Req) returns (stream Res);\n}',
      ),
    ).toMatchObject({
      operations: [{ title: 'rpc Get' }, { title: 'rpc List' }],
    });
  });
});
