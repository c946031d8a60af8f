package org.passerelle.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document leaves out: the signed-in person that controllers receive as an
 * argument ({@code Actor}) is not a parameter a caller sends.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}
}
