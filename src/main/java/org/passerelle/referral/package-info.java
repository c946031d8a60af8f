/**
 * Referrals: partner agencies refer their clients to programs; coordinators admit them or return
 * the referral with the criteria it failed; every change is dated and attributed, and counted per
 * agency.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "participant", "program", "reference" })
package org.passerelle.referral;

import org.springframework.modulith.ApplicationModule;
