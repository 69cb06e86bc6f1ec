package org.eshraqa.portal.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.messages.MessageListItem;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;

/**
 * Every date and time a person reads is written by {@link PortalDates}: one time zone (the
 * association's), one format, Hijri beside Gregorian. A view that formats a time itself, or hands
 * one to a component that formats it in the browser's zone, is the next "2:37 here, 5:37 there".
 */
class TimeFormattingRulesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eshraqa.portal");

    @Test
    void onlyPortalDatesFormatsDatesAndTimes() {
        noClasses().that().doNotHaveFullyQualifiedName(PortalDates.class.getName())
                // month names only (a chart's months, the Hijri birth month's list), never a day or a time
                .and().doNotHaveFullyQualifiedName("org.eshraqa.portal.insights.ui.MonthNames")
                .and().doNotHaveFullyQualifiedName("org.eshraqa.portal.requests.ui.RequestForm")
                // reads the SMS provider's delivery-report timestamps; shows nothing
                .and().doNotHaveFullyQualifiedName("org.eshraqa.portal.messaging.MessagingWebhooks")
                .should().dependOnClassesThat().areAssignableTo(DateTimeFormatter.class)
                .orShould().dependOnClassesThat().areAssignableTo(FormatStyle.class)
                .because("a time formatted elsewhere is in another zone or format than the rest of the portal")
                .check(PORTAL);
    }

    @Test
    void noMessageListFormatsATimeInTheBrowser() {
        noClasses().should().callConstructor(MessageListItem.class, String.class, Instant.class, String.class)
                .orShould().callConstructor(MessageListItem.class, String.class, Instant.class, String.class,
                        String.class)
                .orShould().callMethod(MessageListItem.class, "setTime", Instant.class)
                .because("the message list formats its time in the browser's zone; ThreadMessages writes it")
                .check(PORTAL);
    }
}
