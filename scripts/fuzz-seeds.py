#!/usr/bin/env python3
"""Write the fuzz seed corpora in fuzz/corpus/NAME/ from the test vectors in tests/*.c.

The tables of the tests hold one case per row, and the first C string of a row (`{"...`)
is the input. Those inputs seed:
  - parser and roundtrip: the rows of tests/test_parser.c;
  - token: the rows of tests/test_token.c;
  - code: the rows of tests/test_core.c and tests/test_registry.c;
  - builder: each row of tests/test_builder.c, as the target reads its input: the fields
    scheme, realm, scope, error, error_description, error_uri, then extension param names
    and values, joined by the byte 0xFF, with A (absent) as an empty field.
Each seed is named by the first 16 hex digits of its SHA-1, like libFuzzer's own files.
Existing files stay, so seeds that libFuzzer found and someone committed are kept. At most
MAX_SEEDS are written per target, in table order, so the committed corpus stays small.

Usage: scripts/fuzz-seeds.py  (from the repository root)
"""
import hashlib
import pathlib
import re

MAX_SEEDS = 40
SEPARATOR = b"\xff"

# A C string literal, and the escapes the tests use.
LITERAL = r'"(?:[^"\\\n]|\\.)*"'
ESCAPES = {"n": b"\n", "r": b"\r", "t": b"\t", "0": b"\0", "\\": b"\\", '"': b'"', "'": b"'"}


def decode(literal):
    """Returns the bytes of one C string literal, quotes included in `literal`."""
    body = literal[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            digits = re.match(r"[0-9a-fA-F]+", body[i + 2 :]).group(0)
            out.append(int(digits, 16) & 0xFF)
            i += 2 + len(digits)
        else:
            out += ESCAPES[nxt]
            i += 2
    return bytes(out)


def string_macros(source):
    """Returns the #define NAME "literal" macros of a source, as bytes."""
    macros = {}
    for match in re.finditer(r"#define\s+(\w+)\s*\\?\s*((?:" + LITERAL + r"\s*)+)\n", source):
        macros[match.group(1)] = b"".join(decode(l) for l in re.findall(LITERAL, match.group(2)))
    return macros


def expression(tokens, macros):
    """Returns the bytes of adjacent literals and string macros, or None for A."""
    if tokens == ["A"]:
        return None
    out = b""
    for token in tokens:
        out += decode(token) if token.startswith('"') else macros[token]
    return out


def first_strings(path):
    """Returns the first string of every table row: `{` followed by one or more literals."""
    source = path.read_text()
    macros = string_macros(source)
    rows = []
    pattern = r"^\s*\{\s*((?:(?:" + LITERAL + r"|[A-Z_]+)\s*)+),"
    for match in re.finditer(pattern, source, re.MULTILINE):
        tokens = re.findall(LITERAL + r"|[A-Z_]+", match.group(1))
        if any(t.startswith('"') for t in tokens) and all(
            t.startswith('"') or t in macros for t in tokens
        ):
            rows.append(expression(tokens, macros))
    return rows


def builder_rows(path):
    """Returns each builder table row as the fuzz target's input."""
    source = path.read_text()
    macros = string_macros(source)
    seeds = []
    element = r"(?:A|(?:(?:" + LITERAL + r"|[A-Z_]+)\s*)+)"
    for match in re.finditer(r"\{\{((?:\s*" + element + r"\s*,){5}\s*" + element + r")\}\s*,"
                             r"\s*(NO_PARAMS|\{(?:\{[^{}]*\}\s*,?\s*)+\})", source):
        fields = [re.findall(LITERAL + r"|\bA\b|[A-Z_]+", f) for f in split_top(match.group(1))]
        values = [expression(f, macros) for f in fields]
        if match.group(2) != "NO_PARAMS":
            for pair in re.findall(r"\{([^{}]*)\}", match.group(2)):
                name, value = split_top(pair)
                values += [expression(re.findall(LITERAL + r"|\bA\b", name), macros),
                           expression(re.findall(LITERAL + r"|\bA\b", value), macros)]
        seeds.append(SEPARATOR.join(v or b"" for v in values))
    return seeds


def split_top(text):
    """Splits at the commas outside string literals."""
    parts, current, i = [], "", 0
    while i < len(text):
        literal = re.match(LITERAL, text[i:])
        if literal:
            current += literal.group(0)
            i += len(literal.group(0))
        elif text[i] == ",":
            parts.append(current)
            current = ""
            i += 1
        else:
            current += text[i]
            i += 1
    parts.append(current)
    return parts


def write(target, seeds):
    directory = pathlib.Path("fuzz/corpus") / target
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for seed in dict.fromkeys(s for s in seeds if s is not None):
        if written == MAX_SEEDS:
            break
        (directory / hashlib.sha1(seed).hexdigest()[:16]).write_bytes(seed)
        written += 1
    print(f"fuzz/corpus/{target}: {written} seeds from the test tables")


def main():
    tests = pathlib.Path("tests")
    parser = first_strings(tests / "test_parser.c")
    write("parser", parser)
    write("roundtrip", parser)
    write("token", first_strings(tests / "test_token.c"))
    write("code", first_strings(tests / "test_core.c") + first_strings(tests / "test_registry.c"))
    write("builder", builder_rows(tests / "test_builder.c"))


if __name__ == "__main__":
    main()
