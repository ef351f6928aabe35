package org.herald.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;

/**
 * The answers every endpoint of the API may give, as the OpenAPI document lists them: its own
 * record with a 200, a 304, and failures, each a JSON {@link ApiViews.Problem}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ApiResponses({
        @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true),
        @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match named the current ETag"),
        @ApiResponse(responseCode = "400", description = "A parameter is unknown or malformed",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.Problem.class))),
        @ApiResponse(responseCode = "401", description = "The X-API-Key is not a key, or was revoked",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.Problem.class))),
        @ApiResponse(responseCode = "404", description = "Nothing published at this address",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.Problem.class))),
        @ApiResponse(responseCode = "406", description = "The Accept header names no type this API answers in",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.Problem.class))),
        @ApiResponse(responseCode = "429", description = "Too many requests: wait the Retry-After seconds",
                headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiViews.Problem.class)))
})
@interface ApiErrors {
}
