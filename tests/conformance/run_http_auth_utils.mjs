// Parses WWW-Authenticate field values with http-auth-utils' parseWWWAuthenticateHeader().
// It reads one challenge of the Basic, Digest or Bearer mechanism, with only the parameter
// names each mechanism lists, and reports anything else as an error code; those codes are
// reported as "unsupported" here, because they say what the library covers, not whether
// the value is valid.
//
// Input and output as in run_oauth4webapi.mjs, plus {"unsupported":"<reason>"}.
import { createInterface } from 'node:readline';
import { parseWWWAuthenticateHeader } from 'http-auth-utils';

// Error codes that mark a value outside the library's coverage.
const UNSUPPORTED = new Set(['E_UNKNOWN_AUTH_MECHANISM', 'E_UNAUTHORIZED_KEY', 'E_REQUIRED_KEY']);

function parse(value) {
  try {
    // strict: false also accepts the all-lower-case scheme, its most lenient mode.
    const result = parseWWWAuthenticateHeader(value, undefined, { strict: false });
    return { challenges: [{ scheme: result.type, params: Object.entries(result.data) }] };
  } catch (error) {
    const code = error.code || error.message;
    if (UNSUPPORTED.has(code)) {
      return { unsupported: code };
    }
    return { error: String(code) };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  process.stdout.write(JSON.stringify(parse(JSON.parse(line))) + '\n');
}
