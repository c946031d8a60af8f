/** The privacy module's pages and REST API: the incident register and the audit trail. */
package org.passerelle.privacy.web;
