package org.passerelle.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A person's home: the items they have to do next, those of each program together in the order
 * of the programs, and the programs they coordinate where there is nothing to do.
 */
public record Home(List<HomeItem> items, List<HomeItem.Program> quietPrograms) {

	public Home {
		items = List.copyOf(items);
		quietPrograms = List.copyOf(quietPrograms);
	}

	/** The items by program, as the page shows them: those of no program first, then each program's. */
	public List<Section> sections() {
		var sections = new LinkedHashMap<HomeItem.Program, List<HomeItem>>();
		sections.put(null, new ArrayList<>());
		items.forEach(item -> sections.computeIfAbsent(item.kind().perProgram() ? item.program() : null,
				program -> new ArrayList<>()).add(item));
		return sections.entrySet()
			.stream()
			.filter(section -> !section.getValue().isEmpty())
			.map(section -> new Section(section.getKey(), section.getValue()))
			.toList();
	}

	/** Whether the page names the programs: when the items and the quiet programs span more than one. */
	public boolean severalPrograms() {
		return sections().stream().filter(section -> section.program() != null).count() + quietPrograms.size() > 1;
	}

	/** The items of one program, or of none. */
	public record Section(HomeItem.Program program, List<HomeItem> items) {
	}
}
