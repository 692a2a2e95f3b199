-- wrk script for the end-to-end load run: each connection cycles through valid, unknown,
-- under-scoped, malformed and missing tokens, so the server builds every kind of challenge
-- under load. The tokens are those of tokens.txt.
--
-- At the end it prints one line that run.sh reads:
--   load: requests=N expected=N unexpected=N
-- where "unexpected" counts responses whose status is not 200, 400, 401 or 403 (a 5xx, say).

local path = "/resource"
local form = "application/x-www-form-urlencoded"

local requests = {
  wrk.format("GET", path, { ["Authorization"] = "Bearer reader-mF_9.B5f-4.1JqM" }),
  wrk.format("GET", path, { ["Authorization"] = "Bearer unknown-token" }),
  wrk.format("GET", path, { ["Authorization"] = "Bearer writer-Kz~8mXK1EalYznwH" }),
  wrk.format("GET", path, {}),
  wrk.format("GET", path, { ["Authorization"] = "Basic dXNlcjpwYXNz" }),
  wrk.format("GET", path, { ["Authorization"] = "Bearer ab c" }),
  wrk.format("GET", path .. "?access_token=reader-mF_9.B5f-4.1JqM",
             { ["Authorization"] = "Bearer reader-mF_9.B5f-4.1JqM" }),
  wrk.format("POST", path, { ["Authorization"] = "Bearer admin-gxU+/9==" }, ""),
  wrk.format("POST", path, { ["Content-Type"] = form },
             "access_token=admin-gxU%2B%2F9%3D%3D"),
  wrk.format("POST", path, { ["Authorization"] = "Bearer reader-mF_9.B5f-4.1JqM" }, ""),
}

local next_request = 0
expected = 0
unexpected = 0

request = function()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

response = function(status, headers, body)
  if status == 200 or status == 400 or status == 401 or status == 403 then
    expected = expected + 1
  else
    unexpected = unexpected + 1
  end
end

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

done = function(summary, latency, requests_summary)
  local total_expected, total_unexpected = 0, 0
  for _, thread in ipairs(threads) do
    total_expected = total_expected + thread:get("expected")
    total_unexpected = total_unexpected + thread:get("unexpected")
  end
  io.write(string.format("load: requests=%d expected=%d unexpected=%d\n",
                         summary.requests, total_expected, total_unexpected))
end
