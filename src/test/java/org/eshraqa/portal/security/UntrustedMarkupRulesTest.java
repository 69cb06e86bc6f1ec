package org.eshraqa.portal.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

/**
 * Vaadin renders text safely unless code hands it markup or script. These rules keep user data
 * away from the few doors that take it: no {@link Html} component at all, {@code innerHTML} only
 * in the content module's {@code ArticleBody} (fed the sanitised Markdown output), {@link Svg} only
 * in the two charts that draw numbers with it, and
 * {@code executeJs} only in the language switch, which sends a fixed script with the language as
 * a parameter (parameters are data, never code).
 */
class UntrustedMarkupRulesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eshraqa.portal");

    @Test
    void noViewBuildsAnHtmlComponent() {
        noClasses().should().dependOnClassesThat().areAssignableTo(Html.class)
                .because("markup from data must go through the content module's sanitiser")
                .check(PORTAL);
    }

    @Test
    void onlyTheArticleBodySetsInnerHtml() {
        noClasses().that().doNotHaveFullyQualifiedName("org.eshraqa.portal.content.ui.ArticleBody")
                .should().callMethodWhere(setsProperty("innerHTML"))
                .orShould().callMethodWhere(setsProperty("outerHTML"))
                .because("only sanitised Markdown output may become markup")
                .check(PORTAL);
    }

    @Test
    void onlyTheChartsDrawSvgMarkupAndOfNumbersOnly() {
        // Vaadin's Svg sets innerHTML. The two charts that use it write numbers and fixed names into
        // it and nothing else (LineChartTest, GaugeChartTest check a label with markup stays text).
        noClasses().that().doNotHaveFullyQualifiedName("org.eshraqa.portal.shared.ui.LineChart")
                .and().doNotHaveFullyQualifiedName("org.eshraqa.portal.shared.ui.GaugeChart")
                .should().dependOnClassesThat().areAssignableTo(Svg.class)
                .because("SVG markup built from data is markup the data wrote")
                .check(PORTAL);
    }

    @Test
    void onlyTheLanguageSwitchRunsJavaScript() {
        // RestoredSignIn runs one constant script with no arguments (it asks the tab whether it
        // showed the portal before).
        noClasses().that().doNotHaveFullyQualifiedName("org.eshraqa.portal.shared.ui.UiLanguage")
                .and().doNotHaveFullyQualifiedName("org.eshraqa.portal.shared.ui.RestoredSignIn")
                .should().callMethodWhere(named(Element.class, "executeJs"))
                .orShould().callMethodWhere(named(Page.class, "executeJs"))
                .orShould().callMethodWhere(named(Element.class, "callJsFunction"))
                .because("a script built from data is a script the data wrote")
                .check(PORTAL);
    }

    private static DescribedPredicate<JavaCall<?>> named(Class<?> owner, String method) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + method,
                call -> call.getTargetOwner().isAssignableTo(owner) && call.getName().equals(method));
    }

    /**
     * A call of {@code Element.setProperty} in a class that also loads the property's name as a
     * constant: ArchUnit sees calls, not their arguments, so the constant stands for the argument.
     */
    private static DescribedPredicate<JavaCall<?>> setsProperty(String property) {
        return DescribedPredicate.describe("Element.setProperty(\"" + property + "\", …)",
                call -> call.getTargetOwner().isAssignableTo(Element.class) && call.getName().equals("setProperty")
                        && call.getOrigin().getOwner().getSource().isPresent()
                        && mentions(call.getOrigin().getOwner().getName(), property));
    }

    private static boolean mentions(String className, String constant) {
        try (var in = UntrustedMarkupRulesTest.class.getClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in != null && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(constant);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
