package dev.mfastub.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * How a request that carries more than one {@code Content-Type} value is read when one of
 * them is a PingOne vendor type ({@code application/vnd.pingidentity.*+json}), which
 * decides the operation. Ping's own Node.js SDK ({@code @pingone/nodejs-sdk-api}) sends
 * its password calls with its JSON default, {@code application/json}, and the operation's
 * vendor type, as two headers (or, through a client that joins them, one comma-joined
 * header):
 * <ul>
 * <li>{@code application/json} beside exactly one vendor type: the vendor type, and only
 * it, is the request's {@code Content-Type};</li>
 * <li>two different vendor types: the values joined, which no endpoint consumes (415);
 * </li>
 * <li>no vendor type among them: the request as it is.</li>
 * </ul>
 */
final class VendorContentType {

	private static final String VENDOR_PREFIX = "vnd.pingidentity.";

	private VendorContentType() {
	}

	/**
	 * The request as the rest of the stub reads it.
	 * @param request the request as it came
	 * @return it, or a view of it with one {@code Content-Type} as above
	 */
	static HttpServletRequest read(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.CONTENT_TYPE);
		if (headers == null) {
			return request;
		}
		List<String> values = new ArrayList<>();
		for (String header : Collections.list(headers)) {
			if (header.indexOf('"') >= 0) {
				// A quoted parameter may hold a comma: not a list this reads.
				return request;
			}
			for (String value : header.split(",", -1)) {
				values.add(value.trim());
			}
		}
		if (values.size() < 2) {
			return request;
		}
		Set<String> vendorTypes = new LinkedHashSet<>();
		for (String value : values) {
			MediaType type;
			try {
				type = MediaType.parseMediaType(value);
			}
			catch (InvalidMediaTypeException ex) {
				return request;
			}
			if (isVendorType(type)) {
				vendorTypes.add(value);
			}
			else if (!isPlainJson(type)) {
				return request;
			}
		}
		if (vendorTypes.isEmpty()) {
			return request;
		}
		return new OneContentType(request,
				(vendorTypes.size() == 1) ? vendorTypes.iterator().next() : String.join(", ", values));
	}

	private static boolean isVendorType(MediaType type) {
		return "application".equals(type.getType()) && type.getSubtype().startsWith(VENDOR_PREFIX)
				&& type.getSubtype().endsWith("+json");
	}

	private static boolean isPlainJson(MediaType type) {
		return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
				&& type.getParameters().keySet().stream().allMatch((name) -> name.equalsIgnoreCase("charset"));
	}

	/** The request with one {@code Content-Type}. */
	private static final class OneContentType extends HttpServletRequestWrapper {

		private final String contentType;

		OneContentType(HttpServletRequest request, String contentType) {
			super(request);
			this.contentType = contentType;
		}

		@Override
		public String getContentType() {
			return this.contentType;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? this.contentType : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(this.contentType))
					: super.getHeaders(name);
		}

	}

}
