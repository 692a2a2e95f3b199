#!/usr/bin/python3
"""Compare `oauth-challenge parse` with independent WWW-Authenticate parsers.

    compare.py [--tool build/oauth-challenge] [--reference tool|expect] [--known FILE]
               [--write-known] [--verbose]

Every value of corpus.jsonl is parsed by our tool and by each independent parser (the
run_*.mjs and run_*.py scripts beside this file). Each result is normalised: schemes and
parameter names in lower case, parameters sorted by name (RFC 9110 §11.2 gives their order
no meaning), and every rejection reduced to "error". Then:

- our result is compared with the corpus's `expect`, the result the RFC 9110 grammar gives;
- each independent parser's result is compared with ours. A parser that cannot express a
  case (a second challenge, a token68, a scheme or parameter name it does not know) is
  counted as skipped, not as a disagreement.

The builder check runs `oauth-challenge build` on every row of builder_cases.json and
feeds each output to the same parsers, which must recover the values of the row.

A disagreement listed in docs/CONFORMANCE.md (a table row `| \\`parser\\` | \\`case\\` | ...`)
is known and counts as passed. The script exits 1 when a disagreement is not listed, or a
listed one no longer occurs, and closes with `N passed, N failed, N skipped`.

With --reference expect the corpus's `expect` replaces our tool, and a small serialiser
replaces `oauth-challenge build`, which checks the runners and the corpus before the tool
is built. --write-known prints the table rows of every disagreement.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NODE_PATH = os.path.join(ROOT, "tests", "node_modules")

# Each independent parser: its runner command and what it can express.
PARSERS = {
    "oauth4webapi": {"command": ["node", os.path.join(HERE, "run_oauth4webapi.mjs")],
                     "multiple": True, "token68": True, "schemes": None},
    "werkzeug": {"command": ["/usr/bin/python3", os.path.join(HERE, "run_werkzeug.py")],
                 "multiple": False, "token68": False, "schemes": None},
    "http-auth-utils": {"command": ["node", os.path.join(HERE, "run_http_auth_utils.mjs")],
                        "multiple": False, "token68": False,
                        "schemes": {"basic", "digest", "bearer"}},
}
OURS = "ours"
KNOWN_ROW = re.compile(r"^\|\s*`(?P<parser>[\w-]+)`\s*\|\s*`(?P<case>[\w.:-]+)`\s*\|")


def fail(message):
    print(f"compare.py: {message}", file=sys.stderr)
    sys.exit(2)


def normalise(result):
    """A hashable form of one parse result, for comparison."""
    if "unsupported" in result:
        return ("unsupported",)
    if "error" in result:
        return ("error",)
    challenges = []
    for challenge in result["challenges"]:
        scheme = challenge["scheme"].lower()
        if "token68" in challenge:
            challenges.append((scheme, "token68", challenge["token68"]))
        else:
            params = tuple(sorted((name.lower(), value) for name, value in challenge["params"]))
            challenges.append((scheme, "params", params))
    return ("challenges", tuple(challenges))


def run_runner(command, values):
    """Run one runner on values (Latin-1 strings) and return its results in order."""
    stdin = "".join(json.dumps(value) + "\n" for value in values)
    env = dict(os.environ, NODE_PATH=NODE_PATH)
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env,
                              cwd=HERE, timeout=120, check=False)
    except FileNotFoundError as error:
        fail(f"cannot run {command[0]}: {error}; install the packages in "
             ".ci/packages.d/conformance.txt and run `npm ci --prefix tests`")
    if done.returncode != 0:
        fail(f"{' '.join(command)} failed with status {done.returncode}:\n{done.stderr}")
    lines = done.stdout.splitlines()
    if len(lines) != len(values):
        fail(f"{' '.join(command)} printed {len(lines)} results for {len(values)} values")
    return [json.loads(line) for line in lines]


def is_one_line(value):
    # `oauth-challenge parse` reads one value per line and strips one CR before the LF, so a
    # value with an LF, or ending in CR, cannot be given to it.
    return "\n" not in value and not value.endswith("\r")


def run_tool_parse(tool, values):
    """Run `tool parse` on every value that fits on one line; the others are unsupported."""
    fitting = [value for value in values if is_one_line(value)]
    stdin = b"".join(value.encode("latin-1") + b"\n" for value in fitting)
    done = subprocess.run([tool, "parse"], input=stdin, capture_output=True, timeout=120,
                          check=False)
    if done.returncode != 0:
        fail(f"{tool} parse failed with status {done.returncode}: "
             f"{done.stderr.decode('latin-1')}")
    lines = done.stdout.decode("ascii").splitlines()
    if len(lines) != len(fitting):
        fail(f"{tool} parse printed {len(lines)} results for {len(fitting)} values")
    results = iter(json.loads(line) for line in lines)
    return [next(results) if is_one_line(value) else {"unsupported": "not one line"}
            for value in values]


def can_express(parser, reference, own):
    """False when the parser cannot express the reference result, so the case is skipped."""
    spec = PARSERS[parser]
    if own[0] == "unsupported" or reference[0] == "unsupported":
        return False
    if reference[0] != "challenges":
        return True
    challenges = reference[1]
    if len(challenges) > 1 and not spec["multiple"]:
        return False
    if any(kind == "token68" for _, kind, _ in challenges) and not spec["token68"]:
        return False
    if spec["schemes"] is not None and any(s not in spec["schemes"] for s, _, _ in challenges):
        return False
    return True


def classify(reference, other):
    """One short category for a disagreement, used in the known list."""
    if reference[0] == "error":
        return "accepts an invalid value"
    if other[0] == "error":
        return "rejects a valid value"
    mine, theirs = reference[1], other[1]
    if len(mine) != len(theirs):
        return "splits the challenges differently"
    for (scheme_a, kind_a, body_a), (scheme_b, kind_b, body_b) in zip(mine, theirs):
        if scheme_a != scheme_b or kind_a != kind_b:
            return "reads the scheme or token68 differently"
        if kind_a == "params" and [n for n, _ in body_a] != [n for n, _ in body_b]:
            return "reads the parameter names differently"
    return "reads a parameter value differently"


# The rule that decides each category, where the case's note names none.
CATEGORY_RULES = {
    "accepts an invalid value": "RFC 9110 §11.3, §11.2",
    "rejects a valid value": "RFC 9110 §11.3, §5.6.1.2",
    "splits the challenges differently": "RFC 9110 §11.6.1, §11.3",
    "reads the scheme or token68 differently": "RFC 9110 §11.3, §11.2",
    "reads the parameter names differently": "RFC 9110 §11.2, §5.6.3",
    "reads a parameter value differently": "RFC 9110 §5.6.4",
}


def rule_of(note, category):
    """The RFC sections that a case's note cites, or the category's rule."""
    cited = re.findall(r"RFC \d+ §[\d.]+(?:, §[\d.]+)*", note)
    return "; ".join(dict.fromkeys(cited)) if cited else CATEGORY_RULES[category]


def load_known(path):
    known = {}
    with open(path, encoding="utf-8") as doc:
        for line in doc:
            match = KNOWN_ROW.match(line)
            if match:
                known[(match["parser"], match["case"])] = line.strip()
    return known


def serialise(challenge):
    """The challenge as the builder specifies it: quoted values, `, ` between parameters."""
    parts = [f'{name}="' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
             for name, value in challenge["params"]]
    return challenge["scheme"] + (" " + ", ".join(parts) if parts else "")


def default_description(demo, code):
    """The default error_description of a code, as build/demo prints it."""
    done = subprocess.run([demo, code], capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.strip().startswith("error_description:"):
            return line.split(":", 1)[1].strip()
    fail(f"{demo} {code} printed no error_description line")


def builder_cases(tool, demo, use_tool):
    """Run the builder on each row. Return (cases, failures): cases are (id, output,
    expect) for the rows that must build; failures are messages for rows that went wrong."""
    with open(os.path.join(HERE, "builder_cases.json"), encoding="utf-8") as f:
        rows = json.load(f)
    cases, failures = [], []
    for row in rows:
        case_id = "build:" + row["id"]
        if not use_tool:
            if not row.get("rejected"):
                expect = resolve_defaults(row["expect"], demo)
                cases.append((case_id, serialise(expect), expect))
            continue
        done = subprocess.run([tool, "build", *row["args"]], capture_output=True, timeout=30,
                              check=False)
        output = done.stdout.decode("latin-1")
        if row.get("rejected"):
            # Exit status 2 is also the status of an unknown command, so the message must
            # not be the usage error.
            if done.returncode != 2 or output or b"unknown command" in done.stderr:
                failures.append(f"{case_id}: expected exit status 2 and no output, got "
                                f"{done.returncode} and {output!r}")
            continue
        if done.returncode != 0 or not output.endswith("\n") or "\n" in output[:-1]:
            failures.append(f"{case_id}: expected one line and exit status 0, got "
                            f"{done.returncode}, {output!r}, {done.stderr!r}")
            continue
        cases.append((case_id, output[:-1], resolve_defaults(row["expect"], demo)))
    return cases, failures


def resolve_defaults(expect, demo):
    params = [[name, default_description(demo, value["default_for"])
               if isinstance(value, dict) else value] for name, value in expect["params"]]
    return {"scheme": expect["scheme"], "params": params}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", default=os.path.join(ROOT, "build", "oauth-challenge"))
    parser.add_argument("--demo", default=os.path.join(ROOT, "build", "demo"))
    parser.add_argument("--reference", choices=["tool", "expect"], default="tool")
    parser.add_argument("--known", default=os.path.join(ROOT, "docs", "CONFORMANCE.md"))
    parser.add_argument("--write-known", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    use_tool = args.reference == "tool"

    with open(os.path.join(HERE, "corpus.jsonl"), encoding="ascii") as f:
        corpus = [json.loads(line) for line in f]
    built, builder_failures = builder_cases(args.tool, args.demo, use_tool)

    # One list of cases: the corpus values, then the builder's outputs.
    ids = [case["id"] for case in corpus] + [case_id for case_id, _, _ in built]
    values = [case["value"] for case in corpus] + [output for _, output, _ in built]
    expects = [case["expect"] for case in corpus] + \
              [{"challenges": [expect]} for _, _, expect in built]
    expected = [normalise(expect) for expect in expects]
    notes = [case["note"] for case in corpus] + ["" for _ in built]

    if use_tool:
        ours = [normalise(result) for result in run_tool_parse(args.tool, values)]
    else:
        ours = list(expected)
    results = {name: [normalise(r) for r in run_runner(spec["command"], values)]
               for name, spec in PARSERS.items()}

    known = load_known(args.known) if os.path.exists(args.known) else {}
    seen_known = set()
    counts = {name: {"agree": 0, "known": 0, "unlisted": 0, "skipped": 0}
              for name in [OURS, *PARSERS]}
    unlisted, rows = [], []

    def record(parser_name, index, reference, other, reference_name):
        key = (parser_name, ids[index])
        if reference == other:
            counts[parser_name]["agree"] += 1
            return
        category = classify(reference, other)
        if expected[index] == reference:
            right = reference_name
        elif expected[index] == other:
            right = parser_name
        else:
            right = "neither"
        rows.append(f"| `{parser_name}` | `{ids[index]}` | {category} | {right} | "
                    f"{rule_of(notes[index], category)} |")
        if key in known:
            counts[parser_name]["known"] += 1
            seen_known.add(key)
            return
        counts[parser_name]["unlisted"] += 1
        unlisted.append((parser_name, index, reference, other, category))

    for index in range(len(values)):
        if not use_tool:
            pass  # the expectations replace our tool, so there is nothing to compare
        elif ours[index][0] == "unsupported":
            counts[OURS]["skipped"] += 1
        else:
            record(OURS, index, expected[index], ours[index], "RFC")
        for name in PARSERS:
            # Where our tool cannot take the value (an LF in it), the others are compared
            # with the corpus's expectation instead, as the method in CONFORMANCE.md says.
            if use_tool and ours[index][0] != "unsupported":
                reference = ours[index]
            else:
                reference = expected[index]
            if not can_express(name, reference, results[name][index]):
                counts[name]["skipped"] += 1
                continue
            record(name, index, reference, results[name][index], "ours")

    # A listed disagreement is stale when its case ran and no longer disagrees; a builder
    # row that did not build is reported above and does not make its entries stale.
    stale = sorted(key for key in set(known) - seen_known if key[1] in ids)

    print(f"Conformance: {len(corpus)} corpus values and {len(built)} builder outputs, "
          f"reference: {'oauth-challenge' if use_tool else 'corpus expectations'}")
    print(f"{'parser':<16} {'compared with':<14} {'agree':>6} {'known':>6} {'unlisted':>9} "
          f"{'skipped':>8}")
    for name, count in counts.items():
        if name == OURS and not use_tool:
            continue
        against = "RFC (expect)" if name == OURS or not use_tool else "ours"
        print(f"{name:<16} {against:<14} {count['agree']:>6} {count['known']:>6} "
              f"{count['unlisted']:>9} {count['skipped']:>8}")

    for parser_name, index, reference, other, category in unlisted:
        print(f"\nUNLISTED {parser_name} {ids[index]}: {category}")
        print(f"  value:    {json.dumps(values[index])}")
        print(f"  expected: {json.dumps(expects[index])}")
        print(f"  ours:     {ours[index]}")
        if parser_name != OURS:
            print(f"  {parser_name}: {other}")
    for parser_name, case_id in stale:
        print(f"\nSTALE {parser_name} {case_id}: listed in {args.known} but no longer disagrees")
    for message in builder_failures:
        print(f"\nBUILDER {message}")
    if args.write_known:
        print("\n".join(sorted(set(rows))))

    passed = sum(c["agree"] + c["known"] for c in counts.values())
    failed = sum(c["unlisted"] for c in counts.values()) + len(stale) + len(builder_failures)
    skipped = sum(c["skipped"] for c in counts.values())
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
