package org.passerelle.core;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that fail the way a bug would, to show what people then see.
 */
class FailingController {

	@Controller
	static class Page {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("A bug, with internal details");
		}
	}

	@RestController
	static class Api {

		@GetMapping("/api/test/failure")
		String fail() {
			throw new IllegalStateException("A bug, with internal details");
		}
	}
}
