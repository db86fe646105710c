package dev.mfastub.auth;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one writer of RFC 6749 error answers (section 5.2), for the token endpoint and for
 * {@link TokenQueryFilter} before it. Ordered before the API's own handler, which would
 * answer in PingOne's error shape.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TokenErrorAdvice {

	@ExceptionHandler(TokenError.class)
	ResponseEntity<AuthServerController.TokenErrorBody> tokenError(TokenError error) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache");
		if (error.basicChallenge()) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PingOne MFA Stub\"");
		}
		return response.contentType(MediaType.APPLICATION_JSON)
			.body(new AuthServerController.TokenErrorBody(error.error(), error.getMessage()));
	}

}
