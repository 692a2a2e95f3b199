#!/usr/bin/python3
"""Compare the default HTTP status of the three RFC 6750 codes with Authlib's and oauthlib's.

    statuses.py [--demo build/demo]

Ours come from `build/demo CODE` ("HTTP status: N Reason"). Authlib (Debian
python3-authlib) defines invalid_request in authlib.oauth2.rfc6749.errors and the two
others in authlib.oauth2.rfc6750.errors; oauthlib (Debian python3-oauthlib) defines all
three in oauthlib.oauth2.rfc6749.errors. Each class has the attributes `error` and
`status_code`. Prints a table and `N passed, N failed`, one case per code and library.
"""
import argparse
import os
import re
import subprocess
import sys

from authlib.oauth2.rfc6749 import errors as authlib_rfc6749
from authlib.oauth2.rfc6750 import errors as authlib_rfc6750
from oauthlib.oauth2.rfc6749 import errors as oauthlib_errors

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# RFC 6750 §3.1: invalid_request SHOULD be 400, invalid_token 401, insufficient_scope 403.
RFC6750 = {"invalid_request": 400, "invalid_token": 401, "insufficient_scope": 403}
AUTHLIB = {cls.error: cls.status_code for cls in (authlib_rfc6749.InvalidRequestError,
                                                  authlib_rfc6750.InvalidTokenError,
                                                  authlib_rfc6750.InsufficientScopeError)}
OAUTHLIB = {cls.error: cls.status_code for cls in (oauthlib_errors.InvalidRequestError,
                                                   oauthlib_errors.InvalidTokenError,
                                                   oauthlib_errors.InsufficientScopeError)}


def our_status(demo, code):
    done = subprocess.run([demo, code], capture_output=True, text=True, check=False)
    match = re.search(r"HTTP status:\s+(\d+)", done.stdout)
    if done.returncode != 0 or not match:
        sys.exit(f"statuses.py: `{demo} {code}` printed no HTTP status "
                 f"(status {done.returncode}): {done.stderr.strip()}")
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--demo", default=os.path.join(ROOT, "build", "demo"))
    args = parser.parse_args()

    passed = failed = 0
    print(f"{'code':<20} {'RFC 6750':>8} {'ours':>5} {'Authlib':>8} {'oauthlib':>9}")
    for code, rfc in RFC6750.items():
        ours = our_status(args.demo, code)
        print(f"{code:<20} {rfc:>8} {ours:>5} {AUTHLIB[code]:>8} {OAUTHLIB[code]:>9}")
        for library, theirs in (("RFC 6750", rfc), ("Authlib", AUTHLIB[code]),
                                ("oauthlib", OAUTHLIB[code])):
            if theirs == ours:
                passed += 1
            else:
                failed += 1
                print(f"  MISMATCH {code}: ours {ours}, {library} {theirs}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
