package dev.mfastub.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PingOne admin roles a worker app can hold, by the names PingOne shows.
 */
public enum Role {

	ENVIRONMENT_ADMIN("Environment Admin", true), IDENTITY_ADMIN("Identity Admin", true),
	IDENTITY_DATA_READ_ONLY("Identity Data Read Only", false);

	private final String displayName;

	private final boolean writes;

	Role(String displayName, boolean writes) {
		this.displayName = displayName;
		this.writes = writes;
	}

	/** The name PingOne shows, also used in seeds and the control plane. */
	public String displayName() {
		return this.displayName;
	}

	/** Whether the role may change data, not only read it. */
	public boolean writes() {
		return this.writes;
	}

	/**
	 * The role with this display name.
	 * @param displayName as PingOne shows it
	 * @return the role, or empty when there is none by that name
	 */
	public static Optional<Role> named(String displayName) {
		return Arrays.stream(values()).filter((role) -> role.displayName.equals(displayName)).findFirst();
	}

}
