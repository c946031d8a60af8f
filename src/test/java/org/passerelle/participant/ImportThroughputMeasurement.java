package org.passerelle.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures the import's commit through the API (docs/benchmarks.md, "Import"); not part of the
 * tests: {@code -Dtest=ImportThroughputMeasurement -Dpasserelle.measure=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "passerelle.measure", matches = "true")
class ImportThroughputMeasurement {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Test
	void commitsFiveThousandRows() throws Exception {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT,
				Fixtures.unique("Bench"), lead);
		var coordinator = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		int rows = Integer.getInteger("passerelle.measure.rows", 5000);
		for (int run = 0; run < Integer.getInteger("passerelle.measure.runs", 2); run++) {
			var marker = Fixtures.unique("bench").replace(" ", "");
			var file = new MockMultipartFile("file", "bench.csv", "text/csv", ImportFiles.bytes(marker, rows));
			var body = mvc.perform(multipart("/api/imports").file(file).with(httpBasic(coordinator.email(), Fixtures.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			var id = com.jayway.jsonpath.JsonPath.read(body, "$.id").toString();
			long start = System.nanoTime();
			mvc.perform(post("/api/imports/" + id + "/commit").with(httpBasic(coordinator.email(), Fixtures.PASSWORD))
				.contentType("application/json").content(ImportFiles.SETTINGS.formatted(program.id())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.added").value(rows));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("MEASURE import run %d: %d rows committed in %.2f s, %.0f rows/s%n", run + 1, rows, seconds,
					rows / seconds);
			assertThat(seconds).isPositive();
		}
	}
}
