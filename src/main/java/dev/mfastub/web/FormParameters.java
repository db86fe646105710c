package dev.mfastub.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;

/**
 * A request's query and form parameters, for the endpoints that read them as OAuth does
 * (the token endpoint, authorize): parameters that cannot be decoded are the endpoint's
 * own malformed-request answer, and a form over the size limit stays the 413 it is.
 */
public final class FormParameters {

	private FormParameters() {
	}

	/**
	 * The parameters, by name.
	 * @param request the request
	 * @param malformed the endpoint's answer to parameters that cannot be decoded
	 * @return every parameter's values
	 */
	public static Map<String, String[]> of(HttpServletRequest request, Supplier<RuntimeException> malformed) {
		try {
			return request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			if (ex.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
				throw ex;
			}
			throw malformed.get();
		}
	}

}
