# The registry table in the header against data/oauth-extensions-error-registry.tsv.
.PHONY: registry-check

registry-check:
	CC=$(CC) python3 scripts/registry.py check

CI_TARGETS += registry-check
