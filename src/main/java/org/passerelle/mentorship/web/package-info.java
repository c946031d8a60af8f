/**
 * The pages and the REST API of mentorships.
 */
package org.passerelle.mentorship.web;
