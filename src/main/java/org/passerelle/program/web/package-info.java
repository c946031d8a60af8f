/**
 * The pages and REST endpoints of programs, their templates, criteria and coordinators.
 */
package org.passerelle.program.web;
