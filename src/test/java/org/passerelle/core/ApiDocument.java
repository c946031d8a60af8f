package org.passerelle.core;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of Passerelle's OpenAPI document ({@code /v3/api-docs}), as the tests that walk
 * every route read them: method, path, path parameters and the schema of the request body.
 */
record ApiDocument(JsonNode root) {

	static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	static ApiDocument read(MockMvc mvc) throws Exception {
		var json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		return new ApiDocument(JsonMapper.builder().build().readTree(json));
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (var path : root.get("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (METHODS.contains(method.getKey())) {
					operations.add(new Operation(this, method.getKey().toUpperCase(), path.getKey(), method.getValue(),
							path.getValue()));
				}
			}
		}
		return operations;
	}

	/** The schema itself, following a {@code $ref} to the components. */
	JsonNode resolve(JsonNode schema) {
		var seen = 0;
		while (schema != null && schema.has("$ref") && seen++ < 20) {
			var name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			schema = root.get("components").get("schemas").get(name);
		}
		return schema;
	}

	/** One operation of the document. */
	record Operation(ApiDocument document, String method, String path, JsonNode node, JsonNode pathItem) {

		boolean writes() {
			return !method.equals("GET");
		}

		/** The path with each parameter given by the function (from the parameter's schema). */
		String path(Function<JsonNode, String> value) {
			var result = path;
			for (var parameter : parameters("path")) {
				result = result.replace("{" + parameter.get("name").asString() + "}",
						value.apply(document.resolve(parameter.get("schema"))));
			}
			return result;
		}

		boolean hasPathParameters() {
			return !parameters("path").isEmpty();
		}

		List<JsonNode> parameters(String in) {
			List<JsonNode> found = new ArrayList<>();
			if (node.has("parameters")) {
				for (var parameter : node.get("parameters")) {
					if (parameter.get("in").asString().equals(in)) {
						found.add(parameter);
					}
				}
			}
			return found;
		}

		/** The media type of the request body ({@code application/json}, {@code multipart/form-data}), or null. */
		String bodyType() {
			if (!node.has("requestBody")) {
				return null;
			}
			return node.get("requestBody").get("content").propertyNames().iterator().next();
		}

		boolean bodyRequired() {
			return node.has("requestBody") && node.get("requestBody").path("required").asBoolean(false);
		}

		/** The schema of the request body, resolved, or null. */
		JsonNode bodySchema() {
			var type = bodyType();
			return type == null ? null
					: document.resolve(node.get("requestBody").get("content").get(type).get("schema"));
		}

		/** A method the path does not answer, or null when it answers all five. */
		String missingMethod() {
			for (var candidate : List.of("PATCH", "PUT", "DELETE", "POST", "GET")) {
				if (!pathItem.has(candidate.toLowerCase())) {
					return candidate;
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}
}
