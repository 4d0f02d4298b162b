-- GET of one fixed path (given as the URL) with the Authorization or Cookie header from the environment.
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(dir .. "report.lua")

function init(args)
    if os.getenv("BENCH_AUTH") then
        wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
    end
    if os.getenv("BENCH_COOKIE") then
        wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
    end
end

function response(status, headers, body)
    count_status(status)
end
