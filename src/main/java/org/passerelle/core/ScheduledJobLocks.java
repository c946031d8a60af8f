package org.passerelle.core;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job runs under a lock held in PostgreSQL (ShedLock, table
 * {@code scheduled_job_lock}), so that when several nodes share the database one only runs it.
 * The lock is taken before the job's transaction begins and given back after it commits
 * (the highest precedence among the advisors), so that the next holder sees what the job wrote;
 * lock times are the database's, whatever each node's clock says. See
 * {@code docs/decisions/0015-several-nodes.md}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class ScheduledJobLocks {

	static final String TABLE = "scheduled_job_lock";

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(TABLE)
			.usingDbTime()
			.build());
	}
}
