package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.core.NotFoundException;
import org.passerelle.core.OrganisationId;

class AccessPolicyTests {

	final AccessPolicy policy = new AccessPolicy();

	final OrganisationId agency = new OrganisationId(UUID.randomUUID());

	final OrganisationId otherAgency = new OrganisationId(UUID.randomUUID());

	Actor actor(Role role) {
		return new Actor(new UserId(UUID.randomUUID()), role.name() + "@example.org", role, agency);
	}

	@Test
	void administratorsAndCoordinatorsSeeEveryOrganisationOthersOnlyTheirOwn() {
		for (var role : Role.values()) {
			var scope = policy.organisationsVisibleTo(actor(role));
			var seesOther = policy.includes(scope, otherAgency, null);
			assertThat(seesOther).as(role.name()).isEqualTo(role == Role.ADMIN || role == Role.COORDINATOR);
			assertThat(policy.includes(scope, agency, null)).as(role.name()).isTrue();
		}
	}

	@Test
	void mentorsAndMenteesSeeOnlyTheirOwnAccount() {
		for (var role : new Role[] { Role.MENTOR, Role.MENTEE }) {
			var actor = actor(role);
			var scope = policy.usersVisibleTo(actor);
			assertThat(policy.includes(scope, agency, actor.userId())).isTrue();
			assertThat(policy.includes(scope, agency, new UserId(UUID.randomUUID()))).isFalse();
		}
	}

	@Test
	void staffSeeTheAccountsOfTheirOrganisationOnly() {
		for (var role : new Role[] { Role.COORDINATOR, Role.REFERRAL_PARTNER, Role.EMPLOYER, Role.FUNDER }) {
			var scope = policy.usersVisibleTo(actor(role));
			assertThat(policy.includes(scope, agency, new UserId(UUID.randomUUID()))).as(role.name()).isTrue();
			assertThat(policy.includes(scope, otherAgency, new UserId(UUID.randomUUID()))).as(role.name()).isFalse();
		}
	}

	@Test
	void onlyAdministratorsManage() {
		for (var role : Role.values()) {
			assertThat(policy.mayManageOrganisations(actor(role))).isEqualTo(role == Role.ADMIN);
			assertThat(policy.mayManageUsers(actor(role))).isEqualTo(role == Role.ADMIN);
		}
	}

	@Test
	void thePrivacyOfficerKeepsTheRegisterAndTheAuditTrailButSeesNoOnesRecord() {
		var officer = actor(Role.PRIVACY_OFFICER);
		assertThat(policy.participantsVisibleTo(officer)).isEqualTo(Scope.nothing());
		assertThat(policy.referralsVisibleTo(officer)).isEqualTo(Scope.nothing());
		assertThat(policy.programsVisibleTo(officer)).isEqualTo(Scope.nothing());
		for (var role : Role.values()) {
			assertThat(policy.mayManageIncidents(actor(role))).as(role.name()).isEqualTo(role == Role.PRIVACY_OFFICER);
			assertThat(policy.mayReadIncidents(actor(role))).as(role.name())
				.isEqualTo(role == Role.PRIVACY_OFFICER || role == Role.ADMIN);
			assertThat(policy.mayReadAuditTrail(actor(role))).as(role.name()).isEqualTo(role == Role.PRIVACY_OFFICER);
		}
	}

	@Test
	void outOfScopeAndAbsentAreTheSameNotFound() {
		assertThatThrownBy(() -> policy.requireVisible(Optional.of("record"), record -> false, "thing", 1))
			.isInstanceOf(NotFoundException.class)
			.hasMessage("thing 1 not found");
		assertThatThrownBy(() -> policy.requireVisible(Optional.empty(), record -> true, "thing", 1))
			.isInstanceOf(NotFoundException.class)
			.hasMessage("thing 1 not found");
	}
}
