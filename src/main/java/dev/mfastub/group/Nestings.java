package dev.mfastub.group;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An environment's nestings as a graph, walked in memory: which groups a group is nested
 * in (its parents, up), and which are nested in it (its children, down). The service
 * refuses cycles, but every walk keeps track of where it has been all the same.
 */
final class Nestings {

	private final Map<UUID, List<UUID>> parents = new HashMap<>();

	private final Map<UUID, List<UUID>> children = new HashMap<>();

	private Nestings(List<GroupNesting> nestings) {
		for (GroupNesting nesting : nestings) {
			this.parents.computeIfAbsent(nesting.groupId(), (id) -> new ArrayList<>()).add(nesting.parentId());
			this.children.computeIfAbsent(nesting.parentId(), (id) -> new ArrayList<>()).add(nesting.groupId());
		}
	}

	static Nestings of(List<GroupNesting> nestings) {
		return new Nestings(nestings);
	}

	/** The groups and every group nested in them, at any depth. */
	Set<UUID> downFrom(Set<UUID> groups) {
		return walk(groups, (id) -> this.children.getOrDefault(id, List.of()));
	}

	/** The groups and every group they are nested in, at any depth. */
	Set<UUID> upFrom(Set<UUID> groups) {
		return walk(groups, (id) -> this.parents.getOrDefault(id, List.of()));
	}

	/** The longest chain of nestings below a group (0 when nothing is nested in it). */
	int depthBelow(UUID group) {
		return longest(group, (id) -> this.children.getOrDefault(id, List.of()), new HashMap<>(), new HashSet<>());
	}

	/** The longest chain of nestings above a group (0 when it is nested in nothing). */
	int depthAbove(UUID group) {
		return longest(group, (id) -> this.parents.getOrDefault(id, List.of()), new HashMap<>(), new HashSet<>());
	}

	private static Set<UUID> walk(Set<UUID> start, Function<UUID, List<UUID>> next) {
		Set<UUID> seen = new HashSet<>(start);
		Deque<UUID> todo = new ArrayDeque<>(start);
		while (!todo.isEmpty()) {
			for (UUID neighbour : next.apply(todo.pop())) {
				if (seen.add(neighbour)) {
					todo.push(neighbour);
				}
			}
		}
		return seen;
	}

	private static int longest(UUID group, Function<UUID, List<UUID>> next, Map<UUID, Integer> known,
			Set<UUID> onPath) {
		Integer depth = known.get(group);
		if (depth != null) {
			return depth;
		}
		onPath.add(group);
		int deepest = 0;
		for (UUID neighbour : next.apply(group)) {
			if (!onPath.contains(neighbour)) {
				deepest = Math.max(deepest, 1 + longest(neighbour, next, known, onPath));
			}
		}
		onPath.remove(group);
		known.put(group, deepest);
		return deepest;
	}

}
