package dev.mfastub.auth;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The text {@link StrictHttpFirewall} lets through in header names, header values and
 * parameter names, judged as its default regexes judge it, without a regex: those ran on
 * every header read and took 5.2% of an API request's CPU in a profile. Printable ASCII,
 * nearly all of any request, passes at a glance; any other character is judged by its
 * code point as the regexes do (a lone surrogate is a code point of its own, assigned and
 * not a control, so it passes, as it does there). {@code FirewallTextTest} holds each
 * check to its regex over every code point.
 */
final class FirewallText {

	private FirewallText() {
	}

	/**
	 * A header value: {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}.
	 * @param value the value, not null
	 * @return whether the firewall lets it through
	 */
	static boolean isHeaderValue(String value) {
		return allowed(value, true);
	}

	/**
	 * A header or parameter name: {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}.
	 * @param name the name, not null
	 * @return whether the firewall lets it through
	 */
	static boolean isName(String name) {
		return allowed(name, false);
	}

	private static boolean allowed(String text, boolean tab) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c >= 0x20 && c <= 0x7E) {
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
