package dev.mfastub.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.mfastub.mfa.BypassUntil;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The error path on its own, in a web slice: what each kind of failure that Spring or a
 * value type raises looks like to the client, with nothing but the error handler, the
 * JSON dialect and a controller that fails on purpose. The full-application tests show
 * the same answers on the real endpoints; this one shows the translation rules in one
 * place, one failure at a time.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
				classes = { ApiExceptionHandler.class, ErrorResponses.class }))
@AutoConfigureMockMvc(addFilters = false)
@Import({ JsonConfiguration.class, WebConfiguration.class, ErrorTranslationSliceTest.Failing.class })
class ErrorTranslationSliceTest {

	private static final String PREFIX = "The request could not be completed. ";

	private static final String INVALID_DATA = "{\"code\":\"INVALID_DATA\",\"message\":\"" + PREFIX
			+ "One or more validation errors were in the request.\",\"details\":[";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper mapper;

	@Test
	void shouldAnswerNotFoundForAPathIdThatIsNotAUuid() throws Exception {
		assertAnswer(get("/slice/items/not-a-uuid"), 404,
				"{\"code\":\"NOT_FOUND\",\"message\":\"" + PREFIX + "The requested resource was not found.\"}");
		assertAnswer(get("/slice/items/0x10"), 404,
				"{\"code\":\"NOT_FOUND\",\"message\":\"" + PREFIX + "The requested resource was not found.\"}");
		assertThat(this.mvc.perform(get("/slice/items/7e94b96e-0364-463b-a059-d97d1e4cb1d5"))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo("item 7e94b96e-0364-463b-a059-d97d1e4cb1d5");
	}

	@Test
	void shouldNameAMissingParameter() throws Exception {
		assertAnswer(get("/slice/page"), 400, INVALID_DATA
				+ "{\"code\":\"REQUIRED_VALUE\",\"target\":\"limit\",\"message\":\"limit is required.\"}]}");
	}

	@Test
	void shouldGiveTheRangeOfANumberParameterWhicheverEndItMisses() throws Exception {
		String detail = INVALID_DATA + "{\"code\":\"INVALID_VALUE\",\"target\":\"limit\",\"message\":"
				+ "\"limit must be an integer from 1 to 1000.\",\"innerError\":{\"rangeMinimumValue\":1,"
				+ "\"rangeMaximumValue\":1000}}]}";

		assertAnswer(get("/slice/page").param("limit", "0"), 400, detail);
		assertAnswer(get("/slice/page").param("limit", "1001"), 400, detail);
		assertAnswer(get("/slice/page").param("limit", "0x10"), 400, detail);
		assertAnswer(get("/slice/page").param("limit", "99999999999"), 400, detail);
	}

	@Test
	void shouldTranslateEachFailedConstraintOfABodyInTheOrderOfTheirTargets() throws Exception {
		assertAnswer(json(post("/slice/items"), "{\"code\":\"A1\",\"email\":\"nobody\",\"nickname\":\"sixsix\"}"), 400,
				INVALID_DATA + "{\"code\":\"INVALID_VALUE\",\"target\":\"code\",\"message\":"
						+ "\"code contains characters that are not allowed.\",\"innerError\":{\"allowedPattern\":"
						+ "\"^[a-z]+$\"}},{\"code\":\"INVALID_VALUE\",\"target\":\"email\",\"message\":"
						+ "\"email must be a valid email address.\"},{\"code\":\"REQUIRED_VALUE\",\"target\":\"name\","
						+ "\"message\":\"name is required.\"},{\"code\":\"INVALID_VALUE\",\"target\":\"nickname\","
						+ "\"message\":\"nickname must be from 1 to 5 characters long.\",\"innerError\":"
						+ "{\"rangeMinimumValue\":1,\"rangeMaximumValue\":5}}]}");
	}

	@Test
	void shouldNameAValueOfTheWrongJsonType() throws Exception {
		assertAnswer(json(post("/slice/items"), "{\"name\":\"a\",\"count\":\"3\"}"), 400, INVALID_DATA
				+ "{\"code\":\"INVALID_VALUE\",\"target\":\"count\",\"message\":\"count must be a number.\"}]}");
		assertAnswer(json(post("/slice/items"), "{\"name\":true}"), 400, INVALID_DATA
				+ "{\"code\":\"INVALID_VALUE\",\"target\":\"name\",\"message\":\"name must be a string.\"}]}");
		assertAnswer(json(post("/slice/items"), "{\"name\":\"a\",\"count\":99999999999}"), 400, INVALID_DATA
				+ "{\"code\":\"INVALID_VALUE\",\"target\":\"count\",\"message\":\"count is out of range.\"}]}");
	}

	@Test
	void shouldPutTheMessageOfAValueTypeAtWhereTheValueWas() throws Exception {
		assertAnswer(json(put("/slice/bypass"), "{\"until\":\"2030-01-01T00:00:00Z\"}"), 400,
				INVALID_DATA + "{\"code\":\"INVALID_VALUE\",\"target\":\"until\",\"message\":"
						+ "\"bypassMFAEnabledUntil must be a date and time in the format yyyy-MM-dd'T'HH:mm:ss.SSS'Z', "
						+ "such as 2025-11-26T00:00:00.000Z.\",\"innerError\":{\"allowedPattern\":"
						+ "\"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\\\.[0-9]{3}Z$\"}}]}");
	}

	@Test
	void shouldAnswerMethodAndMediaTypeMismatchesInPingOnesShape() throws Exception {
		MvcResult wrongMethod = assertAnswer(post("/slice/page"), 405, "{\"code\":\"INVALID_REQUEST\",\"message\":\""
				+ PREFIX + "The request method is not supported for this resource.\"}");
		assertThat(wrongMethod.getResponse().getHeader("Allow")).isEqualTo("GET");
		assertAnswer(post("/slice/items").contentType(MediaType.TEXT_PLAIN).content("{}"), 415,
				"{\"code\":\"INVALID_REQUEST\",\"message\":\"" + PREFIX
						+ "The request content type is not supported.\"}");
	}

	@Test
	void shouldRefuseABodyThatIsNotOneJsonObject() throws Exception {
		assertAnswer(json(post("/slice/items"), "{\"name\":"), 400,
				"{\"code\":\"INVALID_REQUEST\",\"message\":\"" + PREFIX + "The request body is not valid JSON.\"}");
		assertAnswer(json(post("/slice/items"), "[]"), 400,
				"{\"code\":\"INVALID_REQUEST\",\"message\":\"" + PREFIX + "The request body must be a JSON object.\"}");
		assertAnswer(json(post("/slice/items"), "{\"name\":\"a\",\"name\":\"b\"}"), 400,
				"{\"code\":\"INVALID_REQUEST\",\"message\":\"" + PREFIX + "The request body is not valid JSON.\"}");
		assertAnswer(json(post("/slice/items"), ""), 400,
				"{\"code\":\"INVALID_REQUEST\",\"message\":\"" + PREFIX + "The request body is missing or empty.\"}");
	}

	@Test
	void shouldAnswerServiceUnavailableWhenTheDatabaseIsUnreachable() throws Exception {
		MvcResult result = assertAnswer(get("/slice/unavailable"), 503, "{\"code\":\"UNEXPECTED_ERROR\",\"message\":\""
				+ PREFIX + "The service is temporarily unavailable.\"}");

		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("1");
	}

	@Test
	void shouldHideWhatWentWrongBehindTheCorrelationIdOnAnUnexpectedFailure() throws Exception {
		MvcResult result = assertAnswer(get("/slice/unexpected"), 500,
				"{\"code\":\"UNEXPECTED_ERROR\"," + "\"message\":\"" + PREFIX + "An unexpected error occurred.\"}");

		assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "IllegalStateException");
	}

	/**
	 * Asserts the status and the whole body but its {@code id}, which is the request's
	 * correlation id, and answers the result for further checks.
	 */
	private MvcResult assertAnswer(MockHttpServletRequestBuilder request, int status, String expected)
			throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
		JsonNode body = this.mapper.readTree(result.getResponse().getContentAsString());
		assertThat(body.path("id").asString()).isEqualTo(result.getResponse().getHeader("Correlation-Id"));
		assertThat(this.mapper.convertValue(body, Map.class)).isEqualTo(withId(expected, body.path("id").asString()));
		return result;
	}

	private Map<?, ?> withId(String expected, String id) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		map.put("id", id);
		map.putAll(this.mapper.readValue(expected, Map.class));
		return map;
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@RestController
	static class Failing {

		@GetMapping("/slice/items/{id}")
		String item(@PathVariable UUID id) {
			return "item " + id;
		}

		@GetMapping("/slice/page")
		String page(@RequestParam @Min(1) @Max(1000) Integer limit) {
			return "page";
		}

		@PostMapping(path = "/slice/items", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@Valid @RequestBody Item item) {
			return "created";
		}

		@PutMapping(path = "/slice/bypass", consumes = MediaType.APPLICATION_JSON_VALUE)
		String bypass(@RequestBody Bypass bypass) {
			return "bypass";
		}

		@GetMapping("/slice/unavailable")
		String unavailable() {
			throw new DataAccessResourceFailureException("Connection refused");
		}

		@GetMapping("/slice/unexpected")
		String unexpected() {
			throw new IllegalStateException("a secret the client must not see");
		}

	}

	record Item(@NotNull String name, @Pattern(regexp = "^[a-z]+$") String code, @Email String email,
			@Size(min = 1, max = 5) String nickname, Integer count) {

	}

	record Bypass(BypassUntil until) {

	}

}
