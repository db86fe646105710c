package dev.mfastub.organization;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import dev.mfastub.organization.LicenseFilterGrammar.LicenseView;
import dev.mfastub.organization.OrganizationService.Organization;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.Links.Link;
import dev.mfastub.web.Links;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/organizations/{orgID}}: the organization and its licenses, read-only, for an
 * app with Organization Admin or Environment Admin over it.
 */
@RestController
@Tag(name = "Organizations")
@RequestMapping("/v1/organizations/{organizationId}")
class OrganizationController {

	/** Every region PingOne's license model names. */
	private static final List<String> REGIONS = List.of("AP", "AU", "CA", "EU", "NORTH_AMERICA", "SG");

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	OrganizationResponse organization(@PathVariable UUID organizationId, HttpServletRequest request) {
		Organization organization = require(organizationId);
		String self = Links.base(request) + "/v1/organizations/" + organizationId;
		return new OrganizationResponse(
				new OrganizationLinks(new Link(self), new Link(self + "/environments"), new Link(self + "/licenses")),
				organization.id(), organization.name(),
				"The top-level Organization which contains all Environments for " + organization.name() + ".",
				organization.createdAt(), organization.createdAt(), "PAID");
	}

	@GetMapping("/licenses")
	LicensesResponse licenses(@PathVariable UUID organizationId, @RequestParam(required = false) String filter,
			HttpServletRequest request) {
		Organization organization = require(organizationId);
		String base = Links.base(request);
		LicenseResponse license = LicenseResponse.of(base, organization);
		List<LicenseResponse> licenses = (filter == null
				|| LicenseFilterGrammar.parse(filter).test(new LicenseView(license.status(), license.beginsAt())))
						? List.of(license) : List.of();
		String self = base + "/v1/organizations/" + organizationId + "/licenses";
		String query = Links.query(request);
		return new LicensesResponse(new ListLinks(new Link((query != null) ? self + "?" + query : self)),
				new EmbeddedLicenses(licenses), licenses.size(), licenses.size());
	}

	@GetMapping("/licenses/{licenseId}")
	LicenseResponse license(@PathVariable UUID organizationId, @PathVariable UUID licenseId,
			HttpServletRequest request) {
		Organization organization = require(organizationId);
		if (!organization.licenseId().equals(licenseId)) {
			throw ApiException.notFound();
		}
		return LicenseResponse.of(Links.base(request), organization);
	}

	private Organization require(UUID organizationId) {
		return this.organizations.find(organizationId).orElseThrow(ApiException::notFound);
	}

	/**
	 * An organization.
	 *
	 * @param links its own, its environments' and its licenses'
	 * @param id its id
	 * @param name its name
	 * @param description what it is
	 * @param createdAt when its first environment was made
	 * @param updatedAt the same: nothing about it changes
	 * @param type {@code PAID}: its license allows production environments
	 */
	record OrganizationResponse(@JsonProperty("_links") OrganizationLinks links, UUID id, String name,
			String description, Instant createdAt, Instant updatedAt, String type) {

	}

	record OrganizationLinks(Link self, Link environments, Link licenses) {

	}

	/**
	 * The licenses of an organization: the one it has, if the filter keeps it.
	 *
	 * @param links its own link, with the query sent
	 * @param embedded the licenses
	 * @param count how many match
	 * @param size how many this page holds
	 */
	record LicensesResponse(@JsonProperty("_links") ListLinks links,
			@JsonProperty("_embedded") EmbeddedLicenses embedded, int count, int size) {

	}

	record ListLinks(Link self) {

	}

	record EmbeddedLicenses(List<LicenseResponse> licenses) {

	}

	/**
	 * A license, with the entitlements the stub honours.
	 *
	 * @param links its own and its organization's
	 * @param id its id
	 * @param name its name
	 * @param licensePackage the license template, {@code package}
	 * @param status {@code ACTIVE}
	 * @param beginsAt when it began: when the organization's first environment was made
	 * @param expiresAt when it ends
	 * @param assignedEnvironmentsCount the environments that use it
	 * @param organization the organization it belongs to
	 * @param environments what environments it allows
	 * @param mfa which MFA methods it allows
	 */
	record LicenseResponse(@JsonProperty("_links") LicenseLinks links, UUID id, String name,
			@JsonProperty("package") String licensePackage, String status, Instant beginsAt, Instant expiresAt,
			long assignedEnvironmentsCount, OrganizationRef organization, EnvironmentEntitlements environments,
			MfaEntitlements mfa) {

		static LicenseResponse of(String base, Organization organization) {
			String organizationHref = base + "/v1/organizations/" + organization.id();
			return new LicenseResponse(
					new LicenseLinks(new Link(organizationHref + "/licenses/" + organization.licenseId()),
							new Link(organizationHref)),
					organization.licenseId(), "STUB", "PREMIUM", "ACTIVE", organization.createdAt(),
					OrganizationService.LICENSE_END, organization.environments(),
					new OrganizationRef(organization.id()), new EnvironmentEntitlements(true, true, 1000, REGIONS),
					new MfaEntitlements(true, true, true, true, false, false));
		}

	}

	record LicenseLinks(Link self, Link organization) {

	}

	record OrganizationRef(UUID id) {

	}

	record EnvironmentEntitlements(boolean allowAddResources, boolean allowProduction, int max, List<String> regions) {

	}

	record MfaEntitlements(boolean allowEmailOtp, boolean allowSmsOtp, boolean allowVoiceOtp, boolean allowTotp,
			boolean allowPushNotification, boolean allowFido2Devices) {

	}

}
