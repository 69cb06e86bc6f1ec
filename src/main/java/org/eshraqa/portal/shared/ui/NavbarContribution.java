package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A component another module adds to the top bar of every page, before the language switch (the
 * notifications bell, for instance). Beans of this type are asked once per page; an empty result
 * adds nothing, e.g. for a visitor who is not signed in.
 */
public interface NavbarContribution {

    Optional<Component> create();
}
