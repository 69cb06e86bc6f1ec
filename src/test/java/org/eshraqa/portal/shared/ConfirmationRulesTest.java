package org.eshraqa.portal.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.junit.jupiter.api.Test;

/**
 * A step that takes something away is confirmed by {@link DestructiveConfirm}, whose first focus is
 * on "cancel". Vaadin's confirm dialog focuses its confirm button; given the red (error) theme that
 * marks such a step, it is the next "Enter erased my account".
 */
class ConfirmationRulesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eshraqa.portal");

    @Test
    void noDestructiveStepIsConfirmedByVaadinsConfirmDialog() {
        noClasses().should().callMethod(ConfirmDialog.class, "setConfirmButtonTheme", String.class)
                .orShould().callMethod(ConfirmDialog.class, "setRejectButtonTheme", String.class)
                .because("a red confirm button with the first focus is taken by a stray Enter; "
                        + "DestructiveConfirm focuses cancel")
                .check(PORTAL);
    }
}
