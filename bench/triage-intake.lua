-- wrk script: POST /api/messages with a unique externalId per request and a realistic mix of messages.
-- The messages (language, tab, body) are in triage-messages.tsv, shared with OpenLoad.java.
local bodies = {}
local langs = {}
for line in io.lines((os.getenv("BENCH_DIR") or "bench") .. "/triage-messages.tsv") do
  local lang, body = line:match("^(%a+)\t(.+)$")
  if lang then
    langs[#langs + 1] = lang
    bodies[#bodies + 1] = body
  end
end
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  token = os.getenv("TOKEN")
  prefix = os.getenv("PREFIX") or "bench"
end

request = function()
  counter = counter + 1
  local i = (counter % #bodies) + 1
  local body = string.format(
    '{"externalId":"%s-%d-%d","conversationId":null,"channel":"EMAIL","customer":{"id":"c-%d","tier":"STANDARD","tenureMonths":12,"lifetimeValue":300,"dealStage":"NONE","aiOptOut":false,"language":"%s","region":"UK"},"subject":"Question","body":"%s"}',
    prefix, id, counter, counter % 5000, langs[i], bodies[i])
  return wrk.format("POST", "/api/messages",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors(status)=%d rps=%.1f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n",
    summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
