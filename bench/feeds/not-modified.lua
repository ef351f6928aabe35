-- wrk script: every request names the ETag the first answer gave, so each is answered 304.
-- usage: wrk ... -s bench/feeds/not-modified.lua URL -- '"etag"'
local etag
function init(args)
  etag = args[1]
end
function request()
  return wrk.format("GET", nil, { ["If-None-Match"] = etag, ["Accept-Encoding"] = "gzip" })
end
