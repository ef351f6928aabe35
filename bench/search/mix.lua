-- wrk script: requests the benchmark's 1,000 search API URLs in turn (queries.txt, one per line).
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
