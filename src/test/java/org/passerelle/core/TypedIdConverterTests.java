package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.support.DefaultConversionService;

class TypedIdConverterTests {

	private final DefaultConversionService conversions = new DefaultConversionService();

	TypedIdConverterTests() {
		conversions.addConverter(new TypedIdConverter());
	}

	@Test
	void readsAnyModulesIdFromItsUuid() {
		var uuid = UUID.randomUUID();
		assertThat(conversions.convert(uuid.toString(), OrganisationId.class)).isEqualTo(new OrganisationId(uuid));
	}

	@Test
	void readsNothingFromABlankText() {
		assertThat(conversions.convert(" ", OrganisationId.class)).isNull();
	}

	@Test
	void refusesATextThatIsNotAUuid() {
		assertThatThrownBy(() -> conversions.convert("abc", OrganisationId.class))
			.isInstanceOf(ConversionFailedException.class);
	}

	@Test
	void leavesOtherRecordsAlone() {
		assertThat(TypedIdConverter.isTypedId(OrganisationId.class)).isTrue();
		assertThat(TypedIdConverter.isTypedId(Reference.class)).isFalse();
		assertThat(TypedIdConverter.isTypedId(TwoPartsId.class)).isFalse();
		assertThat(conversions.canConvert(String.class, Reference.class)).isFalse();
	}

	record Reference(UUID value) {
	}

	record TwoPartsId(UUID value, String label) {
	}
}
