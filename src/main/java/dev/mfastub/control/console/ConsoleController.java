package dev.mfastub.control.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import dev.mfastub.control.ClockService;
import dev.mfastub.control.ControlPlaneController;
import dev.mfastub.control.FaultRequest;
import dev.mfastub.control.FaultRule;
import dev.mfastub.control.FaultService;
import dev.mfastub.environment.Environment;
import dev.mfastub.environment.EnvironmentService;
import dev.mfastub.environment.lifecycle.EnvironmentSpec;
import dev.mfastub.environment.lifecycle.SandboxService;
import dev.mfastub.web.ApiException;
import dev.mfastub.web.ErrorDetail;
import dev.mfastub.web.InvalidValueException;
import dev.mfastub.web.PingInstants;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's pages of the control plane, for people: environments (create a sandbox,
 * reset, delete), an environment's clock and faults, and the pages that follow its
 * journal and outbox as they grow. Server-rendered; each form goes through the services
 * the {@code /__stub} endpoints use, with their rules and messages, and answers with a
 * redirect to the page it came from. Not part of the API document.
 */
@Hidden
@Controller
@RequestMapping("/__stub/console")
class ConsoleController {

	private final EnvironmentService environments;

	private final SandboxService sandboxes;

	private final ClockService clocks;

	private final FaultService faults;

	private final Validator validator;

	ConsoleController(EnvironmentService environments, SandboxService sandboxes, ClockService clocks,
			FaultService faults, Validator validator) {
		this.environments = environments;
		this.sandboxes = sandboxes;
		this.clocks = clocks;
		this.faults = faults;
		this.validator = validator;
	}

	@GetMapping({ "", "/" })
	String environments(Model model) {
		model.addAttribute("environments", this.environments.all());
		return "console/environments";
	}

	@PostMapping("/environments")
	String createSandbox(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String users,
			RedirectAttributes redirect) {
		List<EnvironmentSpec.UserSpec> specs = Arrays.stream(users.split("[\\r\\n,]+"))
			.map(String::strip)
			.filter((username) -> !username.isEmpty())
			.map((username) -> new EnvironmentSpec.UserSpec(null, username, null, null, null, null, null))
			.toList();
		EnvironmentSpec spec = new EnvironmentSpec(null, name.isBlank() ? null : name.strip(), null, null, specs, null);
		return ConsoleForms.submit(redirect, "redirect:/__stub/console/", "Sandbox created.", () -> {
			ConsoleForms.valid(this.validator, spec);
			UUID id = this.sandboxes.create(spec).environment().id();
			return "redirect:/__stub/console/environments/" + id;
		});
	}

	@PostMapping("/environments/{environmentId}/reset")
	String reset(@PathVariable UUID environmentId, RedirectAttributes redirect) {
		return ConsoleForms.submit(redirect, page(environmentId), "Reset to how it was created.", () -> {
			this.sandboxes.reset(environmentId);
			return page(environmentId);
		});
	}

	@PostMapping("/environments/{environmentId}/delete")
	String delete(@PathVariable UUID environmentId, RedirectAttributes redirect) {
		return ConsoleForms.submit(redirect, page(environmentId), "Environment deleted.", () -> {
			this.sandboxes.delete(environmentId);
			return "redirect:/__stub/console/";
		});
	}

	@GetMapping("/environments/{environmentId}")
	String environment(@PathVariable UUID environmentId, Model model) {
		Environment environment = this.environments.require(environmentId);
		ClockService.Reading clock = this.clocks.read(environmentId);
		model.addAttribute("environment", environment);
		model.addAttribute("now", PingInstants.format(clock.now()));
		model.addAttribute("frozen", clock.state().frozen());
		model.addAttribute("offset", Duration.between(clock.system(), clock.now()).toString());
		model.addAttribute("faults", this.faults.list(environmentId).stream().map(FaultRow::of).toList());
		return "console/environment";
	}

	@PostMapping("/environments/{environmentId}/clock")
	String clock(@PathVariable UUID environmentId, @RequestParam String action,
			@RequestParam(defaultValue = "") String now, @RequestParam(defaultValue = "") String duration,
			RedirectAttributes redirect) {
		return ConsoleForms.submit(redirect, page(environmentId), "Clock changed.", () -> {
			switch (action) {
				case "freeze" -> this.clocks.set(environmentId, null, true);
				case "unfreeze" -> this.clocks.set(environmentId, null, false);
				case "set" -> this.clocks.set(environmentId, instant(now), null);
				case "advance" -> this.clocks.advance(environmentId, advance(duration));
				case "real-time" -> this.clocks.realTime(environmentId);
				default -> throw ApiException.invalidRequest("Unknown clock action.");
			}
			return page(environmentId);
		});
	}

	@PostMapping("/environments/{environmentId}/faults")
	String addFault(@PathVariable UUID environmentId, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String path, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String times, RedirectAttributes redirect) {
		return ConsoleForms.submit(redirect, page(environmentId), "Fault added.", () -> {
			List<FaultRequest> rules = new ArrayList<>(current(environmentId));
			rules.add(new FaultRequest(method.isBlank() ? null : method.strip(), path.strip(), number("status", status),
					null, null, number("times", times), null, null));
			this.faults.replace(environmentId, rules);
			return page(environmentId);
		});
	}

	@PostMapping("/environments/{environmentId}/faults/{position}/remove")
	String removeFault(@PathVariable UUID environmentId, @PathVariable int position, RedirectAttributes redirect) {
		return ConsoleForms.submit(redirect, page(environmentId), "Fault removed.", () -> {
			List<FaultRequest> rules = new ArrayList<>(current(environmentId));
			if (position < 0 || position >= rules.size()) {
				throw ApiException.notFound();
			}
			rules.remove(position);
			this.faults.replace(environmentId, rules);
			return page(environmentId);
		});
	}

	@GetMapping("/environments/{environmentId}/journal")
	String journal(@PathVariable UUID environmentId, Model model) {
		model.addAttribute("environment", this.environments.require(environmentId));
		return "console/journal";
	}

	@GetMapping("/environments/{environmentId}/outbox")
	String outbox(@PathVariable UUID environmentId, Model model) {
		model.addAttribute("environment", this.environments.require(environmentId));
		return "console/outbox";
	}

	private List<FaultRequest> current(UUID environmentId) {
		// A spent rule fires no more: a change of the list drops it.
		return this.faults.list(environmentId)
			.stream()
			.filter((rule) -> rule.timesRemaining() == null || rule.timesRemaining() > 0)
			.map(FaultRequest::of)
			.toList();
	}

	private static Instant instant(String text) {
		try {
			return PingInstants.parse("now", text.strip());
		}
		catch (InvalidValueException ex) {
			throw ex.at("now");
		}
	}

	private static Duration advance(String text) {
		try {
			return ControlPlaneController.ClockAdvance.of(text.strip()).duration();
		}
		catch (InvalidValueException ex) {
			throw ex.at("duration");
		}
	}

	private static Integer number(String name, String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalidData(ErrorDetail.invalidValue(name, name + " must be a whole number."));
		}
	}

	private static String page(UUID environmentId) {
		return "redirect:/__stub/console/environments/" + environmentId;
	}

	/**
	 * A fault rule as the page lists it.
	 *
	 * @param method the method it matches, or {@code null} for any
	 * @param path the path glob it matches
	 * @param status the status it answers, or {@code null} for latency only
	 * @param timesRemaining how many more matches fire, or {@code null} for no limit
	 */
	record FaultRow(String method, String path, Integer status, Integer timesRemaining) {

		static FaultRow of(FaultRule rule) {
			return new FaultRow(rule.method(), rule.path(), rule.status(), rule.timesRemaining());
		}

	}

}
