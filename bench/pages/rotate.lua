-- Requests /en/news/bench-<n> for n spread over 1..N (N the script's first argument), a different
-- article each time, so that a page cache fills with N distinct pages.
local n, i = 100000, 0
function init(args)
  n = tonumber(args[1] or n)
  i = math.random(n)
end
function request()
  i = (i + 7919) % n
  return wrk.format("GET", "/en/news/bench-" .. (i + 1))
end
