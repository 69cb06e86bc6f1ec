package org.eshraqa.portal.content.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Splits a rendered page at its second-level headings, so that each part (each channel of the
 * contact page) can stand in its own card. The input is sanitised HTML; jsoup only regroups it.
 */
record Sections(String intro, List<Part> parts) {

    record Part(String heading, String html) {
    }

    static Sections of(String safeHtml) {
        StringBuilder intro = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        String heading = null;
        StringBuilder current = intro;
        for (Node node : Jsoup.parseBodyFragment(safeHtml).body().childNodes()) {
            if (node instanceof Element element && element.normalName().equals("h2")) {
                if (heading != null) {
                    parts.add(new Part(heading, current.toString()));
                }
                heading = element.text();
                current = new StringBuilder();
            } else {
                current.append(node.outerHtml());
            }
        }
        if (heading != null) {
            parts.add(new Part(heading, current.toString()));
        }
        return new Sections(intro.toString(), List.copyOf(parts));
    }
}
