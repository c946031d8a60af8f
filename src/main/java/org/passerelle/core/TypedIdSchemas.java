package org.passerelle.core;

import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import org.springframework.stereotype.Component;

/**
 * Documents every module's id in the OpenAPI document as what a caller sends and receives: a
 * UUID ({@code "format": "uuid"}), in paths and parameters as in bodies, not as an object with a
 * {@code value}.
 */
@Component
class TypedIdSchemas implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		var javaType = Json.mapper().constructType(type.getType());
		if (javaType != null && TypedIdConverter.isTypedId(javaType.getRawClass())) {
			return new UUIDSchema();
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}
}
