package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

class PortalIconTest {

    @Test
    void everyIconInTheCodeAndTheMenuHasASymbolInTheSprite() throws Exception {
        Set<String> sprite = spriteSymbols();

        assertThat(sprite).containsAll(Arrays.stream(PortalIcon.values()).map(PortalIcon::symbol).toList());
        Set<String> menuIcons = menuIcons();
        assertThat(menuIcons).as("the views' @Menu icons").isNotEmpty().allMatch(i -> i.startsWith("vaadin:"));
        assertThat(sprite).containsAll(menuIcons.stream().map(i -> i.substring("vaadin:".length())).toList());
    }

    @Test
    void anIconPointsAtItsSymbolInTheServedSprite() {
        var icon = PortalIcon.FILE_TEXT_O.create();

        assertThat(icon.getElement().getTag()).isEqualTo("vaadin-icon");
        assertThat(icon.getSrc()).isEqualTo("images/icons.svg");
        assertThat(icon.getSymbol()).isEqualTo("file-text-o");
        assertThat(getClass().getResource("/META-INF/resources/" + PortalIcon.SPRITE)).as("served").isNotNull();
    }

    private static Set<String> spriteSymbols() throws IOException {
        try (InputStream in = PortalIconTest.class.getResourceAsStream("/META-INF/resources/" + PortalIcon.SPRITE)) {
            assertThat(in).as("the sprite on the classpath").isNotNull();
            Matcher m = Pattern.compile("<symbol id=\"([a-z0-9-]+)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
        }
    }

    private static Set<String> menuIcons() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Set<String> icons = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.eshraqa.portal")) {
            Menu menu = ClassUtils.forName(bean.getBeanClassName(), null).getAnnotation(Menu.class);
            if (!menu.icon().isEmpty()) {
                icons.add(menu.icon());
            }
        }
        return icons;
    }
}
