/**
 * The pages and REST endpoints of identity: sign-in, language switch, one's own account, and the
 * administration of user accounts.
 */
package org.passerelle.identity.web;
