# End-to-end test over real HTTP on loopback: `make e2e` builds the libmicrohttpd resource
# server and the libcurl client of examples/, then tests/e2e/run.sh checks them with curl,
# the client itself, oauth4webapi (Node) and a wrk load run. Debian packages: see
# .ci/packages.d/e2e.txt. pkg-config runs only when these targets are built.
E2E_MHD_CFLAGS = $(shell pkg-config --cflags libmicrohttpd)
E2E_MHD_LIBS = $(shell pkg-config --libs libmicrohttpd)
E2E_CURL_CFLAGS = $(shell pkg-config --cflags libcurl)
E2E_CURL_LIBS = $(shell pkg-config --libs libcurl)

.PHONY: e2e

# POSIX for getline, sigwait and strtok_r; -pthread for the signal mask of the server.
$(BUILD)/resource_server: examples/resource_server.c $(HEADER) | $(BUILD)
	$(CC) $(STD) $(WARNINGS) $(CFLAGS) -pthread -Iinclude $(E2E_MHD_CFLAGS) -o $@ \
	    examples/resource_server.c $(E2E_MHD_LIBS)

$(BUILD)/client: examples/client.c $(HEADER) | $(BUILD)
	$(CC) $(STD) $(WARNINGS) $(CFLAGS) -Iinclude $(E2E_CURL_CFLAGS) -o $@ \
	    examples/client.c $(E2E_CURL_LIBS)

e2e: $(BUILD)/resource_server $(BUILD)/client
	tests/e2e/run.sh $(BUILD)

CI_TARGETS += e2e
