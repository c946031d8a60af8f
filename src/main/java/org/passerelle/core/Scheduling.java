package org.passerelle.core;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (outbox, reminders, retention, backups, event resubmission) run on their
 * schedule unless {@code passerelle.scheduling.enabled=false}: the tests turn them off and call a
 * job's method when they mean it to run, so that no job started by the clock of the wall acts in
 * the middle of another test.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "passerelle.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class Scheduling {
}
