package org.eshraqa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold; the module documentation is written to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyTopLevelPackageIsAModuleAndSharedDependsOnNone() {
        assertThat(modules.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("audit", "content",
                "identity", "inquiries", "insights", "messaging", "notifications", "requests", "shared", "surveys",
                "volunteering");
        ApplicationModule shared = modules.getModuleByName("shared").orElseThrow();
        assertThat(shared.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .as("the shared kernel depends on no module").isEmpty();
        assertThat(modules.getModuleByName("requests").orElseThrow().getDirectDependencies(modules)
                .containsModuleNamed("volunteering")).as("case kinds do not depend on each other").isFalse();
        assertThat(modules.getModuleByName("volunteering").orElseThrow().getDirectDependencies(modules)
                .containsModuleNamed("requests")).as("case kinds do not depend on each other").isFalse();
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        new Documenter(modules).writeDocumentation();
        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        modules.forEach(module -> assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("diagram of %s", module.getName()).isNotEmptyFile());
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("\"Requests\"").contains("\"Volunteering\"")
                .contains("Rel(");
    }
}
