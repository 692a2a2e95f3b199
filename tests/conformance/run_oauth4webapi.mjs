// Parses WWW-Authenticate field values with oauth4webapi, the way a client that uses it
// sees them: protectedResourceRequest() receives a 401 response through the customFetch
// option (no network) and throws WWWAuthenticateChallengeError with the parsed challenges.
//
// Input: one JSON string per line, whose code points U+0000..U+00FF are the value's bytes.
// Output: one JSON object per line, in the form of `oauth-challenge parse`:
//   {"challenges":[{"scheme":...,"params":[[name,value],...]}|{"scheme":...,"token68":...}]}
//   {"error":"..."}        the value was rejected
import { createInterface } from 'node:readline';
import * as oauth from 'oauth4webapi';

async function parse(value) {
  let response;
  try {
    response = new Response(null, { status: 401, headers: { 'www-authenticate': value } });
  } catch (error) {
    // The Fetch Headers class rejects NUL, CR and LF in a field value before any parser
    // sees it, which a client experiences as a rejected value.
    return { error: `Headers rejected the value: ${error.message}` };
  }
  try {
    await oauth.protectedResourceRequest('token', 'GET', new URL('https://rs.example/'),
      undefined, undefined, { [oauth.customFetch]: async () => response });
  } catch (error) {
    if (error instanceof oauth.WWWAuthenticateChallengeError) {
      return {
        challenges: error.cause.map((challenge) => {
          if (challenge.token68 !== undefined) {
            return { scheme: challenge.scheme, token68: challenge.token68 };
          }
          return { scheme: challenge.scheme, params: Object.entries(challenge.parameters) };
        }),
      };
    }
    return { error: `unexpected exception: ${error.message}` };
  }
  // No exception: oauth4webapi found no challenge it could parse, and returns the response.
  return { error: 'no challenge parsed' };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  process.stdout.write(JSON.stringify(await parse(JSON.parse(line))) + '\n');
}
