-- GET /api/claims?speaker=<name>&size=50 with names drawn at random from a file of URL-encoded names
-- (one a line). Usage: wrk ... -s search.lua URL -- names.txt
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "report.lua")
local names = {}

function init(args)
    for line in io.lines(args[1]) do
        names[#names + 1] = line
    end
    math.randomseed(os.time() * 100 + tid)
    wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
    return wrk.format("GET", "/api/claims?speaker=" .. names[math.random(#names)] .. "&size=50")
end

function response(status, headers, body)
    count_status(status)
end
