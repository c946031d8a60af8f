/**
 * Referrals: partner agencies refer their clients to programs; coordinators admit them or return
 * the referral with the criteria it failed; every change is dated and attributed, and counted per
 * agency.
 */
package org.passerelle.referral;
