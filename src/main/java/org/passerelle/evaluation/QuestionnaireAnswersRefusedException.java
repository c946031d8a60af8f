package org.passerelle.evaluation;

import java.util.List;

import org.passerelle.core.InvalidFieldException;

/**
 * Answers refused, each problem on its question's field ({@code q-} and the question's id): a
 * required question not answered, a scale outside 1 to 5, a number or a date that is not one, a
 * choice that does not exist. Nothing was saved.
 */
public class QuestionnaireAnswersRefusedException extends RuntimeException {

	private final transient List<InvalidFieldException> problems;

	QuestionnaireAnswersRefusedException(List<InvalidFieldException> problems) {
		super(problems.size() + " answers refused");
		this.problems = List.copyOf(problems);
	}

	public List<InvalidFieldException> problems() {
		return problems;
	}
}
