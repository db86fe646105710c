package dev.mfastub.auth;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.web.ApiException;
import dev.mfastub.web.Links;
import dev.mfastub.web.Links.Link;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PingOne's catalogue of built-in admin roles, {@code GET /v1/roles}: read-only, the same
 * for every organization, readable with any valid token.
 */
@RestController
@Tag(name = "Roles")
@RequestMapping("/v1/roles")
class RoleController {

	@GetMapping
	RolesResponse roles(HttpServletRequest request) {
		String base = Links.base(request);
		List<RoleResponse> roles = Arrays.stream(Role.values()).map((role) -> RoleResponse.of(base, role)).toList();
		return new RolesResponse(new RoleLinks(new Link(base + "/v1/roles")), new RolesResponse.EmbeddedRoles(roles),
				roles.size(), roles.size());
	}

	@GetMapping("/{roleId}")
	RoleResponse role(@PathVariable UUID roleId, HttpServletRequest request) {
		return RoleResponse.of(Links.base(request), Role.withId(roleId).orElseThrow(ApiException::notFound));
	}

	/**
	 * The catalogue.
	 *
	 * @param links its own link
	 * @param embedded the roles, in the order of PingOne's list of role names
	 * @param count how many there are
	 * @param size how many this page holds: all of them
	 */
	record RolesResponse(@JsonProperty("_links") RoleLinks links, @JsonProperty("_embedded") EmbeddedRoles embedded,
			int count, int size) {

		record EmbeddedRoles(List<RoleResponse> roles) {

		}

	}

	/**
	 * The links of a role or of the catalogue: only its own. (Named apart from other
	 * resources' link records: the OpenAPI document names schemas by simple name.)
	 *
	 * @param self its own link
	 */
	record RoleLinks(Link self) {

	}

	/**
	 * A built-in role.
	 *
	 * @param links its own link
	 * @param id its id, the same on every instance
	 * @param name the name PingOne's API gives it
	 * @param description what it is for
	 * @param applicableTo the scopes it can be assigned over
	 * @param type {@code PLATFORM}: built in, not a custom role
	 */
	record RoleResponse(@JsonProperty("_links") RoleLinks links, UUID id, String name, String description,
			List<RoleScope> applicableTo, String type) {

		static RoleResponse of(String base, Role role) {
			return new RoleResponse(new RoleLinks(new Link(base + "/v1/roles/" + role.id())), role.id(), role.apiName(),
					role.description(), role.applicableTo(), "PLATFORM");
		}

	}

}
