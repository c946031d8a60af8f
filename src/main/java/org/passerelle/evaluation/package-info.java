/**
 * Evaluation: what happens after the match — employment followed for a year after closure and the
 * person's employment history (R-OUT-1, R-OUT-2), questionnaires built by coordinators and
 * answered by participants at the moments a program chooses (R-EVA-1), and the figures funders ask
 * for from them (R-EVA-2).
 */
@ApplicationModule(allowedDependencies = {
		"core", "identity", "program", "participant", "matching", "mentorship", "reference" })
package org.passerelle.evaluation;

import org.springframework.modulith.ApplicationModule;
