// Lists every cluster of every project and every Cloud Backup snapshot of
// every cluster (itemsPerPage=500, all pages) through the npm package
// mongodb-atlas-api-client, and prints one JSON line:
// {snapshots, seconds, snapshotsPerSecond, requests, httpRequests, ...}.
//
// The package answers with the body of any HTTP status instead of throwing,
// so every answer is checked for an Atlas error here. It sends
// "Accept: application/json", which Atlas v2 (and the sandbox) answer with
// 406; each call passes the versioned media type through the package's own
// per-call httpOptions.headers. Digest auth is urllib's: every call is sent
// once without credentials, answered 401, and sent again (httpRequests).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import diagnostics from 'node:diagnostics_channel';

const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string' },            // https://127.0.0.1:PORT/api/atlas/v2
    'public-key': { type: 'string' },
    'private-key': { type: 'string' },
    project: { type: 'string', multiple: true }, // default: every project /groups lists
    'items-per-page': { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '4' },  // clusters listed at once
    accept: { type: 'string', default: 'application/vnd.atlas.2024-08-05+json' },
    'modules-dir': { type: 'string' },          // where node_modules is (run-node-listing.sh's cache)
  },
});
for (const required of ['base-url', 'public-key', 'private-key']) {
  if (!args[required]) {
    console.error(`list_snapshots.mjs: --${required} is required`);
    process.exit(2);
  }
}

const modulesDir = args['modules-dir'] ?? fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(join(modulesDir, 'package.json'));
const getClient = require('mongodb-atlas-api-client');
const packageVersion = require('mongodb-atlas-api-client/package.json').version;

const itemsPerPage = Number(args['items-per-page']);
const httpOptions = { headers: { Accept: args.accept }, timeout: 60000 };
let requests = 0;
let httpRequests = 0;
diagnostics.subscribe('undici:request:create', () => { httpRequests += 1; });

const clientFor = (projectId) => getClient({
  publicKey: args['public-key'], privateKey: args['private-key'], baseUrl: args['base-url'], projectId,
});

// One call of the package; an Atlas error body becomes an exception.
async function call(what, fn) {
  requests += 1;
  const body = await fn();
  if (body && typeof body.error === 'number') {
    const error = new Error(`${what}: ${body.error} ${body.errorCode ?? ''} ${body.detail ?? ''}`);
    error.atlas = body;
    throw error;
  }
  return body;
}

// Every item of a paged list; `page(pageNum)` calls the package for one page.
async function allPages(what, page) {
  const items = [];
  for (let pageNum = 1; ; pageNum += 1) {
    const body = await call(what, () => page(pageNum));
    items.push(...body.results);
    if (!(body.links ?? []).some((link) => link.rel === 'next')) return items;
  }
}

const query = (pageNum) => ({ itemsPerPage, pageNum, httpOptions });
const started = process.hrtime.bigint();

const projectIds = args.project ?? (await allPages('list projects',
  (pageNum) => clientFor('').project.getAll(query(pageNum)))).map((p) => p.id);

const work = [];
for (const projectId of projectIds) {
  const client = clientFor(projectId);
  const clusters = await allPages(`list the clusters of ${projectId}`,
    (pageNum) => client.cluster.getAll(query(pageNum)));
  for (const cluster of clusters.filter((c) => c.backupEnabled)) work.push({ client, name: cluster.name });
}

let snapshots = 0;
let withoutCloudBackup = 0;
async function worker() {
  for (let next = work.shift(); next; next = work.shift()) {
    try {
      const list = await allPages(`list the snapshots of ${next.name}`,
        (pageNum) => next.client.cloudBackup.getAllReplicaSetCloudBackups(next.name, query(pageNum)));
      snapshots += list.length;
    } catch (error) {
      if (error.atlas?.errorCode !== 'CLOUD_BACKUP_NOT_ENABLED') throw error;
      withoutCloudBackup += 1; // e.g. legacy backup: the list endpoint refuses it, as Atlas does
    }
  }
}
const clusterCount = work.length;
await Promise.all(Array.from({ length: Number(args.concurrency) }, worker));

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
  snapshots,
  seconds: Number(seconds.toFixed(3)),
  snapshotsPerSecond: Math.round(snapshots / seconds),
  requests,
  httpRequests,
  projects: projectIds.length,
  clusters: clusterCount,
  clustersWithoutCloudBackup: withoutCloudBackup,
  itemsPerPage,
  concurrency: Number(args.concurrency),
  package: `mongodb-atlas-api-client@${packageVersion}`,
}));
