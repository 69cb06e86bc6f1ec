package org.eshraqa.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Eshraqa beneficiary portal: one Spring Boot application whose top-level packages are
 * application modules (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
