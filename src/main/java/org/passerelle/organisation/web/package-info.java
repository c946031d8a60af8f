/**
 * The pages and REST endpoints of organisations, their sites and contacts.
 */
package org.passerelle.organisation.web;
