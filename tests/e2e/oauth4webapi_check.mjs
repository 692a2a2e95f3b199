// Sends every case of the end-to-end test to the example resource server through
// oauth4webapi's protectedResourceRequest, a client we did not write, and checks that its
// WWW-Authenticate parsing reports the error, scope and resource_metadata the server meant.
//
//     node oauth4webapi_check.mjs BASE_URL RESOURCE_METADATA_URL
//
// Prints one line per check, "ok   node: CASE" or "FAIL node: CASE: what differed", and
// exits 1 when a check failed. oauth4webapi always sends "Authorization: Bearer TOKEN", so
// a case that needs another request rewrites it in the customFetch hook, which receives
// the request just before it is sent.
import * as oauth from 'oauth4webapi';

const [baseUrl, metadataUrl] = process.argv.slice(2);
if (!baseUrl || !metadataUrl) {
  console.error('usage: node oauth4webapi_check.mjs BASE_URL RESOURCE_METADATA_URL');
  process.exit(2);
}

const reader = 'reader-mF_9.B5f-4.1JqM';
const writer = 'writer-Kz~8mXK1EalYznwH';
const admin = 'admin-gxU+/9==';
const form = { 'content-type': 'application/x-www-form-urlencoded' };

// Each case: the request, and what oauth4webapi must report. Without `challenge` the
// response must be 2xx without a challenge. Otherwise `challenge` lists the parameters that
// must be present, with their values, and `absent` the ones that must not be.
const cases = [
  {
    name: 'no credentials',
    token: reader,
    rewrite: (headers) => headers.delete('authorization'),
    status: 401,
    challenge: { realm: 'example', resource_metadata: metadataUrl },
    absent: ['error', 'scope'],
  },
  {
    name: 'other scheme',
    token: reader,
    rewrite: (headers) => headers.set('authorization', 'Basic dXNlcjpwYXNz'),
    status: 401,
    challenge: { realm: 'example', resource_metadata: metadataUrl },
    absent: ['error', 'scope'],
  },
  {
    name: 'malformed credentials',
    token: 'ab c',
    status: 400,
    challenge: { error: 'invalid_request', resource_metadata: metadataUrl },
    absent: ['scope'],
  },
  {
    name: 'token in header and query',
    token: reader,
    query: `access_token=${encodeURIComponent(reader)}`,
    status: 400,
    challenge: { error: 'invalid_request', resource_metadata: metadataUrl },
    absent: ['scope'],
  },
  {
    name: 'token in header and body',
    token: admin,
    method: 'POST',
    headers: form,
    body: `access_token=${encodeURIComponent(admin)}`,
    status: 400,
    challenge: { error: 'invalid_request', resource_metadata: metadataUrl },
    absent: ['scope'],
  },
  {
    name: 'unknown token',
    token: 'unknown-token',
    status: 401,
    challenge: { error: 'invalid_token', resource_metadata: metadataUrl },
    absent: ['scope'],
  },
  {
    name: 'GET without scope read',
    token: writer,
    status: 403,
    challenge: { error: 'insufficient_scope', scope: 'read', resource_metadata: metadataUrl },
    absent: [],
  },
  {
    name: 'POST without scope write',
    token: reader,
    method: 'POST',
    status: 403,
    challenge: { error: 'insufficient_scope', scope: 'write', resource_metadata: metadataUrl },
    absent: [],
  },
  { name: 'GET with scope read', token: reader, status: 200 },
  { name: 'POST with scope write', token: admin, method: 'POST', status: 200 },
];

// Runs one case and returns a list of differences, empty when it passed.
async function runCase(testCase) {
  const url = new URL('/resource', baseUrl);
  if (testCase.query) url.search = testCase.query;

  const customFetch = (target, init) => {
    const headers = new Headers(init.headers);
    if (testCase.rewrite) testCase.rewrite(headers);
    return fetch(target, { ...init, headers });
  };

  let response;
  let challenges;
  try {
    response = await oauth.protectedResourceRequest(
      testCase.token,
      testCase.method ?? 'GET',
      url,
      new Headers(testCase.headers ?? {}),
      testCase.body ?? null,
      { [oauth.allowInsecureRequests]: true, [oauth.customFetch]: customFetch },
    );
  } catch (error) {
    if (!(error instanceof oauth.WWWAuthenticateChallengeError)) throw error;
    response = error.response;
    challenges = error.cause;
  }

  const differences = [];
  if (response.status !== testCase.status) {
    differences.push(`status ${response.status}, expected ${testCase.status}`);
  }
  if (!testCase.challenge) {
    if (challenges) differences.push('a challenge where none was expected');
    return differences;
  }

  // oauth4webapi lowercases the scheme and the parameter names.
  const bearer = (challenges ?? []).find((challenge) => challenge.scheme === 'bearer');
  if (!bearer) {
    differences.push('no Bearer challenge was parsed');
    return differences;
  }
  for (const [name, value] of Object.entries(testCase.challenge)) {
    if (bearer.parameters[name] !== value) {
      differences.push(`${name} is ${JSON.stringify(bearer.parameters[name])}, expected ${JSON.stringify(value)}`);
    }
  }
  for (const name of testCase.absent) {
    if (name in bearer.parameters) differences.push(`unexpected ${name}`);
  }
  return differences;
}

let failures = 0;
for (const testCase of cases) {
  let differences;
  try {
    differences = await runCase(testCase);
  } catch (error) {
    differences = [`request failed: ${error.message}`];
  }
  if (differences.length === 0) {
    console.log(`ok   node: ${testCase.name}`);
  } else {
    failures += 1;
    console.log(`FAIL node: ${testCase.name}: ${differences.join('; ')}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
