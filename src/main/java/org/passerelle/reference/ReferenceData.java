package org.passerelle.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.passerelle.core.ExpiringCache;
import org.passerelle.core.Language;
import org.passerelle.core.PostalCode;
import org.passerelle.core.Province;
import org.passerelle.core.TextFiles;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reference data every module reads — occupations (NOC 2021), industries (NAICS 2022),
 * spoken languages and postal areas — and the importers of the files Statistics Canada publishes.
 * Imports are all-or-nothing.
 */
@Service
@Transactional
public class ReferenceData {

	/** The most classes one search gives: enough for every class of a level, the 923 Canadian industries included. */
	public static final int MAXIMUM_RESULTS = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batchJdbc;

	private final AccessPolicy policy;

	private final List<SpokenLanguage> languages;

	ReferenceData(JdbcClient jdbc, NamedParameterJdbcTemplate batchJdbc, AccessPolicy policy, Clock clock) {
		this.found = new ExpiringCache<>(clock, Duration.ofMinutes(5), 20_000);
		this.jdbc = jdbc;
		this.batchJdbc = batchJdbc;
		this.policy = policy;
		this.languages = loadLanguages();
	}

	/** One class of a classification, if known. */
	@Transactional(readOnly = true)
	public Optional<ClassificationClass> find(Classification classification, String code) {
		var stripped = code == null ? "" : code.strip();
		return found.get(classification.name() + ':' + stripped,
				key -> jdbc.sql("select * from classification_class where classification = ? and code = ?")
					.param(classification.name())
					.param(stripped)
					.query(ReferenceData::toClass)
					.optional());
	}

	/**
	 * The classes read lately (labels of suggestions' reasons, of proposals, read many times a
	 * second): forgotten when this node writes classes, and after a few minutes, for the classes
	 * another node imported.
	 */
	private final ExpiringCache<String, Optional<ClassificationClass>> found;

	/** Forgets the classes read, now and when the transaction that writes ends (committed or not). */
	private void forgetFound() {
		found.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					found.clear();
				}
			});
		}
	}

	/** A class and every class above it, from the broadest down to the class itself. */
	@Transactional(readOnly = true)
	public List<ClassificationClass> lineage(Classification classification, String code) {
		var lineage = new ArrayList<ClassificationClass>();
		var current = find(classification, code);
		while (current.isPresent()) {
			lineage.addFirst(current.get());
			current = current.get().parentCode() == null ? Optional.empty()
					: find(classification, current.get().parentCode());
		}
		return lineage;
	}

	/**
	 * Classes whose code starts with {@code query} or whose title, in either language, holds it;
	 * at one level when {@code level} is given; by code; at most {@link #MAXIMUM_RESULTS}.
	 */
	@Transactional(readOnly = true)
	public List<ClassificationClass> search(Classification classification, String query, Integer level, int limit) {
		var text = query == null ? "" : query.strip();
		return jdbc.sql("""
				select * from classification_class
				where classification = :classification and (:level::int is null or level = :level::int)
				  and (:text = '' or code like :text || '%'
				       or passerelle_fold(coalesce(title_en, '') || ' ' || coalesce(title_fr, ''))
				          like '%' || passerelle_fold(:text) || '%')
				order by code limit :limit""")
			.param("classification", classification.name())
			.param("level", level)
			.param("text", text)
			.param("limit", Math.max(1, Math.min(limit, MAXIMUM_RESULTS)))
			.query(ReferenceData::toClass)
			.list();
	}

	/** How many classes of a classification are known. */
	@Transactional(readOnly = true)
	public long count(Classification classification) {
		return jdbc.sql("select count(*) from classification_class where classification = ?")
			.param(classification.name())
			.query(Long.class)
			.single();
	}

	/** The area of a postal code, if its forward sortation area is known. */
	@Transactional(readOnly = true)
	public Optional<PostalArea> area(PostalCode postalCode) {
		return area(postalCode.forwardSortationArea());
	}

	@Transactional(readOnly = true)
	public Optional<PostalArea> area(String forwardSortationArea) {
		return jdbc.sql("select * from postal_area where code = ?")
			.param(forwardSortationArea.toUpperCase(Locale.ROOT))
			.query((rs, row) -> new PostalArea(rs.getString("code"), rs.getString("city"),
					Province.valueOf(rs.getString("province")), rs.getDouble("latitude"), rs.getDouble("longitude")))
			.optional();
	}

	@Transactional(readOnly = true)
	public long countPostalAreas() {
		return jdbc.sql("select count(*) from postal_area").query(Long.class).single();
	}

	/** The languages people speak, by their English name. */
	public List<SpokenLanguage> languages() {
		return languages;
	}

	/** A language people speak, by its code in any form {@link Language#primaryCode(String)} reads. */
	public Optional<SpokenLanguage> language(String code) {
		var primary = Language.primaryCode(code);
		return languages.stream().filter(language -> language.code().equals(primary)).findFirst();
	}

	/**
	 * Imports a classification structure file in English or in French (administrators). Titles of
	 * the file's language are added or replaced; those of the other language are kept.
	 */
	public ImportReport importClassification(Actor actor, Classification classification, byte[] file) {
		policy.require(policy.mayManageReferenceData(actor));
		return importClassification(classification, TextFiles.decode(file));
	}

	/** Imports forward sortation areas with their centres (administrators). */
	public ImportReport importPostalAreas(Actor actor, byte[] file) {
		policy.require(policy.mayManageReferenceData(actor));
		return importPostalAreas(TextFiles.decode(file));
	}

	ImportReport importClassification(Classification classification, String text) {
		lockImports();
		var known = knownCodes(classification, null);
		var parsed = ClassificationFile.read(classification, text, known);
		var title = titleColumn(parsed.language());
		var definition = definitionColumn(parsed.language());
		write(classification, parsed.rows(), """
				on conflict (classification, code) do update
				set level = excluded.level, parent_code = excluded.parent_code,
				    %1$s = excluded.%1$s, %2$s = coalesce(excluded.%2$s, classification_class.%2$s)"""
			.formatted(title, definition), parsed.language());
		int added = (int) parsed.rows().stream().filter(row -> !known.contains(row.code())).count();
		return new ImportReport(parsed.rows().size(), added, parsed.rows().size() - added, 0);
	}

	/**
	 * Adds what a shipped file knows and the installation does not: classes not stored yet, and the
	 * file's titles and definitions where a stored class has none in that language. Never replaces
	 * what is stored, so that an installation which imported Statistics Canada's files keeps them,
	 * and one which started with an excerpt gains the rest.
	 * @return how many classes were added or given a title in the file's language
	 */
	int seedClassification(Classification classification, String text) {
		lockImports();
		var known = knownCodes(classification, null);
		var parsed = ClassificationFile.read(classification, text, known);
		var titled = knownCodes(classification, parsed.language());
		var missing = parsed.rows().stream().filter(row -> !titled.contains(row.code())).toList();
		var title = titleColumn(parsed.language());
		var definition = definitionColumn(parsed.language());
		write(classification, missing, """
				on conflict (classification, code) do update
				set %1$s = coalesce(classification_class.%1$s, excluded.%1$s),
				    %2$s = coalesce(classification_class.%2$s, excluded.%2$s)""".formatted(title, definition),
				parsed.language());
		return missing.size();
	}

	private void lockImports() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('reference-import'))").query(Object.class).single();
	}

	/** The codes stored, or with {@code titledIn}, those that have a title in that language. */
	private Set<String> knownCodes(Classification classification, Language titledIn) {
		var condition = titledIn == null ? "" : " and " + titleColumn(titledIn) + " is not null";
		return new HashSet<>(jdbc.sql("select code from classification_class where classification = ?" + condition)
			.param(classification.name())
			.query(String.class)
			.list());
	}

	/** Writes rows in one batch: some 2,800 classes load in a fraction of a second. */
	private void write(Classification classification, List<ClassificationFile.Row> rows, String onConflict,
			Language language) {
		var sql = """
				insert into classification_class (classification, code, level, parent_code, %s, %s)
				values (:classification, :code, :level, :parent, :title, :definition)
				""".formatted(titleColumn(language), definitionColumn(language)) + onConflict;
		var batch = rows.stream()
			.map(row -> new MapSqlParameterSource().addValue("classification", classification.name())
				.addValue("code", row.code())
				.addValue("level", row.level())
				.addValue("parent", row.parentCode())
				.addValue("title", row.title())
				.addValue("definition", row.definition()))
			.toArray(SqlParameterSource[]::new);
		if (batch.length > 0) {
			forgetFound();
			batchJdbc.batchUpdate(sql, batch);
		}
	}

	private static String titleColumn(Language language) {
		return language == Language.EN ? "title_en" : "title_fr";
	}

	private static String definitionColumn(Language language) {
		return language == Language.EN ? "definition_en" : "definition_fr";
	}

	ImportReport importPostalAreas(String text) {
		var parsed = PostalAreaFile.read(text);
		var areas = parsed.areas();
		var known = new HashSet<>(jdbc.sql("select code from postal_area").query(String.class).list());
		int added = 0;
		for (var area : areas) {
			if (!known.contains(area.code())) {
				added++;
			}
			jdbc.sql("""
					insert into postal_area (code, city, province, latitude, longitude) values (?, ?, ?, ?, ?)
					on conflict (code) do update set city = excluded.city, province = excluded.province,
					  latitude = excluded.latitude, longitude = excluded.longitude""")
				.params(area.code(), area.city(), area.province().name(), area.latitude(), area.longitude())
				.update();
		}
		return new ImportReport(areas.size() + parsed.outsideCanada(), added, areas.size() - added,
				parsed.outsideCanada());
	}

	private static ClassificationClass toClass(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ClassificationClass(Classification.valueOf(rs.getString("classification")), rs.getString("code"),
				rs.getInt("level"), rs.getString("parent_code"), rs.getString("title_en"), rs.getString("title_fr"),
				rs.getString("definition_en"), rs.getString("definition_fr"));
	}

	private static List<SpokenLanguage> loadLanguages() {
		try (var reader = new InputStreamReader(new ClassPathResource("reference/languages.csv").getInputStream(),
				StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.stream()
				.map(record -> new SpokenLanguage(record.get("code"), record.get("en"), record.get("fr")))
				.sorted(java.util.Comparator.comparing(SpokenLanguage::nameEn))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The list of languages cannot be read", ex);
		}
	}
}
