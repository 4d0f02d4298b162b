-- POST /api/articles: the founding article plus one paragraph unique to the run, thread and request, so
-- every request is a new article (same text = same article, answered 200 without work).
-- Usage: wrk ... -s ingest.lua URL -- body-prefix.json   (a JSON object left open inside "text")
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "report.lua")
local prefix
local n = 0
local run = tostring(os.time())

function init(args)
    local f = assert(io.open(args[1], "rb"))
    prefix = f:read("*a")
    f:close()
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
    n = n + 1
    local body = prefix .. "\\n\\nBench " .. run .. " thread " .. tid .. " article " .. n .. ".\"}"
    return wrk.format(nil, "/api/articles", nil, body)
end

function response(status, headers, body)
    -- 200 would be a duplicate that did no work: count it as a failure, not as an article
    count_status(status == 200 and 500 or status)
end
