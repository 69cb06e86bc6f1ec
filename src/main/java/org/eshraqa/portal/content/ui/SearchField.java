package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.eshraqa.portal.shared.ui.PortalIcon;

/** The search box of the FAQ and the guides: searches as the reader types, after a short pause. */
class SearchField extends TextField {

    SearchField(String id) {
        setId(id);
        setLabel(getTranslation("content.search.label"));
        setPlaceholder(getTranslation("content.search.placeholder"));
        setPrefixComponent(PortalIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(400);
        addClassName("portal-search");
    }
}
