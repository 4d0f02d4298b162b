-- Shared by the wrk scripts: one RESULT line per run, counting answers by status class per thread.
-- Loaded with dofile() from the scenario scripts; wrk runs each thread in its own Lua state.
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

ok, bad, conflicts = 0, 0, 0

function count_status(status)
    if status >= 200 and status < 300 then
        ok = ok + 1
    elseif status == 409 then
        conflicts = conflicts + 1
    else
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local o, b, c = 0, 0, 0
    for _, t in ipairs(threads) do
        o = o + t:get("ok")
        b = b + t:get("bad")
        c = c + t:get("conflicts")
    end
    local secs = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d ok=%d conflicts=%d other=%d socket_errors=%d seconds=%.2f rps=%.1f ok_per_s=%.1f "
        .. "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
        summary.requests, o, c, b,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        secs, summary.requests / secs, o / secs,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000))
end
