# Conformance: `make conformance` parses the WWW-Authenticate corpus in tests/conformance/
# with `oauth-challenge parse` and with independent parsers (oauth4webapi and
# http-auth-utils from npm, werkzeug from Debian), feeds the builder's outputs to the same
# parsers, and compares the codes' default statuses with Authlib's and oauthlib's.
# docs/CONFORMANCE.md lists the known disagreements and explains the counts.
# The Debian packages (python3-werkzeug, python3-authlib, python3-oauthlib) install for
# Debian's own Python, so the scripts run under it rather than whatever `python3` is first
# on PATH.
CONFORMANCE_PYTHON ?= /usr/bin/python3

.PHONY: conformance

# `npm ci` installs exactly the versions in tests/package-lock.json and writes
# tests/node_modules/.package-lock.json, which marks the installed tree as up to date.
tests/node_modules/.package-lock.json: tests/package.json tests/package-lock.json
	npm ci --prefix tests --no-audit --no-fund
	touch $@

conformance: $(BUILD)/oauth-challenge $(BUILD)/demo tests/node_modules/.package-lock.json
	$(CONFORMANCE_PYTHON) tests/conformance/make_corpus.py --check
	$(CONFORMANCE_PYTHON) tests/conformance/compare.py --tool $(BUILD)/oauth-challenge \
	    --demo $(BUILD)/demo
	$(CONFORMANCE_PYTHON) tests/conformance/statuses.py --demo $(BUILD)/demo

CI_TARGETS += conformance
