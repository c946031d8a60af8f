/**
 * Who people are and what they may do: user accounts with their role and organisation, sign-in,
 * language preference, and the access policy that scopes every query.
 */
@ApplicationModule(allowedDependencies = { "core" })
package org.passerelle.identity;

import org.springframework.modulith.ApplicationModule;
