/**
 * Privacy by law (Québec's Law 25, PIPEDA): the register of confidentiality incidents kept by the
 * privacy officer, and the append-only audit trail of who viewed, downloaded, exported or changed a
 * person's data, which the privacy officer searches and each person reads for their own file; each
 * person's download of their own data, and the requests about it (access, rectification,
 * portability) handled on their behalf within 30 days.
 */
@ApplicationModule(allowedDependencies = { "core", "identity", "participant", "program" })
package org.passerelle.privacy;

import org.springframework.modulith.ApplicationModule;
