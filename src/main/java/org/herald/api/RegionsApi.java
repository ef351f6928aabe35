package org.herald.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.Region;
import org.herald.api.ApiViews.RegionList;
import org.herald.i18n.Language;
import org.herald.people.Directory;
import org.herald.people.Office;
import org.herald.presence.CountryPresence;
import org.herald.presence.WhereWeWork;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/regions}: the organization's regions, each with its regional office and countries. */
@RestController
@Tag(name = "Countries")
@ApiErrors
class RegionsApi {

    private final WhereWeWork where;
    private final Directory directory;
    private final ApiParameters parameters;

    RegionsApi(WhereWeWork where, Directory directory, ApiParameters parameters) {
        this.where = where;
        this.directory = directory;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/regions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The organization's regions, named in the language, with their regional offices and "
            + "the codes of their countries")
    RegionList list(@RequestParam(required = false) String lang, @RequestParam(required = false) String fields,
                    HttpServletRequest request) {
        parameters.allowOnly(request, "lang", "fields");
        parameters.fields(fields, request, Region.class);
        Language language = parameters.language(lang);
        Map<String, List<String>> members = new HashMap<>();
        for (CountryPresence country : where.recorded().values()) {
            if (country.regionCode() != null) {
                members.computeIfAbsent(country.regionCode(), code -> new ArrayList<>()).add(country.countryCode());
            }
        }
        Map<Long, Office> offices = new HashMap<>();
        directory.offices().forEach(office -> offices.put(office.id(), office));
        return new RegionList(where.regions().stream().map(region -> {
            Office office = region.officeId() == null ? null : offices.get(region.officeId());
            return new Region(region.code(), region.name(language), office == null ? null : office.name(),
                    office == null ? null : office.city(), office == null ? null : office.countryCode(),
                    members.getOrDefault(region.code(), List.of()), region.demonstration(), region.path(language));
        }).toList());
    }
}
