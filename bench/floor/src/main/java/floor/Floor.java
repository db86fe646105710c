package floor;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class Floor {

	public static void main(String[] args) {
		SpringApplication.run(Floor.class, args);
	}

	@GetMapping("/v1/environments/{env}/users/{user}/bypassMFA")
	Map<String, Object> bypass(@PathVariable String env, @PathVariable String user) {
		return Map.of("bypassMFAEnabledUntil", "2030-12-31T00:00:00.000Z", "canBypassMFA", true);
	}

}
