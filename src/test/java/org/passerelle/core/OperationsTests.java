package org.passerelle.core;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Value("${passerelle.admin.email}")
	String admin;

	@Value("${passerelle.admin.password}")
	String password;

	@Test
	void publishesTheOpenApiDocumentOfTheRestApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/organisations'].get").exists())
			.andExpect(jsonPath("$.paths['/api/organisations/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/users'].post").exists())
			.andExpect(jsonPath("$.paths['/api/programs/{id}/eligibility'].post").exists())
			.andExpect(jsonPath("$.paths['/api/program-templates'].get").exists())
			.andExpect(jsonPath("$.paths['/api/participants'].get").exists())
			.andExpect(jsonPath("$.paths['/api/imports/{id}/commit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/reference/occupations/{code}'].get").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDocumentAsksNoParameterForTheSignedInPerson() throws Exception {
		var document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(document,
				"$.paths.*.*.parameters[*].name")).isNotEmpty().doesNotContain("actor");
	}

	@Test
	void pagesTellBrowsersToKeepAddressesAndDevicesToThemselves() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void healthIsPublicAndMetricsAreForAdministrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, password)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("hikaricp_connections")));
	}
}
