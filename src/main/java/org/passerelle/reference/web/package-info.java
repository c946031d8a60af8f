/**
 * The pages and REST endpoints of reference data: finding occupations, industries, languages and
 * postal areas, and importing Statistics Canada's files.
 */
package org.passerelle.reference.web;
