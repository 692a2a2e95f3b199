#!/usr/bin/env python3
"""Write corpus.jsonl: the WWW-Authenticate field values of the conformance comparison.

Each output line is one JSON object:
  id      a stable name for the case, used by docs/CONFORMANCE.md
  value   the field value; every code point U+0000..U+00FF is one byte (Latin-1), so a
          JSON string can hold any byte sequence, including NUL, CR and obs-text
  origin  rfc, vector (a test vector of the parser or builder specification),
          report (a restated public bug report), or generated
  note    where the value comes from and what it exercises
  expect  the result that the RFC 9110 grammar gives, in the normalised form of
          `oauth-challenge parse`: {"challenges": [...]} or {"error": "<rule broken>"}

Run `make_corpus.py` to rewrite the file and `make_corpus.py --check` to verify that the
committed file matches this script.
"""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "corpus.jsonl")

TCHAR = set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

cases = []


def ch(scheme, *params, token68=None):
    """One expected challenge: a scheme and its (name, value) pairs, or a token68."""
    if token68 is not None:
        return {"scheme": scheme, "token68": token68}
    return {"scheme": scheme, "params": [[n.lower(), v] for n, v in params]}


def ok(*challenges):
    return {"challenges": list(challenges)}


def err(rule):
    return {"error": rule}


def add(case_id, value, origin, note, expect):
    if any(c["id"] == case_id for c in cases):
        raise SystemExit(f"make_corpus.py: duplicate case id {case_id}")
    if any(ord(c) > 0xFF for c in value):
        raise SystemExit(f"make_corpus.py: {case_id}: value holds a code point above U+00FF")
    cases.append({"id": case_id, "value": value, "origin": origin, "note": note,
                  "expect": expect})


def quote(value):
    """A quoted-string for value, with DQUOTE and backslash as quoted-pairs (RFC 9110 §5.6.4)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def is_token(value):
    return value != "" and all(c in TCHAR for c in value)


# RFC examples (RFC 6750 §3, RFC 9110 §11.6.1, RFC 9449 §7.1 and §9, RFC 9470 §3,
# RFC 9728 §5.1), printed folded in the RFCs and joined here into one line.
RFC = [
    ("rfc6750-3-realm", 'Bearer realm="example"', "RFC 6750 §3 and §3.1",
     ok(ch("Bearer", ("realm", "example")))),
    ("rfc6750-3-expired",
     'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
     "RFC 6750 §3, printed on three lines",
     ok(ch("Bearer", ("realm", "example"), ("error", "invalid_token"),
           ("error_description", "The access token expired")))),
    ("rfc6750-3-scope-list", 'Bearer scope="openid profile email"', "RFC 6750 §3 scope example",
     ok(ch("Bearer", ("scope", "openid profile email")))),
    ("rfc6750-3-scope-comma",
     'Bearer scope="urn:example:channel=HBO&urn:example:rating=G,PG-13"',
     "RFC 6750 §3 scope example: `,` and `=` inside a quoted-string",
     ok(ch("Bearer", ("scope", "urn:example:channel=HBO&urn:example:rating=G,PG-13")))),
    ("rfc9110-11.6.1",
     'Basic realm="simple", Newauth realm="apps", type=1, title="Login to \\"apps\\""',
     "RFC 9110 §11.6.1: two challenges, a token value and quoted-pairs",
     ok(ch("Basic", ("realm", "simple")),
        ch("Newauth", ("realm", "apps"), ("type", "1"), ("title", 'Login to "apps"')))),
    ("rfc9449-fig15", 'DPoP algs="ES256 PS256"', "RFC 9449 §7.1 Figure 15",
     ok(ch("DPoP", ("algs", "ES256 PS256")))),
    ("rfc9449-fig16",
     'DPoP error="invalid_token", error_description="Invalid DPoP key binding", algs="ES256"',
     "RFC 9449 §7.1 Figure 16",
     ok(ch("DPoP", ("error", "invalid_token"), ("error_description", "Invalid DPoP key binding"),
           ("algs", "ES256")))),
    ("rfc9449-fig17", 'Bearer, DPoP algs="ES256 PS256"',
     "RFC 9449 §7.2 Figure 17: a Bearer challenge without parameters",
     ok(ch("Bearer"), ch("DPoP", ("algs", "ES256 PS256")))),
    ("rfc9449-fig18",
     'Bearer error="invalid_token", error_description="Invalid token", DPoP algs="ES256 PS256"',
     "RFC 9449 §7.2 Figure 18",
     ok(ch("Bearer", ("error", "invalid_token"), ("error_description", "Invalid token")),
        ch("DPoP", ("algs", "ES256 PS256")))),
    ("rfc9449-fig19",
     'Bearer error="invalid_request", error_description="Multiple methods used to include access '
     'token", DPoP algs="ES256 PS256", error="invalid_request", error_description="Multiple '
     'methods used to include access token"',
     "RFC 9449 §7.2 Figure 19: the same names in two challenges",
     ok(ch("Bearer", ("error", "invalid_request"),
           ("error_description", "Multiple methods used to include access token")),
        ch("DPoP", ("algs", "ES256 PS256"), ("error", "invalid_request"),
           ("error_description", "Multiple methods used to include access token")))),
    ("rfc9449-fig24",
     'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
     "RFC 9449 §9 Figure 24",
     ok(ch("DPoP", ("error", "use_dpop_nonce"),
           ("error_description", "Resource server requires nonce in DPoP proof")))),
    ("rfc9470-fig2",
     'Bearer error="insufficient_user_authentication", error_description="A different '
     'authentication level is required", acr_values="myACR"',
     "RFC 9470 §3 Figure 2",
     ok(ch("Bearer", ("error", "insufficient_user_authentication"),
           ("error_description", "A different authentication level is required"),
           ("acr_values", "myACR")))),
    ("rfc9470-fig3",
     'Bearer error="insufficient_user_authentication", error_description="More recent '
     'authentication is required", max_age="5"',
     "RFC 9470 §3 Figure 3",
     ok(ch("Bearer", ("error", "insufficient_user_authentication"),
           ("error_description", "More recent authentication is required"),
           ("max_age", "5")))),
    ("rfc9728-5.1",
     'Bearer resource_metadata="https://resource.example.com/.well-known/oauth-protected-resource"',
     "RFC 9728 §5.1",
     ok(ch("Bearer", ("resource_metadata",
                      "https://resource.example.com/.well-known/oauth-protected-resource")))),
    ("rfc9728-5.1-bws",
     'Bearer resource_metadata= "https://resource.example.com/.well-known/oauth-protected-resource"',
     "RFC 9728 §5.1 joined with one SP: BWS after `=`, which recipients accept (RFC 9110 §5.6.3)",
     ok(ch("Bearer", ("resource_metadata",
                      "https://resource.example.com/.well-known/oauth-protected-resource")))),
]
for case_id, value, note, expect in RFC:
    add(case_id, value, "rfc", note, expect)

# Edge inputs derived from the RFC rules, and the parser's and builder's test vectors.
VECTORS = [
    ("dup-realm", 'Bearer realm="a", realm="b"', "a name twice in one challenge (RFC 9110 §11.2)",
     err("duplicate parameter")),
    ("dup-error-case", 'Bearer error="invalid_token", ERROR="x"',
     "a name twice, compared case-insensitively (RFC 9110 §11.2)", err("duplicate parameter")),
    ("error-token-form", "Bearer error=invalid_token", "token form of a value (RFC 9110 §11.2)",
     ok(ch("Bearer", ("error", "invalid_token")))),
    ("empty-elements-trailing", 'Bearer error="invalid_token",,',
     "trailing empty list elements (RFC 9110 §5.6.1.2)", ok(ch("Bearer", ("error", "invalid_token")))),
    ("empty-elements-leading-param", 'Bearer ,error="invalid_token"',
     "an empty element before the first auth-param (RFC 9110 §5.6.1.2)",
     ok(ch("Bearer", ("error", "invalid_token")))),
    ("bws-both", 'Bearer error = "invalid_token"', "BWS around `=` (RFC 9110 §11.2, §5.6.3)",
     ok(ch("Bearer", ("error", "invalid_token")))),
    ("scheme-lower", 'bearer realm="example"', "scheme case (RFC 9110 §11.1)",
     ok(ch("bearer", ("realm", "example")))),
    ("scheme-upper", 'BEARER realm="example"', "scheme case (RFC 9110 §11.1)",
     ok(ch("BEARER", ("realm", "example")))),
    ("obs-text-utf8", 'Bearer error_description="caf\xc3\xa9"',
     "UTF-8 bytes are obs-text inside a quoted-string (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("error_description", "caf\xc3\xa9")))),
    ("quoted-pair-dquote", 'Bearer error_description="a \\"q\\""', "quoted-pairs (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("error_description", 'a "q"')))),
    ("registry-scope-comma",
     'Bearer realm="https://auth.example.com/oauth2/token",service="registry.example.com",'
     'scope="repository:team/app:pull,push"',
     "three parameters without SP after the commas; the scope keeps its comma",
     ok(ch("Bearer", ("realm", "https://auth.example.com/oauth2/token"),
           ("service", "registry.example.com"), ("scope", "repository:team/app:pull,push")))),
    ("empty-quoted-value",
     'Bearer realm="https://auth.example.com/token",empty="",service="registry.example.com"',
     "an empty quoted-string is a present, empty value",
     ok(ch("Bearer", ("realm", "https://auth.example.com/token"), ("empty", ""),
           ("service", "registry.example.com")))),
    ("lookalike-error-scope", 'Bearer error_scope="decoy", scope="read write"',
     "a name that ends in `scope` is not `scope`",
     ok(ch("Bearer", ("error_scope", "decoy"), ("scope", "read write")))),
    ("lookalike-custom-scope", 'Bearer custom_scope="leaked"', "no `scope` parameter at all",
     ok(ch("Bearer", ("custom_scope", "leaked")))),
    ("escaped-dquote-realm", 'Bearer realm="foo\\"bar", error="invalid_token"',
     "an escaped DQUOTE does not end the quoted-string",
     ok(ch("Bearer", ("realm", 'foo"bar'), ("error", "invalid_token")))),
    ("escaped-backslash", 'Bearer error_description="back\\\\slash"', "an escaped backslash",
     ok(ch("Bearer", ("error_description", "back\\slash")))),
    ("unterminated", 'Bearer error="invalid_token", error_description="oops',
     "unterminated quoted-string (RFC 9110 §5.6.4)", err("unterminated quoted-string")),
    ("bws-resource-metadata",
     'Bearer resource_metadata = "https://rs.example.com/.well-known/oauth-protected-resource"',
     "BWS around `=` (RFC 9110 §11.2, §5.6.3)",
     ok(ch("Bearer", ("resource_metadata",
                      "https://rs.example.com/.well-known/oauth-protected-resource")))),
    ("scheme-comma-param", 'Bearer, error="invalid_token"',
     "a comma right after the scheme ends the challenge, so the auth-param has no challenge "
     "(RFC 9110 §11.3)", err("auth-param without a challenge")),
    ("bare-scheme", "Bearer", "a bare scheme is a challenge with no parameters (RFC 9110 §11.3)",
     ok(ch("Bearer"))),
    ("token68-looks-like-param", "Bearer error=",
     "`error=` matches token68, which may end in `=` (RFC 9110 §11.2)",
     ok(ch("Bearer", token68="error="))),
    ("builder-backslash-realm", 'Bearer realm="C:\\\\"', "builder output for the realm `C:\\`",
     ok(ch("Bearer", ("realm", "C:\\")))),
    ("builder-dquote-realm", 'Bearer realm="Super\\"Secret"',
     "builder output for the realm `Super\"Secret`", ok(ch("Bearer", ("realm", 'Super"Secret')))),
    ("builder-no-realm", 'Bearer error="invalid_token", error_description="foobar"',
     "builder output without a realm",
     ok(ch("Bearer", ("error", "invalid_token"), ("error_description", "foobar")))),
    ("builder-insufficient-scope", 'Bearer scope="write", error="insufficient_scope"',
     "builder output for insufficient_scope",
     ok(ch("Bearer", ("scope", "write"), ("error", "insufficient_scope")))),
    ("builder-injection-escaped",
     'Bearer error="invalid_token", error_description="The audience \'x\\", '
     'error_uri=\\"https://evil.example.com\' is invalid"',
     "a description that tries to close the quoted-string, escaped: one error_uri-free value",
     ok(ch("Bearer", ("error", "invalid_token"),
           ("error_description",
            'The audience \'x", error_uri="https://evil.example.com\' is invalid')))),
    ("injection-unescaped",
     'Bearer error="invalid_token", error_description="The audience \'x", '
     'error_uri="https://evil.example.com\' is invalid"',
     "the same description interpolated without escaping: the value stays valid, and the "
     "description's text becomes a second parameter, error_uri, which is the injection",
     ok(ch("Bearer", ("error", "invalid_token"), ("error_description", "The audience 'x"),
           ("error_uri", "https://evil.example.com' is invalid")))),
    ("rfc9110-list-valid-1", "foo,bar", "RFC 9110 §5.6.1.2 valid list, read as two bare challenges",
     ok(ch("foo"), ch("bar"))),
    ("rfc9110-list-valid-2", "foo ,bar,", "RFC 9110 §5.6.1.2 valid list", ok(ch("foo"), ch("bar"))),
    ("rfc9110-list-valid-3", "foo , ,bar,charlie", "RFC 9110 §5.6.1.2 valid list",
     ok(ch("foo"), ch("bar"), ch("charlie"))),
    ("rfc9110-list-invalid-empty", "", "RFC 9110 §5.6.1.2: an empty list has no challenge",
     err("no challenge")),
    ("rfc9110-list-invalid-comma", ",", "RFC 9110 §5.6.1.2 invalid list", err("no challenge")),
    ("rfc9110-list-invalid-commas", ",   ,", "RFC 9110 §5.6.1.2 invalid list", err("no challenge")),
]
for case_id, value, note, expect in VECTORS:
    add(case_id, value, "vector", note, expect)

# Restated public bug reports about WWW-Authenticate parsing in other libraries. The input
# is restated (hosts changed where they named a company), and the note cites the report.
REPORTS = [
    ("report-azure-keyvault-comma",
     'Bearer realm="https://registry.example.io/oauth2/token",service="registry.example.io",'
     'scope="repository:testrepository:pull,push"',
     "https://github.com/Azure/azure-sdk-for-js/issues/20899: a comma inside the quoted scope "
     "truncated it",
     ok(ch("Bearer", ("realm", "https://registry.example.io/oauth2/token"),
           ("service", "registry.example.io"), ("scope", "repository:testrepository:pull,push")))),
    ("report-docker-registry-dotnet",
     'Bearer realm="https://containers.example.com/v2/auth",service="containers.example.com",'
     'scope="repository:myorg/my-repository:pull,push"',
     "https://github.com/ChangemakerStudios/Docker.Registry.DotNet/issues/7: split on commas "
     "inside quotes",
     ok(ch("Bearer", ("realm", "https://containers.example.com/v2/auth"),
           ("service", "containers.example.com"),
           ("scope", "repository:myorg/my-repository:pull,push")))),
    ("report-containerd-empty-value",
     'Bearer realm="https://auth.example.io/token",empty="",service="registry.example.io",'
     'scope="repository:library/hello-world:pull,push"',
     "https://github.com/containerd/containerd/issues/6376: an empty quoted value stopped the "
     "parse",
     ok(ch("Bearer", ("realm", "https://auth.example.io/token"), ("empty", ""),
           ("service", "registry.example.io"),
           ("scope", "repository:library/hello-world:pull,push")))),
    ("report-csharp-sdk-quoted-comma", 'Bearer scope=",", realm="x"',
     "https://github.com/modelcontextprotocol/csharp-sdk/issues/1088: `param=\",\"` broke a "
     "comma split",
     ok(ch("Bearer", ("scope", ","), ("realm", "x")))),
    ("report-tropel-escaped-dquote", 'Digest realm="foo\\"bar", nonce="n"',
     "https://github.com/transithq/tropel/pull/525: an escaped quote read as the closing quote "
     "swallowed the nonce",
     ok(ch("Digest", ("realm", 'foo"bar'), ("nonce", "n")))),
    ("report-denchclaw-escaped-dquote-comma",
     'Bearer error_description="say \\"hi, there\\"", resource_metadata="https://rs.example/.well-known/oauth-protected-resource"',
     "https://github.com/DenchHQ/DenchClaw/pull/253 review: `\\\"` followed by `,` split the "
     "value",
     ok(ch("Bearer", ("error_description", 'say "hi, there"'),
           ("resource_metadata", "https://rs.example/.well-known/oauth-protected-resource")))),
    ("report-gortsplib-no-space",
     'Digest realm="Please log in with a valid username",nonce="752a62306daf32b401a41004555c7663",'
     'opaque="",stale=FALSE,algorithm=MD5',
     "https://github.com/bluenviron/gortsplib/issues/1: commas without SP, empty quoted value, "
     "token values",
     ok(ch("Digest", ("realm", "Please log in with a valid username"),
           ("nonce", "752a62306daf32b401a41004555c7663"), ("opaque", ""), ("stale", "FALSE"),
           ("algorithm", "MD5")))),
    ("report-axios-digest-no-space",
     'Digest realm="Login to AMC032228BG3640053",qop="auth",nonce="203186416",'
     'opaque="fcc93b814b02e8de2f18c4d061c842a56af1d597"',
     "https://github.com/mhoc/axios-digest-auth/pull/6: the list is split on `,`, not `, `",
     ok(ch("Digest", ("realm", "Login to AMC032228BG3640053"), ("qop", "auth"),
           ("nonce", "203186416"), ("opaque", "fcc93b814b02e8de2f18c4d061c842a56af1d597")))),
    ("report-http-core-newauth-first",
     'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
     "https://github.com/httpwg/http-core/issues/136: browsers misread the RFC example with the "
     "challenges swapped",
     ok(ch("Newauth", ("realm", "apps"), ("type", "1"), ("title", 'Login to "apps"')),
        ch("Basic", ("realm", "simple")))),
    ("report-adal-bearer-second", 'Basic realm="myrealm", Bearer authorization_uri="https://login.example.com/common"',
     "https://github.com/AzureAD/azure-activedirectory-library-for-objc/issues/1042: Bearer "
     "after another challenge was not found",
     ok(ch("Basic", ("realm", "myrealm")),
        ch("Bearer", ("authorization_uri", "https://login.example.com/common")))),
    ("report-aspnet-two-bearer",
     'Bearer realm="example1", error="invalid_token", error_description="The access token '
     'expired", Bearer realm="example2", error="invalid_token", error_description="The access '
     'token expired"',
     "https://github.com/aspnet/Security/issues/864: two Bearer challenges on one line",
     ok(ch("Bearer", ("realm", "example1"), ("error", "invalid_token"),
           ("error_description", "The access token expired")),
        ch("Bearer", ("realm", "example2"), ("error", "invalid_token"),
           ("error_description", "The access token expired")))),
    ("report-owa-ntlm-negotiate",
     'Negotiate, Basic realm="autodiscover.example.com", NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==',
     "https://github.com/byt3bl33d3r/SprayingToolkit/pull/26: a token68 challenge after others",
     ok(ch("Negotiate"), ch("Basic", ("realm", "autodiscover.example.com")),
        ch("NTLM", token68="TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw=="))),
    ("report-julia-negotiate-padding", "Negotiate abc==",
     "https://github.com/JuliaServices/OAuth.jl/pull/48: a padded token68 read as a parameter",
     ok(ch("Negotiate", token68="abc=="))),
    ("report-julia-param-bws", 'Bearer realm="x", error ="invalid_token"',
     "https://github.com/JuliaServices/OAuth.jl/pull/48: whitespace before `=` lost the parameter",
     ok(ch("Bearer", ("realm", "x"), ("error", "invalid_token")))),
    ("report-mpp-go-name-case", 'Payment ID="a", Method="tempo"',
     "https://github.com/tempoxyz/mpp-go/pull/121: names must match case-insensitively",
     ok(ch("Payment", ("id", "a"), ("method", "tempo")))),
    ("report-mpp-go-dup-by-case", 'Payment id="a", ID="b"',
     "https://github.com/tempoxyz/mpp-go/pull/121: a duplicate hidden by case",
     err("duplicate parameter")),
    ("report-dkregistry-scheme-upper", 'BASIC realm="Sonatype Nexus Repository Manager"',
     "https://github.com/camallo/dkregistry-rs/issues/210: an upper-case scheme was rejected",
     ok(ch("BASIC", ("realm", "Sonatype Nexus Repository Manager")))),
    ("report-bluecoat-negotiate-upper", "NEGOTIATE",
     "https://github.com/DanMcInerney/net-creds/pull/32: an upper-case bare scheme",
     ok(ch("NEGOTIATE"))),
    ("report-httplib2-bare-token", "Token",
     "https://github.com/jcgregorio/httplib2/issues/249: a challenge without parameters was "
     "rejected", ok(ch("Token"))),
    ("report-openvas-unquoted-realm", "Basic realm=Reducated",
     "https://github.com/greenbone/openvas-scanner/pull/2077: a token realm, which recipients "
     "accept (RFC 9110 §11.5)", ok(ch("Basic", ("realm", "Reducated")))),
    ("report-qwen-bws-resource-metadata",
     'Bearer resource_metadata = "https://example.com/.well-known/oauth-protected-resource"',
     "https://github.com/QwenLM/qwen-code/issues/5343: whitespace around `=` (RFC 9110 §11.2, "
     "§5.6.3)",
     ok(ch("Bearer", ("resource_metadata",
                      "https://example.com/.well-known/oauth-protected-resource")))),
    ("report-qwen-single-quotes",
     "Bearer resource_metadata='https://example.com/.well-known/oauth-protected-resource'",
     "https://github.com/QwenLM/qwen-code/issues/5343: single quotes are not a quoted-string; "
     "`'` is a tchar but `:` and `/` are not, so the value is invalid",
     err("missing comma")),
    ("report-qwen-single-quotes-token", "Bearer realm='example'",
     "https://github.com/QwenLM/qwen-code/issues/5343: `'example'` is a token, quotes included",
     ok(ch("Bearer", ("realm", "'example'")))),
    ("report-python-sdk-x-resource-metadata",
     'Bearer x_resource_metadata="https://decoy.example.com"',
     "https://github.com/modelcontextprotocol/python-sdk/issues/3009: a look-alike name",
     ok(ch("Bearer", ("x_resource_metadata", "https://decoy.example.com")))),
    ("report-python-sdk-quoted-decoy", 'Bearer realm="api, scope=decoy", scope="read"',
     "https://github.com/modelcontextprotocol/python-sdk/pull/3012: `scope=` inside a quoted "
     "value", ok(ch("Bearer", ("realm", "api, scope=decoy"), ("scope", "read")))),
    ("report-sentry-dup-resource-metadata",
     'Bearer realm="OAuth", resource_metadata="https://mcp.example.dev/.well-known/oauth-protected-resource", '
     'error="invalid_token", error_description="Missing or invalid access token", '
     'resource_metadata="https://mcp.example.dev/.well-known/oauth-protected-resource/mcp"',
     "https://github.com/getsentry/sentry-mcp/issues/939: resource_metadata twice in one "
     "challenge (RFC 9110 §11.2)", err("duplicate parameter")),
    ("report-rps-qop-list", 'Digest realm="Digest:1", nonce="abc", stale="false", qop="auth-int, auth"',
     "https://github.com/device-management-toolkit/rps/issues/779: a comma inside qop",
     ok(ch("Digest", ("realm", "Digest:1"), ("nonce", "abc"), ("stale", "false"),
           ("qop", "auth-int, auth")))),
    ("report-jint-realm-comma", 'Basic realm="east, west"',
     "https://github.com/sebastienros/jint/issues/3870: a realm with a comma was truncated",
     ok(ch("Basic", ("realm", "east, west")))),
    ("report-spray-empty-realm", "Basic realm=",
     "https://github.com/spray/spray/issues/1041: `realm=` without a value; `realm=` matches "
     "token68 (RFC 9110 §11.2)", ok(ch("Basic", token68="realm="))),
    ("report-httpx-empty-realm-then-params", 'Digest realm=, qop="auth", nonce="n"',
     "https://github.com/pydantic/httpx2/pull/1023: `realm=` reads as a token68, and a token68 "
     "cannot be followed by auth-params (RFC 9110 §11.3)", err("token68 followed by parameters")),
    ("report-privacypass-unquoted",
     "PrivateToken challenge=ghi, token-key=345",
     "https://github.com/cloudflare/privacypass-ts/pull/1: token values (RFC 9110 §11.2)",
     ok(ch("PrivateToken", ("challenge", "ghi"), ("token-key", "345")))),
    ("report-mpp-go-folded-same-scheme",
     'Payment id="a", method="tempo", Payment id="b", method="tempo"',
     "https://github.com/tempoxyz/mpp-go/issues/151: two challenges of one scheme folded into a "
     "line", ok(ch("Payment", ("id", "a"), ("method", "tempo")),
                ch("Payment", ("id", "b"), ("method", "tempo")))),
]
for case_id, value, note, expect in REPORTS:
    add(case_id, value, "report", note, expect)

# Hand-written edge inputs, each decided by the cited rule.
EDGES = [
    ("tab-after-scheme", 'Bearer\trealm="x"',
     "only SP may follow the scheme (RFC 9110 §11.3: `1*SP`)", err("missing comma")),
    ("two-sp-after-scheme", 'Bearer  realm="x"', "several SPs after the scheme (RFC 9110 §11.3)",
     ok(ch("Bearer", ("realm", "x")))),
    ("leading-trailing-ows", ' \t Bearer realm="x" \t ',
     "surrounding whitespace is not part of the value (RFC 9110 §5.5)",
     ok(ch("Bearer", ("realm", "x")))),
    ("leading-empty-elements", ', ,Bearer realm="x"', "leading empty elements (RFC 9110 §5.6.1.2)",
     ok(ch("Bearer", ("realm", "x")))),
    ("inner-empty-elements", 'Bearer realm="x" , , error="y"',
     "empty elements between auth-params (RFC 9110 §5.6.1.2, §11.6.1 note)",
     ok(ch("Bearer", ("realm", "x"), ("error", "y")))),
    ("missing-comma-space", 'Bearer realm="x" error="y"', "auth-params need a comma (RFC 9110 §11.3)",
     err("missing comma")),
    ("missing-comma-none", 'Bearer realm="x"error="y"', "auth-params need a comma (RFC 9110 §11.3)",
     err("missing comma")),
    ("space-separated-tokens", "Bearer a=b c=d", "auth-params need a comma (RFC 9110 §11.3)",
     err("missing comma")),
    ("backslash-at-end", 'Bearer realm="x\\', "a backslash at the end (RFC 9110 §5.6.4)",
     err("unterminated quoted-string")),
    ("quoted-pair-letter", 'Bearer realm="a\\tb"', "`\\t` is a quoted-pair meaning `t` (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("realm", "atb")))),
    ("quoted-pair-comma", 'Bearer realm="a\\,b"', "a quoted-pair comma (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("realm", "a,b")))),
    ("htab-in-quoted", 'Bearer realm="a\tb"', "HTAB is qdtext (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("realm", "a\tb")))),
    ("nul-in-quoted", 'Bearer realm="a\x00b"', "NUL is invalid (RFC 9110 §5.5)",
     err("control character")),
    ("cr-in-quoted", 'Bearer realm="a\rb"', "CR is invalid (RFC 9110 §5.5)", err("control character")),
    ("lf-in-quoted", 'Bearer realm="a\nb"', "LF is invalid (RFC 9110 §5.5)", err("control character")),
    ("del-in-quoted", 'Bearer realm="a\x7fb"', "DEL is not qdtext (RFC 9110 §5.6.4)",
     err("control character")),
    ("ctl-in-quoted", 'Bearer realm="a\x01b"', "a CTL is not qdtext (RFC 9110 §5.6.4)",
     err("control character")),
    ("esc-in-quoted", 'Bearer realm="a\x1bb"', "ESC is not qdtext (RFC 9110 §5.6.4)",
     err("control character")),
    ("ctl-quoted-pair", 'Bearer realm="a\\\x01b"',
     "a quoted-pair holds HTAB, SP, VCHAR or obs-text only (RFC 9110 §5.6.4)",
     err("control character")),
    ("nul-outside", "Bearer\x00 realm=\"x\"", "NUL after the scheme (RFC 9110 §5.5)",
     err("control character")),
    ("obs-text-in-token", "Bearer realm=caf\xc3\xa9", "obs-text is not a tchar (RFC 9110 §5.6.2)",
     err("missing comma")),
    ("obs-text-latin1", 'Bearer realm="\xe9t\xe9"', "Latin-1 bytes are obs-text (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("realm", "\xe9t\xe9")))),
    ("obs-text-quoted-pair", 'Bearer realm="\\\xff"', "a quoted-pair may hold obs-text (RFC 9110 §5.6.4)",
     ok(ch("Bearer", ("realm", "\xff")))),
    ("dquote-after-value", 'Bearer realm="a"b"', "text after a quoted-string (RFC 9110 §11.3)",
     err("missing comma")),
    ("dquote-in-token", 'Bearer realm=a"b"', "DQUOTE is not a tchar (RFC 9110 §5.6.2)",
     err("missing comma")),
    ("equals-first", "Bearer =x", "no name before `=` (RFC 9110 §11.2)", err("invalid token")),
    ("quoted-alone", 'Bearer "x"', "a quoted-string is neither token68 nor auth-param",
     err("invalid token")),
    ("token68-one-char", "Bearer a", "a one-character token68 (RFC 9110 §11.2)",
     ok(ch("Bearer", token68="a"))),
    ("token68-space-token", "Bearer a b", "text after a token68 that is not a comma",
     err("missing comma")),
    ("token68-then-challenge", "Bearer a, b", "a token68, then a bare challenge",
     ok(ch("Bearer", token68="a"), ch("b"))),
    ("token68-then-param", "Bearer a==, b=c", "a token68 cannot be followed by auth-params",
     err("token68 followed by parameters")),
    ("token68-inner-equals", "Negotiate a=b=", "`=` only ends a token68 (RFC 9110 §11.2)",
     err("missing comma")),
    ("token68-all-chars", "Negotiate AZaz09-._~+/==",
     "every token68 character class (RFC 9110 §11.2)",
     ok(ch("Negotiate", token68="AZaz09-._~+/=="))),
    ("token68-then-basic", 'Negotiate YIIB==, Basic realm="x"', "token68, then another challenge",
     ok(ch("Negotiate", token68="YIIB=="), ch("Basic", ("realm", "x")))),
    ("realm-token68-name", "Bearer realm", "a lone name is a token68 (RFC 9110 §11.2)",
     ok(ch("Bearer", token68="realm"))),
    ("realm-token68-then-param", 'Bearer realm, error="x"',
     "a name without `=` then an auth-param", err("token68 followed by parameters")),
    ("param-then-bare-name", 'Bearer realm="x", error',
     "after a comma, a lone token starts a new challenge (RFC 9110 §11.3)",
     ok(ch("Bearer", ("realm", "x")), ch("error"))),
    ("bare-name-then-param", 'Bearer realm="x", error, scope="y"',
     "a bare challenge `error`, then an auth-param with no challenge", err("auth-param without a challenge")),
    ("same-name-two-challenges", 'Bearer realm="x", Basic realm="x"',
     "a name may repeat in another challenge (RFC 9110 §11.2)",
     ok(ch("Bearer", ("realm", "x")), ch("Basic", ("realm", "x")))),
    ("no-space-after-comma-challenge", 'Bearer realm="x",Basic realm="y"',
     "no SP after the comma between challenges", ok(ch("Bearer", ("realm", "x")), ch("Basic", ("realm", "y")))),
    ("scheme-tchars", 'X-Custom!#$%&\'*+.^_`|~ realm="x"', "every tchar in a scheme (RFC 9110 §5.6.2)",
     ok(ch("X-Custom!#$%&'*+.^_`|~", ("realm", "x")))),
    ("scheme-invalid-char", 'Bear(er realm="x"', "`(` is a delimiter (RFC 9110 §5.6.2)",
     err("invalid token")),
    ("name-uppercase", 'Bearer REALM="x", Error_Description="y"',
     "names are reported in lower case (RFC 9110 §11.2)",
     ok(ch("Bearer", ("realm", "x"), ("error_description", "y")))),
    ("empty-realm", 'Bearer realm=""', "an empty quoted-string", ok(ch("Bearer", ("realm", "")))),
    ("param-without-value-end", 'Bearer realm="x", error=',
     "`error=` after an auth-param: no value (RFC 9110 §11.2)", err("missing value")),
    ("param-without-value-mid", 'Bearer realm="x", error=, scope="y"',
     "`error=` followed by a comma: no value (RFC 9110 §11.2)", err("missing value")),
    ("comma-ows-comma", 'Basic realm="a", , Bearer realm="b"',
     "comma, whitespace, comma between challenges (RFC 9110 §11.6.1 note)",
     ok(ch("Basic", ("realm", "a")), ch("Bearer", ("realm", "b")))),
    ("whitespace-only", " \t ", "only whitespace: no challenge", err("no challenge")),
    ("long-scope", 'Bearer scope="' + " ".join("scope%d" % i for i in range(200)) + '"',
     "a long value", ok(ch("Bearer", ("scope", " ".join("scope%d" % i for i in range(200)))))),
    ("many-params", "Bearer " + ", ".join("p%d=v%d" % (i, i) for i in range(60)),
     "sixty auth-params in one challenge",
     ok(ch("Bearer", *[("p%d" % i, "v%d" % i) for i in range(60)]))),
    ("many-challenges", ", ".join("S%d realm=\"r%d\"" % (i, i) for i in range(30)),
     "thirty challenges on one line", ok(*[ch("S%d" % i, ("realm", "r%d" % i)) for i in range(30)])),
]
for case_id, value, note, expect in EDGES:
    add(case_id, value, "rfc-derived", note, expect)


# Generated variations: a few challenge shapes rendered with every separator, whitespace,
# case and value notation that RFC 9110 lets a sender or a recipient use.
SHAPES = [
    ("bearer-error", "Bearer", [("realm", "example"), ("error", "invalid_token"),
                                ("error_description", "The access token expired")]),
    ("bearer-scope", "Bearer", [("scope", "read write"), ("error", "insufficient_scope")]),
    ("dpop-nonce", "DPoP", [("error", "use_dpop_nonce"), ("algs", "ES256 PS256")]),
    ("step-up", "Bearer", [("error", "insufficient_user_authentication"), ("acr_values", "myACR"),
                           ("max_age", "5")]),
]
SEPARATORS = [(", ", "comma-sp"), (",", "comma"), (" , ", "sp-comma-sp"), (",\t", "comma-tab"),
              (" ,, ", "double-comma"), ("\t,\t", "tab-comma-tab")]
EQUALS = [("=", "eq"), (" = ", "sp-eq-sp"), ("\t=", "tab-eq")]


def render(scheme, params, sep=", ", eq="=", token_values=False, name_case=str):
    parts = []
    for name, value in params:
        text = value if token_values and is_token(value) else quote(value)
        parts.append(name_case(name) + eq + text)
    return scheme + " " + sep.join(parts)


for shape_id, scheme, params in SHAPES:
    expect = ok(ch(scheme, *params))
    for sep, sep_id in SEPARATORS:
        add(f"gen-{shape_id}-sep-{sep_id}", render(scheme, params, sep=sep), "generated",
            f"separator {sep!r} between auth-params (RFC 9110 §5.6.1.2)", expect)
    for eq, eq_id in EQUALS:
        add(f"gen-{shape_id}-{eq_id}", render(scheme, params, eq=eq), "generated",
            f"BWS {eq!r} around `=` (RFC 9110 §11.2)", expect)
    add(f"gen-{shape_id}-token-values", render(scheme, params, token_values=True), "generated",
        "token values where the value is a token (RFC 9110 §11.2)", expect)
    add(f"gen-{shape_id}-upper-names", render(scheme, params, name_case=str.upper), "generated",
        "upper-case names (RFC 9110 §11.2)", expect)
    add(f"gen-{shape_id}-lower-scheme", render(scheme.lower(), params), "generated",
        "lower-case scheme (RFC 9110 §11.1)", ok(ch(scheme.lower(), *params)))
    add(f"gen-{shape_id}-trailing-comma", render(scheme, params) + ",", "generated",
        "a trailing comma (RFC 9110 §5.6.1.2)", expect)
    add(f"gen-{shape_id}-leading-comma", ", " + render(scheme, params), "generated",
        "a leading comma (RFC 9110 §5.6.1.2)", expect)
    add(f"gen-{shape_id}-surrounding-ws", "\t " + render(scheme, params) + " \t", "generated",
        "whitespace around the value (RFC 9110 §5.5)", expect)

    # Invalid variations of the same shape.
    good = render(scheme, params)
    add(f"gen-{shape_id}-unterminated", good[:-1], "generated",
        "the last quoted-string is not closed (RFC 9110 §5.6.4)", err("unterminated quoted-string"))
    add(f"gen-{shape_id}-no-commas", render(scheme, params, sep=" "), "generated",
        "auth-params separated by SP only (RFC 9110 §11.3)", err("missing comma"))
    name0, value0 = params[0]
    add(f"gen-{shape_id}-dup-upper", good + ", " + name0.upper() + "=" + quote(value0), "generated",
        "the first name again in upper case (RFC 9110 §11.2)", err("duplicate parameter"))
    add(f"gen-{shape_id}-comma-after-scheme", scheme + ", " + good[len(scheme) + 1:], "generated",
        "a comma right after the scheme (RFC 9110 §11.3)", err("auth-param without a challenge"))
    add(f"gen-{shape_id}-cr", good[:-1] + "\r" + '"', "generated",
        "CR inside the last quoted-string (RFC 9110 §5.5)", err("control character"))
    add(f"gen-{shape_id}-nul", good[:-1] + "\x00" + '"', "generated",
        "NUL inside the last quoted-string (RFC 9110 §5.5)", err("control character"))

# Pairs of challenges joined with each separator: a second challenge after a parameter
# list, after a bare scheme and after a token68.
FIRSTS = [("params", 'Bearer realm="a", error="invalid_token"',
           ch("Bearer", ("realm", "a"), ("error", "invalid_token"))),
          ("bare", "Bearer", ch("Bearer")),
          ("token68", "Negotiate YIIBzgYGKwYBBQUCoIIBwjCCAb4=",
           ch("Negotiate", token68="YIIBzgYGKwYBBQUCoIIBwjCCAb4="))]
SECONDS = [("dpop", 'DPoP algs="ES256 PS256"', ch("DPoP", ("algs", "ES256 PS256"))),
           ("basic", 'Basic realm="simple", charset="UTF-8"',
            ch("Basic", ("realm", "simple"), ("charset", "UTF-8")))]
for (first_id, first, first_expect), (second_id, second, second_expect) in itertools.product(
        FIRSTS, SECONDS):
    for sep, sep_id in SEPARATORS[:4]:
        add(f"gen-two-{first_id}-{second_id}-{sep_id}", first + sep + second, "generated",
            f"two challenges joined by {sep!r} (RFC 9110 §11.6.1)",
            ok(first_expect, second_expect))

# Every byte value inside a quoted-string: VCHAR, SP, HTAB and obs-text are qdtext; the
# other control characters are not (RFC 9110 §5.6.4, §5.5). Bytes are sampled from each
# class; LF is left out here because `oauth-challenge parse` reads one value per line.
for byte in [0x00, 0x01, 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xA0,
             0xFF]:
    char = chr(byte)
    value = 'Bearer error_description="x' + char + 'y"'
    if byte == 0x09 or 0x20 <= byte <= 0x7E or byte >= 0x80:
        expect = ok(ch("Bearer", ("error_description", "x" + char + "y")))
    else:
        expect = err("control character")
    add(f"gen-qdtext-{byte:02x}", value, "generated",
        f"byte 0x{byte:02X} inside a quoted-string (RFC 9110 §5.6.4, §5.5)", expect)


def write(path):
    with open(path, "w", encoding="ascii", newline="\n") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=True) + "\n")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        expected = "".join(json.dumps(c, ensure_ascii=True) + "\n" for c in cases)
        with open(OUTPUT, encoding="ascii") as f:
            if f.read() != expected:
                print("make_corpus.py: corpus.jsonl is out of date; run "
                      "tests/conformance/make_corpus.py", file=sys.stderr)
                return 1
        return 0
    write(OUTPUT)
    print(f"make_corpus.py: wrote {len(cases)} values to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
