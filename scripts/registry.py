#!/usr/bin/env python3
"""Generate or check the IANA OAuth Extensions Error registry table in the header.

The source of truth is data/oauth-extensions-error-registry.tsv: one line per registry row,
in registry order, with a header line. Its columns are name, usage_location,
protocol_extension, change_controller, reference, http_status (0: not specified),
status_source and verified. The cells keep the IANA page's text, brackets included.

    python3 scripts/registry.py table   # print the C table and the lookup hash
    python3 scripts/registry.py check   # compile the header's table and compare it with the TSV

`table` prints C text to paste into include/oauth_ext_error.h: OAUTH_EXT_ERROR_REGISTRY_ROWS,
OAUTH__REGISTRY_MULTIPLIER and the body of the slot table in oauth__registry_slots (run
clang-format on the header afterwards). `check` builds a small program against the header
with $CC (default cc), prints every row, the multiplier and the slot table, and exits 1 on
any difference from the TSV or any slot the TSV's names do not give.

Both commands convert each cell the same way:
  - name: the error value only. IANA writes two names with a note, such as
    "need_info (and its subsidiary parameters)", and the value is the text before the space.
  - every other cell: the brackets of the page's links are dropped, so "[RFC6749][RFC6750]"
    becomes "RFC6749, RFC6750" and "[Kantara_UMA_WG]" becomes "Kantara_UMA_WG".
  - status_source: "\u00a7" becomes "section ", because the header is ASCII.
"""

import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = os.path.join(ROOT, "data", "oauth-extensions-error-registry.tsv")
HEADER_DIR = os.path.join(ROOT, "include")
COLUMNS = ["name", "usage_location", "protocol_extension", "change_controller", "reference",
           "http_status", "status_source", "verified"]


def strip_brackets(text):
    """Drop the link brackets of the IANA page: "[A][B]" becomes "A, B"."""
    return text.replace("][", ", ").replace("[", "").replace("]", "")


def load_rows():
    """Read the TSV and return its rows as converted dicts, in registry order."""
    with open(TSV, encoding="utf-8") as tsv:
        lines = tsv.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        sys.exit(f"{TSV}: the first line must be the column names: {' '.join(COLUMNS)}")

    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            sys.exit(f"{TSV}:{number}: expected {len(COLUMNS)} tab-separated cells, "
                     f"found {len(cells)}")
        cell = dict(zip(COLUMNS, cells))
        row = {
            "name": cell["name"].split(" ")[0],
            "usage_location": strip_brackets(cell["usage_location"]),
            "protocol_extension": strip_brackets(cell["protocol_extension"]),
            "change_controller": strip_brackets(cell["change_controller"]),
            "reference": strip_brackets(cell["reference"]),
            "http_status": int(cell["http_status"]),
            "status_source": cell["status_source"].replace("\u00a7", "section "),
        }
        for key, value in row.items():
            if isinstance(value, str) and (not value.isascii() or '"' in value or
                                           "\\" in value or not value.isprintable()):
                sys.exit(f"{TSV}:{number}: {key} must be printable ASCII without quotes or "
                         f"backslashes after conversion: {value!r}")
        if not NAME_MIN <= len(row["name"]) <= NAME_MAX:
            sys.exit(f"{TSV}:{number}: the lookup hash needs names of {NAME_MIN} to "
                     f"{NAME_MAX} bytes; change OAUTH__REGISTRY_NAME_MIN/MAX and the hash")
        if row["http_status"] != 0 and not 100 <= row["http_status"] <= 599:
            sys.exit(f"{TSV}:{number}: http_status must be 0 or 100-599")
        rows.append(row)
    return rows


MASK64 = (1 << 64) - 1
SLOT_COUNT = 256
NAME_MIN = 8
NAME_MAX = 32


def load64(data):
    """Return 8 bytes as a little-endian number, as oauth__registry_load64 does."""
    return int.from_bytes(data[:8], "little")


def name_slot(name, multiplier):
    """Return the hash slot of a name, as oauth__registry_slot computes it."""
    data = name.encode("ascii")
    mixed = ((load64(data) ^ len(data)) * multiplier) & MASK64
    mixed = ((mixed ^ load64(data[-8:])) * multiplier) & MASK64
    return mixed >> 56


def candidate_multipliers():
    """Yield odd 64-bit numbers from the SplitMix64 sequence: a fixed, repeatable order."""
    state = 0
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        yield (z ^ (z >> 31)) | 1


def slot_table(rows, multiplier):
    """Return the slot table for a multiplier, or None when two names share a slot."""
    slots = [0] * SLOT_COUNT
    for index, row in enumerate(rows):
        slot = name_slot(row["name"], multiplier)
        if slots[slot] == 0:
            slots[slot] = index + 1
        elif rows[slots[slot] - 1]["name"] != row["name"]:
            return None
    return slots


def find_hash(rows):
    """Return the first multiplier whose slots are distinct for distinct names, and its table."""
    for tries, multiplier in enumerate(candidate_multipliers()):
        slots = slot_table(rows, multiplier)
        if slots is not None:
            return multiplier, slots
        if tries > 10_000_000:
            sys.exit("no multiplier found: make the slot table larger")


def c_string_lines(text, indent, width=84):
    """Return text as C string literals of at most `width` columns, split at spaces."""
    pieces, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and len(indent) + len(candidate) + 3 > width:
            pieces.append(line + " ")
            line = word
        else:
            line = candidate
    pieces.append(line)
    return [f'{indent}"{piece}"' for piece in pieces]


def print_table(rows):
    """Print the X-macro rows, the hash multiplier and the slot table as C text."""
    print("#define OAUTH_EXT_ERROR_REGISTRY_ROWS(X) \\")
    for index, row in enumerate(rows):
        lines = [f'    X("{row["name"]}",']
        for key in ("usage_location", "protocol_extension", "change_controller", "reference"):
            lines.append(f'      "{row[key]}",')
        lines.append(f'      {row["http_status"]},')
        lines.extend(c_string_lines(row["status_source"], "      "))
        lines[-1] += ")"
        if index == len(rows) - 1:
            lines = [line + " \\" for line in lines[:-1]] + lines[-1:]
        else:
            lines = [line + " \\" for line in lines]
        print("\n".join(lines))
    print()
    multiplier, slots = find_hash(rows)
    print(f"#define OAUTH__REGISTRY_MULTIPLIER 0x{multiplier:016x}u")
    print()
    print("    static const unsigned char slots[OAUTH__REGISTRY_SLOT_COUNT] = {")
    for start in range(0, SLOT_COUNT, 16):
        print("        " + ", ".join(f"{value:2d}" for value in slots[start:start + 16]) + ",")
    print("    };")


CHECK_PROGRAM = r"""
#include <stdio.h>
#include "oauth_ext_error.h"

int main(void)
{
    size_t i;

    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        const oauth_ext_error_registry_row *row = oauth_ext_error_registry_row_at(i);

        printf("%s\t%s\t%s\t%s\t%s\t%d\t%s\n", row->name, row->usage_location,
               row->protocol_extension, row->change_controller, row->reference,
               row->http_status, row->status_source);
    }
    printf("multiplier %llu\n", (unsigned long long)OAUTH__REGISTRY_MULTIPLIER);
    printf("slots");
    for (i = 0; i < OAUTH__REGISTRY_SLOT_COUNT; i++)
        printf(" %u", (unsigned)oauth__registry_slots()[i]);
    printf("\n");
    return 0;
}
"""


def check(rows):
    """Compile the header's table, print it, and compare it with the TSV. Returns 0 or 1."""
    compiler = os.environ.get("CC", "cc")
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "check.c")
        program = os.path.join(directory, "check")
        with open(source, "w", encoding="ascii") as file:
            file.write(CHECK_PROGRAM)
        subprocess.run([compiler, "-std=c99", "-I", HEADER_DIR, "-o", program, source],
                       check=True)
        output = subprocess.run([program], check=True, capture_output=True,
                                text=True).stdout.split("\n")

    expected = ["\t".join([r["name"], r["usage_location"], r["protocol_extension"],
                           r["change_controller"], r["reference"], str(r["http_status"]),
                           r["status_source"]]) for r in rows]
    multiplier_line = output[len(rows)] if len(output) > len(rows) else ""
    multiplier = int(multiplier_line.split(" ")[1]) if multiplier_line.startswith(
        "multiplier ") else 1
    slots = slot_table(rows, multiplier)
    expected.append(multiplier_line)
    if slots is None:
        expected.append("slots: two names share a slot under this multiplier")
    else:
        expected.append("slots " + " ".join(str(value) for value in slots))
    expected.append("")

    differences = 0
    for line in range(max(len(output), len(expected))):
        got = output[line] if line < len(output) else "(missing)"
        want = expected[line] if line < len(expected) else "(missing)"
        if got != want:
            differences += 1
            label = f"row {line + 1}" if line < len(rows) else "lookup hash"
            print(f"{label} differs:\n  header: {got}\n  TSV:    {want}")
    if differences:
        print(f"{differences} difference(s): run `python3 scripts/registry.py table` and "
              "paste its output into include/oauth_ext_error.h")
        return 1
    print(f"registry table matches {os.path.relpath(TSV, ROOT)}: {len(rows)} rows")
    return 0


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("table", "check"):
        sys.exit("usage: scripts/registry.py table|check")
    rows = load_rows()
    if sys.argv[1] == "table":
        print_table(rows)
        return 0
    return check(rows)


if __name__ == "__main__":
    sys.exit(main())
