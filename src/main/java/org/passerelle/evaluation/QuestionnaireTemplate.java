package org.passerelle.evaluation;

import java.util.Arrays;
import java.util.List;

import org.passerelle.evaluation.QuestionnaireDraft.Question;
import org.passerelle.evaluation.QuestionnaireMoment.Draft;
import org.passerelle.evaluation.QuestionnaireMoment.Kind;

/**
 * The questionnaires a program creates in one click, with their moments, drawn from the seed
 * documents: Québec pluriel's yearly questionnaire to its mentors (000: preparation for the match,
 * the liaison officer's support, training, flexible meetings, the experience, taking part again),
 * OCISO's monthly evaluation (003: interviews obtained, events attended, changes in the professional
 * situation, overall satisfaction, perception of the mentoring process), a closure survey after
 * MENTOR's Elements of Effective Practice for Mentoring (goals, match, training, support, a closure
 * talked about and marked, contact after), and a relationship-quality pulse at 30 days then every 60.
 * Coordinators change them afterwards like any questionnaire.
 */
public enum QuestionnaireTemplate {

	QUEBEC_PLURIEL_MENTORS_YEARLY("Questionnaire annuel des mentors", "Mentors' yearly questionnaire",
			List.of(new Draft(Kind.YEARLY_FOR_MENTORS, QuestionnaireAudience.MENTORS, null, null, null, 6, 30)),
			scale("La préparation au jumelage (guide, fiches, première rencontre) vous a-t-elle bien préparé à votre rôle de mentor ?",
					"Did the preparation for the match (guide, sheets, first meeting) prepare you well for your role as a mentor?",
					null),
			scale("Le soutien de l’agent de liaison a-t-il été utile, pour vous et pour votre mentoré ?",
					"Was the liaison officer’s support helpful, to you and to your mentee?", null),
			scale("Les activités de formation offertes aux mentors étaient-elles pertinentes ?",
					"Were the training activities offered to mentors relevant?", null),
			scale("La flexibilité des rencontres vous a-t-elle convenu ?", "Did the flexibility of the meetings suit you?",
					null),
			scale("Votre expérience professionnelle correspondait-elle aux besoins de votre mentoré ?",
					"Did your professional experience match your mentee’s needs?", QuestionTag.MATCH_FIT),
			scale("Dans l’ensemble, avez-vous apprécié votre expérience de mentor ?",
					"Overall, did you enjoy your experience as a mentor?", QuestionTag.SATISFACTION),
			yesNo("Souhaitez-vous participer de nouveau au programme comme mentor ?",
					"Would you take part in the program again as a mentor?"),
			text("Vos recommandations sur les outils de suivi des dyades", "Your recommendations on the tools used to follow the pairs"),
			text("Selon vous, en quoi le programme est-il utile aux nouveaux arrivants ?",
					"In your view, how is the program useful to newcomers?")),

	OCISO_MONTHLY("Évaluation mensuelle", "Monthly evaluation",
			List.of(new Draft(Kind.DURING, QuestionnaireAudience.BOTH, 30, 30, null, null, null)),
			new Question(QuestionType.NUMBER, "Combien de rencontres de mentorat avez-vous eues ce mois-ci ?",
					"How many mentoring meetings did you have this month?", true, null, List.of()),
			new Question(QuestionType.NUMBER, "Combien d’entrevues d’emploi le mentoré a-t-il obtenues ce mois-ci ?",
					"How many job interviews did the mentee get this month?", false, null, List.of()),
			new Question(QuestionType.MULTIPLE_CHOICE, "À quels événements le mentoré a-t-il participé ce mois-ci ?",
					"Which events did the mentee attend this month?", false, null,
					List.of(new QuestionChoice("Activité de réseautage", "Networking event"),
							new QuestionChoice("Atelier", "Workshop"),
							new QuestionChoice("Formation", "Training"),
							new QuestionChoice("Salon de l’emploi", "Job fair"))),
			new Question(QuestionType.SINGLE_CHOICE, "La situation professionnelle du mentoré a-t-elle changé ce mois-ci ?",
					"Did the mentee’s work situation change this month?", true, null,
					List.of(new QuestionChoice("Aucun changement", "No change"),
							new QuestionChoice("Emploi dans son domaine", "A job in their field"),
							new QuestionChoice("Emploi hors de son domaine", "A job outside their field"),
							new QuestionChoice("Début d’une formation", "Started a training"),
							new QuestionChoice("Autre", "Other"))),
			scale("Êtes-vous satisfait de votre participation au programme ?",
					"How satisfied are you with taking part in the program?", QuestionTag.SATISFACTION),
			scale("Comment percevez-vous le déroulement de la relation de mentorat ?",
					"How do you see the mentoring relationship going?", QuestionTag.RELATIONSHIP_QUALITY),
			text("Commentaires", "Comments")),

	CLOSURE_EFFECTIVE_PRACTICE("Sondage de fin de relation", "End-of-relationship survey",
			List.of(new Draft(Kind.AT_CLOSURE, QuestionnaireAudience.BOTH, null, null, null, null, null)),
			scale("Dans quelle mesure les objectifs fixés au début de la relation ont-ils été atteints ?",
					"How far were the goals set at the start of the relationship reached?", QuestionTag.GOALS),
			scale("Le jumelage vous convenait-il (domaine, attentes, disponibilités) ?",
					"Did the match suit you (field, expectations, availability)?", QuestionTag.MATCH_FIT),
			scale("La formation reçue avant le jumelage vous a-t-elle préparé à la relation ?",
					"Did the training before the match prepare you for the relationship?", null),
			scale("Le soutien et le suivi du programme pendant la relation vous ont-ils aidé ?",
					"Did the program’s support and follow-up during the relationship help you?", null),
			yesNo("Avez-vous pu parler de la fin de la relation et la souligner avec l’autre personne ?",
					"Were you able to talk about the end of the relationship and mark it with the other person?"),
			new Question(QuestionType.SINGLE_CHOICE, "Comptez-vous rester en contact ?", "Do you intend to stay in touch?",
					true, null,
					List.of(new QuestionChoice("Oui, régulièrement", "Yes, regularly"),
							new QuestionChoice("De temps en temps", "Now and then"), new QuestionChoice("Non", "No"))),
			scale("Recommanderiez-vous le programme à une personne dans votre situation ?",
					"Would you recommend the program to someone in your situation?", QuestionTag.SATISFACTION),
			text("Qu’est-ce qui vous a le plus aidé, et qu’est-ce qui pourrait être amélioré ?",
					"What helped you most, and what could be better?")),

	RELATIONSHIP_PULSE("Pouls de la relation", "Relationship pulse",
			List.of(new Draft(Kind.DURING, QuestionnaireAudience.BOTH, 30, 60, null, null, null)),
			scale("Je me sens à l’aise avec mon mentor ou mon mentoré.", "I feel at ease with my mentor or mentee.",
					QuestionTag.RELATIONSHIP_QUALITY),
			scale("Notre jumelage me convient.", "Our match suits me.", QuestionTag.MATCH_FIT),
			scale("Nous avançons vers les objectifs que nous nous sommes fixés.",
					"We are making progress toward the goals we set.", QuestionTag.GOALS),
			yesNo("Souhaitez-vous que la coordination communique avec vous ?",
					"Would you like the coordinator to get in touch with you?"),
			text("Autre chose à nous dire ?", "Anything else to tell us?"));

	private final QuestionnaireDraft draft;

	private final List<Draft> moments;

	QuestionnaireTemplate(String titleFr, String titleEn, List<Draft> moments, Question... questions) {
		this.draft = new QuestionnaireDraft(titleFr, titleEn, Arrays.asList(questions));
		this.moments = List.copyOf(moments);
	}

	/** The questionnaire's title and questions. */
	public QuestionnaireDraft draft() {
		return draft;
	}

	/** The moments it is attached to when created. */
	public List<Draft> moments() {
		return moments;
	}

	private static Question scale(String fr, String en, QuestionTag tag) {
		return new Question(QuestionType.SCALE, fr, en, true, tag, List.of());
	}

	private static Question yesNo(String fr, String en) {
		return new Question(QuestionType.YES_NO, fr, en, true, null, List.of());
	}

	private static Question text(String fr, String en) {
		return new Question(QuestionType.TEXT, fr, en, false, null, List.of());
	}
}
