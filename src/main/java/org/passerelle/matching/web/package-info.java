/**
 * The pages and the REST API of matching: suggestions, pool runs, proposals, the agreement and the
 * questionnaire.
 */
package org.passerelle.matching.web;
