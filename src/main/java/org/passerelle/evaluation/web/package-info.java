/**
 * The pages and REST API of employment follow-ups, the employment history and academic admissions.
 */
package org.passerelle.evaluation.web;
