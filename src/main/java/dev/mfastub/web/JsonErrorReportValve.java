package dev.mfastub.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error page for what it refuses before any filter or servlet runs (an encoded
 * slash or NUL in the path, say), in PingOne's shape instead of Tomcat's HTML. Tomcat
 * creates it by class name, so it cannot be a Spring bean and carries its own mapper.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion
			.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		ApiException error = ApiException.forStatus((status != null) ? status : HttpStatus.BAD_REQUEST);
		String id = Correlation.ensure(request.getRequest(), response.getResponse());
		ResponseHeaders.add(request.getDecodedRequestURI(), response.getResponse());
		try {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(MAPPER.writeValueAsBytes(new ErrorBody(id, error.code(), error.getMessage(), null)));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is unusable: nothing more can be sent.
		}
	}

}
