package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Div;

/**
 * The body of a page, FAQ answer or guide. Takes only HTML the content module produced
 * ({@code Article.html}, {@code Content.preview}), which is already sanitised.
 */
class ArticleBody extends Div {

    ArticleBody(String safeHtml) {
        addClassName("portal-article");
        setHtml(safeHtml);
    }

    final void setHtml(String safeHtml) {
        getElement().setProperty("innerHTML", safeHtml == null ? "" : safeHtml);
    }

    String html() {
        return getElement().getProperty("innerHTML", "");
    }
}
