// Drives Socle's catalog API through Backstage's own client. Prints TAP-like lines and a closing
// "N passed, M failed" line; exits non-zero when a check fails. Inputs (environment):
//   SOCLE_URL        base URL of Socle, e.g. http://127.0.0.1:8080
//   SOCLE_TOKEN      a static API token
//   LOCATION_TARGET  a url-type location holding the fixture catalog (src/test/resources/catalogs/acme)
//   REPOSITORY_URL   the URL of the repository holding LOCATION_TARGET at its root, as a browser shows it
//   BARE_REPOSITORY_URL  the URL of a repository with no catalog-info.yaml
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const { CatalogClient } = require('./catalog-client.bundle.cjs');

const baseUrl = process.env.SOCLE_URL;
const token = process.env.SOCLE_TOKEN;
const target = process.env.LOCATION_TARGET;
const repositoryUrl = process.env.REPOSITORY_URL;
const bareRepositoryUrl = process.env.BARE_REPOSITORY_URL;
const client = new CatalogClient({
  discoveryApi: { getBaseUrl: async () => `${baseUrl}/api/catalog` },
  fetchApi: { fetch: (url, init = {}) => fetch(url, { ...init, headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` } }) },
});

const COMPONENTS = ['payments', 'web', 'ledger'];
const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push(true);
    console.log(`ok - ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`not ok - ${name}: ${error?.name ?? ''} ${error?.message ?? error}`);
  }
}
// Backstage's client throws a ResponseError whose body is the server's parsed error: {error: {name, message}, ...}.
async function rejectsWith(promise, errorName) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.name, 'ResponseError', `expected a ResponseError, got ${error.name}: ${error.message}`);
    assert.equal(error.body?.error?.name, errorName, `expected ${errorName} in the body, got ${JSON.stringify(error.body)}`);
    assert.ok(error.body?.error?.message, 'the body carries a message');
    return true;
  });
}

// Backstage names the Location entity of a registered location generated-<sha1 of type:target>
const GENERATED_LOCATION = `generated-${createHash('sha1').update(`url:${target}`).digest('hex')}`;
let location;
await check('a dry run analyses the location without registering it', async () => {
  const dryRun = await client.addLocation({ type: 'url', target, dryRun: true });
  assert.equal(dryRun.location.target, target);
  const names = dryRun.entities.map((e) => e.metadata.name);
  for (const name of COMPONENTS) assert.ok(names.includes(name), `dry run lists ${name}`);
  assert.equal(dryRun.entities[0].kind, 'Location', 'first, the Location entity generated for the location');
  assert.equal(dryRun.entities[0].metadata.name, GENERATED_LOCATION);
  assert.equal(dryRun.entities[0].spec.target, target);
  const locations = await client.getLocations();
  assert.ok(!locations.items.some((l) => l.target === target), 'dry run registered nothing');
});

await check('analyzeLocation finds the catalog-info.yaml of a repository URL, as the import flow sends it', async () => {
  const analysis = await client.analyzeLocation({ location: { type: 'url', target: repositoryUrl } });
  assert.deepEqual(analysis.generateEntities, []);
  const names = analysis.existingEntityFiles.map((file) => file.entity.metadata.name);
  for (const name of COMPONENTS) assert.ok(names.includes(name), `analysis lists ${name}`);
  for (const file of analysis.existingEntityFiles) {
    assert.deepEqual(file.location, { type: 'url', target });
    assert.equal(file.isRegistered, false);
  }
});

await check('analyzeLocation of a repository without a descriptor proposes a component to generate', async () => {
  const analysis = await client.analyzeLocation({ location: { type: 'url', target: bareRepositoryUrl } });
  assert.deepEqual(analysis.existingEntityFiles, []);
  assert.equal(analysis.generateEntities.length, 1);
  const { entity, fields } = analysis.generateEntities[0];
  assert.deepEqual(fields, []);
  assert.equal(entity.kind, 'Component');
  assert.equal(entity.metadata.name, bareRepositoryUrl.split('/').pop());
  assert.deepEqual(entity.spec, { type: 'other', lifecycle: 'unknown' });
});

await check('addLocation registers the location and stores its entities before answering', async () => {
  const added = await client.addLocation({ type: 'url', target });
  location = added.location;
  assert.ok(location.id);
  assert.equal(location.type, 'url');
  assert.deepEqual(added.entities, [], 'like Backstage, a registration lists no entities');
  const stored = await client.getEntities({
    filter: { 'metadata.annotations.backstage.io/managed-by-location': `url:${target}` },
  });
  const names = stored.items.map((e) => e.metadata.name);
  for (const name of COMPONENTS) assert.ok(names.includes(name), `registration stored ${name}`);
});

await check('registering the same location again is a ConflictError', async () => {
  await rejectsWith(client.addLocation({ type: 'url', target }), 'ConflictError');
});

await check('getLocationById and getLocations return it', async () => {
  const byId = await client.getLocationById(location.id);
  assert.equal(byId.target, target);
  const all = await client.getLocations();
  assert.ok(all.items.some((l) => l.id === location.id));
  assert.equal(await client.getLocationById('00000000-0000-0000-0000-000000000000'), undefined);
});

await check('getEntityByRef returns the entity with metadata, annotations and both-way relations', async () => {
  const payments = await client.getEntityByRef('component:default/payments');
  assert.equal(payments.metadata.name, 'payments');
  assert.ok(payments.metadata.uid);
  assert.ok(payments.metadata.etag);
  assert.ok(payments.metadata.annotations['backstage.io/managed-by-location']);
  assert.ok(payments.metadata.annotations['backstage.io/managed-by-origin-location']);
  const rel = payments.relations.map((r) => `${r.type} ${r.targetRef}`);
  assert.ok(rel.includes('ownedBy group:default/team-a'), rel.join());
  assert.ok(rel.includes('providesApi api:default/payments-api'), rel.join());
  assert.ok(rel.includes('partOf system:default/payments-system'), rel.join());
  assert.ok(rel.includes('dependencyOf component:default/web'), rel.join());
  const team = await client.getEntityByRef('group:default/team-a');
  assert.ok(team.relations.some((r) => r.type === 'ownerOf' && r.targetRef === 'component:default/payments'));
  assert.ok(team.relations.some((r) => r.type === 'hasMember' && r.targetRef === 'user:default/jane'));
});

await check('getEntityByRef of a missing entity is undefined', async () => {
  assert.equal(await client.getEntityByRef('component:default/does-not-exist'), undefined);
});

await check('the API definition was substituted from $text', async () => {
  const api = await client.getEntityByRef('api:default/payments-api');
  assert.match(api.spec.definition, /openapi: 3\.0\.0/);
});

await check('getEntities filters with the legacy filter and projects fields', async () => {
  const { items } = await client.getEntities({
    filter: { kind: 'Component', 'spec.type': 'service' },
    fields: ['kind', 'metadata.name'],
    order: { field: 'metadata.name', order: 'asc' },
  });
  assert.deepEqual(items.map((e) => e.metadata.name), ['ledger', 'payments']);
  assert.equal(items[0].spec, undefined, 'fields projection drops spec');
  assert.equal(items[0].kind, 'Component');
});

await check('getEntities pages with limit and offset', async () => {
  const request = { filter: { kind: 'component' }, fields: ['metadata.name'], order: { field: 'metadata.name', order: 'asc' } };
  const first = await client.getEntities({ ...request, limit: 2 });
  const second = await client.getEntities({ ...request, limit: 2, offset: 2 });
  assert.equal(first.items.length, 2);
  assert.deepEqual([...first.items, ...second.items].map((e) => e.metadata.name), [...COMPONENTS].sort());
});

await check('getEntities without a limit answers every entity', async () => {
  const { items } = await client.getEntities({ fields: ['kind', 'metadata.name'] });
  const names = items.map((e) => e.metadata.name);
  for (const name of [...COMPONENTS, 'team-a', 'jane', 'payments-api']) assert.ok(names.includes(name), name);
});

await check('getEntities accepts OR filter sets', async () => {
  const { items } = await client.getEntities({ filter: [{ kind: 'group' }, { kind: 'user' }] });
  assert.deepEqual(items.map((e) => e.kind).sort(), ['Group', 'User']);
});

await check('queryEntities pages with cursors, totalItems and no duplicates', async () => {
  const first = await client.queryEntities({
    filter: { kind: 'component' },
    limit: 2,
    orderFields: { field: 'metadata.name', order: 'asc' },
  });
  assert.equal(first.totalItems, COMPONENTS.length);
  assert.equal(first.items.length, 2);
  assert.ok(first.pageInfo.nextCursor);
  const second = await client.queryEntities({ cursor: first.pageInfo.nextCursor, limit: 2 });
  const names = [...first.items, ...second.items].map((e) => e.metadata.name);
  assert.deepEqual(names, [...COMPONENTS].sort());
  assert.equal(second.pageInfo.nextCursor, undefined);
  assert.ok(second.pageInfo.prevCursor);
});

await check('queryEntities orders by a field descending', async () => {
  const page = await client.queryEntities({ filter: { kind: 'component' }, orderFields: { field: 'metadata.name', order: 'desc' } });
  assert.deepEqual(page.items.map((e) => e.metadata.name), [...COMPONENTS].sort().reverse());
});

await check('queryEntities full-text filter finds by name', async () => {
  const found = await client.queryEntities({ filter: { kind: 'component' }, fullTextFilter: { term: 'pay', fields: ['metadata.name'] } });
  assert.deepEqual(found.items.map((e) => e.metadata.name), ['payments']);
});

await check('getEntitiesByRefs keeps order and gives undefined for missing refs', async () => {
  const { items } = await client.getEntitiesByRefs({ entityRefs: ['component:default/web', 'component:default/missing', 'user:default/jane'] });
  assert.equal(items.length, 3);
  assert.equal(items[0].metadata.name, 'web');
  assert.equal(items[1], undefined);
  assert.equal(items[2].metadata.name, 'jane');
});

await check('getEntitiesByRefs gives undefined for entities that do not match the filter', async () => {
  const { items } = await client.getEntitiesByRefs({
    entityRefs: ['component:default/web', 'component:default/payments', 'user:default/jane'],
    filter: { kind: 'component', 'spec.type': 'service' },
  });
  assert.equal(items.length, 3);
  assert.equal(items[0], undefined);
  assert.equal(items[1].metadata.name, 'payments');
  assert.equal(items[2], undefined);
});

await check('getEntityFacets counts values', async () => {
  const { facets } = await client.getEntityFacets({ filter: { kind: 'component' }, facets: ['spec.type', 'spec.lifecycle'] });
  assert.deepEqual(facets['spec.type'].find((f) => f.value === 'service'), { value: 'service', count: 2 });
  assert.ok(facets['spec.lifecycle'].length >= 1);
});

await check('getEntityAncestors answers for an entity', async () => {
  const ancestry = await client.getEntityAncestors({ entityRef: 'component:default/payments' });
  assert.equal(ancestry.rootEntityRef, 'component:default/payments');
  assert.ok(ancestry.items.some((i) => i.entity.metadata.name === 'payments'));
  assert.ok(ancestry.items.some((i) => i.entity.metadata.name === GENERATED_LOCATION), 'rooted at the location');
});

await check('getLocationByEntity finds the managing location', async () => {
  const found = await client.getLocationByEntity('component:default/payments');
  assert.equal(found.id, location.id);
});

await check('refreshEntity is accepted', async () => {
  await client.refreshEntity('component:default/payments');
});

await check('validateEntity accepts a valid entity and explains an invalid one', async () => {
  const valid = await client.validateEntity({
    apiVersion: 'backstage.io/v1alpha1', kind: 'Component',
    metadata: { name: 'ok-service' }, spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  }, 'url:https://example.invalid/catalog-info.yaml');
  assert.equal(valid.valid, true);
  const invalid = await client.validateEntity({
    apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'no spec owner' }, spec: { type: 'service' },
  }, 'url:https://example.invalid/catalog-info.yaml');
  assert.equal(invalid.valid, false);
  assert.ok(invalid.errors.length >= 1);
});

await check('validateEntity explains a body without a url location ref', async () => {
  const result = await client.validateEntity({ apiVersion: 'backstage.io/v1alpha1', kind: 'Component' }, 'catalog-info.yaml');
  assert.equal(result.valid, false);
  assert.match(result.errors[0].message, /location ref/);
});

await check('removeEntityByUid deletes the entity', async () => {
  const ledger = await client.getEntityByRef('component:default/ledger');
  await client.removeEntityByUid(ledger.metadata.uid);
  assert.equal(await client.getEntityByRef('component:default/ledger'), undefined);
});

await check('removeLocationById unregisters the location and removes its entities', async () => {
  await client.removeLocationById(location.id);
  assert.equal(await client.getLocationById(location.id), undefined);
  assert.equal(await client.getEntityByRef('component:default/payments'), undefined);
});

await check('an unknown token is an AuthenticationError', async () => {
  const anonymous = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => `${baseUrl}/api/catalog` },
    fetchApi: { fetch: (url, init = {}) => fetch(url, { ...init, headers: { Authorization: 'Bearer not-a-socle-token-0000000000' } }) },
  });
  await rejectsWith(anonymous.getEntityByRef('component:default/payments'), 'AuthenticationError');
});

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
