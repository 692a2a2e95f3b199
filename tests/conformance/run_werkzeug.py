#!/usr/bin/python3
"""Parse WWW-Authenticate field values with werkzeug.http.parse_www_authenticate_header.

Werkzeug (Debian python3-werkzeug 2.2) reads one challenge: the first word is the scheme
and the rest is a dict of parameters, so it has no token68 and no second challenge.
Input and output as in run_oauth4webapi.mjs.
"""
import json
import sys

from werkzeug.http import parse_www_authenticate_header


def parse(value):
    try:
        header = parse_www_authenticate_header(value)
    except Exception as error:  # any exception is the parser's rejection of the value
        return {"error": f"{type(error).__name__}: {error}"}
    if not header.type:
        return {"error": "no scheme"}
    # The object keeps the scheme under the key "__auth_type__" of its own dict. A word
    # without `=` comes back with the value None, written as JSON null.
    params = [[name, text] for name, text in header.items() if name != "__auth_type__"]
    return {"challenges": [{"scheme": header.type, "params": params}]}


def main():
    for line in sys.stdin:
        sys.stdout.write(json.dumps(parse(json.loads(line))) + "\n")


if __name__ == "__main__":
    main()
