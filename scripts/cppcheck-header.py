#!/usr/bin/env python3
"""Write the copy of the header that cppcheck reads when it checks the tests and examples.

The header builds its 256-entry character-class table at compile time from macros, which
expand to about 650 KB of constant expressions. cppcheck 2.10 spends about 45 seconds
building its symbol database for that one initializer, in every translation unit that
includes the header. The copy is the header with that initializer replaced by the values it
evaluates to, computed by compiling the original, so cppcheck reads the same table. Line
numbers are kept, so a finding in the copy points at the same line of the original. The
original is still checked once on its own (scripts/cppcheck.sh).

    scripts/cppcheck-header.py HEADER COPY

When the header holds no such initializer, the copy is the header unchanged.
"""

import os
import re
import subprocess
import sys
import tempfile

INITIALIZER = re.compile(r"\{\s*(?:OAUTH__CLASS64\(\d+\)\s*,\s*)*OAUTH__CLASS64\(\d+\)\s*\}")

PROGRAM = """#include <stdio.h>
#include "%s"
static const unsigned table[] = %s;
int main(void)
{
    size_t i;

    for (i = 0; i < sizeof table / sizeof table[0]; i++)
        printf("%%u\\n", table[i]);
    return 0;
}
"""


def evaluate(header, initializer):
    compiler = os.environ.get("CC", "cc")
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "table.c")
        program = os.path.join(directory, "table")
        with open(source, "w", encoding="utf-8") as stream:
            stream.write(PROGRAM % (os.path.abspath(header), initializer))
        subprocess.run([compiler, "-o", program, source], check=True)
        output = subprocess.run([program], check=True, capture_output=True, text=True)
    return output.stdout.split()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: cppcheck-header.py HEADER COPY")
    header, copy = sys.argv[1], sys.argv[2]
    with open(header, encoding="utf-8") as stream:
        text = stream.read()

    match = INITIALIZER.search(text)
    if match:
        values = evaluate(header, match.group(0))
        literal = "{" + ", ".join(values) + "}" + "\n" * match.group(0).count("\n")
        text = text[:match.start()] + literal + text[match.end():]

    with open(copy, "w", encoding="utf-8") as stream:
        stream.write(text)


if __name__ == "__main__":
    main()
