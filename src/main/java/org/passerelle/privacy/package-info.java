/**
 * Privacy by law (Québec's Law 25, PIPEDA): the register of confidentiality incidents kept by the
 * privacy officer, and the append-only audit trail of who viewed, downloaded, exported or changed a
 * person's data, which the privacy officer searches and each person reads for their own file.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "participant", "program" })
package org.passerelle.privacy;

import org.springframework.modulith.ApplicationModule;
