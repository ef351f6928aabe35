package org.herald.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.herald.api.ApiViews.Contact;
import org.herald.api.ApiViews.ContactList;
import org.herald.people.Directory;
import org.herald.places.Countries;
import org.herald.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/contacts}: the press room's directory of media contacts. */
@RestController
@Tag(name = "Contacts")
@ApiErrors
class ContactsApi {

    private final Directory directory;
    private final Countries countries;
    private final ApiParameters parameters;

    ContactsApi(Directory directory, Countries countries, ApiParameters parameters) {
        this.directory = directory;
        this.countries = countries;
        this.parameters = parameters;
    }

    @GetMapping(value = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The media contacts, by country, office and name; phone numbers in E.164")
    ContactList list(@Parameter(description = "Only contacts of offices in this country (ISO 3166-1 code)")
                     @RequestParam(required = false) String country, @RequestParam(required = false) String fields,
                     HttpServletRequest request) {
        parameters.allowOnly(request, "country", "fields");
        parameters.fields(fields, request, Contact.class);
        String code = null;
        if (country != null && !country.isBlank()) {
            if (!countries.exists(country.trim())) {
                throw new BadRequestException("error.parameter.country", country);
            }
            code = ApiParameters.upper(country);
        }
        String only = code;
        return new ContactList(directory.mediaContacts().stream()
                .filter(contact -> only == null || contact.office() != null && only.equals(contact.office().countryCode()))
                .map(Contact::of).toList());
    }
}
