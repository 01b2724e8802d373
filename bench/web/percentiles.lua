-- wrk script: prints latency percentiles in microseconds as one JSON line when the run is done.
done = function(summary, latency, requests)
  io.write(string.format('{"p50":%d,"p95":%d,"p99":%d,"requests":%d,"errors":%d,"non2xx":%d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
