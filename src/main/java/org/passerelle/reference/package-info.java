/**
 * Reference data and vocabularies: occupations (NOC 2021), industries (NAICS 2022), languages and
 * their benchmarks, immigration statuses, postal areas, loaded by importers of the official files.
 */
@ApplicationModule(allowedDependencies = { "core", "identity" })
package org.passerelle.reference;

import org.springframework.modulith.ApplicationModule;
