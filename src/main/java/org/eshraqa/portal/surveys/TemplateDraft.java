package org.eshraqa.portal.surveys;

import java.util.List;

/** What the quality manager writes: the introduction and the rated dimensions, in both languages. */
public record TemplateDraft(String introAr, String introEn, List<TemplateDimension> dimensions) {

    public TemplateDraft {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }
}
