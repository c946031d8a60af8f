/**
 * Matching: scores mentor–mentee pairs with the reasons, excludes pairs that break a hard rule,
 * suggests the best partners, assigns a whole waiting pool optimally, and carries proposals to a
 * signed mentoring agreement.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "participant", "program", "reference" })
package org.passerelle.matching;

import org.springframework.modulith.ApplicationModule;
