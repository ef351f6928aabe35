-- 171 countries present (the profile's figure), 175 member states, spread over the presence kinds,
-- all in the demo region: what the Where we work page, the map and the country pages show at
-- the organization's real size. Written by the benchmark, not by the organization.
MERGE INTO country_presence (country_code, region_code, presence, presence_since, membership, membership_since, demonstration)
KEY (country_code)
SELECT code, (SELECT MIN(code) FROM region),
       CASE WHEN n <= 120 THEN 'country_office' WHEN n <= 150 THEN 'sub_office' WHEN n <= 171 THEN 'project' ELSE 'none' END,
       CASE WHEN n <= 171 THEN DATE '2001-01-01' END,
       CASE WHEN n <= 175 THEN 'member_state' ELSE 'none' END,
       CASE WHEN n <= 175 THEN DATE '1990-01-01' END, TRUE
FROM (SELECT code, ROW_NUMBER() OVER (ORDER BY code) AS n FROM country) c;
