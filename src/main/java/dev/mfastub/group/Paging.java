package dev.mfastub.group;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.mfastub.user.PageCursor;

/**
 * Cursor paging over a list already in id order, as the user list pages: at most
 * {@code limit} items after (or before) the cursor's id, with cursors to the pages on
 * either side while there are any.
 *
 * @param <T> what is listed
 * @param items this page's items, in id order
 * @param count how many match in all
 * @param next where the next page starts, or {@code null} on the last
 * @param previous where the page before ends, or {@code null} on the first
 */
record Paging<T>(List<T> items, long count, PageCursor next, PageCursor previous) {

	/**
	 * The databases' order of ids (their bytes, unsigned), which is that of their
	 * canonical text; {@link UUID#compareTo} compares signed halves.
	 */
	static final Comparator<UUID> ORDER = Comparator.comparing(UUID::toString);

	static <T> Paging<T> of(List<T> all, Function<T, UUID> id, int limit, PageCursor cursor) {
		int from = 0;
		int to = all.size();
		if (cursor != null) {
			int index = 0;
			while (index < all.size() && ORDER.compare(id.apply(all.get(index)), cursor.from()) < 0) {
				index++;
			}
			boolean at = index < all.size() && id.apply(all.get(index)).equals(cursor.from());
			if (cursor.forward()) {
				from = at ? index + 1 : index;
				to = Math.min(all.size(), from + limit);
			}
			else {
				to = index;
				from = Math.max(0, to - limit);
			}
		}
		else {
			to = Math.min(all.size(), limit);
		}
		List<T> items = List.copyOf(all.subList(from, Math.max(from, to)));
		PageCursor next = (to < all.size() && !items.isEmpty())
				? PageCursor.after(id.apply(items.get(items.size() - 1))) : null;
		PageCursor previous = (from > 0 && !items.isEmpty()) ? PageCursor.before(id.apply(items.get(0))) : null;
		return new Paging<>(items, all.size(), next, previous);
	}

}
