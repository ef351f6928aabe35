package org.herald.api;

import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trims a response to the fields the client asked for with {@code fields=}: each item of a
 * list ({@code items}), or the object itself. The controllers return whole records, from which
 * the OpenAPI document takes its schemas; trimming happens only as the response is written.
 */
@ControllerAdvice(basePackageClasses = FieldTrimming.class)
class FieldTrimming implements ResponseBodyAdvice<Object> {

    private final JsonMapper json;

    FieldTrimming(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body == null || !(request instanceof ServletServerHttpRequest servlet)
                || !(servlet.getServletRequest().getAttribute(ApiParameters.FIELDS) instanceof Set<?> fields)) {
            return body;
        }
        JsonNode tree = json.valueToTree(body);
        JsonNode items = tree.get("items");
        if (items != null && items.isArray()) {
            items.forEach(item -> ((ObjectNode) item).retain((Set<String>) fields));
        } else if (tree instanceof ObjectNode object) {
            object.retain((Set<String>) fields);
        }
        return tree;
    }
}
