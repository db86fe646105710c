package dev.mfastub.user;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.mfastub.web.Links.Link;

/**
 * A page of users: {@code count} is how many match in all, {@code size} how many this
 * page holds; {@code _links.next} is present while more remain, {@code _links.prev} while
 * some came before.
 */
@JsonPropertyOrder({ "_links", "_embedded", "count", "size" })
record UserListResponse(@JsonProperty("_links") PageLinks links, @JsonProperty("_embedded") Embedded embedded,
		long count, int size) {

	record PageLinks(Link self, Link next, Link prev) {

	}

	record Embedded(List<UserResponse> users) {

	}

}
