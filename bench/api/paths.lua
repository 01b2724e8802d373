-- wrk script: requests the paths listed in the file LOTSE_BENCH_PATHS names, one after another, round robin.
local paths = {}
for line in io.lines(os.getenv("LOTSE_BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local next_index = 0

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end
