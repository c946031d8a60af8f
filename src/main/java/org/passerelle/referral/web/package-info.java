/**
 * The pages and REST endpoints of referrals: the agency's referrals and drafts, the
 * coordinator's decisions, documents, and referral counts per agency.
 */
package org.passerelle.referral.web;
