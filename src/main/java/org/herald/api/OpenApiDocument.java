package org.herald.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: its title and description, a server relative to wherever the
 * document was fetched (the same document for every host name), and nullable references
 * written the way JSON Schema 2020-12 reads them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI heraldApi() {
        return new OpenAPI()
                .info(new Info().title("Herald public API").version("v1")
                        .description("Read-only JSON API of the organization's published content: articles, pages, "
                                + "countries, the press room's contacts and the menu. No sign-in. Anonymous use is "
                                + "limited per address; an API key (header X-API-Key) has its own limit. Every "
                                + "response carries an ETag (send If-None-Match to get a 304) and RateLimit-* "
                                + "headers; every failure is JSON with an error field."))
                .servers(List.of(new Server().url("/")));
    }

    /**
     * A property that may be null and refers to a schema ({@code office}) is written by the
     * generator as {@code type: [object, null]} beside a {@code $ref}; the referred schema still
     * says {@code type: object}, so a null would fail. It becomes {@code anyOf: [$ref, null]}.
     */
    @Bean
    OpenApiCustomizer nullableReferences() {
        return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.replaceAll((name, property) -> {
                if (property.get$ref() == null || property.getTypes() == null || !property.getTypes().contains("null")) {
                    return property;
                }
                Schema<?> reference = new Schema<>().$ref(property.get$ref());
                Schema<?> none = new Schema<>();
                none.addType("null");
                Schema<?> either = new Schema<>();
                either.setDescription(property.getDescription());
                either.setAnyOf(List.of(reference, none));
                return either;
            });
        });
    }
}
