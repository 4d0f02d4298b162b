-- PUT /api/claims/{id}/review from reviewers that each own a slice of claims and now and then (5 %) take
-- one of a few shared "hot" claims, so real conflicts happen. A reviewer sends the version it last saw;
-- a 409 carries the current claim, whose version it takes for the next try.
-- Usage: wrk -t16 -c16 ... -s review.lua URL -- versions.txt  ("id version" lines; the first HOT are shared)
-- Run with as many threads as connections: one request in flight per Lua state keeps the bookkeeping exact.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "report.lua")
local HOT = 20
local ids, versions = {}, {}
local mine = {}
local current
local statuses = {"ATTRIBUTED", "DISPUTED", "UNVERIFIED"}

function init(args)
    for line in io.lines(args[1]) do
        local id, v = line:match("(%d+)%s+(%d+)")
        ids[#ids + 1] = tonumber(id)
        versions[tonumber(id)] = tonumber(v)
    end
    local threads = tonumber(os.getenv("BENCH_THREADS"))
    local slice = math.floor((#ids - HOT) / threads)
    for i = HOT + 1 + (tid - 1) * slice, HOT + tid * slice do
        mine[#mine + 1] = ids[i]
    end
    math.randomseed(os.time() * 100 + tid)
    wrk.method = "PUT"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
    if math.random(100) <= 5 then
        current = ids[math.random(HOT)]
    else
        current = mine[math.random(#mine)]
    end
    local body = string.format('{"status":"%s","note":"bench review by %d","version":%d}',
        statuses[math.random(3)], tid, versions[current])
    return wrk.format(nil, "/api/claims/" .. current .. "/review", nil, body)
end

function response(status, headers, body)
    count_status(status)
    local v = body:match('"version"%s*:%s*(%d+)')
    if v and (status == 200 or status == 409) then
        versions[current] = tonumber(v)
    end
end
