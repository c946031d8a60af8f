package org.passerelle.evaluation.web;

import org.passerelle.evaluation.QuestionnaireAudience;
import org.passerelle.evaluation.QuestionnaireMoment;

/**
 * A moment as the questionnaire's page asks for it; the numbers its kind does not need are ignored.
 */
record QuestionnaireMomentForm(QuestionnaireMoment.Kind kind, QuestionnaireAudience audience, Integer days,
		Integer everyDays, Integer months, Integer yearlyMonth, Integer yearlyDay) implements java.io.Serializable {

	static QuestionnaireMomentForm empty() {
		return new QuestionnaireMomentForm(null, QuestionnaireAudience.BOTH, null, null, null, null, null);
	}

	QuestionnaireMoment.Draft draft() {
		return new QuestionnaireMoment.Draft(kind, audience, days, everyDays, months, yearlyMonth, yearlyDay);
	}
}
