/**
 * The pages and REST API of evaluation: employment follow-ups, the employment history and academic
 * admissions, questionnaires — their builder, moments, answers (signed in, by phone or by link) and
 * results.
 */
package org.passerelle.evaluation.web;
