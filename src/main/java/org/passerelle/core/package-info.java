/**
 * Shared kernel: the embedded database, time, locale-aware formatting, problem details and the
 * exceptions every module raises.
 */
@ApplicationModule(allowedDependencies = {})
package org.passerelle.core;

import org.springframework.modulith.ApplicationModule;
