import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createApp, health } from '../src/app.ts';

const server = createApp();
let base = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('answers its health check', async () => {
  const response = await fetch(`${base}/health`);
  assert.equal(response.status, 200);
  assert.equal(((await response.json()) as { status: string }).status, 'ok');
});

test('names itself at the root', async () => {
  const response = await fetch(base);
  assert.deepEqual(await response.json(), { service: '${{ values.name }}' });
});

test('says which route it does not have', async () => {
  const response = await fetch(`${base}/nowhere`);
  assert.equal(response.status, 404);
});

test('reports its uptime', () => {
  assert.ok(health().uptimeSeconds >= 0);
});
