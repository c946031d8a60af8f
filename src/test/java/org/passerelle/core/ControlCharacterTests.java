package org.passerelle.core;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NUL or another invisible control character in a text of the API is refused with a 400 that
 * names the field, in the caller's language — never a 500 from the database; tabs and line breaks
 * are text.
 */
@IntegrationTest
class ControlCharacterTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aNulInATextIsRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/organisations").with(httpBasic("admin@test.passerelle.ca", "Test-admin-password"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Agence\\u0000Nord\", \"type\": \"REFERRAL_AGENCY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail").value(
					"The field name holds an invisible control character (such as NUL); remove it and send again."));
		mvc.perform(post("/api/organisations").with(httpBasic("admin@test.passerelle.ca", "Test-admin-password"))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Agence\\u0007Sud\", \"type\": \"REFERRAL_AGENCY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Ce texte contient un caractère de contrôle invisible (comme NUL)."));
	}

	@Test
	void tabsAndLineBreaksAreText() throws Exception {
		mvc.perform(post("/api/organisations").with(httpBasic("admin@test.passerelle.ca", "Test-admin-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Agence\\tOuest " + java.util.UUID.randomUUID() + "\", \"type\": \"REFERRAL_AGENCY\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void theCheckTellsControlCharactersFromText() {
		org.assertj.core.api.Assertions.assertThat(TextJson.hasControlCharacter("a\u0000b")).isTrue();
		org.assertj.core.api.Assertions.assertThat(TextJson.hasControlCharacter("a\u001Fb")).isTrue();
		org.assertj.core.api.Assertions.assertThat(TextJson.hasControlCharacter("ligne\r\nsuivante\tà « café »")).isFalse();
	}
}
