/**
 * Matching: scores mentor–mentee pairs with the reasons, excludes pairs that break a hard rule,
 * suggests the best partners, assigns a whole waiting pool optimally, and carries proposals to a
 * signed mentoring agreement.
 */
package org.passerelle.matching;
