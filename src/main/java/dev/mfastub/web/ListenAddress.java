package dev.mfastub.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the server listens ({@code server.address}): on loopback only, the default, or
 * beyond. What a request may do depends on it: on loopback the control plane is open and
 * the {@code Host} header must name this machine.
 */
@Component
public final class ListenAddress {

	private final String address;

	private final boolean loopback;

	ListenAddress(@Value("${server.address:}") String address) {
		this.address = address;
		this.loopback = isLoopback(address);
	}

	/** Whether only this machine can reach the server. */
	public boolean loopback() {
		return this.loopback;
	}

	/** The configured address, or "all interfaces". */
	public String describe() {
		return this.address.isBlank() ? "all interfaces" : this.address;
	}

	private static boolean isLoopback(String address) {
		if (address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			// A name that does not resolve cannot be listened on: the server fails to
			// start on it anyway.
			return false;
		}
	}

}
