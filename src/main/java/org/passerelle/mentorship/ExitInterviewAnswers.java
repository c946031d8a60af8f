package org.passerelle.mentorship;

/**
 * The answers of an exit interview (R-MEN-7). Everyone answers the satisfaction (1 to 5), whether
 * the goals were reached and whether they would recommend the program; the two texts are
 * optional. The mentee also says where they stand with work — employed in their field or in
 * another, which answers "is it in your field" — and their job title when employed; the mentor
 * says whether they would mentor again.
 */
public record ExitInterviewAnswers(Integer satisfaction, GoalsReached goalsReached, String helpedMost,
		String couldBeBetter, Boolean wouldRecommend, EmploymentStatus employment, String jobTitle,
		Boolean wouldMentorAgain) {
}
