package org.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several nodes share one database, and each runs the same schedule: a job without a ShedLock lock
 * would run once per node (two reminders, two destructions). A new {@code @Scheduled} method fails
 * here until it has its {@code @SchedulerLock}, under a name of its own.
 */
class ScheduledJobRulesTests {

	private final JavaClasses classes = ImportedClasses.main();

	@Test
	void everyScheduledJobRunsUnderALock() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.because("several nodes run the same schedule on one database (docs/decisions/0015-several-nodes.md)")
			.check(classes);
	}

	@Test
	void eachJobHasALockOfItsOwn() {
		var names = classes.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isAnnotatedWith(SchedulerLock.class))
			.map(method -> method.getAnnotationOfType(SchedulerLock.class).name())
			.toList();
		assertThat(names).isNotEmpty().doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
	}
}
