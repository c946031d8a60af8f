package org.passerelle.core;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AbstractAsyncConfiguration;

/**
 * Keeps the listeners of other modules' events where they have always run: right after the
 * publishing transaction commits, in the same thread, so that the page answering a signature
 * already shows the mentorship it started. The event publication registry (Spring Modulith's
 * events-core) would otherwise switch {@code @Async} on for every {@code @ApplicationModuleListener}
 * whenever no asynchronous configuration exists; this empty one is that configuration. Listeners
 * stay in their own transaction and a failed one is still kept in the registry and handed again
 * (ADR 0014). Making them asynchronous is a decision of its own: every test and page reading what a
 * listener writes must then wait for it.
 */
@Configuration(proxyBeanMethods = false)
class SynchronousListenersConfiguration extends AbstractAsyncConfiguration {
}
